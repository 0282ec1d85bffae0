import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { DataTable } from '../../app/data-table';
import { EmptyState } from '../../app/empty-state';
import { LoadState } from '../../app/load-state';
import { routeHref } from '../../app/route';
import { ScreenHeading } from '../../app/screen-heading';
import { formatDateTime, formatInteger, formatYear } from '../../i18n/format';
import { useLanguage } from '../../i18n/use-language';
import { useHubStore } from '../../state/stores-context';
import '../hub/hub.css';

/**
 * "Conflicts": each office and cycle for which the hub received revisions that diverged (reopened
 * twice from the same revision), waiting for a person to decide which answers count. After a
 * decision the list says what became of it.
 */
export function HubConflictsScreen() {
  const { t } = useTranslation();
  const language = useLanguage();
  const conflicts = useHubStore((state) => state.conflicts);
  const conflictsError = useHubStore((state) => state.conflictsError);
  const loadConflicts = useHubStore((state) => state.loadConflicts);
  const lastResolution = useHubStore((state) => state.lastResolution);
  const clearResolution = useHubStore((state) => state.clearResolution);
  const resolvedRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    void loadConflicts();
  }, [loadConflicts]);

  // Arriving from a decision: its outcome is read first; leaving the screen forgets it.
  useEffect(() => {
    if (lastResolution) resolvedRef.current?.focus();
  }, [lastResolution]);
  useEffect(() => clearResolution, [clearResolution]);

  return (
    <section className="screen hub-screen hub-conflicts-screen">
      <ScreenHeading text={t('hub.conflicts.title')} />
      <p className="hint">{t('hub.conflicts.intro')}</p>
      <div ref={resolvedRef} tabIndex={-1} role="status" className="resolution-outcome">
        {lastResolution && (
          <div className="callout">
            <p>
              {lastResolution.kept
                ? t('hub.conflicts.resolvedKeep', {
                    office: lastResolution.officeCode,
                    cycle: formatYear(lastResolution.cycle, language),
                    revision: formatInteger(lastResolution.kept.revision, language),
                    date: lastResolution.kept.submittedAt ? formatDateTime(lastResolution.kept.submittedAt, language) : '',
                  })
                : t('hub.conflicts.resolvedPicks', { office: lastResolution.officeCode, cycle: formatYear(lastResolution.cycle, language) })}
            </p>
            <p>
              {t('hub.conflicts.notKeptReadable')} <a href={routeHref({ screen: 'hubSet' })}>{t('hub.conflicts.toSet')}</a>
            </p>
          </div>
        )}
      </div>
      <LoadState loaded={conflicts !== null} error={conflictsError} onRetry={() => void loadConflicts()} announce />
      {conflicts && conflicts.length === 0 && <EmptyState message={t('hub.conflicts.empty')} />}
      {conflicts && conflicts.length > 0 && (
        <DataTable
          className="conflicts-table"
          caption={t('hub.conflicts.caption')}
          columns={[t('hub.conflicts.column.office'), t('hub.conflicts.column.cycle'), t('hub.conflicts.column.revisions'), t('hub.conflicts.column.action')]}
        >
          {conflicts.map((conflict) => (
            <tr key={`${conflict.officeId} ${conflict.cycle}`} data-office={conflict.officeCode}>
              <th scope="row">
                <bdi>{conflict.officeCode}</bdi>
                <span className="office-name">{conflict.officeName}</span>
              </th>
              <td>{formatYear(conflict.cycle, language)}</td>
              <td>
                <ul className="plain-list">
                  {conflict.revisions.map((revision) => (
                    <li key={revision.assessmentId}>
                      {t('hub.conflicts.revision', { revision: formatInteger(revision.revision, language), date: formatDateTime(revision.submittedAt, language) })}
                    </li>
                  ))}
                </ul>
              </td>
              <td>
                <a className="button" href={routeHref({ screen: 'hubConflict', officeId: conflict.officeId, cycle: conflict.cycle })}>
                  {t('hub.conflicts.open')}
                  <span className="visually-hidden"> {t('hub.conflicts.openWhich', { office: conflict.officeCode, cycle: formatYear(conflict.cycle, language) })}</span>
                </a>
              </td>
            </tr>
          ))}
        </DataTable>
      )}
    </section>
  );
}
