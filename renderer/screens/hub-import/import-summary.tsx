import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { IMPORT_STATUSES } from '../../../shared/api/hub-contract';
import { routeHref } from '../../app/route';
import { formatInteger } from '../../i18n/format';
import { useLanguage } from '../../i18n/use-language';
import { importSummary, OUTCOME_GROUPS, previewCounts, somethingChanged } from '../../state/hub-import-batch';
import type { FinishedRun, HubFileRow } from '../../state/hub-store';

/** "New: 96 · Newer revision: 11": the preview's counts per status, then what is not checked yet. */
export function PreviewSummary({ rows }: { rows: readonly HubFileRow[] }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const counts = previewCounts(rows);
  const checked = rows.filter((row) => row.preview !== null).length;
  const unchecked = rows.filter((row) => row.state === 'waiting').length;
  const failed = rows.filter((row) => row.state === 'failed' && row.preview === null).length;
  const consolidated = rows.filter((row) => row.preview?.kind === 'consolidated').length;
  return (
    <div className="import-summary" data-testid="hub-preview-summary">
      <p className="import-summary-line">{t('hub.summary.checked', { checked: formatInteger(checked, language), total: formatInteger(rows.length, language) })}</p>
      <ul className="summary-counts">
        {IMPORT_STATUSES.filter((status) => counts[status] > 0).map((status) => (
          <li key={status} data-count={status}>
            {t(`hub.summary.status.${status}`)}: {formatInteger(counts[status], language)}
          </li>
        ))}
        {consolidated > 0 && <li data-count="consolidated">{t('hub.summary.consolidated')}: {formatInteger(consolidated, language)}</li>}
        {unchecked > 0 && <li data-count="unchecked">{t('hub.summary.unchecked')}: {formatInteger(unchecked, language)}</li>}
        {failed > 0 && <li data-count="failed">{t('hub.summary.group.failed')}: {formatInteger(failed, language)}</li>}
      </ul>
      <p className="hint">{t('hub.summary.inOrder')}</p>
    </div>
  );
}

/**
 * After an import: every file counted once by what was done ("Imported: 12 · Already held: 3 ·
 * Held back for a key decision: 1 …"), "nothing changed" when nothing was written, and the
 * way on to what needs a person (conflicts, key decisions). Focused when it appears.
 */
export function ImportResults({ rows, lastRun, ref }: { rows: readonly HubFileRow[]; lastRun: FinishedRun | null; ref?: Ref<HTMLDivElement> }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const counts = importSummary(rows);
  const changed = somethingChanged(counts);
  return (
    <div ref={ref} tabIndex={-1} className="import-results callout" data-testid="hub-import-results">
      <h2>{t(lastRun?.stopped ? 'hub.summary.stoppedTitle' : 'hub.summary.doneTitle')}</h2>
      <ul className="summary-counts">
        {OUTCOME_GROUPS.filter((group) => counts[group] > 0).map((group) => (
          <li key={group} data-count={group}>
            {t(`hub.summary.group.${group}`)}: {formatInteger(counts[group], language)}
          </li>
        ))}
      </ul>
      {!changed && <p className="nothing-changed">{t('hub.summary.nothingChanged')}</p>}
      <ul className="next-steps">
        {counts.conflict > 0 && (
          <li>
            <a href={routeHref({ screen: 'hubConflicts' })}>{t('hub.summary.toConflicts')}</a>
          </li>
        )}
        {counts.heldBack > 0 && (
          <li>
            <a href={routeHref({ screen: 'hubKeys' })}>{t('hub.summary.toKeys')}</a>
          </li>
        )}
        <li>
          <a href={routeHref({ screen: 'hubSet' })}>{t('hub.summary.toSet')}</a>
        </li>
      </ul>
    </div>
  );
}
