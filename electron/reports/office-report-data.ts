import { AppError } from '../../shared/api/app-error';
import type { AssessmentDocument } from '../../shared/assessment/assessment-document';
import { buildOfficeReportData, type PreviousAssessment } from '../../shared/reports/build-office-report-data';
import type { Distribution, OfficeReportData, ReportReview } from '../../shared/reports/office-report-data';
import { scoreAssessment } from '../../shared/scoring/score-assessment';
import type { Repositories } from '../backend/store-session';
import type { HubPackageRow, HubStore } from '../consolidation/hub-store';
import type { ReviewStore } from '../reviews/review-store';
import { readHeldPackage } from '../consolidation/hub-views';
import { hostFlagsOf, type CountryGroups } from '../geo/country-groups';
import { packageContentOf } from '../packages/package-export';
import { readPackage, type VerifiedPackage } from '../packages/package-reader';
import { writePackage } from '../packages/package-writer';
import type { SigningKey } from '../packages/signing-key';

/**
 * The office report's data (shared/reports/office-report-data.ts) wherever it is printed. Every
 * path goes through one verified package and one pure builder, so the same revision gives the
 * same report in the office that filled it, at the hub that imported it, and from its file:
 *
 * - a package file (`fieldscore report F.fieldscore`): the package alone, no previous cycle;
 * - a package the hub holds: its stored bytes, read again; the previous cycle from the held
 *   packages of the same office id; the review from the hub's latest decision;
 * - this installation's own submitted revision: the package exactly as `packages.export` makes
 *   it (packageContentOf, then writePackage with this installation's key, then the reader), so
 *   the fingerprint is this installation's and the package SHA-256 is the exported file's; the
 *   previous cycle from previousCycleId in the store; the review from the review file received.
 */
export interface OfficeReportOptions {
  /** Default "restricted" (DEFAULT_OFFICE_REPORT_DISTRIBUTION). */
  distribution?: Distribution;
  /**
   * The hub's review of this revision. By default the review loop's store says it: at the hub its
   * latest decision on the package, in the field the review file received about this revision.
   */
  review?: ReportReview | null;
}

/** The report of one verified package, with what the caller knows besides (previous cycle, review). */
export function officeReportDataOfPackage(
  verified: VerifiedPackage,
  groups: CountryGroups,
  options: OfficeReportOptions & { previous?: PreviousAssessment | null } = {},
): OfficeReportData {
  const { document, framework, score } = verified;
  return buildOfficeReportData({
    document,
    framework,
    score,
    evidence: verified.evidence.map((file) => file.info),
    signerFingerprint: verified.signer.fingerprint,
    packageSha256: verified.packageSha256,
    hostFlags: hostFlagsOf(groups, document.office.hostCountry, document.office.fragileContext === true),
    previous: options.previous ?? null,
    review: options.review ?? null,
    ...(options.distribution === undefined ? {} : { distribution: options.distribution }),
  });
}

/**
 * The package this installation signs for one of its own submitted revisions, verified by the
 * same reader a hub uses. Nothing is written: the package exists in memory only. A draft, or an
 * office without a code, is refused with the export's own message (packageContentOf).
 */
export async function ownPackage(repositories: Repositories, key: SigningKey, appVersion: string, assessmentId: string): Promise<VerifiedPackage> {
  const content = packageContentOf(repositories, assessmentId, appVersion, new Date());
  const read = await readPackage(await writePackage(content, key));
  // The reader refusing what this installation has just signed is a defect, not the user's doing.
  if (!read.ok) throw new Error(`the package of assessment ${assessmentId} does not verify: ${read.reason.code}`);
  return read.package;
}

/**
 * The previous cycle in this store: the latest submitted revision of the lineage previousCycleId
 * belongs to (a revision submitted after the next cycle started is still the previous cycle's
 * last word), scored with its own framework. None when the store does not hold it.
 */
function previousInStore(repositories: Repositories, document: AssessmentDocument): PreviousAssessment | null {
  const { previousCycleId } = document;
  if (previousCycleId === undefined) return null;
  const { assessments, lifecycle, frameworks } = repositories;
  try {
    assessments.summary(previousCycleId);
  } catch (error) {
    // A next cycle copied into this store from elsewhere may point at a cycle it never held.
    if (error instanceof AppError && error.data.code === 'not_found') return null;
    throw error;
  }
  const submitted = lifecycle.revisions(previousCycleId).filter((revision) => revision.status === 'submitted');
  const last = submitted[submitted.length - 1];
  if (!last) return null;
  const previous = assessments.get(last.id);
  const installed = frameworks.getByHash(previous.framework.hash);
  if (!installed) return null;
  return { document: previous, score: scoreAssessment(installed.framework, previous.answers) };
}

