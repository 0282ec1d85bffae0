import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { DataTable } from '../../app/data-table';
import { EmptyState } from '../../app/empty-state';
import { LoadState } from '../../app/load-state';
import { routeHref } from '../../app/route';
import { ScreenHeading } from '../../app/screen-heading';
import { formatInteger, formatYear } from '../../i18n/format';
import { useLanguage } from '../../i18n/use-language';
import { useAssessmentsStore, useFrameworksStore, useHistoryStore } from '../../state/stores-context';
import { describeChange } from './change-description';
import { indicatorIndex, indicatorLabel } from './indicator-index';
import { HistoryCells, historyColumns } from './history-cells';
import './history.css';

/**
 * Every recorded change of an assessment, newest first (or of one indicator, from its link):
 * when, who, what, the action, and the value before and after, in words.
 */
export function HistoryScreen({ id, indicatorId }: { id: string; indicatorId?: string }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const document = useAssessmentsStore((state) => (state.current?.id === id ? state.current : null));
  const documentError = useAssessmentsStore((state) => (state.currentId === id ? state.currentError : null));
  const open = useAssessmentsStore((state) => state.open);
  const loadFramework = useFrameworksStore((state) => state.loadFramework);
  const hash = document?.framework.hash;
  const framework = useFrameworksStore((state) => (hash ? state.frameworks[hash] : undefined));
  const entries = useHistoryStore((state) =>
    state.assessmentId === id && state.indicatorId === (indicatorId ?? null) ? state.entries : null,
  );
  const historyError = useHistoryStore((state) => (state.assessmentId === id ? state.error : null));
  const load = useHistoryStore((state) => state.load);

  useEffect(() => {
    void open(id);
    void load(id, indicatorId);
  }, [open, load, id, indicatorId]);
  useEffect(() => {
    if (hash) void loadFramework(hash);
  }, [loadFramework, hash]);

  const index = useMemo(() => indicatorIndex(framework), [framework]);
  const rows = useMemo(
    () => (entries ?? []).map((entry) => ({ entry, description: describeChange(entry, framework, language, t, index) })),
    [entries, framework, language, t, index],
  );

  const subject = indicatorId ? indicatorLabel(indicatorId, index.get(indicatorId)?.indicator, language) : null;
  const heading = subject ? t('history.titleIndicator', { indicator: subject }) : t('history.title');
  const error = documentError ?? historyError;

  return (
    <section className="screen">
      <p className="back-link">
        <a href={routeHref({ screen: 'assessment', id })}>{t('history.backToOverview')}</a>
      </p>
      <ScreenHeading text={heading} />
      {document && (
        <p className="history-subject">
          {t('history.subject', { office: document.office.name, cycle: formatYear(document.cycle, language) })}{' '}
          <span className="muted">{t('history.revision', { revision: formatInteger(document.revision, language) })}</span>
        </p>
      )}
      {indicatorId && (
        <p>
          <a href={routeHref({ screen: 'history', id })}>{t('history.showAll')}</a>
        </p>
      )}
      <LoadState loaded={entries !== null} error={error} onRetry={() => void load(id, indicatorId)} announce />
      {entries && entries.length === 0 && <EmptyState message={subject ? t('history.emptyIndicator') : t('history.empty')} />}
      {entries && entries.length > 0 && (
        <>
          <p className="muted">{t('history.count', { total: formatInteger(entries.length, language) })}</p>
          <DataTable
            className="history-table"
            caption={heading}
            columns={historyColumns(t)}
          >
            {rows.map(({ entry, description }) => (
              <tr key={entry.id}>
                <HistoryCells
                  entry={entry}
                  description={description}
                  t={t}
                  language={language}
                  what={
                    entry.kind === 'answer' && entry.indicatorId && !indicatorId ? (
                      <a href={routeHref({ screen: 'history', id, indicatorId: entry.indicatorId })}>{description.what}</a>
                    ) : (
                      description.what
                    )
                  }
                />
              </tr>
            ))}
          </DataTable>
        </>
      )}
    </section>
  );
}
