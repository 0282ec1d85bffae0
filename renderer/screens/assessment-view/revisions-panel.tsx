import { useTranslation } from 'react-i18next';
import type { AppErrorData } from '../../../shared/api/app-error';
import type { AssessmentSummary } from '../../../shared/api/contract';
import { LoadState } from '../../app/load-state';
import { routeHref } from '../../app/route';
import { StatusBadge } from '../../app/status-badge';
import { formatDateTime, formatInteger } from '../../i18n/format';
import { useLanguage } from '../../i18n/use-language';

/** Every revision of this assessment (same office and cycle), oldest first; the one shown is marked. */
export function RevisionsPanel({
  currentId,
  revisions,
  error,
  onRetry,
}: {
  currentId: string;
  revisions: AssessmentSummary[] | null;
  error: AppErrorData | null;
  onRetry(): void;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <section className="panel" aria-labelledby="revisions-heading">
      <h2 id="revisions-heading">{t('revisions.title')}</h2>
      <LoadState loaded={revisions !== null} error={error} onRetry={onRetry} />
      {revisions && (
        <ol className="revision-list">
          {revisions.map((summary) => {
            const label = t('revisions.revision', { revision: formatInteger(summary.revision, language) });
            const here = summary.id === currentId;
            return (
              <li key={summary.id} className={here ? 'is-current' : undefined}>
                {here ? (
                  <strong aria-current="page">{label}</strong>
                ) : (
                  <a href={routeHref({ screen: 'assessment', id: summary.id })}>{label}</a>
                )}{' '}
                <StatusBadge status={summary.status} />
                {!summary.latestRevision && <span className="revision-superseded"> {t('revisions.superseded')}</span>}
                <span className="revision-date">{t('revisions.updated', { date: formatDateTime(summary.updatedAt, language) })}</span>
                {here && <span className="visually-hidden"> {t('revisions.shown')}</span>}
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
