import { AppError } from '../../shared/api/app-error';
import type { PictureRequest } from '../../shared/api/picture-contract';
import { storedAssessmentDocumentSchema, type AssessmentDocument } from '../../shared/assessment/assessment-document';
import type { Decision } from '../../shared/consolidation/consolidated-format';
import type { Framework } from '../../shared/framework/framework-schema';
import { buildPicture } from '../../shared/picture/build-picture';
import type { PictureMember } from '../../shared/picture/picture-input';
import type { ReviewStatus, SetPicture } from '../../shared/picture/picture-types';
import { readCountryGroups } from '../geo/country-groups';
import type { HubCountedRow, HubStore } from './hub-store';
import { readHeldPackage } from './hub-views';
import { newestRevision, pictureMemberOf, type RevisionMerge, type RevisionOrder } from './picture-member';

/**
 * The hub's picture read from its store (docs/hub-picture.md). Which revision counts is the
 * consolidated file's rule (hub-export.ts): per office and cycle its current revision, or — where
 * a person merged diverged revisions indicator by indicator — their merge. An office and cycle
 * with an open conflict has neither until someone decides, so it is not in the picture.
 */

export type ReviewStatusOf = (packageSha256: string) => ReviewStatus;

/** A stored document, read back with the store's shape schema: the store wrote it, but a row read back is input like any other. */
function documentOf(row: HubCountedRow): AssessmentDocument {
  let value: unknown;
  try {
    value = JSON.parse(row.document_json);
  } catch {
    value = undefined;
  }
  const parsed = storedAssessmentDocumentSchema.safeParse(value);
  // A row the store cannot read back is a defect of the store, not a user's mistake.
  if (!parsed.success) throw new Error(`held package ${row.package_sha256}: its stored document does not fit its shape`);
  return parsed.data as AssessmentDocument;
}

/**
 * Frameworks by content hash, each read once from the first held package that carries it: 1,000
 * offices on one framework read one package. A hash names its content, so the cache may outlive
 * a request (the handler keeps one); it holds at most a few dozen frameworks.
 */
export class FrameworkCache {
  private static readonly LIMIT = 64;
  private readonly byHash = new Map<string, Framework>();
  async of(hub: HubStore, row: HubCountedRow): Promise<Framework> {
    const known = this.byHash.get(row.framework_hash);
    if (known) return known;
    const { framework } = await readHeldPackage(hub, row.package_sha256);
    if (this.byHash.size >= FrameworkCache.LIMIT) this.byHash.delete(this.byHash.keys().next().value!);
    this.byHash.set(row.framework_hash, framework);
    return framework;
  }
}

/** The merge decision of an office and cycle: the latest one whose picks name these merged revisions. */
function mergeDecision(decisions: readonly Decision[], rows: readonly HubCountedRow[]): Extract<Decision['resolution'], { picks: unknown }> | undefined {
  const ids = rows.map((row) => row.assessment_id);
  for (let index = decisions.length - 1; index >= 0; index -= 1) {
    const decision = decisions[index]!;
    if (decision.officeId === rows[0]!.office_id && decision.cycle === rows[0]!.cycle && 'picks' in decision.resolution && ids.every((id) => decision.revisions.includes(id))) {
      return decision.resolution;
    }
  }
  return undefined;
}

/** A stored row's order among the revisions of its office and cycle: the columns of its document's fields. */
const rowOrder = (row: HubCountedRow): RevisionOrder => ({ revision: row.revision, submittedAt: row.submitted_at, assessmentId: row.assessment_id });

/** The counted revision of each office and cycle among the rows, as the picture's members. */
async function membersOf(hub: HubStore, resourcesDir: string, held: readonly HubCountedRow[], reviewStatusOf: ReviewStatusOf, frameworks: FrameworkCache): Promise<PictureMember[]> {
  const groups = readCountryGroups(resourcesDir); // once for the set, not once per office
  const byOfficeCycle = new Map<string, HubCountedRow[]>();
  for (const row of held) {
    const key = `${row.office_id}\u0000${row.cycle}`;
    const rows = byOfficeCycle.get(key) ?? [];
    rows.push(row);
    byOfficeCycle.set(key, rows);
  }
  let decisions: Decision[] | undefined;
  const members: PictureMember[] = [];
  for (const rows of byOfficeCycle.values()) {
    const current = rows.filter((row) => row.state === 'current');
    const merged = current.length === 0 ? rows : [];
    const row = newestRevision(current.length > 0 ? current : rows, rowOrder);
    const framework = await frameworks.of(hub, row);
    let merge: RevisionMerge | undefined;
    if (merged.length > 1) {
      decisions ??= hub.decisions();
      const resolution = mergeDecision(decisions, merged);
      if (resolution) merge = { rivals: new Map(merged.map((rival) => [rival.assessment_id, documentOf(rival).answers] as const)), picks: resolution.picks };
    }
    // Scored by the engine there (pictureMemberOf), as the package reader did at import: the stored
    // score is three times the size of the document, and parsing it costs more than scoring again.
    const counted = { document: documentOf(row), framework, packageSha256: row.package_sha256, fingerprint: row.signer_fingerprint, review: reviewStatusOf(row.package_sha256) };
    members.push(pictureMemberOf(counted, groups, merge));
  }
  return members;
}

const countedRows = (hub: HubStore) => hub.countedPackages();
const receivedByDefault: ReviewStatusOf = () => 'received';

/** Every office's counted revision of every cycle, as the picture's members (for a caller that builds several pictures). */
export function hubPictureMembers(hub: HubStore, resourcesDir: string, reviewStatusOf: ReviewStatusOf = receivedByDefault, frameworks = new FrameworkCache()): Promise<PictureMember[]> {
  return membersOf(hub, resourcesDir, countedRows(hub), reviewStatusOf, frameworks);
}

/**
 * `hub.picture`: the picture of a scope and cycle; a cycle the hub does not hold is refused. Only
 * the cycle shown and the one before it are read whole (parsed and checked): a hub that has
 * gathered ten cycles pays for two.
 */
export async function hubPicture(
  hub: HubStore,
  resourcesDir: string,
  request: PictureRequest,
  reviewStatusOf: ReviewStatusOf = receivedByDefault,
  frameworks = new FrameworkCache(),
): Promise<SetPicture> {
  const rows = countedRows(hub);
  const held = [...new Set(rows.map((row) => row.cycle))].sort((a, b) => a - b);
  if (request.cycle !== undefined && !held.includes(request.cycle)) {
    throw new AppError('invalid_request', `the hub holds no assessment of cycle ${request.cycle}`, {
      problems: [{ path: 'cycle', message: held.length > 0 ? `the hub holds no assessment of cycle ${request.cycle}; it holds ${held.join(', ')}` : 'the hub holds no assessment yet' }],
    });
  }
  const cycle = request.cycle ?? held.at(-1);
  const previous = cycle === undefined ? undefined : held.filter((other) => other < cycle).at(-1);
  const members = await membersOf(hub, resourcesDir, rows.filter((row) => row.cycle === cycle || row.cycle === previous), reviewStatusOf, frameworks);
  return buildPicture(members, { ...(cycle === undefined ? {} : { cycle }), ...(request.scope ? { scope: request.scope } : {}), cyclesHeld: held });
}
