import { createHash } from 'node:crypto';
import canonicalize from 'canonicalize';
import type { ChangeEntry } from '../../shared/api/contract';
import { assessmentDocumentSchema, type AssessmentDocument } from '../../shared/assessment/assessment-document';
import { frameworkHash } from '../../shared/framework/framework-hash';
import type { Framework } from '../../shared/framework/framework-schema';
import type { EvidenceIndexEntry, PackageEvidenceIndex, PackageHistory } from '../../shared/packages/package-contents';
import {
  ENTRY,
  EVIDENCE_FOLDER,
  MANIFEST_PAYLOAD_TYPE,
  PACKAGE_FORMAT,
  PACKAGE_MEDIA_TYPE,
  signingInput,
  type ManifestEntry,
  type PackageManifest,
} from '../../shared/packages/package-format';
import { writeArchive, type ArchiveInput } from '../archives/archive-writer';
import { BINARY_EVIDENCE_TYPES, TEXT_EVIDENCE_TYPES } from '../evidence/evidence-types';
import { publicKeyPem, sign, type SigningKey } from './signing-key';

/** One evidence attachment with its bytes, as the store holds it. */
export interface PackageEvidence {
  info: Omit<EvidenceIndexEntry, 'path'>;
  data: Buffer;
}

/** Everything one package carries; the writer adds the manifest and the signature. */
export interface PackageContent {
  document: AssessmentDocument;
  history: ChangeEntry[];
  evidence: PackageEvidence[];
  framework: Framework;
  /** The app version that writes the package. */
  generatorVersion: string;
  /** When the package is written; also every entry's modification time. */
  createdAt: string;
}

/** Why a package cannot be made from this content: a message key for the person exporting. */
export class PackageContentError extends Error {
  constructor(
    readonly messageKey: string,
    message: string,
    readonly params: Record<string, string> = {},
  ) {
    super(message);
  }
}

const sha256Hex = (data: Buffer) => createHash('sha256').update(data).digest('hex');

/** JSON entries are written canonically (RFC 8785), so equal content is equal bytes. */
function canonicalBytes(value: unknown): Buffer {
  const text = canonicalize(value);
  if (text === undefined) throw new Error('value cannot be canonicalised');
  return Buffer.from(text, 'utf8');
}

export function evidenceExtension(mediaType: string): string {
  const type = [...BINARY_EVIDENCE_TYPES, ...TEXT_EVIDENCE_TYPES].find((candidate) => candidate.mediaType === mediaType);
  return type?.extensions[0] ?? 'bin';
}

/**
 * The preconditions of a package, each with a message a representative understands: only a
 * submitted revision travels for consolidation, and a hub matches offices on their code.
 */
export function checkPackageable(document: AssessmentDocument): { officeId: string; lineageId: string; code: string; submittedAt: string } {
  if (document.status !== 'submitted' || document.submittedAt === undefined) {
    throw new PackageContentError('packages.errors.not_submitted', 'only a submitted assessment can be exported for consolidation');
  }
  const code = document.office.code?.trim();
  if (!code) throw new PackageContentError('packages.errors.office_code_required', 'the office code is required before a package can be made');
  if (!document.officeId || !document.lineageId) throw new Error(`assessment ${document.id} has no office or lineage id`);
  // What the store still opens (text saved before the text policy, a country no longer listed)
  // is not what a hub accepts: say so here, not after the file has travelled.
  const strict = assessmentDocumentSchema.safeParse(document);
  if (!strict.success) {
    const issue = strict.error.issues[0];
    const detail = `${issue?.path.map(String).join('.') ?? ''}: ${issue?.message ?? 'invalid'}`.slice(0, 200);
    throw new PackageContentError('packages.errors.content_not_accepted', `the assessment does not fit the package's rules (${detail})`, { detail });
  }
  return { officeId: document.officeId, lineageId: document.lineageId, code, submittedAt: document.submittedAt };
}

/** Builds and signs a package (docs/package-format.md). Deterministic for the same content and key. */
export async function writePackage(content: PackageContent, key: SigningKey): Promise<Buffer> {
  const { document, framework } = content;
  const identity = checkPackageable(document);
  const hash = frameworkHash(framework);
  if (hash !== document.framework.hash || framework.id !== document.framework.id || framework.version !== document.framework.version) {
    throw new Error(`the framework given is not the one assessment ${document.id} was filled with`);
  }

  const index: PackageEvidenceIndex = { schema: 'fieldscore.evidence/1', files: [] };
  const evidenceEntries: ArchiveInput[] = [];
  const written = new Set<string>();
  for (const { info, data } of content.evidence) {
    if (sha256Hex(data) !== info.sha256 || data.length !== info.sizeBytes) throw new Error(`evidence ${info.id} does not match its recorded hash`);
    const path = `${EVIDENCE_FOLDER}${info.sha256}.${evidenceExtension(info.mediaType)}`;
    index.files.push({ ...info, path });
    // The same bytes attached twice are one entry, as in the store.
    if (!written.has(path)) evidenceEntries.push({ name: path, data });
    written.add(path);
  }
  const history: PackageHistory = { schema: 'fieldscore.history/1', entries: content.history };

  const listed: ArchiveInput[] = [
    { name: ENTRY.mimetype, data: Buffer.from(PACKAGE_MEDIA_TYPE, 'ascii'), store: true },
    { name: ENTRY.signerKey, data: Buffer.from(publicKeyPem(key.publicKey), 'ascii') },
    { name: ENTRY.assessment, data: canonicalBytes(document) },
    { name: ENTRY.history, data: canonicalBytes(history) },
    { name: ENTRY.framework, data: canonicalBytes(framework) },
    { name: ENTRY.evidenceIndex, data: canonicalBytes(index) },
    ...evidenceEntries,
  ];
  const entries: ManifestEntry[] = listed.map((input) => ({ path: input.name, size: input.data.length, sha256: sha256Hex(input.data) }));
  const manifest: PackageManifest = {
    format: PACKAGE_FORMAT,
    createdAt: content.createdAt,
    generator: { name: 'Fieldscore', version: content.generatorVersion },
    office: { id: identity.officeId, code: identity.code, name: document.office.name, region: document.office.region },
    assessment: {
      id: document.id,
      lineageId: identity.lineageId,
      revision: document.revision,
      ...(document.previousRevisionId === undefined ? {} : { parentRevisionId: document.previousRevisionId }),
      ...(document.previousCycleId === undefined ? {} : { previousCycleId: document.previousCycleId }),
      cycle: document.cycle,
      status: 'submitted',
      submittedAt: identity.submittedAt,
    },
    framework: document.framework,
    signer: { algorithm: 'ed25519', publicKey: key.rawPublicKey.toString('base64'), fingerprint: key.fingerprint },
    entries,
  };
  const manifestBytes = canonicalBytes(manifest);
  const signature = sign(key, signingInput(MANIFEST_PAYLOAD_TYPE, manifestBytes));

  // Every entry stored, none deflated: a package is mostly evidence that is compressed already,
  // a stored entry's bytes are exactly what its hash covers (deflate has padding bits a flip
  // would not change), and no package can be a decompression bomb.
  const [mimetype, ...rest] = listed;
  return writeArchive(
    [mimetype!, { name: ENTRY.manifest, data: manifestBytes }, { name: ENTRY.signature, data: signature }, ...rest].map((input) => ({ ...input, store: true })),
    new Date(content.createdAt),
  );
}
