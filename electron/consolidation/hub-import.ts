import type { Decision, TrustEntry } from '../../shared/consolidation/consolidated-format';
import { arrivalOf, revisionRefOfManifest, type Arrival, type RevisionRef } from '../../shared/consolidation/revision-relations';
import type { ImportPreview, ImportStatus } from '../../shared/api/hub-contract';
import type { VerifiedPackage } from '../packages/package-reader';
import type { VerifiedFile } from './verified-file';
import { revisionRefOf, type HubKeyRow, type HubStore } from './hub-store';
import { applyDecision } from './hub-decisions';

/**
 * The hub's import of one verified file (a package or a consolidated file), in two steps that
 * share one plan: the preview (what would happen, nothing written) and the import (the same
 * plan made again inside one transaction, against what the store holds then, and carried out
 * whole or not at all). docs/consolidation.md, "Importing".
 */
type KeyAction = { kind: 'none' } | { kind: 'first_seen' } | { kind: 'bind'; keyId: number } | { kind: 'adopt'; entry: TrustEntry };

interface MemberPlan {
  verified: VerifiedPackage;
  bytes: Buffer;
  status: ImportStatus;
  key: KeyAction;
  arrival?: Arrival;
  trustedFingerprints: string[];
}

/**
 * What the earlier files of one batch would write, as a preview of the batch sees it: so that
 * a folder's revision 2 previews as "newer" after its revision 1, although nothing is held yet.
 * Identities only (no bytes), bounded by the caller.
 */
export interface PreviewBatch {
  pending: Pending[];
}

interface Pending {
  ref: RevisionRef;
  publicKey: string;
  fingerprint: string;
  /** The key was first seen (or adopted) with this package: later ones of the office count it as known. */
  newKey: boolean;
}

export interface Received {
  at: string;
  by: string;
  from: string;
  via?: string;
}

const refOf = (verified: VerifiedPackage): RevisionRef => revisionRefOfManifest(verified.manifest, verified.packageSha256);

function keyDecision(keys: readonly HubKeyRow[], verified: VerifiedPackage, senderTrust: readonly TrustEntry[]): { status: ImportStatus | 'ok'; key: KeyAction } {
  const { fingerprint, publicKey } = verified.manifest.signer;
  const match = keys.find((key) => key.fingerprint === fingerprint);
  if (match) {
    if (match.status === 'revoked') return { status: 'revoked_key', key: { kind: 'none' } };
    if (match.status === 'rejected') return { status: 'rejected_key', key: { kind: 'none' } };
    return { status: 'ok', key: match.office_id === null || match.public_key === null ? { kind: 'bind', keyId: match.id } : { kind: 'none' } };
  }
  // A hub whose file this came in decided on this key (accepted a replaced laptop's key, revoked a
  // lost one): with no decision of our own on it, the hub's travels with the file.
  const vouched = senderTrust.find((entry) => entry.officeId === verified.manifest.office.id && entry.publicKey === publicKey);
  if (vouched?.status === 'trusted') return { status: 'ok', key: { kind: 'adopt', entry: vouched } };
  if (vouched?.status === 'revoked') return { status: 'revoked_key', key: { kind: 'none' } };
  if (vouched?.status === 'rejected') return { status: 'rejected_key', key: { kind: 'none' } };
  // Trust on first use: the first key seen for an office is its key until a person says otherwise.
  if (keys.length === 0) return { status: 'ok', key: { kind: 'first_seen' } };
  return { status: 'different_key', key: { kind: 'none' } };
}

const ARRIVAL_STATUS: Record<Arrival['kind'], ImportStatus> = {
  new: 'new',
  identical: 'identical',
  same_id_other_content: 'same_id_other_content',
  newer: 'newer',
  older: 'older',
  diverged: 'diverged',
};

/** Plans the members of a file in order; members of one file see each other as already held. */
const pendingOf = (plan: MemberPlan): Pending => ({
  ref: refOf(plan.verified),
  publicKey: plan.verified.manifest.signer.publicKey,
  fingerprint: plan.verified.manifest.signer.fingerprint,
  newKey: plan.key.kind === 'first_seen' || plan.key.kind === 'adopt',
});

