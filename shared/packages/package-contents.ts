import { z } from 'zod';
import type { ChangeEntry, EvidenceInfo } from '../api/contract';
import { fileNameText, lineText } from '../text/text-policy';

/**
 * The JSON entries of a package besides the manifest and the assessment document: the whole
 * change history (history.json) and the index of evidence files (evidence.json).
 */
const isoTime = z.string().datetime({ offset: true });

export const changeEntrySchema = z
  .object({
    id: z.number().int().min(1),
    assessmentId: z.string().uuid(),
    at: isoTime,
    actor: lineText(200),
    kind: z.enum(['answer', 'profile', 'status', 'evidence']),
    indicatorId: lineText(64).min(1).optional(),
    field: lineText(64).min(1).optional(),
    action: z.enum(['edit', 'undo', 'redo', 'submit', 'reopen', 'create', 'add', 'remove']),
    before: z.unknown(),
    after: z.unknown(),
  })
  .strict();

export const historySchema = z
  .object({ schema: z.literal('fieldscore.history/1'), entries: z.array(changeEntrySchema).max(200_000) })
  .strict();
export type PackageHistory = z.infer<typeof historySchema>;

export const evidenceIndexEntrySchema = z
  .object({
    id: z.string().uuid(),
    indicatorId: lineText(64).min(1),
    fileName: fileNameText(255),
    mediaType: z.string().regex(/^[a-z]+\/[a-z0-9.+-]+$/).max(120),
    sizeBytes: z.number().int().min(1),
    sha256: z.string().regex(/^[0-9a-f]{64}$/),
    addedAt: isoTime,
    /** The entry holding the bytes: evidence/<sha256>.<extension of the detected type>. */
    path: z.string().regex(/^evidence\/[0-9a-f]{64}\.[a-z0-9]{1,5}$/),
  })
  .strict();
export type EvidenceIndexEntry = z.infer<typeof evidenceIndexEntrySchema>;

export const evidenceIndexSchema = z
  .object({ schema: z.literal('fieldscore.evidence/1'), files: z.array(evidenceIndexEntrySchema).max(1000) })
  .strict();
export type PackageEvidenceIndex = z.infer<typeof evidenceIndexSchema>;

/** Compile-time check that the package's history entries are the app's change entries. */
export type HistoryEntry = ChangeEntry & z.infer<typeof changeEntrySchema>;
export type EvidenceOf = Omit<EvidenceInfo, 'assessmentId'>;
