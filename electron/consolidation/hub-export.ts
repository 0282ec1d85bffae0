import { createHash } from 'node:crypto';
import { AppError } from '../../shared/api/app-error';
import type { ExportedPackage } from '../../shared/api/contract';
import type { HubConflict } from '../../shared/api/hub-contract';
import { consolidatedFileName, type ConsolidatedInclude, type Decision, type TrustEntry } from '../../shared/consolidation/consolidated-format';
import type { ReviewStatus } from '../../shared/reviews/review-format';
import type { SigningKey } from '../packages/signing-key';
import { writeConsolidated, type Member } from './consolidated-file';
import { applyDecision } from './hub-decisions';
import type { HubStore } from './hub-store';
import { hubConflicts, readHeldPackage } from './hub-views';

/** Records and carries out a person's decision on an open conflict; returns the conflicts still open. */
export function resolveConflict(
  hub: HubStore,
  request: { officeId: string; cycle: number; resolution: Decision['resolution']; decidedBy: string; note?: string },
  now: string,
): HubConflict[] {
  return hub.transaction(() => {
    const open = hubConflicts(hub).find((conflict) => conflict.officeId === request.officeId && conflict.cycle === request.cycle);
    if (!open) throw new AppError('not_found', 'no open conflict for this office and cycle', { messageKey: 'hub.errors.no_conflict' });
    const rivals = open.revisions.map((revision) => revision.assessmentId);
    const named = 'keep' in request.resolution ? [request.resolution.keep] : Object.values(request.resolution.picks);
    if (named.length === 0 || named.some((id) => !rivals.includes(id))) {
      throw new AppError('invalid_request', 'a decision can only keep revisions of the conflict', { messageKey: 'hub.errors.not_a_rival', problems: [{ path: 'resolution', message: 'names a revision outside the conflict' }] });
    }
    const decision: Decision = {
      kind: 'conflict',
      officeId: request.officeId,
      cycle: request.cycle,
      revisions: rivals,
      resolution: request.resolution,
      decidedBy: request.decidedBy,
      decidedAt: now,
      ...(request.note ? { note: request.note } : {}),
    };
    hub.insertDecision(decision, 'local', now);
    applyDecision(hub, decision);
    return hubConflicts(hub);
  });
}

/** The trust list as it travels upward: every key bound to an office and known in full. */
export function trustList(hub: HubStore): TrustEntry[] {
  return hub.keys().flatMap((row) =>
    row.office_id === null || row.public_key === null
      ? []
      : [{ officeId: row.office_id, officeCode: row.office_code, publicKey: row.public_key, fingerprint: row.fingerprint, status: row.status, source: row.source, decidedBy: row.decided_by, decidedAt: row.decided_at }],
  );
}

export interface ConsolidatedSelection {
  /** Only revisions whose review status is accepted (the default), or every current one. */
  include: ConsolidatedInclude;
  /** The review status of a held package (electron/reviews/hub-reviews.ts, reviewStatusLookup). */
  reviewStatusOf: (packageSha256: string) => ReviewStatus;
}

/**
 * The consolidated file of the set: each office's current (or merged) revisions byte for byte —
 * only the accepted ones unless `include` is 'all' — the decisions, the trust list. The manifest
 * says which selection it carries.
 */
export async function exportConsolidated(
  hub: HubStore,
  key: SigningKey,
  hubName: string,
  generatorVersion: string,
  now: string,
  selection: ConsolidatedSelection,
): Promise<ExportedPackage> {
  const held = hub.packages(['current', 'merged']);
  if (held.length === 0) throw new AppError('conflict', 'the hub holds no package to pass on', { messageKey: 'hub.errors.nothing_to_export' });
  const rows = selection.include === 'all' ? held : held.filter((row) => selection.reviewStatusOf(row.package_sha256) === 'accepted');
  if (rows.length === 0) {
    throw new AppError('conflict', 'no current revision is accepted yet', { messageKey: 'review.errors.none_accepted', params: { current: held.length } });
  }
  const members: Member[] = [];
  for (const row of rows) {
    members.push({ bytes: hub.packageBytes(row.package_sha256)!, verified: await readHeldPackage(hub, row.package_sha256) });
  }
  const bytes = await writeConsolidated(
    { hubName, members, decisions: hub.decisions(), trust: trustList(hub), generatorVersion, createdAt: now, include: selection.include },
    key,
  );
  return {
    fileName: consolidatedFileName(hubName, now),
    dataBase64: bytes.toString('base64'),
    sizeBytes: bytes.length,
    sha256: createHash('sha256').update(bytes).digest('hex'),
    encrypted: false,
    fingerprint: key.fingerprint,
  };
}