/**
 * The previous cycle at the hub: of the held packages of the same office id, those of the latest
 * cycle before this one that the hub counts (current, or merged after a conflict), the highest
 * revision of them — read again from its stored bytes, like every package the hub shows.
 */
async function previousAtHub(hub: HubStore, document: AssessmentDocument): Promise<PreviousAssessment | null> {
  if (document.officeId === undefined) return null;
  const counted = hub
    .packagesOf(document.officeId)
    .filter((row) => row.cycle < document.cycle && (row.state === 'current' || row.state === 'merged'));
  const last = counted.reduce<HubPackageRow | undefined>(
    (best, row) => (!best || row.cycle > best.cycle || (row.cycle === best.cycle && row.revision > best.revision) ? row : best),
    undefined,
  );
  if (!last) return null;
  const previous = await readHeldPackage(hub, last.package_sha256);
  return { document: previous.document, score: previous.score };
}

/** The hub's latest decision on a held package (accepted, or returned with comments); null while it is only received. */
function reviewAtHub(reviews: ReviewStore, packageSha256: string): ReportReview | null {
  const latest = reviews.decisionsOf(packageSha256)[0];
  if (!latest || latest.status === 'received') return null;
  return { status: latest.status, decidedBy: latest.decidedBy, decidedAt: latest.decidedAt, comments: latest.comments.map(({ indicatorId, text }) => ({ indicatorId, text })) };
}

/**
 * The review this installation received about this very revision, the newest if several hubs
 * sent one (a review of the revision it reopened is about another document). The hub names
 * itself in its file; at the hub, the report does not name the hub it is printed at.
 */
function reviewReceived(reviews: ReviewStore, assessmentId: string): ReportReview | null {
  const latest = reviews.receivedFor([assessmentId])[0];
  if (!latest) return null;
  return {
    status: latest.status,
    hubName: latest.hubName,
    decidedBy: latest.decidedBy,
    decidedAt: latest.decidedAt,
    comments: latest.comments.map(({ indicatorId, text }) => ({ indicatorId, text })),
  };
}

/** The report of a package the hub holds, by its assessment id (any state: a superseded revision prints too). */
export async function officeReportDataOfHeldPackage(
  repositories: Pick<Repositories, 'hub' | 'reviews'>,
  groups: CountryGroups,
  assessmentId: string,
  options: OfficeReportOptions = {},
): Promise<OfficeReportData> {
  const row = repositories.reviews.heldRevision(assessmentId);
  if (!row) throw new AppError('not_found', 'the hub holds no package of this assessment', { messageKey: 'review.errors.not_held', params: { id: assessmentId } });
  const verified = await readHeldPackage(repositories.hub, row.package_sha256);
  return officeReportDataOfPackage(verified, groups, {
    ...options,
    previous: await previousAtHub(repositories.hub, verified.document),
    review: options.review !== undefined ? options.review : reviewAtHub(repositories.reviews, row.package_sha256),
  });
}

/** The report of one of this installation's own submitted revisions (the field side). */
export async function officeReportDataOfAssessment(
  repositories: Repositories,
  key: SigningKey,
  appVersion: string,
  groups: CountryGroups,
  assessmentId: string,
  options: OfficeReportOptions = {},
): Promise<OfficeReportData> {
  const verified = await ownPackage(repositories, key, appVersion, assessmentId);
  return officeReportDataOfPackage(verified, groups, {
    ...options,
    previous: previousInStore(repositories, verified.document),
    review: options.review !== undefined ? options.review : reviewReceived(repositories.reviews, assessmentId),
  });
}

/** Where a report's revision is: this installation's own store, or the packages the hub holds. */
export type OfficeReportSubject = { kind: 'assessment'; assessmentId: string } | { kind: 'held'; assessmentId: string };

export interface OfficeReportContext {
  repositories: Repositories;
  key: SigningKey;
  appVersion: string;
  groups: CountryGroups;
}

/** One entry for the backend's handler and the CLI's data-folder mode alike. */
export function officeReportData(context: OfficeReportContext, subject: OfficeReportSubject, options: OfficeReportOptions = {}): Promise<OfficeReportData> {
  const { repositories, key, appVersion, groups } = context;
  return subject.kind === 'assessment'
    ? officeReportDataOfAssessment(repositories, key, appVersion, groups, subject.assessmentId, options)
    : officeReportDataOfHeldPackage(repositories, groups, subject.assessmentId, options);
}
