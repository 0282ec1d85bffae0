import { z } from 'zod';
import { AppError } from '../../shared/api/app-error';
import type { HubReview } from '../../shared/api/review-contract';
import { orderedComments, REVIEW_FORMAT, reviewFileName, type ReviewComment, type ReviewPayload, type ReviewStatus } from '../../shared/reviews/review-format';
import type { SigningKey } from '../packages/signing-key';
import { writeReviewFile } from './review-file';
import type { HeldRevisionRow, ReviewStore } from './review-store';

/**
 * The hub's side of the review loop: a status per held revision — received (no decision yet),
 * accepted, returned for revision with comments per indicator — recorded with who and when, every
 * decision kept (hub_reviews is append-only); and the review file that carries a decision back to
 * the office. Decisions are per package: a newer revision of an office is another package and
 * arrives as "received", whatever was decided on the one before.
 */

/** Only these states are an office's revision of record; the others are history or awaiting a conflict decision. */
const REVIEWABLE_STATES: readonly HeldRevisionRow['state'][] = ['current', 'merged'];

function heldOrThrow(reviews: ReviewStore, assessmentId: string): HeldRevisionRow {
  const row = reviews.heldRevision(assessmentId);
  if (!row) throw new AppError('not_found', 'the hub holds no such revision', { messageKey: 'review.errors.not_held', params: { id: assessmentId } });
  return row;
}

function reviewOf(reviews: ReviewStore, row: HeldRevisionRow): HubReview {
  const history = reviews.decisionsOf(row.package_sha256);
  const current = history[0] ?? null;
  return {
    assessmentId: row.assessment_id,
    packageSha256: row.package_sha256,
    officeCode: row.office_code,
    officeName: row.office_name,
    cycle: row.cycle,
    revision: row.revision,
    state: row.state,
    status: current?.status ?? 'received',
    current,
    history,
  };
}

export function hubReview(reviews: ReviewStore, assessmentId: string): HubReview {
  return reviewOf(reviews, heldOrThrow(reviews, assessmentId));
}

/** Indicator ids of the revision's framework: its stored score lists every one, in framework order. */
function indicatorIdsOf(row: HeldRevisionRow): Set<string> {
  const score = z.object({ indicators: z.array(z.object({ indicatorId: z.string() }).passthrough()) }).passthrough().parse(JSON.parse(row.score_json));
  return new Set(score.indicators.map((indicator) => indicator.indicatorId));
}

export function setHubReview(
  reviews: ReviewStore,
  request: { assessmentId: string; status: ReviewStatus; comments: readonly ReviewComment[]; decidedBy: string },
  now: string,
): HubReview {
  return reviews.transaction(() => {
    const row = heldOrThrow(reviews, request.assessmentId);
    if (!REVIEWABLE_STATES.includes(row.state)) {
      throw new AppError('conflict', `only a current revision is reviewed; this one is ${row.state}`, { messageKey: 'review.errors.not_current', params: { state: row.state } });
    }
    if (request.status === 'returned' && request.comments.length === 0) {
      throw new AppError('invalid_request', 'returning an assessment needs at least one comment', {
        messageKey: 'review.errors.comment_required',
        problems: [{ path: 'comments', message: 'a returned assessment has at least one comment' }],
      });
    }
    const known = indicatorIdsOf(row);
    const unknown = request.comments.find((comment) => !known.has(comment.indicatorId));
    if (unknown) {
      throw new AppError('invalid_request', `no indicator ${unknown.indicatorId} in this revision's framework`, {
        messageKey: 'review.errors.unknown_indicator',
        params: { indicatorId: unknown.indicatorId },
        problems: [{ path: 'comments', message: `unknown indicator ${unknown.indicatorId}` }],
      });
    }
    reviews.insertDecision(row.package_sha256, request.status, orderedComments(request.comments), request.decidedBy, now);
    return reviewOf(reviews, row);
  });
}

/**
 * The signed review file of the revision's latest decision. Its time is the decision's, so
 * exporting the same decision again gives the same bytes, which the office recognises as the same file.
 */
export function exportHubReview(
  reviews: ReviewStore,
  key: SigningKey,
  hubName: string,
  generatorVersion: string,
  assessmentId: string,
): { fileName: string; dataBase64: string } {
  const row = heldOrThrow(reviews, assessmentId);
  const current = reviews.decisionsOf(row.package_sha256)[0];
  if (!current || current.status === 'received') {
    throw new AppError('conflict', 'nothing was decided on this revision yet', { messageKey: 'review.errors.nothing_decided' });
  }
  const payload: ReviewPayload = {
    format: REVIEW_FORMAT,
    createdAt: current.decidedAt,
    generator: { name: 'Fieldscore', version: generatorVersion },
    hub: { name: hubName, publicKey: key.rawPublicKey.toString('base64'), fingerprint: key.fingerprint },
    assessment: {
      id: row.assessment_id,
      officeId: row.office_id,
      officeCode: row.office_code,
      cycle: row.cycle,
      revision: row.revision,
      packageSha256: row.package_sha256,
    },
    decision: { status: current.status, comments: orderedComments(current.comments), decidedBy: current.decidedBy, decidedAt: current.decidedAt },
  };
  const bytes = writeReviewFile(payload, key);
  return { fileName: reviewFileName(row.office_code, row.cycle, row.revision, current.status), dataBase64: bytes.toString('base64') };
}

/** The review status of each held package (by its SHA-256): the picture's and the consolidated file's view. */
export function reviewStatusLookup(reviews: ReviewStore): (packageSha256: string) => ReviewStatus {
  const statuses = reviews.latestStatuses();
  return (packageSha256) => statuses.get(packageSha256) ?? 'received';
}
