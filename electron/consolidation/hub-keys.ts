import { AppError } from '../../shared/api/app-error';
import type { HeldPackage, HubKey, ImportPreview } from '../../shared/api/hub-contract';
import { keyFingerprint } from '../../shared/packages/fingerprint';
import { readPackage } from '../packages/package-reader';
import { rawPublicKeyFromPem } from '../packages/signing-key';
import { importFile } from './hub-import';
import type { HubKeyRow, HeldRow, HubStore } from './hub-store';

/**
 * The trust list: which key signs for which office. The first key seen for an office is
 * remembered (trust on first use); a key can also be registered in advance, from the office's
 * key file or from the fingerprint read out over the phone; a package signed by another key is
 * held back until a person accepts that key (a replaced laptop: what was held is imported) or
 * rejects it (what was held is discarded); a key can be revoked (a lost laptop).
 */
export function toHubKey(row: HubKeyRow): HubKey {
  return {
    id: row.id,
    ...(row.office_id === null ? {} : { officeId: row.office_id }),
    officeCode: row.office_code,
    fingerprint: row.fingerprint,
    hasPublicKey: row.public_key !== null,
    status: row.status,
    source: row.source,
    decidedBy: row.decided_by,
    decidedAt: row.decided_at,
    ...(row.via_fingerprint === null ? {} : { via: row.via_fingerprint }),
  };
}

export function toHeld(row: HeldRow): HeldPackage {
  return {
    packageSha256: row.package_sha256,
    officeId: row.office_id,
    officeCode: row.office_code,
    officeName: row.office_name,
    cycle: row.cycle,
    revision: row.revision,
    fingerprint: row.signer_fingerprint,
    receivedAt: row.received_at,
    receivedFrom: row.received_from,
  };
}

export function registerKey(hub: HubStore, request: { officeCode: string; publicKeyPem?: string; fingerprint?: string; decidedBy: string }, now: string): HubKey {
  let publicKey: string | null = null;
  let fingerprint = request.fingerprint;
  if (request.publicKeyPem !== undefined) {
    const raw = rawPublicKeyFromPem(request.publicKeyPem);
    if (!raw) throw new AppError('invalid_request', 'not an Ed25519 public key file', { messageKey: 'hub.errors.not_a_key_file', problems: [{ path: 'publicKeyPem', message: 'not an Ed25519 public key (SPKI PEM)' }] });
    publicKey = raw.toString('base64');
    const computed = keyFingerprint(raw);
    if (fingerprint !== undefined && fingerprint !== computed) {
      throw new AppError('invalid_request', 'the fingerprint is not the key file’s', { messageKey: 'hub.errors.fingerprint_mismatch', params: { fingerprint: computed }, problems: [{ path: 'fingerprint', message: `the key file's fingerprint is ${computed}` }] });
    }
    fingerprint = computed;
  }
  return hub.transaction(() => {
    const known = hub.packages().find((row) => row.office_code === request.officeCode);
    const officeId = known?.office_id ?? null;
    const existing = hub.keys().find((row) => row.fingerprint === fingerprint && (row.office_id === officeId || row.office_code === request.officeCode));
    if (existing) {
      hub.decideKey(existing.id, 'trusted', existing.source === 'first_seen' ? 'first_seen' : 'registered', request.decidedBy, now);
      return toHubKey(hub.key(existing.id)!);
    }
    const id = hub.insertKey({ office_id: officeId, office_code: request.officeCode, public_key: publicKey, fingerprint: fingerprint!, status: 'trusted', source: 'registered', decided_by: request.decidedBy, decided_at: now, via_fingerprint: null });
    return toHubKey(hub.key(id)!);
  });
}

function heldFor(hub: HubStore, officeId: string, fingerprint: string): HeldRow[] {
  return hub.held().filter((row) => row.office_id === officeId && row.signer_fingerprint === fingerprint);
}

/** Accepts a new key of an office and imports the packages held back for it, each as an import of its own. */
export async function acceptKey(hub: HubStore, request: { officeId: string; fingerprint: string; decidedBy: string }, now: string): Promise<ImportPreview[]> {
  const held = heldFor(hub, request.officeId, request.fingerprint);
  const existing = hub.keys().find((row) => row.office_id === request.officeId && row.fingerprint === request.fingerprint);
  if (!existing && held.length === 0) throw new AppError('not_found', 'no package of this office was held back for this key', { messageKey: 'hub.errors.nothing_held' });
  // Verified again: what was held was verified when it came, but the reader is the only judge.
  const verified: { row: HeldRow; bytes: Buffer; read: Awaited<ReturnType<typeof readPackage>> }[] = [];
  for (const row of held) {
    const bytes = hub.heldBytes(row.package_sha256)!;
    verified.push({ row, bytes, read: await readPackage(bytes) });
  }
  return hub.transaction(() => {
    if (existing) hub.decideKey(existing.id, 'trusted', 'accepted', request.decidedBy, now);
    else {
      const first = held[0]!;
      hub.insertKey({ office_id: first.office_id, office_code: first.office_code, public_key: first.signer_public_key, fingerprint: first.signer_fingerprint, status: 'trusted', source: 'accepted', decided_by: request.decidedBy, decided_at: now, via_fingerprint: null });
    }
    const results: ImportPreview[] = [];
    for (const { row, bytes, read } of verified) {
      hub.releaseHeld(row.package_sha256);
      const outcome = read.ok ? ({ kind: 'package', package: read.package } as const) : ({ kind: 'invalid', reason: read.reason } as const);
      results.push(importFile(hub, row.received_from, bytes, outcome, { at: now, by: request.decidedBy, from: row.received_from }));
    }
    return results;
  });
}

export function rejectKey(hub: HubStore, request: { officeId: string; fingerprint: string; decidedBy: string }, now: string): HubKey {
  return hub.transaction(() => {
    const held = heldFor(hub, request.officeId, request.fingerprint);
    const existing = hub.keys().find((row) => row.office_id === request.officeId && row.fingerprint === request.fingerprint);
    let id: number;
    if (existing) {
      hub.decideKey(existing.id, 'rejected', existing.source, request.decidedBy, now);
      id = existing.id;
    } else {
      const first = held[0];
      if (!first) throw new AppError('not_found', 'no such key for this office', { messageKey: 'hub.errors.nothing_held' });
      id = hub.insertKey({ office_id: first.office_id, office_code: first.office_code, public_key: first.signer_public_key, fingerprint: first.signer_fingerprint, status: 'rejected', source: 'accepted', decided_by: request.decidedBy, decided_at: now, via_fingerprint: null });
    }
    for (const row of held) hub.releaseHeld(row.package_sha256);
    return toHubKey(hub.key(id)!);
  });
}

export function revokeKey(hub: HubStore, request: { officeId: string; fingerprint: string; decidedBy: string }, now: string): HubKey {
  return hub.transaction(() => {
    const existing = hub.keys().find((row) => row.office_id === request.officeId && row.fingerprint === request.fingerprint);
    if (!existing) throw new AppError('not_found', 'no such key for this office', { messageKey: 'hub.errors.no_such_key' });
    hub.decideKey(existing.id, 'revoked', existing.source, request.decidedBy, now);
    return toHubKey(hub.key(existing.id)!);
  });
}
