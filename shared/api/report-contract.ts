import { z } from 'zod';
import { LANGUAGES } from '../i18n/languages';
import { cycleYearSchema, REGIONS } from '../office/office-profile';
import { PAPERS } from '../reports/report-input';

/**
 * Types and request schemas of the printed reports' operations (issue 10, docs/reports.md). The
 * operations are entries of `contract` (contract.ts): `reports.input` gives the report page its
 * ReportInput, `reports.pdf` prints it through Chromium (the browser mode's "Save as PDF"; the
 * desktop app prints with Electron instead).
 */

/**
 * Which report: an office's, of one of this installation's own submitted revisions (`field`) or
 * of a package the hub holds (`hub`); or the regional report of the hub's set, optionally one
 * cycle and one region of it.
 */
export const reportRequestSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('office'), assessmentId: z.string().uuid(), from: z.enum(['field', 'hub']) }).strict(),
  z.object({ kind: z.literal('regional'), cycle: cycleYearSchema.optional(), region: z.enum(REGIONS).optional() }).strict(),
]);
export type ReportRequest = z.infer<typeof reportRequestSchema>;

export const reportInputRequest = z
  .object({
    report: reportRequestSchema,
    language: z.enum(LANGUAGES),
    paper: z.enum(PAPERS),
  })
  .strict();
export type ReportInputRequest = z.infer<typeof reportInputRequest>;

export interface ReportPdf {
  /** Made from the document symbol and the language: "FS-2025-KEN-RH_en.pdf". */
  fileName: string;
  dataBase64: string;
}
