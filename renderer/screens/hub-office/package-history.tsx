import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { HubAssessmentView } from '../../../shared/api/hub-office-contract';
import { DataTable } from '../../app/data-table';
import { formatInteger } from '../../i18n/format';
import { useLanguage } from '../../i18n/use-language';
import { describeChange } from '../history/change-description';
import { indicatorIndex } from '../history/indicator-index';
import { HistoryCells, historyColumns } from '../history/history-cells';
import '../history/history.css';

/**
 * A package may carry up to 200,000 changes (its history.json is bounded by the package limits);
 * a page of them at a time keeps the screen responsive, and "Show more" adds the next page.
 */
const PAGE = 50;

/**
 * The revision's history as the package carries it: who changed what, when, with the values
 * before and after in words (the field history screen's wording), newest first.
 */
export function PackageHistory({ view }: { view: HubAssessmentView }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const headingId = useId();
  const [shown, setShown] = useState(PAGE);
  const index = useMemo(() => indicatorIndex(view.framework), [view.framework]);
  const newestFirst = useMemo(() => [...view.history].sort((a, b) => b.id - a.id), [view.history]);
  const rows = useMemo(
    () => newestFirst.slice(0, shown).map((entry) => ({ entry, description: describeChange(entry, view.framework, language, t, index) })),
    [newestFirst, shown, view.framework, language, t, index],
  );
  const left = newestFirst.length - rows.length;

  const showMore = () => {
    const firstNew = rows.length;
    setShown(shown + PAGE);
    // The focus moves to the first row added, so a keyboard user goes on reading where it grew.
    window.setTimeout(() => {
      const row = document.querySelector<HTMLTableRowElement>(`[data-history-row="${firstNew}"]`);
      row?.focus();
    }, 0);
  };

  return (
    <section className="panel hub-office-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('hubOffice.history.heading')}</h2>
      {newestFirst.length === 0 ? (
        <p className="muted">{t('hubOffice.history.empty')}</p>
      ) : (
        <>
          <p className="muted">{t('hubOffice.history.count', { total: formatInteger(newestFirst.length, language) })}</p>
          <DataTable
            className="history-table hub-history-table"
            caption={t('hubOffice.history.caption')}
            columns={historyColumns(t)}
          >
            {rows.map(({ entry, description }, position) => (
              <tr key={entry.id} data-history-row={position} tabIndex={position >= PAGE ? -1 : undefined}>
                <HistoryCells entry={entry} description={description} what={description.what} t={t} language={language} />
              </tr>
            ))}
          </DataTable>
          {left > 0 && (
            <p className="section-actions">
              <button type="button" className="button" onClick={showMore}>
                {t('hubOffice.history.showMore', { count: formatInteger(Math.min(PAGE, left), language), left: formatInteger(left, language) })}
              </button>
            </p>
          )}
        </>
      )}
    </section>
  );
}
