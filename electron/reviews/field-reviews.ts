import { AppError } from '../../shared/api/app-error';
import type { ReceivedReview, ReviewImportResult } from '../../shared/api/review-contract';
import type { ReviewReasonCode } from '../../shared/reviews/review-reasons';
import type { Repositories } from '../backend/store-session';
import { readReviewFile } from './review-file';

/**
 * The office's side of the review loop: a review file read as untrusted (review-file.ts), then
 * held against this installation's own store — the reviewed revision must be one of its submitted
 * assessments with the same identities, and the package the hub reviewed one it exported (when an
 * export of the plain package was recorded) — and against the hub keys it knows: the first key seen
 * for a hub name is remembered; another key for that name is refused, with both fingerprints, until
 * a person compared them with the hub and accepts it. The same file twice changes nothing.
 */
export function importReview(
  repositories: Pick<Repositories, 'assessments' | 'frameworks' | 'packageExports' | 'reviews'>,
  fileName: string,
  bytes: Buffer,
  options: { acceptHubKey?: string; now: string },
): ReviewImportResult {
  const read = readReviewFile(bytes);
  if (!read.ok) return { outcome: 'refused', reason: read.reason };
  const { payload, fileSha256, publicKey, fingerprint } = read.review;
  const hub = { name: payload.hub.name, fingerprint };
  const refused = (code: ReviewReasonCode, params: Record<string, string | number> = {}, extra: { knownFingerprint?: string } = {}): ReviewImportResult => ({
    outcome: 'refused',
    reason: { code, params },
    hub: { ...hub, ...extra },
  });
  const { assessments, frameworks, packageExports, reviews } = repositories;

  return reviews.transaction(() => {
    const already = reviews.receivedByFile(fileSha256);
    if (already) return { outcome: 'identical', review: already, hub: { ...hub, firstSeen: false } };

    const reviewed = payload.assessment;
    let document;
    try {
      document = assessments.get(reviewed.id);
    } catch (error) {
      // Only "no such assessment" is the file's fault; anything else (a damaged database) goes on up.
      if (error instanceof AppError && error.data.code === 'not_found') return refused('unknown_assessment', { detail: reviewed.id });
      throw error;
    }
    if (document.status !== 'submitted') return refused('not_submitted');
    const mismatch =
      document.officeId !== reviewed.officeId ? 'office id'
      : (document.office.code ?? '') !== reviewed.officeCode ? 'office code'
      : document.cycle !== reviewed.cycle ? 'cycle'
      : document.revision !== reviewed.revision ? 'revision'
      : undefined;
    if (mismatch) return refused('identity_mismatch', { detail: mismatch });
    // Encrypted exports record the hash of the encrypted file, not of the package inside: only plain ones can be compared.
    const plainExports = packageExports.list(reviewed.id).filter((entry) => !entry.encrypted);
    if (plainExports.length > 0 && !plainExports.some((entry) => entry.sha256 === reviewed.packageSha256)) {
      return refused('package_mismatch', { detail: reviewed.packageSha256 });
    }
    const framework = frameworks.getByHash(document.framework.hash)?.framework;
    const indicatorIds = new Set(framework?.perspectives.flatMap((perspective) => perspective.indicators.map((indicator) => indicator.id)) ?? []);
    const stray = payload.decision.comments.find((comment) => !indicatorIds.has(comment.indicatorId));
    if (stray) return refused('unknown_indicator', { detail: stray.indicatorId });

    const trusted = reviews.hubsNamed(payload.hub.name).filter((row) => row.status === 'trusted');
    const firstSeen = trusted.length === 0;
    const known = trusted.some((row) => row.public_key === publicKey);
    if (!firstSeen && !known && options.acceptHubKey !== fingerprint) {
      const knownFingerprint = trusted[trusted.length - 1]!.fingerprint;
      return refused('different_hub_key', { detail: knownFingerprint }, { knownFingerprint });
    }
    if (!known) reviews.trustHub(payload.hub.name, publicKey, fingerprint, options.now);

    const review = reviews.insertReceived({
      fileSha256,
      assessmentId: reviewed.id,
      hubName: payload.hub.name,
      hubFingerprint: fingerprint,
      status: payload.decision.status,
      comments: payload.decision.comments,
      decidedBy: payload.decision.decidedBy,
      decidedAt: payload.decision.decidedAt,
      packageSha256: reviewed.packageSha256,
      fileBytes: bytes,
      fileName,
      importedAt: options.now,
    });
    return { outcome: 'imported', review, hub: { ...hub, firstSeen } };
  });
}

/**
 * The reviews that apply to an assessment: those of the revision it reopened (a draft being
 * revised after a hub returned it) and of itself — for each reviewed revision and hub, its latest
 * decision (a later "accepted" stands over an earlier "returned"). Newest first.
 */
export function reviewsOfAssessment(repositories: Pick<Repositories, 'assessments' | 'reviews'>, assessmentId: string): ReceivedReview[] {
  const document = repositories.assessments.get(assessmentId);
  const ids = [document.id, ...(document.previousRevisionId ? [document.previousRevisionId] : [])];
  const seen = new Set<string>();
  return repositories.reviews.receivedFor(ids).filter((review) => {
    const key = `${review.assessmentId} ${review.hubName}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
