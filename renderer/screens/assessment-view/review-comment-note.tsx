import { useEffect } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import type { ReceivedReview } from '../../../shared/api/review-contract';
import { formatDateTime, formatInteger } from '../../i18n/format';
import { useLanguage } from '../../i18n/use-language';
import { useReviewStore } from '../../state/stores-context';
import '../hub-review/review.css';

const NO_REVIEWS: ReceivedReview[] = [];

/**
 * "Comment from <hub>: …" beside one indicator, for each review that applies to the assessment
 * (of this revision, or of the one it reopened) and comments on it. Marked by its heading and a
 * dashed frame, never by colour alone; the comment keeps its own direction (dir="auto").
 */
export function ReviewCommentNote({ assessmentId, indicatorId }: { assessmentId: string; indicatorId: string }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const reviews = useReviewStore((state) => state.received[assessmentId] ?? NO_REVIEWS);
  const ensureReceived = useReviewStore((state) => state.ensureReceived);
  useEffect(() => {
    void ensureReceived(assessmentId);
  }, [ensureReceived, assessmentId]);

  const notes = reviews.flatMap((review) => review.comments.filter((comment) => comment.indicatorId === indicatorId).map((comment) => ({ review, comment })));
  if (notes.length === 0) return null;
  return (
    <>
      {notes.map(({ review, comment }) => (
        <div key={review.id} className="review-comment" role="note" data-testid="review-comment" data-indicator={indicatorId}>
          <p className="review-comment-head">
            <Trans i18nKey="review.field.commentFrom" values={{ hub: review.hubName }} components={{ hub: <bdi /> }} />
          </p>
          <p className="review-comment-text" dir="auto">
            {comment.text}
          </p>
          <p className="hint">
            <Trans
              i18nKey="review.field.commentContext"
              values={{
                status: t(`review.status.${review.status}`),
                revision: formatInteger(review.revision, language),
                person: review.decidedBy,
                at: formatDateTime(review.decidedAt, language),
              }}
              components={{ person: <bdi /> }}
            />
          </p>
        </div>
      ))}
    </>
  );
}
