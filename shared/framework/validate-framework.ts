import { frameworkSchema, type Framework } from './framework-schema';

/** One thing wrong with a framework document, located by path (e.g. "perspectives.2.indicators.0.weight"). */
export interface FrameworkProblem {
  path: string;
  message: string;
}

export type FrameworkValidation = { ok: true; framework: Framework } | { ok: false; problems: FrameworkProblem[] };

/**
 * Validates an untrusted framework document: structure (framework-schema.ts) first, then the
 * rules that need the whole document. A framework that fails here is never installed.
 */
export function validateFramework(input: unknown): FrameworkValidation {
  const parsed = frameworkSchema.safeParse(input);
  if (!parsed.success) {
    return {
      ok: false,
      problems: parsed.error.issues.map((issue) => ({ path: issue.path.map(String).join('.'), message: issue.message })),
    };
  }
  // Whole-document rules (unique ids, band order, texts in every language, rule/input fit)
  // are added by the scoring work; see docs/scoring.md.
  return { ok: true, framework: parsed.data };
}
