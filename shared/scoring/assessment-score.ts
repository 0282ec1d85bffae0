import type { AnswerValue } from '../assessment/answer';
import type { ScoringRule } from '../framework/framework-schema';
import type { AggregateBand, Band } from './band';

/**
 * The result of scoring one assessment, with every number needed to explain every other
 * (docs/scoring.md). Scores are rounded to one decimal; weights, shares, coverage and
 * contributions are unrounded fractions so that sums add up exactly.
 */

/**
 * scored: answered and scored. context: answered, not scored (weight 0).
 * blank: no entry. not_applicable / unknown: answered as such. invalid: a value that does not
 * fit the input (or a rule that cannot read it), treated exactly like blank and reported.
 */
export type IndicatorStatus = 'scored' | 'context' | 'blank' | 'not_applicable' | 'unknown' | 'invalid';

/** Why a value was not scored (status "invalid"): a message key with parameters. */
export interface ScoringProblem {
  messageKey: string;
  params: Record<string, string | number>;
}

export interface IndicatorScore {
  indicatorId: string;
  perspectiveId: string;
  status: IndicatorStatus;
  /** The value as entered, when answered (also for invalid values, to show what was wrong). */
  value: AnswerValue | null;
  /** The number the rule read (measureOf); null for a choice, or when there is no valid value. */
  measure: number | null;
  rule: ScoringRule;
  /** The rule's result before rounding (0–100), null unless status is "scored". */
  rawScore: number | null;
  /** rawScore rounded half away from zero to one decimal. */
  score: number | null;
  band: Band | null;
  weight: number;
  /** weight ÷ the perspective's scored weight (0 for context indicators). */
  weightShare: number;
  /** score × weight ÷ the perspective's answered weight; the perspective's contributions sum to its unrounded score. */
  contribution: number | null;
  /** Red, justifyWhenRed, and no non-empty justification yet: blocks submission. */
  needsJustification: boolean;
  problem: ScoringProblem | null;
}

export interface PerspectiveScore {
  perspectiveId: string;
  /** Weighted mean of the rounded indicator scores, rounded; null when insufficient data. */
  score: number | null;
  /** The same mean over whatever was answered, even below minCoverage (to explain "insufficient data"); null when nothing was. */
  partialScore: number | null;
  band: AggregateBand;
  /** answeredWeight ÷ totalWeight, 0–1. */
  coverage: number;
  /** Scored weight of indicators with status "scored". */
  answeredWeight: number;
  /** Scored weight of all the perspective's indicators (context indicators carry none). */
  totalWeight: number;
  /** The perspective's weight in the total. */
  weight: number;
  /** weight ÷ the sum of all perspective weights. */
  weightShare: number;
  /** score × weight ÷ the weight of perspectives with enough data; null when insufficient. */
  contribution: number | null;
}

export interface OverallScore {
  /** Weighted mean of the rounded scores of perspectives with enough data, rounded; null when insufficient. */
  score: number | null;
  /** The same mean even when the total's coverage is below minCoverage; null when no perspective has enough data. */
  partialScore: number | null;
  band: AggregateBand;
  /** Σ perspective weight × perspective coverage ÷ Σ perspective weights, 0–1. */
  coverage: number;
  /** Sum of the weights of perspectives with enough data (the denominator of the mean). */
  includedWeight: number;
  totalWeight: number;
}

export interface AssessmentScore {
  overall: OverallScore;
  perspectives: PerspectiveScore[];
  /** Every indicator of the framework, in framework order. */
  indicators: IndicatorScore[];
  /** Ids of indicators with needsJustification, in framework order. */
  redWithoutJustification: string[];
  /** Answers keyed by an id the framework does not have; ignored by the score. */
  unknownAnswerIds: string[];
}
