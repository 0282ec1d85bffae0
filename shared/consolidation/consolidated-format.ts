import { z } from 'zod';
import { cycleYearSchema } from '../office/office-profile';
import { manifestEntrySchema, PACKAGE_LIMITS } from '../packages/package-format';
import { lineText, nameText } from '../text/text-policy';

/**
 * The hub's consolidated file, `fieldscore.consolidated/1` (docs/consolidation.md): the same
 * signed envelope as a package (canonical stored ZIP, manifest of every entry's SHA-256,
 * Ed25519 over DSSE's encoding — with its own payload type, so neither signature can stand for
 * the other), holding the member packages byte for byte, the decisions the hub took and its
 * trust list. Each member keeps its own office's signature and is verified on its own.
 */
export const CONSOLIDATED_FORMAT_NAME = 'fieldscore.consolidated';
export const CONSOLIDATED_FORMAT_VERSION = 1;
export const CONSOLIDATED_FORMAT = `${CONSOLIDATED_FORMAT_NAME}/${CONSOLIDATED_FORMAT_VERSION}`;
export const CONSOLIDATED_EXTENSION = '.fieldscore-set';
export const CONSOLIDATED_MEDIA_TYPE = 'application/vnd.fieldscore.consolidated+zip';
export const CONSOLIDATED_PAYLOAD_TYPE = 'application/vnd.fieldscore.consolidated-manifest.v1+json';

export const CONSOLIDATED_ENTRY = {
  decisions: 'decisions.json',
  trust: 'trust.json',
} as const;
/** Members live under members/<package sha256>.fieldscore, named by the hash of their bytes. */
export const MEMBERS_FOLDER = 'members/';

/** A hub's file holds many packages: room for a region's offices over several cycles, and HQ's files of five hubs. */
export const CONSOLIDATED_LIMITS = {
  maxFileBytes: 1024 * 1024 * 1024,
  maxEntries: 20_000,
  maxEntryBytes: PACKAGE_LIMITS.maxFileBytes,
  maxTotalBytes: 1024 * 1024 * 1024,
  maxManifestBytes: 16 * 1024 * 1024,
} as const;

/**
 * Which revisions a hub's consolidated file carries (docs/consolidation.md, "Reviews"): only those
 * the hub accepted (the default), or every current one. Absent in files made before the review loop
 * and by `fieldscore consolidate`, which has no review state: those carry every current revision.
 */
export const CONSOLIDATED_INCLUDES = ['accepted', 'all'] as const;
export type ConsolidatedInclude = (typeof CONSOLIDATED_INCLUDES)[number];

const sha256Hex = z.string().regex(/^[0-9a-f]{64}$/);
const isoTime = z.string().datetime({ offset: true });
const fingerprint = z.string().regex(/^[A-Z2-7]{4}(-[A-Z2-7]{4}){5}$/);
const publicKey = z.string().regex(/^[A-Za-z0-9+/]{43}=$/);
const person = nameText(200).min(1);

export const memberRefSchema = z
  .object({
    path: z.string().regex(/^members\/[0-9a-f]{64}\.fieldscore$/),
    packageSha256: sha256Hex,
    assessmentId: z.string().uuid(),
    lineageId: z.string().uuid(),
    officeId: z.string().uuid(),
    officeCode: nameText(20).min(1),
    cycle: cycleYearSchema,
    revision: z.number().int().min(1).max(10_000),
    signerFingerprint: fingerprint,
  })
  .strict();
export type MemberRef = z.infer<typeof memberRefSchema>;

export const consolidatedManifestSchema = z
  .object({
    format: z.literal(CONSOLIDATED_FORMAT),
    createdAt: isoTime,
    generator: z.object({ name: z.literal('Fieldscore'), version: z.string().min(1).max(40) }).strict(),
    /** Who consolidated: the hub (or headquarters) as it names itself. */
    hub: z.object({ name: nameText(120).min(1) }).strict(),
    include: z.enum(CONSOLIDATED_INCLUDES).optional(),
    signer: z.object({ algorithm: z.literal('ed25519'), publicKey, fingerprint }).strict(),
    members: z.array(memberRefSchema).max(CONSOLIDATED_LIMITS.maxEntries),
    entries: z.array(manifestEntrySchema.extend({ size: z.number().int().min(0).max(CONSOLIDATED_LIMITS.maxEntryBytes) })).min(1).max(CONSOLIDATED_LIMITS.maxEntries),
  })
  .strict();
export type ConsolidatedManifest = z.infer<typeof consolidatedManifestSchema>;

/** A person's decision on diverged revisions: keep one, or take each indicator from one of them. */
export const decisionSchema = z
  .object({
    kind: z.literal('conflict'),
    officeId: z.string().uuid(),
    cycle: cycleYearSchema,
    /** The revisions that diverged, all of them members or held by whoever decided. */
    revisions: z.array(z.string().uuid()).min(2).max(100),
    resolution: z.union([
      z.object({ keep: z.string().uuid() }).strict(),
      z.object({ picks: z.record(lineText(64).min(1), z.string().uuid()) }).strict(),
    ]),
    decidedBy: person,
    decidedAt: isoTime,
    note: z.string().max(2000).optional(),
  })
  .strict();
export type Decision = z.infer<typeof decisionSchema>;

export const decisionsSchema = z.object({ schema: z.literal('fieldscore.decisions/1'), decisions: z.array(decisionSchema).max(100_000) }).strict();

export const TRUST_STATUSES = ['trusted', 'revoked', 'rejected'] as const;
export const TRUST_SOURCES = ['first_seen', 'registered', 'accepted'] as const;

export const trustEntrySchema = z
  .object({
    officeId: z.string().uuid(),
    officeCode: nameText(20).min(1),
    publicKey,
    fingerprint,
    status: z.enum(TRUST_STATUSES),
    source: z.enum(TRUST_SOURCES),
    decidedBy: person,
    decidedAt: isoTime,
  })
  .strict();
export type TrustEntry = z.infer<typeof trustEntrySchema>;

export const trustListSchema = z.object({ schema: z.literal('fieldscore.trust/1'), keys: z.array(trustEntrySchema).max(100_000) }).strict();

/** The suggested name of a consolidated file: <hub>_<date>.fieldscore-set. */
export function consolidatedFileName(hubName: string, createdAt: string): string {
  const hub = hubName.normalize('NFKC').replace(/[^A-Za-z0-9-]+/g, '-').replace(/^-+|-+$/g, '') || 'hub';
  return `${hub}_${createdAt.slice(0, 10)}${CONSOLIDATED_EXTENSION}`;
}
