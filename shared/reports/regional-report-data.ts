import { z } from 'zod';

/**
 * PLACEHOLDER written by the printing infrastructure (issue 10, F1) so it compiles before the
 * regional report exists; the regional report's author (G) owns this file and replaces both
 * exports with the real type and schema. report-input.ts validates a ReportInput's data with
 * `regionalReportDataSchema`, so keep that export (a zod schema of RegionalReportData).
 */
export const regionalReportDataSchema = z.record(z.string(), z.unknown());
export type RegionalReportData = z.infer<typeof regionalReportDataSchema>;
