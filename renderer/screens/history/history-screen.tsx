import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../app/error-alert';
import { routeHref } from '../../app/route';
import { ScreenHeading } from '../../app/screen-heading';
import { formatDateTime, formatInteger, formatYear } from '../../i18n/format';
import { useLanguage } from '../../i18n/use-language';
import { useAssessmentsStore, useHistoryStore } from '../../state/stores-context';
import { describeChange } from './change-description';
import { indicatorIndex, indicatorLabel } from './indicator-index';
import { ValueTextView } from './value-text';
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
  const loadFramework = useAssessmentsStore((state) => state.loadFramework);
  const hash = document?.framework.hash;
  const framework = useAssessmentsStore((state) => (hash ? state.frameworks[hash] : undefined));
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
      {error && (
        <ErrorAlert error={error}>
          <button type="button" className="button" onClick={() => void load(id, indicatorId)}>
            {t('app.retry')}
          </button>
        </ErrorAlert>
      )}
      {entries === null && !error && (
        <p role="status" className="loading">
          {t('app.loading')}
        </p>
      )}
      {entries && entries.length === 0 && <p className="empty-state">{subject ? t('history.emptyIndicator') : t('history.empty')}</p>}
      {entries && entries.length > 0 && (
        <>
          <p className="muted">{t('history.count', { total: formatInteger(entries.length, language) })}</p>
          <div className="table-scroll">
            <table className="data-table history-table">
              <caption className="visually-hidden">{heading}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('history.column.when')}</th>
                  <th scope="col">{t('history.column.who')}</th>
                  <th scope="col">{t('history.column.what')}</th>
                  <th scope="col">{t('history.column.action')}</th>
                  <th scope="col">{t('history.column.before')}</th>
                  <th scope="col">{t('history.column.after')}</th>
                </tr>
              </thead>
              <tbody>
                {rows.map(({ entry, description }) => (
                  <tr key={entry.id}>
                    <td className="nowrap">
                      <time dateTime={entry.at}>{formatDateTime(entry.at, language)}</time>
                    </td>
                    <td>{entry.actor.trim() ? entry.actor : <span className="muted">{t('view.notRecorded')}</span>}</td>
                    <th scope="row">
                      {entry.kind === 'answer' && entry.indicatorId && !indicatorId ? (
                        <a href={routeHref({ screen: 'history', id, indicatorId: entry.indicatorId })}>{description.what}</a>
                      ) : (
                        description.what
                      )}
                    </th>
                    <td>{description.action}</td>
                    <td>
                      <ValueTextView value={description.before} />
                    </td>
                    <td>
                      <ValueTextView value={description.after} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}
