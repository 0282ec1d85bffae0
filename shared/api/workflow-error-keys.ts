/**
 * Message keys the field workflow's backend can return (answers, lifecycle, evidence), besides
 * the generic errors.<code> keys and checkAnswerValue's answers.* keys. Every renderer catalog
 * must define each one; a catalog test checks this list.
 */
export const WORKFLOW_ERROR_KEYS = [
  /** The assessment is submitted and locked; reopen it as a new revision to change it. */
  'errors.assessment_locked',
  /** The indicator is not part of this assessment's framework. params: indicatorId */
  'errors.unknown_indicator',
  /** {count} indicators block submission (the list is in problems: path = indicator id, message = reason). */
  'errors.submission_blocked',
  /** {codes} are not countries or areas of UN M49: replace them before submitting (problems: path = office.hostCountry or indicator id). */
  'errors.country_not_listed',
  /** Only a submitted assessment can be reopened. */
  'errors.not_submitted',
  /** A newer revision of this assessment already exists; reopen that one. */
  'errors.not_latest_revision',
  /** The next cycle must come after {cycle}. */
  'errors.cycle_not_later',
  /** {office} already has an assessment for {cycle}. */
  'errors.cycle_exists',
  /** The file could not be read (its data is not valid base64). */
  'errors.evidence_unreadable',
  /** The file is empty. */
  'errors.evidence_empty',
  /** The file is larger than {maxMb} MB. */
  'errors.evidence_too_large',
  /** Files of this type ({detected}) cannot be attached. */
  'errors.evidence_type_not_allowed',
  /** The file is named .{extension} but its content is {detected}. */
  'errors.evidence_disguised',
] as const;
export type WorkflowErrorKey = (typeof WORKFLOW_ERROR_KEYS)[number];
