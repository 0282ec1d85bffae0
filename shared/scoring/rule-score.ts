import type { IndicatorInput, ScoringRule } from '../framework/framework-schema';

/**
 * The unrounded 0–100 score of one rule (framework-v1.md "Scoring conventions";
 * docs/scoring.md "Rules"). `measure` comes from measureOf, `value` is the checked answer.
 * Returns null when the rule cannot score this value (a context rule, or a framework that
 * skipped validateFramework: wrong input, an option without a score).
 */
export function ruleScore(rule: ScoringRule, input: IndicatorInput, value: unknown, measure: number | null): number | null {
  const raw = unclampedScore(rule, input, value, measure);
  if (raw === null || Number.isNaN(raw)) return null;
  return Math.min(100, Math.max(0, raw));
}

function unclampedScore(rule: ScoringRule, input: IndicatorInput, value: unknown, x: number | null): number | null {
  switch (rule.rule) {
    case 'context':
      return null;
    case 'linear':
      if (x === null) return null;
      // zero = full is rejected by validateFramework; a step at `full` keeps the engine total.
      if (rule.full === rule.zero) return x >= rule.full ? 100 : 0;
      return ((x - rule.zero) / (rule.full - rule.zero)) * 100;
    case 'shortfall': {
      if (x === null) return null;
      const short = rule.penalise === 'below' ? rule.target - x : rule.penalise === 'above' ? x - rule.target : Math.abs(x - rule.target);
      return short <= 0 ? 100 : 100 - rule.perPoint * short;
    }
    case 'scale':
      if (x === null || input.type !== 'scale') return null;
      if (input.max === input.min) return x >= input.max ? 100 : 0;
      return ((x - input.min) / (input.max - input.min)) * 100;
    case 'yesno':
      return typeof value === 'boolean' && input.type === 'yesno' ? (value ? 100 : 0) : null;
    case 'choice': {
      if (typeof value !== 'string' || input.type !== 'choice') return null;
      const score = Object.prototype.hasOwnProperty.call(rule.scores, value) ? rule.scores[value] : undefined;
      return score ?? null;
    }
    case 'steps': {
      if (x === null) return null;
      // Below the first threshold the first step's score applies (the lowest band).
      const steps = [...rule.steps].sort((a, b) => a.atLeast - b.atLeast);
      let score = steps[0]?.score ?? null;
      for (const step of steps) if (x >= step.atLeast) score = step.score;
      return score;
    }
  }
}
