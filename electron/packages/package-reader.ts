import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import canonicalize from 'canonicalize';
import type { z } from 'zod';
import type { ChangeEntry } from '../../shared/api/contract';
import { assessmentDocumentSchema, type AssessmentDocument } from '../../shared/assessment/assessment-document';
import type { Framework } from '../../shared/framework/framework-schema';
import { validateFramework } from '../../shared/framework/validate-framework';
import { keyFingerprint } from '../../shared/packages/fingerprint';
import { evidenceIndexSchema, historySchema } from '../../shared/packages/package-contents';
import {
  ENTRY,
  EVIDENCE_FOLDER,
  formatVersionOf,
  MANIFEST_PAYLOAD_TYPE,
  manifestSchema,
  PACKAGE_FORMAT_VERSION,
  PACKAGE_LIMITS,
  PACKAGE_MEDIA_TYPE,
  signingInput,
  UNLISTED_ENTRIES,
  type PackageManifest,
} from '../../shared/packages/package-format';
import type { PackageReason, PackageReasonCode } from '../../shared/packages/package-reasons';
import type { AssessmentScore } from '../../shared/scoring/assessment-score';
import { scoreAssessment } from '../../shared/scoring/score-assessment';
import { printableName, readArchive, type ArchiveEntry } from '../archives/archive-reader';
import { storedZipLayoutProblem } from '../archives/stored-zip-layout';
import { decryptWithPassphrase, isAgeFile } from './package-encryption';
import { checkEvidenceBytes } from './package-evidence-check';
import type { PackageEvidence } from './package-writer';
import { rawPublicKeyFromPem, verify } from './signing-key';

/** A package that passed every check: signature, every hash, every schema, identities, framework. */
export interface VerifiedPackage {
  manifest: PackageManifest;
  document: AssessmentDocument;
  history: ChangeEntry[];
  evidence: PackageEvidence[];
  framework: Framework;
  score: AssessmentScore;
  signer: { publicKey: Buffer; fingerprint: string };
  /** The 64-byte Ed25519 signature, kept as it came (provenance). */
  signature: Buffer;
  /** SHA-256 (hex) of the ZIP itself; for an encrypted file, of the decrypted ZIP. */
  packageSha256: string;
  /** SHA-256 (hex) of the file as received (the encrypted bytes when encrypted). */
  fileSha256: string;
  encrypted: boolean;
}

export type PackageReadResult = { ok: true; package: VerifiedPackage } | { ok: false; reason: PackageReason };

export interface ReadOptions {
  passphrase?: string;
}

class Refusal extends Error {
  constructor(readonly reason: PackageReason) {
    super(reason.code);
  }
}

function refuse(code: PackageReasonCode, params: Record<string, string | number> = {}): never {
  throw new Refusal({ code, params });
}

const MB = 1024 * 1024;
const sha256Hex = (data: Uint8Array) => createHash('sha256').update(data).digest('hex');

function firstProblem(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'invalid';
  const path = issue.path.map(String).join('.');
  return `${path || '(root)'}: ${issue.message}`.slice(0, 200);
}

function parseJson(entry: string, data: Buffer): unknown {
  const text = data.toString('utf8');
  // A byte sequence that is not UTF-8 decodes to U+FFFD: refuse it rather than read something else.
  if (text.includes('\uFFFD') && !Buffer.from(text, 'utf8').equals(data)) refuse('content_invalid', { entry, detail: 'not UTF-8 text' });
  try {
    return JSON.parse(text);
  } catch {
    return refuse('content_invalid', { entry, detail: 'not JSON' });
  }
}

/**
 * The one reader of untrusted assessment packages, used by the app, the CLI and the hub's
 * import. Every check of docs/package-format.md ("Reading a package") runs, in order, on bytes
 * in memory; nothing is written anywhere. The result is a verified package or one reason.
 */
export async function readPackage(bytes: Buffer, options: ReadOptions = {}): Promise<PackageReadResult> {
  try {
    return { ok: true, package: await verify_(bytes, options) };
  } catch (error) {
    if (error instanceof Refusal) return { ok: false, reason: error.reason };
    // A defect of ours, not of the file; still a reason, never an exception past this boundary.
    return { ok: false, reason: { code: 'archive_damaged', params: { detail: `unexpected: ${(error as Error).message}`.slice(0, 200) } } };
  }
}

