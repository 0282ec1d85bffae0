import canonicalize from 'canonicalize';
import {
  CONSOLIDATED_ENTRY,
  CONSOLIDATED_FORMAT,
  CONSOLIDATED_FORMAT_NAME,
  CONSOLIDATED_FORMAT_VERSION,
  CONSOLIDATED_LIMITS,
  CONSOLIDATED_MEDIA_TYPE,
  CONSOLIDATED_PAYLOAD_TYPE,
  consolidatedManifestSchema,
  decisionsSchema,
  MEMBERS_FOLDER,
  trustListSchema,
  type ConsolidatedInclude,
  type ConsolidatedManifest,
  type Decision,
  type MemberRef,
  type TrustEntry,
} from '../../shared/consolidation/consolidated-format';
import { ENTRY, signingInput, type ManifestEntry } from '../../shared/packages/package-format';
import type { PackageReason } from '../../shared/packages/package-reasons';
import { writeArchive } from '../archives/archive-writer';
import { readPackage, type VerifiedPackage } from '../packages/package-reader';
import { openEnvelope, parseEntryWith, refuse, sha256Hex, withReason, type EnvelopeSpec } from '../packages/signed-envelope';
import { publicKeyPem, sign, type SigningKey } from '../packages/signing-key';

/** A member package: its bytes exactly as the office signed them, and what the reader verified in them. */
export interface Member {
  bytes: Buffer;
  verified: VerifiedPackage;
}

export interface ConsolidatedContent {
  hubName: string;
  members: readonly Member[];
  decisions: readonly Decision[];
  trust: readonly TrustEntry[];
  generatorVersion: string;
  createdAt: string;
  /** Which revisions the hub chose to carry; left out by writers without review state (the CLI). */
  include?: ConsolidatedInclude;
}

export interface VerifiedConsolidated {
  manifest: ConsolidatedManifest;
  members: Member[];
  decisions: Decision[];
  trust: TrustEntry[];
  signer: { publicKey: Buffer; fingerprint: string };
  signature: Buffer;
  fileSha256: string;
}

export const CONSOLIDATED_ENVELOPE: EnvelopeSpec<ConsolidatedManifest> = {
  mediaType: CONSOLIDATED_MEDIA_TYPE,
  payloadType: CONSOLIDATED_PAYLOAD_TYPE,
  formatName: CONSOLIDATED_FORMAT_NAME,
  formatVersion: CONSOLIDATED_FORMAT_VERSION,
  manifestSchema: consolidatedManifestSchema,
  limits: CONSOLIDATED_LIMITS,
  requiredEntries: [CONSOLIDATED_ENTRY.decisions, CONSOLIDATED_ENTRY.trust],
};

const canonicalBytes = (value: unknown) => Buffer.from(canonicalize(value)!, 'utf8');

export function memberRefOf(member: Member): MemberRef {
  const { manifest, packageSha256 } = member.verified;
  return {
    path: `${MEMBERS_FOLDER}${packageSha256}.fieldscore`,
    packageSha256,
    assessmentId: manifest.assessment.id,
    lineageId: manifest.assessment.lineageId,
    officeId: manifest.office.id,
    officeCode: manifest.office.code,
    cycle: manifest.assessment.cycle,
    revision: manifest.assessment.revision,
    signerFingerprint: manifest.signer.fingerprint,
  };
}

/** Writes and signs a consolidated file: members byte for byte, decisions and trust as canonical JSON. */
export async function writeConsolidated(content: ConsolidatedContent, key: SigningKey): Promise<Buffer> {
  const members = [...content.members].sort((a, b) => (a.verified.packageSha256 < b.verified.packageSha256 ? -1 : 1));
  const refs = members.map(memberRefOf);
  const listed = [
    { name: ENTRY.mimetype, data: Buffer.from(CONSOLIDATED_MEDIA_TYPE, 'ascii') },
    { name: ENTRY.signerKey, data: Buffer.from(publicKeyPem(key.publicKey), 'ascii') },
    { name: CONSOLIDATED_ENTRY.decisions, data: canonicalBytes({ schema: 'fieldscore.decisions/1', decisions: content.decisions }) },
    { name: CONSOLIDATED_ENTRY.trust, data: canonicalBytes({ schema: 'fieldscore.trust/1', keys: content.trust }) },
    ...members.map((member, index) => ({ name: refs[index]!.path, data: member.bytes })),
  ];
  const entries: ManifestEntry[] = listed.map((input) => ({ path: input.name, size: input.data.length, sha256: sha256Hex(input.data) }));
  const manifest: ConsolidatedManifest = {
    format: CONSOLIDATED_FORMAT,
    createdAt: content.createdAt,
    generator: { name: 'Fieldscore', version: content.generatorVersion },
    hub: { name: content.hubName },
    ...(content.include === undefined ? {} : { include: content.include }),
    signer: { algorithm: 'ed25519', publicKey: key.rawPublicKey.toString('base64'), fingerprint: key.fingerprint },
    members: refs,
    entries,
  };
  const manifestBytes = canonicalBytes(manifest);
  const signature = sign(key, signingInput(CONSOLIDATED_PAYLOAD_TYPE, manifestBytes));
  const [mimetype, ...rest] = listed;
  return writeArchive(
    [mimetype!, { name: ENTRY.manifest, data: manifestBytes }, { name: ENTRY.signature, data: signature }, ...rest].map((input) => ({ ...input, store: true })),
    new Date(content.createdAt),
  );
}

export type ConsolidatedReadResult = { ok: true; consolidated: VerifiedConsolidated } | { ok: false; reason: PackageReason };

/**
 * Verifies a consolidated file: its envelope (the hub's signature), then every member with the
 * package reader, each against the hub's list of members. One bad member refuses the whole
 * file: a hub signed it as one set.
 */
export async function readConsolidated(bytes: Buffer, passphrase?: string): Promise<ConsolidatedReadResult> {
  const result = await withReason(async () => {
    const envelope = await openEnvelope(bytes, CONSOLIDATED_ENVELOPE, passphrase);
    const { manifest, entries } = envelope;
    const decisions = parseEntryWith(CONSOLIDATED_ENTRY.decisions, entries, decisionsSchema).decisions;
    const trust = parseEntryWith(CONSOLIDATED_ENTRY.trust, entries, trustListSchema).keys;
    const listedMembers = new Set(manifest.members.map((member) => member.path));
    const stray = manifest.entries.find((entry) => entry.path.startsWith(MEMBERS_FOLDER) && !listedMembers.has(entry.path));
    if (stray) refuse('content_invalid', { entry: stray.path, detail: 'a member the hub did not list' });
    const members: Member[] = [];
    for (const ref of manifest.members) {
      const entry = entries.get(ref.path);
      if (!entry) refuse('missing_entry', { entry: ref.path });
      const read = await readPackage(entry.data);
      if (!read.ok) refuse('member_invalid', { entry: ref.path, detail: read.reason.code });
      const actual = memberRefOf({ bytes: entry.data, verified: read.package });
      const wrong = (Object.keys(ref) as (keyof MemberRef)[]).find((field) => ref[field] !== actual[field]);
      if (wrong) refuse('identity_mismatch', { detail: `members[${ref.path}].${wrong}` });
      members.push({ bytes: entry.data, verified: read.package });
    }
    return {
      manifest,
      members,
      decisions,
      trust,
      signer: { publicKey: envelope.publicKey, fingerprint: manifest.signer.fingerprint },
      signature: envelope.signature,
      fileSha256: envelope.fileSha256,
    };
  });
  return result.ok ? { ok: true, consolidated: result.value } : result;
}
