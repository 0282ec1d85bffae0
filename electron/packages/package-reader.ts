import fs from 'node:fs/promises';
import canonicalize from 'canonicalize';
import type { ChangeEntry } from '../../shared/api/contract';
import { assessmentDocumentSchema, type AssessmentDocument } from '../../shared/assessment/assessment-document';
import type { Framework } from '../../shared/framework/framework-schema';
import { validateFramework } from '../../shared/framework/validate-framework';
import { evidenceIndexSchema, historySchema } from '../../shared/packages/package-contents';
import {
  ENTRY,
  EVIDENCE_FOLDER,
  MANIFEST_PAYLOAD_TYPE,
  manifestSchema,
  PACKAGE_FORMAT_NAME,
  PACKAGE_FORMAT_VERSION,
  PACKAGE_LIMITS,
  PACKAGE_MEDIA_TYPE,
  type PackageManifest,
} from '../../shared/packages/package-format';
import type { PackageReason } from '../../shared/packages/package-reasons';
import type { AssessmentScore } from '../../shared/scoring/assessment-score';
import { scoreAssessment } from '../../shared/scoring/score-assessment';
import { printableName, type ArchiveEntry } from '../archives/archive-reader';
import { checkEvidenceBytes } from './package-evidence-check';
import type { PackageEvidence } from './package-writer';
import { openEnvelope, parseEntryWith, parseJson, refuse, withReason, type EnvelopeSpec } from './signed-envelope';

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
  /**
   * For an encrypted file only: the package as its office signed it, decrypted. What a hub stores
   * and passes upward is this, not the encrypted bytes (which only the passphrase opens).
   */
  decryptedZip?: Buffer;
}

export type PackageReadResult = { ok: true; package: VerifiedPackage } | { ok: false; reason: PackageReason };

export interface ReadOptions {
  passphrase?: string;
}

const MB = 1024 * 1024;

export const PACKAGE_ENVELOPE: EnvelopeSpec<PackageManifest> = {
  mediaType: PACKAGE_MEDIA_TYPE,
  payloadType: MANIFEST_PAYLOAD_TYPE,
  formatName: PACKAGE_FORMAT_NAME,
  formatVersion: PACKAGE_FORMAT_VERSION,
  manifestSchema,
  limits: PACKAGE_LIMITS,
  requiredEntries: [ENTRY.assessment, ENTRY.history, ENTRY.framework, ENTRY.evidenceIndex],
};

/**
 * The one reader of untrusted assessment packages, used by the app, the CLI and the hub's
 * import. Every check of docs/package-format.md ("Reading a package") runs, in order, on bytes
 * in memory; nothing is written anywhere. The result is a verified package or one reason.
 */
export async function readPackage(bytes: Buffer, options: ReadOptions = {}): Promise<PackageReadResult> {
  const result = await withReason(() => verifyPackage(bytes, options));
  return result.ok ? { ok: true, package: result.value } : result;
}

async function verifyPackage(received: Buffer, options: ReadOptions): Promise<VerifiedPackage> {
  const envelope = await openEnvelope(received, PACKAGE_ENVELOPE, options.passphrase);
  const { manifest, entries } = envelope;

  const document = parseEntryWith(ENTRY.assessment, entries, assessmentDocumentSchema);
  const history = parseEntryWith(ENTRY.history, entries, historySchema).entries as ChangeEntry[];
  const index = parseEntryWith(ENTRY.evidenceIndex, entries, evidenceIndexSchema);
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
    signer: { publicKey: envelope.publicKey, fingerprint: manifest.signer.fingerprint },
    signature: envelope.signature,
    packageSha256: envelope.zipSha256,
    fileSha256: envelope.fileSha256,
    encrypted: envelope.encrypted,
    ...(envelope.encrypted ? { decryptedZip: envelope.zipBytes } : {}),
  };
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