async function verify_(received: Buffer, options: ReadOptions): Promise<VerifiedPackage> {
  if (received.length > PACKAGE_LIMITS.maxFileBytes) refuse('file_too_large', { limit: PACKAGE_LIMITS.maxFileBytes / MB });
  const fileSha256 = sha256Hex(received);
  let zipBytes = received;
  const encrypted = isAgeFile(received);
  if (encrypted) {
    if (options.passphrase === undefined || options.passphrase === '') refuse('passphrase_required');
    const decrypted = await decryptWithPassphrase(received, options.passphrase);
    if (!decrypted.ok) refuse(decrypted.reason, { detail: decrypted.detail });
    zipBytes = decrypted.bytes;
  }
  if (zipBytes.length < 4 || zipBytes.readUInt32LE(0) !== 0x04034b50) refuse('not_a_package');

  const archive = await readArchive(zipBytes, { ...PACKAGE_LIMITS, storedOnly: true });
  if (!archive.ok) {
    const { code, entry, detail } = archive.failure;
    const limit =
      code === 'too_many_entries' ? PACKAGE_LIMITS.maxEntries : code === 'entry_too_large' ? PACKAGE_LIMITS.maxEntryBytes / MB : PACKAGE_LIMITS.maxTotalBytes / MB;
    refuse(code === 'not_a_zip' ? 'archive_damaged' : code, { entry: entry ?? '', detail, limit });
  }
  const layout = storedZipLayoutProblem(zipBytes, archive.entries.length);
  if (layout) refuse('archive_damaged', { detail: `not laid out as a package is: ${layout}` });
  const entries = new Map<string, ArchiveEntry>(archive.entries.map((entry) => [entry.name, entry]));
  const first = archive.entries[0];
  if (!first || first.name !== ENTRY.mimetype || first.data.toString('latin1') !== PACKAGE_MEDIA_TYPE) refuse('not_a_package');

  const manifest = readManifest(entries);
  const manifestBytes = entries.get(ENTRY.manifest)!.data;
  const signature = entries.get(ENTRY.signature)?.data;
  if (!signature) refuse('missing_entry', { entry: ENTRY.signature });
  const publicKey = Buffer.from(manifest.signer.publicKey, 'base64');
  if (!verify(publicKey, signingInput(MANIFEST_PAYLOAD_TYPE, manifestBytes), signature)) refuse('signature_invalid');
  // Signed, so this can only fail for a writer that computed it wrongly; still never trusted.
  if (keyFingerprint(publicKey) !== manifest.signer.fingerprint) refuse('manifest_invalid', { detail: 'signer.fingerprint does not match the key' });

  checkEntriesAgainstManifest(entries, manifest);
  const signerPem = rawPublicKeyFromPem(entries.get(ENTRY.signerKey)!.data.toString('ascii'));
  if (!signerPem || !signerPem.equals(publicKey)) refuse('signer_key_mismatch');

  const document = parseWith(ENTRY.assessment, entries, assessmentDocumentSchema);
  const history = parseWith(ENTRY.history, entries, historySchema).entries as ChangeEntry[];
  const index = parseWith(ENTRY.evidenceIndex, entries, evidenceIndexSchema);
  const framework = readFramework(entries, manifest, document);
  checkIdentity(manifest, document);
  if (history.some((entry) => entry.assessmentId !== document.id)) refuse('content_invalid', { entry: ENTRY.history, detail: 'an entry of another assessment' });

  const evidence: PackageEvidence[] = [];
  const indicatorIds = new Set(framework.perspectives.flatMap((perspective) => perspective.indicators.map((indicator) => indicator.id)));
  const referenced = new Set<string>();
  for (const file of index.files) {
    const entry = entries.get(file.path);
    const listed = manifest.entries.find((candidate) => candidate.path === file.path);
    if (!entry || !listed) refuse('missing_entry', { entry: file.path });
    if (listed.sha256 !== file.sha256 || listed.size !== file.sizeBytes) refuse('evidence_mismatch', { entry: printableName(file.fileName), detail: 'size or hash' });
    if (!indicatorIds.has(file.indicatorId)) refuse('evidence_mismatch', { entry: printableName(file.fileName), detail: `unknown indicator ${file.indicatorId}` });
    const problem = await checkEvidenceBytes(file.path, file.fileName, file.mediaType, entry.data);
    if (problem) refuse('evidence_mismatch', { entry: printableName(file.fileName), detail: problem });
    const { path: _path, ...info } = file;
    evidence.push({ info, data: entry.data });
    referenced.add(file.path);
  }
  const stray = manifest.entries.find((entry) => entry.path.startsWith(EVIDENCE_FOLDER) && !referenced.has(entry.path));
  if (stray) refuse('content_invalid', { entry: stray.path, detail: 'an evidence file no attachment names' });

  let score: AssessmentScore;
  try {
    score = scoreAssessment(framework, document.answers);
  } catch (error) {
    refuse('content_invalid', { entry: ENTRY.assessment, detail: `cannot be scored: ${(error as Error).message}`.slice(0, 200) });
  }
  return {
    manifest,
    document,
    history,
    evidence,
    framework,
    score,
    signer: { publicKey, fingerprint: manifest.signer.fingerprint },
    signature: Buffer.from(signature),
    packageSha256: sha256Hex(zipBytes),
    fileSha256,
    encrypted,
  };
}