function planMembers(
  hub: HubStore,
  members: readonly { verified: VerifiedPackage; bytes: Buffer }[],
  senderTrust: readonly TrustEntry[],
  batch: readonly Pending[] = [],
): MemberPlan[] {
  const planned: MemberPlan[] = [];
  const ordered = [...members].sort(
    (a, b) =>
      a.verified.manifest.assessment.cycle - b.verified.manifest.assessment.cycle ||
      a.verified.manifest.assessment.revision - b.verified.manifest.assessment.revision ||
      a.verified.manifest.assessment.submittedAt.localeCompare(b.verified.manifest.assessment.submittedAt),
  );
  for (const { verified, bytes } of ordered) {
    const { office } = verified.manifest;
    const keys = hub.keysFor(office.id, office.code);
    // Earlier in this file, or (previewing a batch) in earlier files of it; never this package itself.
    const earlier = [...batch, ...planned.filter((plan) => isWritten(plan.status) || plan.key.kind !== 'none').map(pendingOf)].filter(
      (entry) => entry.ref.officeId === office.id && entry.ref.packageSha256 !== verified.packageSha256,
    );
    // A key first seen, or adopted, earlier counts as known.
    const known: HubKeyRow[] = [
      ...keys,
      ...earlier
        .filter((entry) => entry.newKey)
        .map((entry, index) => ({
          id: -1 - index,
          office_id: office.id,
          office_code: office.code,
          public_key: entry.publicKey,
          fingerprint: entry.fingerprint,
          status: 'trusted' as const,
          source: 'first_seen' as const,
          decided_by: '',
          decided_at: '',
          via_fingerprint: null,
        })),
    ];
    const trustedFingerprints = known.filter((key) => key.status === 'trusted').map((key) => key.fingerprint);
    // The very package is held already: nothing to decide, whatever became of its key since.
    if (hub.hasPackage(verified.packageSha256)) {
      planned.push({ verified, bytes, status: 'identical', key: { kind: 'none' }, trustedFingerprints });
      continue;
    }
    const decision = keyDecision(known, verified, senderTrust);
    if (decision.status !== 'ok') {
      planned.push({ verified, bytes, status: decision.status, key: { kind: 'none' }, trustedFingerprints });
      continue;
    }
    const rows = hub.revisionsOf(office.id);
    const held = [...rows.map(revisionRefOf), ...earlier.map((entry) => entry.ref)];
    const currentIds = new Set(rows.filter((row) => row.state === 'current').map((row) => row.assessment_id));
    const arrival = arrivalOf(refOf(verified), held, currentIds);
    planned.push({ verified, bytes, status: ARRIVAL_STATUS[arrival.kind], key: decision.key, arrival, trustedFingerprints });
  }
  return planned;
}

const isWritten = (status: ImportStatus) => status === 'new' || status === 'newer' || status === 'older' || status === 'diverged';

function emptyCounts(): Record<ImportStatus, number> {
  return { new: 0, newer: 0, identical: 0, older: 0, diverged: 0, different_key: 0, revoked_key: 0, rejected_key: 0, same_id_other_content: 0, invalid: 0 };
}

function senderStatus(hub: HubStore, name: string, publicKey: string, acceptSender?: string): 'trusted' | 'first_seen' | 'different_key' {
  const known = hub.sendersNamed(name);
  if (known.some((sender) => sender.public_key === publicKey && sender.status === 'trusted')) return 'trusted';
  if (known.length === 0 || acceptSender !== undefined) return 'first_seen';
  return 'different_key';
}

/** What importing this file would do — after the batch's earlier files, when one is given; nothing is written. */
export function previewFile(hub: HubStore, name: string, bytes: Buffer, outcome: VerifiedFile, acceptSender?: string, batch?: PreviewBatch): ImportPreview {
  return hub.transaction(() => {
    const planned = plan(hub, name, bytes, outcome, acceptSender, batch?.pending);
    if (batch) {
      const seen = new Set(batch.pending.map((entry) => entry.ref.packageSha256));
      for (const member of planned.members) {
        if ((isWritten(member.status) || member.key.kind !== 'none') && !seen.has(member.verified.packageSha256)) batch.pending.push(pendingOf(member));
      }
    }
    return planned.preview;
  });
}

