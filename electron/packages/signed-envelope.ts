import { createHash } from 'node:crypto';
import canonicalize from 'canonicalize';
import type { z } from 'zod';
import { keyFingerprint } from '../../shared/packages/fingerprint';
import { formatVersionOf, signingInput, UNLISTED_ENTRIES, ENTRY, type ManifestEntry } from '../../shared/packages/package-format';
import type { PackageReason, PackageReasonCode } from '../../shared/packages/package-reasons';
import { readArchive, type ArchiveEntry, type ArchiveLimits } from '../archives/archive-reader';
import { storedZipLayoutProblem } from '../archives/stored-zip-layout';
import { decryptWithPassphrase, isAgeFile } from './package-encryption';
import { rawPublicKeyFromPem, verify } from './signing-key';

/**
 * The signed envelope that an assessment package and a hub's consolidated file share: a
 * canonical stored ZIP whose first entry names its media type, whose manifest lists every other
 * entry's size and SHA-256 and is signed (Ed25519 over DSSE's encoding with the format's own
 * payload type), with the signer's key beside it. Checking the envelope is steps 1–9 of
 * docs/package-format.md, "Reading a package"; what is inside is each format's own business.
 */
export interface EnvelopeManifest {
  format: string;
  signer: { algorithm: 'ed25519'; publicKey: string; fingerprint: string };
  entries: ManifestEntry[];
}

export interface EnvelopeSpec<M extends EnvelopeManifest> {
  mediaType: string;
  payloadType: string;
  formatName: string;
  formatVersion: number;
  manifestSchema: z.ZodType<M>;
  limits: ArchiveLimits & { maxFileBytes: number; maxManifestBytes: number };
  /** Entries that must be listed besides the manifest and its signature. */
  requiredEntries: readonly string[];
}

export interface OpenedEnvelope<M> {
  manifest: M;
  entries: Map<string, ArchiveEntry>;
  signature: Buffer;
  publicKey: Buffer;
  /** SHA-256 (hex) of the ZIP; for an encrypted file, of the decrypted ZIP. */
  zipSha256: string;
  /** SHA-256 (hex) of the bytes as received. */
  fileSha256: string;
  zipBytes: Buffer;
  encrypted: boolean;
}

export class Refusal extends Error {
  constructor(readonly reason: PackageReason) {
    super(reason.code);
  }
}

export function refuse(code: PackageReasonCode, params: Record<string, string | number> = {}): never {
  throw new Refusal({ code, params });
}

const MB = 1024 * 1024;
export const sha256Hex = (data: Uint8Array) => createHash('sha256').update(data).digest('hex');

export async function openEnvelope<M extends EnvelopeManifest>(received: Buffer, spec: EnvelopeSpec<M>, passphrase?: string): Promise<OpenedEnvelope<M>> {
  const { limits } = spec;
  if (received.length > limits.maxFileBytes) refuse('file_too_large', { limit: limits.maxFileBytes / MB });
  const fileSha256 = sha256Hex(received);
  let zipBytes = received;
  const encrypted = isAgeFile(received);
  if (encrypted) {
    if (passphrase === undefined || passphrase === '') refuse('passphrase_required');
    const decrypted = await decryptWithPassphrase(received, passphrase);
    if (!decrypted.ok) refuse(decrypted.reason, { detail: decrypted.detail });
    zipBytes = decrypted.bytes;
  }
  if (zipBytes.length < 4 || zipBytes.readUInt32LE(0) !== 0x04034b50) refuse('not_a_package');

  const archive = await readArchive(zipBytes, { ...limits, storedOnly: true });
  if (!archive.ok) {
    const { code, entry, detail } = archive.failure;
    const limit = code === 'too_many_entries' ? limits.maxEntries : code === 'entry_too_large' ? limits.maxEntryBytes / MB : limits.maxTotalBytes / MB;
    refuse(code === 'not_a_zip' ? 'archive_damaged' : code, { entry: entry ?? '', detail, limit });
  }
  const layout = storedZipLayoutProblem(zipBytes, archive.entries.length);
  if (layout) refuse('archive_damaged', { detail: `not laid out as a package is: ${layout}` });
  const entries = new Map<string, ArchiveEntry>(archive.entries.map((entry) => [entry.name, entry]));
  const first = archive.entries[0];
  if (!first || first.name !== ENTRY.mimetype || first.data.toString('latin1') !== spec.mediaType) refuse('not_a_package');

  const manifest = readManifest(entries, spec);
  const manifestBytes = entries.get(ENTRY.manifest)!.data;
  const signature = entries.get(ENTRY.signature)?.data;
  if (!signature) refuse('missing_entry', { entry: ENTRY.signature });
  const publicKey = Buffer.from(manifest.signer.publicKey, 'base64');
  if (!verify(publicKey, signingInput(spec.payloadType, manifestBytes), signature)) refuse('signature_invalid');
  // Signed, so this can only fail for a writer that computed it wrongly; still never trusted.
  if (keyFingerprint(publicKey) !== manifest.signer.fingerprint) refuse('manifest_invalid', { detail: 'signer.fingerprint does not match the key' });

  checkEntriesAgainstManifest(entries, manifest, spec.requiredEntries);
  const signerPem = rawPublicKeyFromPem(entries.get(ENTRY.signerKey)!.data.toString('ascii'));
  if (!signerPem || !signerPem.equals(publicKey)) refuse('signer_key_mismatch');
  return { manifest, entries, signature: Buffer.from(signature), publicKey, zipSha256: sha256Hex(zipBytes), fileSha256, zipBytes, encrypted };
}

