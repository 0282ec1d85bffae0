import { z } from 'zod';
import { CONSOLIDATED_INCLUDES } from '../consolidation/consolidated-format';
import { LANGUAGES } from '../i18n/languages';
import { cycleYearSchema } from '../office/office-profile';
import type { PackageReason } from '../packages/package-reasons';
import type { ReviewStatus } from '../reviews/review-format';
import { fileNameText, lineText, nameText } from '../text/text-policy';

/**
 * Types and request schemas of the hub's operations (issue 8): import with a preview, the trust
 * list of office keys, conflicts, the consolidated set. The operations themselves are entries of
 * `contract` (contract.ts).
 */

/** What importing a file does (or would do): the preview's one word per file. */
export const IMPORT_STATUSES = [
  'new',
  'newer',
  'identical',
  'older',
  'diverged',
  'different_key',
  'revoked_key',
  'rejected_key',
  'same_id_other_content',
  'invalid',
] as const;
export type ImportStatus = (typeof IMPORT_STATUSES)[number];

export interface ImportPreview {
  fileName: string;
  kind: 'package' | 'consolidated' | 'invalid';
  /** For a consolidated file: "new" when any member would be written, "identical" when none, "different_key" when its sender's key is not the one first seen. */
  status: ImportStatus;
  reason?: PackageReason;
  office?: { id: string; code: string; name: string };
  cycle?: number;
  revision?: number;
  /** The signer's fingerprint. */
  fingerprint?: string;
  /** The fingerprints the hub trusts for this office (to compare with, for "different_key"). */
  trustedFingerprints?: string[];
  /** The sender of a consolidated file. */
  sender?: { name: string; fingerprint: string; status: 'trusted' | 'first_seen' | 'different_key'; knownFingerprints: string[] };
  /** Per status, how many of a consolidated file's packages. */
  members?: Record<ImportStatus, number>;
}

export interface HubKey {
  id: number;
  officeId?: string;
  officeCode: string;
  fingerprint: string;
  /** False for a key registered by its fingerprint only, until a package signed with it arrives. */
  hasPublicKey: boolean;
  status: 'trusted' | 'revoked' | 'rejected';
  source: 'first_seen' | 'registered' | 'accepted';
  decidedBy: string;
  decidedAt: string;
  /** The fingerprint of the hub whose consolidated file brought this decision. */
  via?: string;
}

export interface HeldPackage {
  packageSha256: string;
  officeId: string;
  officeCode: string;
  officeName: string;
  cycle: number;
  revision: number;
  fingerprint: string;
  receivedAt: string;
  receivedFrom: string;
}

export interface HubOffice {
  assessmentId: string;
  officeId: string;
  officeCode: string;
  officeName: string;
  region: string;
  cycle: number;
  revision: number;
  state: 'current' | 'superseded' | 'conflict' | 'not_kept' | 'merged';
  fingerprint: string;
  submittedAt: string;
  receivedAt: string;
  receivedFrom: string;
  overall: { score: number | null; band: string; coverage: number };
  /** The hub's review status of this revision (docs/consolidation.md, "Reviews"). */
  review: ReviewStatus;
}

export interface HubConflict {
  officeId: string;
  officeCode: string;
  officeName: string;
  cycle: number;
  revisions: { assessmentId: string; revision: number; fingerprint: string; submittedAt: string }[];
}

const person = nameText(200).min(1, 'say who decides');
const sha256 = z.string().regex(/^[0-9a-f]{64}$/);
const fingerprint = z.string().regex(/^[A-Z2-7]{4}(-[A-Z2-7]{4}){5}$/, 'a fingerprint is six groups of four letters A–Z and digits 2–7');

export const hubFileRequest = z
  .object({
    fileName: fileNameText(255),
    /** May be empty: an empty file is refused by the reader with its reason, like any other non-package. */
    dataBase64: z.string(),
    passphrase: z.string().min(1).max(1024).optional(),
    /** Import: accept this (new) sender key of a consolidated file, after comparing fingerprints. */
    acceptSender: fingerprint.optional(),
  })
  .strict();

/** Preview: files previewed with the same batch id see what the earlier ones would write (a folder's revision 2 after its revision 1). */
export const hubPreviewRequest = hubFileRequest.extend({ batch: z.string().uuid().optional() }).strict();

export const hubImportRequest = hubFileRequest.extend({ decidedBy: person }).strict();

export const registerKeyRequest = z
  .object({
    officeCode: nameText(20).min(1),
    /** The office's public key file (SPKI PEM), or only its fingerprint read out over the phone. */
    publicKeyPem: z.string().max(4096).optional(),
    fingerprint: fingerprint.optional(),
    decidedBy: person,
  })
  .strict()
  .refine((request) => request.publicKeyPem !== undefined || request.fingerprint !== undefined, { message: 'a key file or a fingerprint is needed', path: ['fingerprint'] });

export const keyDecisionRequest = z.object({ officeId: z.string().uuid(), fingerprint, decidedBy: person }).strict();

export const conflictRequest = z.object({ officeId: z.string().uuid(), cycle: cycleYearSchema }).strict();

export const resolveConflictRequest = conflictRequest
  .extend({
    resolution: z.union([
      z.object({ keep: z.string().uuid() }).strict(),
      z.object({ picks: z.record(lineText(64).min(1), z.string().uuid()) }).strict(),
    ]),
    decidedBy: person,
    note: z.string().max(2000).optional(),
  })
  .strict();

export const exportSpreadsheetRequest = z.object({ format: z.enum(['csv', 'xlsx']), language: z.enum(LANGUAGES).optional() }).strict();

export const exportConsolidatedRequest = z
  .object({
    hubName: nameText(120).min(1),
    /** Only the revisions the hub accepted (the default), or every current revision whatever its review status. */
    include: z.enum(CONSOLIDATED_INCLUDES).default('accepted'),
  })
  .strict();

export { sha256 as hubSha256Schema };