function plan(hub: HubStore, name: string, bytes: Buffer, outcome: VerifiedFile, acceptSender?: string, batch: readonly Pending[] = []): { preview: ImportPreview; members: MemberPlan[]; decisions: Decision[]; sender?: { name: string; publicKey: string; fingerprint: string; status: string } } {
  if (outcome.kind === 'invalid') return { preview: { fileName: name, kind: 'invalid', status: 'invalid', reason: outcome.reason }, members: [], decisions: [] };
  if (outcome.kind === 'package') {
    const [member] = planMembers(hub, [{ verified: outcome.package, bytes: outcome.package.decryptedZip ?? bytes }], [], batch);
    const { manifest } = outcome.package;
    return {
      preview: {
        fileName: name,
        kind: 'package',
        status: member!.status,
        office: { id: manifest.office.id, code: manifest.office.code, name: manifest.office.name },
        cycle: manifest.assessment.cycle,
        revision: manifest.assessment.revision,
        fingerprint: manifest.signer.fingerprint,
        trustedFingerprints: member!.trustedFingerprints,
      },
      members: [member!],
      decisions: [],
    };
  }
  const { consolidated } = outcome;
  const sender = { name: consolidated.manifest.hub.name, publicKey: consolidated.manifest.signer.publicKey, fingerprint: consolidated.signer.fingerprint };
  const status = senderStatus(hub, sender.name, sender.publicKey, acceptSender === sender.fingerprint ? acceptSender : undefined);
  const members = status === 'different_key' ? [] : planMembers(hub, consolidated.members, consolidated.trust, batch);
  const counts = emptyCounts();
  for (const member of members) counts[member.status] += 1;
  return {
    preview: {
      fileName: name,
      kind: 'consolidated',
      status: status === 'different_key' ? 'different_key' : members.some((member) => isWritten(member.status)) ? 'new' : 'identical',
      sender: { name: sender.name, fingerprint: sender.fingerprint, status, knownFingerprints: hub.sendersNamed(sender.name).map((known) => known.fingerprint) },
      members: counts,
    },
    members,
    decisions: status === 'different_key' ? [] : consolidated.decisions,
    sender: { ...sender, status },
  };
}

/** Imports one verified file: all of it in one transaction, or nothing. Returns what was done. */
export function importFile(hub: HubStore, name: string, bytes: Buffer, outcome: VerifiedFile, received: Received, acceptSender?: string): ImportPreview {
  return hub.importTransaction(() => {
    const planned = plan(hub, name, bytes, outcome, acceptSender);
    if (planned.sender && planned.sender.status === 'first_seen') hub.insertSender(planned.sender.name, planned.sender.publicKey, planned.sender.fingerprint, received.by, received.at);
    const via = planned.sender?.fingerprint;
    for (const member of planned.members) commitMember(hub, member, { ...received, ...(via ? { via } : {}) });
    for (const decision of planned.decisions) {
      hub.insertDecision(decision, 'imported', received.at);
      applyDecision(hub, decision);
    }
    return planned.preview;
  });
}

function commitMember(hub: HubStore, member: MemberPlan, received: Received): void {
  const { verified } = member;
  const { office, signer } = verified.manifest;
  if (isWritten(member.status) || member.status === 'identical') {
    if (member.key.kind === 'first_seen') {
      hub.insertKey({ office_id: office.id, office_code: office.code, public_key: signer.publicKey, fingerprint: signer.fingerprint, status: 'trusted', source: 'first_seen', decided_by: received.by, decided_at: received.at, via_fingerprint: received.via ?? null });
    } else if (member.key.kind === 'bind') {
      hub.bindKey(member.key.keyId, office.id, signer.publicKey);
    } else if (member.key.kind === 'adopt') {
      const { entry } = member.key;
      hub.insertKey({ office_id: office.id, office_code: office.code, public_key: entry.publicKey, fingerprint: entry.fingerprint, status: entry.status, source: entry.source, decided_by: entry.decidedBy, decided_at: entry.decidedAt, via_fingerprint: received.via ?? null });
    }
  }
  const arrival = member.arrival;
  switch (member.status) {
    case 'new':
      hub.insertPackage(verified, member.bytes, 'current', received);
      return;
    case 'newer':
      hub.insertPackage(verified, member.bytes, 'current', received);
      if (arrival?.kind === 'newer') hub.setState(arrival.replaces, 'superseded');
      return;
    case 'older':
      hub.insertPackage(verified, member.bytes, 'superseded', received);
      return;
    case 'diverged':
      hub.insertPackage(verified, member.bytes, 'conflict', received);
      if (arrival?.kind === 'diverged') hub.setState(arrival.current, 'conflict');
      return;
    case 'different_key':
      hub.hold(verified, member.bytes, received);
      return;
    default:
      // identical: already held; revoked, rejected, same id with other content: refused, nothing kept.
      return;
  }
}
