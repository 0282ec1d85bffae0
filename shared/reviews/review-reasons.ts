/**
 * Why an office refused a review file: a stable code (logs, tests, the import's result) and a
 * sentence in each of the six languages under `review.reasons.<code>` in the renderer's review
 * catalogs. Documented in docs/review-format.md; never reuse a code for another meaning.
 */
export const REVIEW_REASON_CODES = [
  /** Larger than the format allows ({limit} KiB): refused before it is read. */
  'file_too_large',
  /** Not a review file: not UTF-8 JSON, or not an envelope. */
  'not_a_review',
  /** Nested deeper or holding more values than a review ever does ({detail}). */
  'too_complex',
  /** The envelope is not in canonical form, or a field of it is missing, extra or malformed ({detail}). */
  'envelope_invalid',
  /** Signed as something else — e.g. a package's manifest ({detail} is the type found). */
  'wrong_payload_type',
  /** A newer fieldscore.review/{version}: update Fieldscore. */
  'format_newer',
  /** The review inside is not canonical JSON or does not fit the format ({detail}). */
  'review_invalid',
  /** The signature does not verify: changed after signing, or signed by another key. */
  'signature_invalid',
  /** The key beside the signature is not the hub's key the review names. */
  'signer_mismatch',
  /** This installation has no such assessment: the review is for another office's computer. */
  'unknown_assessment',
  /** The reviewed assessment is here but was never submitted. */
  'not_submitted',
  /** Office, cycle or revision in the review differ from the assessment here ({detail}). */
  'identity_mismatch',
  /** The package the hub reviewed is not one this installation exported. */
  'package_mismatch',
  /** A comment is about an indicator the assessment's framework does not have ({detail}). */
  'unknown_indicator',
  /** Signed by another key than the one first seen for this hub name: compare the fingerprints. */
  'different_hub_key',
] as const;
export type ReviewReasonCode = (typeof REVIEW_REASON_CODES)[number];

export interface ReviewReason {
  code: ReviewReasonCode;
  /** Interpolated into the sentence: {detail}, {limit}, {version}. */
  params: Record<string, string | number>;
}

export function reviewReasonKey(code: ReviewReasonCode): string {
  return `review.reasons.${code}`;
}

/**
 * Message keys the review operations can return as errors (besides errors.<code>): every review
 * catalog defines each one, which tests/renderer/i18n/review-catalog.test.ts checks.
 */
export const REVIEW_ERROR_KEYS = [
  /** The hub holds no such revision. */
  'review.errors.not_held',
  /** Only an office's current (or merged) revision is reviewed; this one is {state}. */
  'review.errors.not_current',
  /** Returning an assessment needs at least one comment. */
  'review.errors.comment_required',
  /** A comment names an indicator the revision's framework does not have: {indicatorId}. */
  'review.errors.unknown_indicator',
  /** Nothing was decided yet (the revision is only received): no review file to send. */
  'review.errors.nothing_decided',
  /** No held revision is accepted yet: accept some, or include every current revision. */
  'review.errors.none_accepted',
] as const;
