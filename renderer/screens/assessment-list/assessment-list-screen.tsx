import { useEffect, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AssessmentSummary } from '../../../shared/api/contract';
import { DataTable } from '../../app/data-table';
import { EmptyState } from '../../app/empty-state';
import { InstallationPanel } from '../../app/key-fingerprint';
import { LoadState } from '../../app/load-state';
import { routeHref } from '../../app/route';
import { ScreenHeading } from '../../app/screen-heading';
import { StatusBadge } from '../../app/status-badge';
import { countryName } from '../../countries/country-names';
import { formatDateTime, formatInteger, formatYear, intlLocale } from '../../i18n/format';
import { useLanguage } from '../../i18n/use-language';
import { useAssessmentsStore } from '../../state/stores-context';
import './assessment-list.css';
import { groupByOffice } from './office-groups';

/**
 * Every assessment of the data folder, one row per office and one column per cycle, so offices
 * and cycles sit side by side. Superseded revisions are hidden unless asked for. At the foot, this
 * installation's signing key, to read out to the regional hub.
 */
export function AssessmentListScreen() {
  const { t } = useTranslation();
  const language = useLanguage();
  const list = useAssessmentsStore((state) => state.list);
  const listError = useAssessmentsStore((state) => state.listError);
  const loadList = useAssessmentsStore((state) => state.loadList);
  const [showSuperseded, setShowSuperseded] = useState(false);
  const toggleId = useId();

  // The database is the source of truth: re-read it every time the list is shown.
  useEffect(() => {
    void loadList();
  }, [loadList]);

  const table = useMemo(() => {
    const collator = new Intl.Collator(intlLocale(language));
    return groupByOffice(list ?? [], { showSuperseded, compareNames: collator.compare });
  }, [list, showSuperseded, language]);
  const supersededTotal = (list ?? []).filter((summary) => !summary.latestRevision).length;

  const newLink = (
    <a className="button button-primary" href={routeHref({ screen: 'new' })}>
      {t('list.new')}
    </a>
  );

  return (
    <section className="screen">
      <div className="screen-title-row">
        <ScreenHeading text={t('list.title')} />
        {list && list.length > 0 && newLink}
      </div>
      <LoadState loaded={list !== null} error={listError} onRetry={() => void loadList()} announce />
      {list && list.length === 0 && <EmptyState message={t('list.empty')}>{newLink}</EmptyState>}
      {list && list.length > 0 && (
        <>
          <div className="list-options">
            <input
              id={toggleId}
              type="checkbox"
              checked={showSuperseded}
              onChange={(event) => setShowSuperseded(event.target.checked)}
            />
            <label htmlFor={toggleId}>{t('offices.showSuperseded')}</label>
            {supersededTotal > 0 && (
              <span className="muted" role="status">
                {showSuperseded
                  ? t('offices.supersededShown', { total: formatInteger(supersededTotal, language) })
                  : t('offices.supersededHidden', { total: formatInteger(table.hiddenCount, language) })}
              </span>
            )}
          </div>
          <DataTable
            className="office-table"
            caption={t('offices.caption')}
            columns={[
              t('list.column.office'),
              t('list.column.hostCountry'),
              ...table.cycles.map((cycle) => t('offices.cycleColumn', { cycle: formatYear(cycle, language) })),
            ]}
          >
            {table.groups.map((group) => (
              <tr key={group.key}>
                <th scope="row">
                  {group.latest.officeName}
                  {group.latest.officeCode && (
                    <span className="office-code">
                      <bdi>{group.latest.officeCode}</bdi>
                    </span>
                  )}
                  <span className="office-region">
                    {t(`tier.${group.latest.currentTier}`)} · {t(`region.${group.latest.region}`)}
                  </span>
                </th>
                <td>{countryName(group.latest.hostCountry, language) ?? group.latest.hostCountry}</td>
                {table.cycles.map((cycle) => {
                  const entries = group.cycles.get(cycle) ?? [];
                  return (
                    <td key={cycle}>
                      {entries.length === 0 ? (
                        <>
                          <span aria-hidden="true">—</span>
                          <span className="visually-hidden">{t('offices.noAssessment')}</span>
                        </>
                      ) : (
                        <ul className="cycle-cell">
                          {entries.map((summary) => (
                            <li key={summary.id}>
                              <AssessmentCell summary={summary} />
                            </li>
                          ))}
                        </ul>
                      )}
                    </td>
                  );
                })}
              </tr>
            ))}
          </DataTable>
        </>
      )}
      <InstallationPanel />
    </section>
  );
}

function AssessmentCell({ summary }: { summary: AssessmentSummary }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const cycle = formatYear(summary.cycle, language);
  return (
    <>
      <a className="cycle-link" href={routeHref({ screen: 'assessment', id: summary.id })}>
        {/* Out of the table (a list of links), the link still says which office and cycle it opens. */}
        <span className="visually-hidden">{t('offices.linkContext', { office: summary.officeName, cycle })} </span>
        <StatusBadge status={summary.status} />{' '}
        <span className="revision-label">{t('offices.revision', { revision: formatInteger(summary.revision, language) })}</span>
      </a>
      {!summary.latestRevision && <span className="superseded-label">{t('offices.superseded')}</span>}
      <span className="cell-updated">
        {t('offices.updated', { date: formatDateTime(summary.updatedAt, language) })}
      </span>
    </>
  );
}
