import { useTranslation } from 'react-i18next';
import type { ReviewDecision } from '../../../shared/api/review-contract';
import { formatDateTime, formatInteger } from '../../i18n/format';
import { useLanguage } from '../../i18n/use-language';

/** Every decision recorded on the revision, newest first, with its comments: nothing a hub decided is lost. */
export function ReviewHistory({ history, labelOf }: { history: ReviewDecision[]; labelOf: ReadonlyMap<string, string> }) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <details className="review-history">
      <summary>{t('review.panel.history', { shown: formatInteger(history.length, language) })}</summary>
      <ol>
        {history.map((decision) => (
          <li key={decision.id} data-status={decision.status}>
            <p>
              <strong>{t(`review.status.${decision.status}`)}</strong> — <bdi>{decision.decidedBy}</bdi>, {formatDateTime(decision.decidedAt, language)}
            </p>
            {decision.comments.length > 0 && (
              <ul>
                {decision.comments.map((comment) => (
                  <li key={comment.indicatorId}>
                    <bdi className="indicator-id">{comment.indicatorId}</bdi> {labelOf.get(comment.indicatorId) ?? ''}:{' '}
                    <bdi className="review-comment-text">{comment.text}</bdi>
                  </li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ol>
    </details>
  );
}