function readManifest<M extends EnvelopeManifest>(entries: Map<string, ArchiveEntry>, spec: EnvelopeSpec<M>): M {
  const entry = entries.get(ENTRY.manifest);
  if (!entry) refuse('missing_entry', { entry: ENTRY.manifest });
  if (entry.data.length > spec.limits.maxManifestBytes) refuse('entry_too_large', { entry: ENTRY.manifest, limit: spec.limits.maxManifestBytes / MB });
  let value: unknown;
  try {
    value = JSON.parse(entry.data.toString('utf8'));
  } catch {
    refuse('manifest_invalid', { detail: 'not JSON' });
  }
  const version = formatVersionOf(value, spec.formatName, spec.formatVersion);
  if (version.kind === 'newer') refuse('format_newer', { version: version.version, supported: spec.formatVersion });
  if (version.kind === 'unknown') refuse('not_a_package');
  // The signed bytes must be the one canonical form (RFC 8785): no duplicate keys, no second reading.
  if (canonicalize(value) !== entry.data.toString('utf8')) refuse('manifest_invalid', { detail: 'not in canonical form (RFC 8785)' });
  const parsed = spec.manifestSchema.safeParse(value);
  if (!parsed.success) refuse('manifest_invalid', { detail: firstProblem(parsed.error) });
  return parsed.data;
}

function checkEntriesAgainstManifest(entries: Map<string, ArchiveEntry>, manifest: EnvelopeManifest, required: readonly string[]): void {
  const listed = new Set<string>();
  for (const item of manifest.entries) {
    if (listed.has(item.path) || UNLISTED_ENTRIES.includes(item.path)) refuse('manifest_invalid', { detail: `${item.path} listed twice or wrongly` });
    listed.add(item.path);
  }
  for (const name of entries.keys()) {
    if (!UNLISTED_ENTRIES.includes(name) && !listed.has(name)) refuse('unlisted_entry', { entry: name });
  }
  for (const name of [ENTRY.mimetype, ENTRY.signerKey, ...required]) {
    if (!listed.has(name)) refuse('missing_entry', { entry: name });
  }
  for (const item of manifest.entries) {
    const entry = entries.get(item.path);
    if (!entry) refuse('missing_entry', { entry: item.path });
    if (entry.data.length !== item.size) refuse('size_mismatch', { entry: item.path });
    if (sha256Hex(entry.data) !== item.sha256) refuse('hash_mismatch', { entry: item.path });
  }
}

export function firstProblem(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'invalid';
  const path = issue.path.map(String).join('.');
  return `${path || '(root)'}: ${issue.message}`.slice(0, 200);
}

export function parseJson(entry: string, data: Buffer): unknown {
  const text = data.toString('utf8');
  // A byte sequence that is not UTF-8 decodes to U+FFFD: refuse it rather than read something else.
  if (text.includes('\uFFFD') && !Buffer.from(text, 'utf8').equals(data)) refuse('content_invalid', { entry, detail: 'not UTF-8 text' });
  try {
    return JSON.parse(text);
  } catch {
    return refuse('content_invalid', { entry, detail: 'not JSON' });
  }
}

export function parseEntryWith<T>(name: string, entries: Map<string, ArchiveEntry>, schema: z.ZodType<T>): T {
  const value = parseJson(name, entries.get(name)!.data);
  const parsed = schema.safeParse(value);
  if (!parsed.success) refuse('content_invalid', { entry: name, detail: firstProblem(parsed.error) });
  return parsed.data;
}

/** Runs a reader and turns every refusal — and any defect of ours — into a reason; nothing escapes. */
export async function withReason<T>(read: () => Promise<T>): Promise<{ ok: true; value: T } | { ok: false; reason: PackageReason }> {
  try {
    return { ok: true, value: await read() };
  } catch (error) {
    if (error instanceof Refusal) return { ok: false, reason: error.reason };
    return { ok: false, reason: { code: 'archive_damaged', params: { detail: `unexpected: ${(error as Error).message}`.slice(0, 200) } } };
  }
}