function readManifest(entries: Map<string, ArchiveEntry>): PackageManifest {
  const entry = entries.get(ENTRY.manifest);
  if (!entry) refuse('missing_entry', { entry: ENTRY.manifest });
  if (entry.data.length > PACKAGE_LIMITS.maxManifestBytes) refuse('entry_too_large', { entry: ENTRY.manifest, limit: PACKAGE_LIMITS.maxManifestBytes / MB });
  let value: unknown;
  try {
    value = JSON.parse(entry.data.toString('utf8'));
  } catch {
    refuse('manifest_invalid', { detail: 'not JSON' });
  }
  const version = formatVersionOf(value);
  if (version.kind === 'newer') refuse('format_newer', { version: version.version, supported: PACKAGE_FORMAT_VERSION });
  if (version.kind === 'unknown') refuse('not_a_package');
  // The signed bytes must be the one canonical form (RFC 8785): no duplicate keys, no second reading.
  if (canonicalize(value) !== entry.data.toString('utf8')) refuse('manifest_invalid', { detail: 'not in canonical form (RFC 8785)' });
  const parsed = manifestSchema.safeParse(value);
  if (!parsed.success) refuse('manifest_invalid', { detail: firstProblem(parsed.error) });
  return parsed.data;
}

function checkEntriesAgainstManifest(entries: Map<string, ArchiveEntry>, manifest: PackageManifest): void {
  const listed = new Set<string>();
  for (const item of manifest.entries) {
    if (listed.has(item.path) || UNLISTED_ENTRIES.includes(item.path)) refuse('manifest_invalid', { detail: `${item.path} listed twice or wrongly` });
    listed.add(item.path);
  }
  for (const name of entries.keys()) {
    if (!UNLISTED_ENTRIES.includes(name) && !listed.has(name)) refuse('unlisted_entry', { entry: name });
  }
  for (const required of [ENTRY.mimetype, ENTRY.signerKey, ENTRY.assessment, ENTRY.history, ENTRY.framework, ENTRY.evidenceIndex]) {
    if (!listed.has(required)) refuse('missing_entry', { entry: required });
  }
  for (const item of manifest.entries) {
    const entry = entries.get(item.path);
    if (!entry) refuse('missing_entry', { entry: item.path });
    if (entry.data.length !== item.size) refuse('size_mismatch', { entry: item.path });
    if (sha256Hex(entry.data) !== item.sha256) refuse('hash_mismatch', { entry: item.path });
  }
}

function parseWith<T>(name: string, entries: Map<string, ArchiveEntry>, schema: z.ZodType<T>): T {
  const value = parseJson(name, entries.get(name)!.data);
  const parsed = schema.safeParse(value);
  if (!parsed.success) refuse('content_invalid', { entry: name, detail: firstProblem(parsed.error) });
  return parsed.data;
}

