import { AppError } from '../../../shared/api/app-error';
import { REVIEW_LIMITS } from '../../../shared/reviews/review-format';
import { base64LengthFor, decodeBase64Strict } from '../../evidence/decode-base64';
import { importReview, reviewsOfAssessment } from '../../reviews/field-reviews';
import { exportHubReview, hubReview, setHubReview } from '../../reviews/hub-reviews';
import type { Handlers } from '../dispatch';
import type { StoreSession } from '../store-session';

type ReviewOperation = 'hub.review' | 'hub.review.set' | 'hub.review.export' | 'reviews.import' | 'reviews.ofAssessment';

/**
 * A review file's bytes, bounded before they are decoded: a review is at most 256 KiB, so a
 * longer base64 text is refused with the reader's own reason rather than decoded first.
 */
function reviewBytes(dataBase64: string): Buffer | 'too_large' {
  if (dataBase64.length > base64LengthFor(REVIEW_LIMITS.maxFileBytes)) return 'too_large';
  const bytes = decodeBase64Strict(dataBase64);
  if (bytes === undefined) throw new AppError('invalid_request', 'the file data is not valid base64', { problems: [{ path: 'dataBase64', message: 'not valid base64' }] });
  return bytes;
}

export function reviewHandlers(session: StoreSession): Pick<Handlers, ReviewOperation> {
  const now = () => new Date().toISOString();
  return {
    'hub.review': ({ assessmentId }) => hubReview(session.repositories().reviews, assessmentId),
    'hub.review.set': (request) => setHubReview(session.repositories().reviews, request, now()),
    'hub.review.export': ({ assessmentId, hubName }) =>
      exportHubReview(session.repositories().reviews, session.installationKey(), hubName, session.appVersion, assessmentId),
    'reviews.import': ({ fileName, dataBase64, acceptHubKey }) => {
      const bytes = reviewBytes(dataBase64);
      if (bytes === 'too_large') return { outcome: 'refused', reason: { code: 'file_too_large', params: { limit: REVIEW_LIMITS.maxFileBytes / 1024 } } };
      return importReview(session.repositories(), fileName, bytes, { now: now(), ...(acceptHubKey === undefined ? {} : { acceptHubKey }) });
    },
    'reviews.ofAssessment': ({ assessmentId }) => reviewsOfAssessment(session.repositories(), assessmentId),
  };
}
