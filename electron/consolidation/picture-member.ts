import type { Answers } from '../../shared/assessment/answer';
import type { AssessmentDocument } from '../../shared/assessment/assessment-document';
import type { Framework } from '../../shared/framework/framework-schema';
import { mergedAnswers } from '../../shared/picture/merged-answers';
import type { PictureMember } from '../../shared/picture/picture-input';
import type { ReviewStatus } from '../../shared/picture/picture-types';
import { scoreAssessment } from '../../shared/scoring/score-assessment';
import { hostFlagsOf, type CountryGroups } from '../geo/country-groups';

/**
 * The picture's member of one office and cycle, wherever the revisions come from — the hub's
 * store (hub-picture.ts) or a consolidated file (reports/regional-report-data.ts) — so that the
 * same set gives the same picture, and the same regional report, from either.
 */

/** A revision that counts for its office and cycle, as verified where it is held. */
export interface CountedRevision {
  document: AssessmentDocument;
  framework: Framework;
  packageSha256: string;
  /** Fingerprint of the key that signed the package. */
  fingerprint: string;
  review: ReviewStatus;
}

/** Diverged revisions a person merged indicator by indicator: each rival's answers by assessment id, and the picks. */
export interface RevisionMerge {
  rivals: ReadonlyMap<string, Answers>;
  picks: Readonly<Record<string, string>>;
}

const compareText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** What orders revisions of one office and cycle: a document's, or a stored row's columns of the same. */
export interface RevisionOrder {
  revision: number;
  submittedAt: string;
  assessmentId: string;
}

/**
 * The newest of some revisions of one office and cycle: highest revision, then latest
 * submission, then highest assessment id — the base a merge starts from.
 */
export function newestRevision<T>(revisions: readonly T[], orderOf: (revision: T) => RevisionOrder): T {
  if (revisions.length === 0) throw new RangeError('no revision');
  const ordered = revisions.map((revision) => ({ revision, order: orderOf(revision) }));
  ordered.sort((a, b) => b.order.revision - a.order.revision || compareText(b.order.submittedAt, a.order.submittedAt) || compareText(b.order.assessmentId, a.order.assessmentId));
  return ordered[0]!.revision;
}

/** A document's order among the revisions of its office and cycle. */
export function documentOrder(document: AssessmentDocument): RevisionOrder {
  return { revision: document.revision, submittedAt: document.submittedAt ?? '', assessmentId: document.id };
}

/**
 * The member: the revision's document — or, for a merge, the newest rival's with each picked
 * indicator's answer from the revision the decision names — scored by the engine with its own
 * framework (a merge is no package's own, so it can only be scored this way; an unmerged one
 * gets the score its package reader computed, the engine being deterministic), and the host's
 * LDC, SIDS and fragile flags.
 */
export function pictureMemberOf(counted: CountedRevision, groups: CountryGroups, merge?: RevisionMerge): PictureMember {
  const document: AssessmentDocument = merge ? { ...counted.document, answers: mergedAnswers(counted.document.answers, merge.rivals, merge.picks) } : counted.document;
  return {
    document,
    score: scoreAssessment(counted.framework, document.answers),
    framework: counted.framework,
    hostFlags: hostFlagsOf(groups, document.office.hostCountry, document.office.fragileContext === true),
    packageSha256: counted.packageSha256,
    fingerprint: counted.fingerprint,
    review: counted.review,
    ...(merge ? { mergedFrom: [...merge.rivals.keys()].sort() } : {}),
  };
}