/**
 * Frameworks already validated, by content hash. A hub reads dozens of packages filled with the
 * same framework; validating its ~140 kB once instead of each time is most of a read's cost.
 * Validated frameworks are immutable data, so sharing the object is safe. Bounded: a handful
 * of framework versions are in use at any time.
 */
const validatedFrameworks = new Map<string, Framework>();
const VALIDATED_FRAMEWORKS_KEPT = 16;

function readFramework(entries: Map<string, ArchiveEntry>, manifest: PackageManifest, document: AssessmentDocument): Framework {
  const data = entries.get(ENTRY.framework)!.data;
  // framework.json is written canonically, so its SHA-256 (checked against the manifest above)
  // is the framework's content hash — provided it really is canonical, which is checked below.
  const hash = `sha256:${manifest.entries.find((entry) => entry.path === ENTRY.framework)!.sha256}`;
  if (hash !== document.framework.hash) refuse('framework_mismatch', { detail: `content hash ${hash} ≠ ${document.framework.hash}` });
  let framework = validatedFrameworks.get(hash);
  if (!framework) {
    const value = parseJson(ENTRY.framework, data);
    if (canonicalize(value) !== data.toString('utf8')) refuse('content_invalid', { entry: ENTRY.framework, detail: 'not canonical JSON (RFC 8785)' });
    const validation = validateFramework(value);
    if (!validation.ok) refuse('content_invalid', { entry: ENTRY.framework, detail: validation.problems[0]?.message.slice(0, 200) ?? 'invalid' });
    framework = validation.framework;
    if (validatedFrameworks.size >= VALIDATED_FRAMEWORKS_KEPT) validatedFrameworks.delete(validatedFrameworks.keys().next().value!);
    validatedFrameworks.set(hash, framework);
  }
  if (framework.id !== document.framework.id || framework.version !== document.framework.version) {
    refuse('framework_mismatch', { detail: `${framework.id} ${framework.version} ≠ ${document.framework.id} ${document.framework.version}` });
  }
  if (manifest.framework.hash !== document.framework.hash || manifest.framework.id !== framework.id || manifest.framework.version !== framework.version) {
    refuse('identity_mismatch', { detail: 'framework' });
  }
  return framework;
}

/** The manifest's identities are what a hub matches on: they must say exactly what the document says. */
function checkIdentity(manifest: PackageManifest, document: AssessmentDocument): void {
  const pairs: [string, unknown, unknown][] = [
    ['office.id', manifest.office.id, document.officeId],
    ['office.code', manifest.office.code, document.office.code],
    ['office.name', manifest.office.name, document.office.name],
    ['office.region', manifest.office.region, document.office.region],
    ['assessment.id', manifest.assessment.id, document.id],
    ['assessment.lineageId', manifest.assessment.lineageId, document.lineageId],
    ['assessment.revision', manifest.assessment.revision, document.revision],
    ['assessment.parentRevisionId', manifest.assessment.parentRevisionId, document.previousRevisionId],
    ['assessment.previousCycleId', manifest.assessment.previousCycleId, document.previousCycleId],
    ['assessment.cycle', manifest.assessment.cycle, document.cycle],
    ['assessment.status', manifest.assessment.status, document.status],
    ['assessment.submittedAt', manifest.assessment.submittedAt, document.submittedAt],
  ];
  for (const [field, fromManifest, fromDocument] of pairs) {
    if (fromManifest !== fromDocument) refuse('identity_mismatch', { detail: field });
  }
}

/** Reads a package file from disk: the size is checked before a byte is read, so a huge file costs nothing. */
export async function readPackageFile(file: string, options: ReadOptions = {}): Promise<PackageReadResult> {
  try {
    const stat = await fs.stat(file);
    if (!stat.isFile()) return { ok: false, reason: { code: 'file_unreadable', params: { detail: 'not a regular file' } } };
    if (stat.size > PACKAGE_LIMITS.maxFileBytes) return { ok: false, reason: { code: 'file_too_large', params: { limit: PACKAGE_LIMITS.maxFileBytes / MB } } };
    return await readPackage(await fs.readFile(file), options);
  } catch (error) {
    return { ok: false, reason: { code: 'file_unreadable', params: { detail: (error as NodeJS.ErrnoException).code ?? (error as Error).message } } };
  }
}
