import { utf8ToBytes } from '@noble/hashes/utils.js';
import { z } from 'zod';
import { frameworkRefSchema } from '../framework/framework-schema';
import { cycleYearSchema, REGIONS } from '../office/office-profile';
import { nameText } from '../text/text-policy';

/**
 * The assessment package, `fieldscore.package/1` (docs/package-format.md): a ZIP holding one
 * submitted assessment revision with everything a hub needs to trust, score and show it. This
 * file is the format's single definition — entry names, the manifest, what is signed — shared
 * by the writer, the reader and the docs' worked example.
 */
export const PACKAGE_FORMAT_NAME = 'fieldscore.package';
export const PACKAGE_FORMAT_VERSION = 1;
export const PACKAGE_FORMAT = `${PACKAGE_FORMAT_NAME}/${PACKAGE_FORMAT_VERSION}`;
export const PACKAGE_EXTENSION = '.fieldscore';
/** The first entry, stored uncompressed, as EPUB's: `file`-like tools recognise the container by it. */
export const PACKAGE_MEDIA_TYPE = 'application/vnd.fieldscore.package+zip';

/** DSSE payload type: the signature covers PAE(type, manifest), never the manifest bytes alone. */
export const MANIFEST_PAYLOAD_TYPE = 'application/vnd.fieldscore.package-manifest.v1+json';

export const ENTRY = {
  mimetype: 'mimetype',
  manifest: 'manifest.json',
  signature: 'manifest.sig',
  signerKey: 'signer.pem',
  assessment: 'assessment.json',
  history: 'history.json',
  evidenceIndex: 'evidence.json',
  framework: 'framework.json',
} as const;
/** Evidence bytes live under evidence/<sha256>.<extension>; the index (evidence.json) names them. */
export const EVIDENCE_FOLDER = 'evidence/';

/** The two entries the manifest cannot list: itself and its signature. Every other entry is listed. */
export const UNLISTED_ENTRIES: readonly string[] = [ENTRY.manifest, ENTRY.signature];

/**
 * Limits on an untrusted package, checked on the bytes actually read and inflated, never on
 * sizes the archive declares. Evidence files are at most 10 MiB each (EVIDENCE_MAX_BYTES); the
 * totals leave room for an assessment with a few dozen of them.
 */
export const PACKAGE_LIMITS = {
  /** The file on disk (after decryption, the ZIP). */
  maxFileBytes: 256 * 1024 * 1024,
  maxEntries: 1000,
  /** One entry after inflation: an evidence file (10 MiB) with room to spare. */
  maxEntryBytes: 12 * 1024 * 1024,
  maxTotalBytes: 320 * 1024 * 1024,
  /** The manifest is parsed before anything is trusted, so it gets a small bound of its own. */
  maxManifestBytes: 1024 * 1024,
} as const;

const sha256Hex = z.string().regex(/^[0-9a-f]{64}$/, 'sha256 must be 64 lower-case hex digits');
const isoTime = z.string().datetime({ offset: true });
/** Entry names the writer produces and the reader accepts: lower-case, relative, no `..`. */
export const ENTRY_NAME = /^[a-z0-9][a-z0-9._-]*(\/[a-z0-9][a-z0-9._-]*)*$/;

export const manifestEntrySchema = z
  .object({
    path: z.string().max(200).regex(ENTRY_NAME, 'not a package entry name'),
    size: z.number().int().min(0).max(PACKAGE_LIMITS.maxEntryBytes),
    sha256: sha256Hex,
  })
  .strict();
export type ManifestEntry = z.infer<typeof manifestEntrySchema>;

export const manifestSchema = z
  .object({
    format: z.literal(PACKAGE_FORMAT),
    createdAt: isoTime,
    generator: z.object({ name: z.literal('Fieldscore'), version: z.string().min(1).max(40) }).strict(),
    /** Who the assessment is about. `id` is stable across names, codes, revisions and cycles. */
    office: z
      .object({ id: z.string().uuid(), code: nameText(20).min(1), name: nameText(120).min(1), region: z.enum(REGIONS) })
      .strict(),
    /** Where this revision sits: lineage = all revisions of one office and cycle. */
    assessment: z
      .object({
        id: z.string().uuid(),
        lineageId: z.string().uuid(),
        revision: z.number().int().min(1).max(10_000),
        parentRevisionId: z.string().uuid().optional(),
        previousCycleId: z.string().uuid().optional(),
        cycle: cycleYearSchema,
        status: z.literal('submitted'),
        submittedAt: isoTime,
      })
      .strict(),
    framework: frameworkRefSchema,
    signer: z
      .object({
        algorithm: z.literal('ed25519'),
        /** The raw 32-byte Ed25519 public key, base64. */
        publicKey: z.string().regex(/^[A-Za-z0-9+/]{43}=$/, 'an Ed25519 public key is 32 bytes, base64'),
        fingerprint: z.string().regex(/^[A-Z2-7]{4}(-[A-Z2-7]{4}){5}$/),
      })
      .strict(),
    entries: z.array(manifestEntrySchema).min(1).max(PACKAGE_LIMITS.maxEntries),
  })
  .strict();
export type PackageManifest = z.infer<typeof manifestSchema>;

/**
 * What the format string of a manifest says, before the rest is parsed: this version, a newer
 * one (refused with its number, so the user knows to update), or something else entirely.
 * `name` is the format's name: fieldscore.package here, fieldscore.consolidated for a hub's file.
 */
export function formatVersionOf(
  value: unknown,
  name: string = PACKAGE_FORMAT_NAME,
  current: number = PACKAGE_FORMAT_VERSION,
): { kind: 'current' } | { kind: 'newer'; version: number } | { kind: 'unknown' } {
  if (typeof value !== 'object' || value === null) return { kind: 'unknown' };
  const format = (value as { format?: unknown }).format;
  if (typeof format !== 'string' || !format.startsWith(`${name}/`)) return { kind: 'unknown' };
  const match = /^([1-9][0-9]{0,5})$/.exec(format.slice(name.length + 1));
  if (!match) return { kind: 'unknown' };
  const version = Number(match[1]);
  if (version === current) return { kind: 'current' };
  return version > current ? { kind: 'newer', version } : { kind: 'unknown' };
}

/**
 * DSSE's pre-authentication encoding: "DSSEv1" SP len(type) SP type SP len(body) SP body, with
 * byte lengths in decimal. Signing this instead of the manifest alone binds the signature to
 * the payload type, so it can never be replayed as a signature over any other kind of document.
 */
export function signingInput(payloadType: string, body: Uint8Array): Uint8Array {
  const type = utf8ToBytes(payloadType);
  const header = utf8ToBytes(`DSSEv1 ${type.length} ${payloadType} ${body.length} `);
  const out = new Uint8Array(header.length + body.length);
  out.set(header, 0);
  out.set(body, header.length);
  return out;
}

/** The suggested file name: `<office code>_<cycle>_r<revision>.fieldscore`, with anything unsafe in the code replaced. */
export function packageFileName(officeCode: string, cycle: number, revision: number, encrypted = false): string {
  const code = officeCode.normalize('NFKC').replace(/[^A-Za-z0-9-]+/g, '-').replace(/^-+|-+$/g, '') || 'office';
  return `${code}_${cycle}_r${revision}${PACKAGE_EXTENSION}${encrypted ? '.age' : ''}`;
}
