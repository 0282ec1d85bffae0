import { z } from 'zod';
import { LANGUAGES, type Language } from '../i18n/languages';
import { officeReportDataSchema, type OfficeReportData } from './office-report-data';
import { regionalReportDataSchema, type RegionalReportData } from './regional-report-data';

/**
 * What the report page (renderer/report.html) renders: one report's data, already computed by
 * the backend, with the language it is printed in and its paper. The same value travels to the
 * page from the CLI (Playwright), from the desktop shell (executeJavaScript) and from the app's
 * preview (an iframe); the page validates it before rendering, since it crosses a boundary.
 */
export const REPORT_KINDS = ['office', 'regional'] as const;
export type ReportKind = (typeof REPORT_KINDS)[number];

/** A4 (595 × 842 pt) or US Letter (612 × 792 pt): the sizes offices print on. */
export const PAPERS = ['a4', 'letter'] as const;
export type Paper = (typeof PAPERS)[number];

interface ReportInputCommon {
  language: Language;
  paper: Paper;
}

export type ReportInput =
  | (ReportInputCommon & { kind: 'office'; data: OfficeReportData })
  | (ReportInputCommon & { kind: 'regional'; data: RegionalReportData });

export const reportInputSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('office'), language: z.enum(LANGUAGES), paper: z.enum(PAPERS), data: officeReportDataSchema }).strict(),
  z.object({ kind: z.literal('regional'), language: z.enum(LANGUAGES), paper: z.enum(PAPERS), data: regionalReportDataSchema }).strict(),
]);

/**
 * The work a report's data may ask of the page before the schema looks at it. The 48-office
 * regional report is far below (a few thousand values); a value past these is not a report.
 */
export const REPORT_INPUT_LIMITS = {
  maxValues: 2_000_000,
  maxDepth: 48,
  maxStringLength: 200_000,
  maxTotalStringLength: 32 * 1024 * 1024,
} as const;

export type ReportInputCheck = { ok: true; input: ReportInput } | { ok: false; problems: string[] };

/** Null when `value` stays within REPORT_INPUT_LIMITS; else what it exceeds. Iterative, so deep nesting cannot overflow the stack. */
export function reportInputBoundsProblem(value: unknown, limits = REPORT_INPUT_LIMITS): string | null {
  const stack: [unknown, number][] = [[value, 0]];
  let values = 0;
  let characters = 0;
  while (stack.length > 0) {
    const [current, depth] = stack.pop()!;
    values += 1;
    if (values > limits.maxValues) return `more than ${limits.maxValues} values`;
    if (depth > limits.maxDepth) return `nested deeper than ${limits.maxDepth}`;
    if (typeof current === 'string') {
      if (current.length > limits.maxStringLength) return `a text longer than ${limits.maxStringLength} characters`;
      characters += current.length;
      if (characters > limits.maxTotalStringLength) return `more than ${limits.maxTotalStringLength} characters of text`;
    } else if (Array.isArray(current)) {
      for (const item of current) stack.push([item, depth + 1]);
    } else if (current !== null && typeof current === 'object') {
      for (const [key, item] of Object.entries(current)) {
        characters += key.length;
        stack.push([item, depth + 1]);
      }
    }
  }
  return null;
}

/** The bounds first (cheap, and before zod walks anything), then the schema; problems as "path: message". */
export function checkReportInput(value: unknown): ReportInputCheck {
  const bounds = reportInputBoundsProblem(value);
  if (bounds !== null) return { ok: false, problems: [`the report's data is too large: ${bounds}`] };
  const parsed = reportInputSchema.safeParse(value);
  if (!parsed.success) {
    return { ok: false, problems: parsed.error.issues.slice(0, 20).map((issue) => `${issue.path.join('.') || '(input)'}: ${issue.message}`) };
  }
  return { ok: true, input: parsed.data as ReportInput };
}
