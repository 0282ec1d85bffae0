import { z } from 'zod';
import { LANGUAGES } from '../i18n/languages';
import { boundedNumber } from '../numbers/number-bounds';
import { frameworkText } from '../text/text-policy';

/**
 * A scorecard framework as data (framework-v1.md; docs/scoring.md).
 * HQ revises frameworks between cycles; an assessment keeps the id, version and content hash
 * of the framework it was filled against, so this format is versioned by `schema`.
 * Structural rules live here; rules that need the whole document (unique ids, band order,
 * every text in every declared language) live in validate-framework.ts.
 */
export const FRAMEWORK_SCHEMA_ID = 'fieldscore.framework/1';

/**
 * Text in several languages; completeness against `languages` is checked by validateFramework.
 * Each text is well-formed, without control characters or bidi overrides (text-policy.ts).
 */
export const localizedTextSchema = z.partialRecord(z.enum(LANGUAGES), frameworkText());
export type LocalizedText = z.infer<typeof localizedTextSchema>;

const idSchema = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/, 'ids use letters, digits, ".", "_" or "-"');

export const bandThresholdsSchema = z.object({
  /** A score at or above `green` is green. */
  green: z.number().min(0).max(100),
  /** A score at or above `amber` (and below green) is amber; below it, red. */
  amber: z.number().min(0).max(100),
});
export type BandThresholds = z.infer<typeof bandThresholdsSchema>;

export const choiceOptionSchema = z.object({
  id: idSchema,
  label: localizedTextSchema,
});
export type ChoiceOption = z.infer<typeof choiceOptionSchema>;

/** Every free number of a framework (input bounds, rule parameters, weights) is finite and within ±NUMBER_LIMIT. */
const frameworkNumber = boundedNumber;

/** How a value is entered. The scoring rule reads the value this produces. */
export const indicatorInputSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('number'),
    unit: localizedTextSchema.optional(),
    min: frameworkNumber().optional(),
    max: frameworkNumber().optional(),
    integer: z.boolean().optional(),
  }),
  /** A percentage 0–100 unless min/max say otherwise (a ratio of costs can exceed 100). */
  z.object({ type: z.literal('percent'), min: frameworkNumber().optional(), max: frameworkNumber().optional() }),
  z.object({ type: z.literal('money'), currency: z.string().regex(/^[A-Z]{3}$/), min: frameworkNumber().optional() }),
  z.object({ type: z.literal('yesno') }),
  z.object({ type: z.literal('scale'), min: frameworkNumber().int(), max: frameworkNumber().int(), labels: z.array(localizedTextSchema).optional() }),
  z.object({ type: z.literal('choice'), options: z.array(choiceOptionSchema).min(2) }),
  /** Several options; the scored measure is the number of options selected. */
  z.object({ type: z.literal('multichoice'), options: z.array(choiceOptionSchema).min(1) }),
  /** A list of ISO 3166-1 alpha-3 codes, each marked resident or not. */
  z.object({ type: z.literal('countries') }),
]);
export type IndicatorInput = z.infer<typeof indicatorInputSchema>;
export type InputType = IndicatorInput['type'];

/**
 * Scoring rules (framework-v1.md "Scoring conventions"). Every scored rule yields 0–100.
 * The numeric measure of a value is: the number itself (number, percent, money, scale),
 * or the count of selected options (multichoice).
 */
export const scoringRuleSchema = z.discriminatedUnion('rule', [
  /** Not scored: feeds the office-type recommendation and the reports. */
  z.object({ rule: z.literal('context') }),
  /** `zero` scores 0, `full` scores 100, straight line between, clamped. full < zero means lower is better. */
  z.object({ rule: z.literal('linear'), zero: frameworkNumber(), full: frameworkNumber() }),
  /**
   * 100 on the good side of `target`; `perPoint` points lost per unit on the bad side; floor 0.
   * penalise "below": shortfall (framework `shortfall(k)`); "above": excess (vacancy rate);
   * "both": distance from the target (women in office staff).
   */
  z.object({
    rule: z.literal('shortfall'),
    target: frameworkNumber(),
    perPoint: frameworkNumber().positive(),
    penalise: z.enum(['below', 'above', 'both']),
  }),
  /** (x − min) ÷ (max − min) × 100 for a scale input. */
  z.object({ rule: z.literal('scale') }),
  /** yes 100, no 0. */
  z.object({ rule: z.literal('yesno') }),
  /** A score per option id; every option of the input must have one. */
  z.object({ rule: z.literal('choice'), scores: z.record(z.string(), z.number().min(0).max(100)) }),
  /** Explicit steps: the score of the last step whose `atLeast` ≤ x; below the first step, the first step's score. */
  z.object({
    rule: z.literal('steps'),
    steps: z.array(z.object({ atLeast: frameworkNumber(), score: z.number().min(0).max(100) })).min(1),
  }),
]);
export type ScoringRule = z.infer<typeof scoringRuleSchema>;
export type RuleName = ScoringRule['rule'];

export const indicatorSchema = z.object({
  id: idSchema,
  title: localizedTextSchema,
  guidance: localizedTextSchema.optional(),
  /** Where the indicator comes from (a source document and paragraph, a UN practice), shown to the assessor. */
  source: localizedTextSchema.optional(),
  input: indicatorInputSchema,
  scoring: scoringRuleSchema,
  /** Relative weight within the perspective. Context indicators carry 0. */
  weight: frameworkNumber().min(0),
  /** Overrides the framework's indicator bands. */
  bands: bandThresholdsSchema.optional(),
  /** A red score needs a written justification before the assessment can be submitted. */
  justifyWhenRed: z.boolean(),
});
export type Indicator = z.infer<typeof indicatorSchema>;

export const perspectiveSchema = z.object({
  id: idSchema,
  title: localizedTextSchema,
  description: localizedTextSchema.optional(),
  /** Relative weight in the total. */
  weight: frameworkNumber().positive(),
  indicators: z.array(indicatorSchema).min(1),
});
export type Perspective = z.infer<typeof perspectiveSchema>;

export const frameworkSchema = z.object({
  schema: z.literal(FRAMEWORK_SCHEMA_ID),
  id: idSchema,
  /** Semantic version, e.g. 1.0.0. */
  version: z.string().regex(/^\d+\.\d+\.\d+$/, 'version must look like 1.0.0'),
  languages: z.array(z.enum(LANGUAGES)).min(1),
  title: localizedTextSchema,
  description: localizedTextSchema.optional(),
  bands: z.object({
    indicator: bandThresholdsSchema,
    /** For perspectives and the overall score. */
    aggregate: bandThresholdsSchema,
  }),
  /** Below this share of weight answered, a perspective (or the total) is "insufficient data". */
  minCoverage: z.number().gt(0).max(1),
  perspectives: z.array(perspectiveSchema).min(1),
});
export type Framework = z.infer<typeof frameworkSchema>;

/** What an assessment records about the framework it was made with. */
export const frameworkRefSchema = z.object({
  id: idSchema,
  version: z.string().regex(/^\d+\.\d+\.\d+$/, 'version must look like 1.0.0'),
  /** sha256 of the canonical JSON of the framework document (frameworkHash). */
  hash: z.string().regex(/^sha256:[0-9a-f]{64}$/),
});
export type FrameworkRef = z.infer<typeof frameworkRefSchema>;
