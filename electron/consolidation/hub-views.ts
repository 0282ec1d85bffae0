import { AppError } from '../../shared/api/app-error';
import type { HubConflictDetail, HubRevisionDetail } from '../../shared/api/contract';
import type { HubConflict, HubOffice } from '../../shared/api/hub-contract';
import type { ReviewStatus } from '../../shared/reviews/review-format';
import type { AssessmentScore } from '../../shared/scoring/assessment-score';
import { readPackage, type VerifiedPackage } from '../packages/package-reader';
import type { HubPackageRow, HubStore } from './hub-store';

/** What the hub's screens read: the packages held (with their review status), the open conflicts, one conflict whole. */
export function hubOffices(hub: HubStore, reviewStatusOf: (packageSha256: string) => ReviewStatus = () => 'received'): HubOffice[] {
  return hub.packages().map((row) => {
    const score = JSON.parse(row.score_json) as AssessmentScore;
    return {
      assessmentId: row.assessment_id,
      officeId: row.office_id,
      officeCode: row.office_code,
      officeName: row.office_name,
      region: row.region,
      cycle: row.cycle,
      revision: row.revision,
      state: row.state,
      fingerprint: row.signer_fingerprint,
      submittedAt: row.submitted_at,
      receivedAt: row.received_at,
      receivedFrom: row.received_from,
      overall: { score: score.overall.score, band: score.overall.band, coverage: score.overall.coverage },
      review: reviewStatusOf(row.package_sha256),
    };
  });
}

function grouped(rows: readonly HubPackageRow[]): Map<string, HubPackageRow[]> {
  const groups = new Map<string, HubPackageRow[]>();
  for (const row of rows) {
    const key = `${row.office_id} ${row.cycle}`;
    groups.set(key, [...(groups.get(key) ?? []), row]);
  }
  return groups;
}

export function hubConflicts(hub: HubStore): HubConflict[] {
  return [...grouped(hub.packages(['conflict'])).values()].map((rows) => ({
    officeId: rows[0]!.office_id,
    officeCode: rows[0]!.office_code,
    officeName: rows[0]!.office_name,
    cycle: rows[0]!.cycle,
    revisions: rows.map((row) => ({ assessmentId: row.assessment_id, revision: row.revision, fingerprint: row.signer_fingerprint, submittedAt: row.submitted_at })),
  }));
}

/**
 * A held package, read again from its stored bytes: the reader is the only source of what a
 * package says. One that no longer verifies is a defect of the store, not a user's mistake.
 */
export async function readHeldPackage(hub: HubStore, sha256: string): Promise<VerifiedPackage> {
  const read = await readPackage(hub.packageBytes(sha256)!);
  if (!read.ok) throw new Error(`held package ${sha256} no longer verifies: ${read.reason.code}`);
  return read.package;
}

async function detailOf(hub: HubStore, row: HubPackageRow): Promise<HubRevisionDetail> {
  const { document, framework, score, evidence } = await readHeldPackage(hub, row.package_sha256);
  return { document, framework, score, evidence: evidence.map((file) => file.info), fingerprint: row.signer_fingerprint, state: row.state };
}

export async function hubConflictDetail(hub: HubStore, officeId: string, cycle: number): Promise<HubConflictDetail> {
  const rows = hub.packagesOf(officeId).filter((row) => row.cycle === cycle);
  const rivals = rows.filter((row) => row.state === 'conflict');
  if (rivals.length === 0) throw new AppError('not_found', 'no open conflict for this office and cycle', { messageKey: 'hub.errors.no_conflict' });
  const revisions = await Promise.all(rivals.map((row) => detailOf(hub, row)));
  // The newest revision every rival descends from, when the hub holds it.
  const byId = new Map(rows.map((row) => [row.assessment_id, row]));
  const chain = (row: HubPackageRow) => {
    const ids: string[] = [];
    for (let parent = row.parent_revision_id; parent !== null && byId.has(parent) && !ids.includes(parent); parent = byId.get(parent)!.parent_revision_id) ids.push(parent);
    return ids;
  };
  const chains = rivals.map(chain);
  const common = chains[0]!.find((id) => chains.every((ids) => ids.includes(id)));
  return { revisions, ...(common ? { ancestor: await detailOf(hub, byId.get(common)!) } : {}) };
}
