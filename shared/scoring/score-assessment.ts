import type { Answer, Answers } from '../assessment/answer';
import { checkAnswerValue } from '../assessment/check-answer';
import type { Framework, Indicator, Perspective } from '../framework/framework-schema';
import type { AssessmentScore, IndicatorScore, OverallScore, PerspectiveScore } from './assessment-score';
import { bandOf } from './band';
import { isSufficient } from './coverage';
import { measureOf } from './indicator-measure';
import { roundScore } from './round-score';
import { ruleFitsInput } from './rule-input-fit';
import { ruleScore } from './rule-score';

/** Keys of ScoringProblem messages the engine itself produces (besides checkAnswerValue's answers.* keys). */
export const SCORING_MESSAGE_KEYS = ['scoring.rule_cannot_score'] as const;

function answerFor(answers: Answers, id: string): Answer | undefined {
  // Own keys only: an imported file may carry "__proto__" or "constructor".
  return Object.prototype.hasOwnProperty.call(answers, id) ? answers[id] : undefined;
}

function hasJustification(answer: Answer | undefined): boolean {
  return (answer?.justification ?? '').trim() !== '';
}

/** The indicator on its own: status, measure, rounded score and band. Weights are filled in by the perspective. */
function scoreIndicator(framework: Framework, perspective: Perspective, indicator: Indicator, answer: Answer | undefined): IndicatorScore {
  const base: IndicatorScore = {
    indicatorId: indicator.id,
    perspectiveId: perspective.id,
    status: 'blank',
    value: null,
    measure: null,
    rule: indicator.scoring,
    rawScore: null,
    score: null,
    band: null,
    weight: indicator.scoring.rule === 'context' ? 0 : indicator.weight,
    weightShare: 0,
    contribution: null,
    needsJustification: false,
    problem: null,
  };
  if (answer === undefined) return base;
  if (answer.state !== 'answered') return { ...base, status: answer.state };

  const value = answer.value;
  const check = checkAnswerValue(indicator, value);
  if (!check.ok) return { ...base, status: 'invalid', value, problem: { messageKey: check.messageKey, params: check.params } };
  const measure = measureOf(indicator.input, value);
  if (indicator.scoring.rule === 'context') return { ...base, status: 'context', value, measure };

  const rawScore = ruleFitsInput(indicator.scoring, indicator.input) ? ruleScore(indicator.scoring, indicator.input, value, measure) : null;
  if (rawScore === null) {
    const problem = { messageKey: SCORING_MESSAGE_KEYS[0], params: { rule: indicator.scoring.rule, input: indicator.input.type } };
    return { ...base, status: 'invalid', value, measure, problem };
  }
  const score = roundScore(rawScore);
  const band = bandOf(score, indicator.bands ?? framework.bands.indicator);
  const needsJustification = band === 'red' && indicator.justifyWhenRed && !hasJustification(answer);
  return { ...base, status: 'scored', value, measure, rawScore, score, band, needsJustification };
}

function scorePerspective(framework: Framework, perspective: Perspective, answers: Answers): { perspective: PerspectiveScore; indicators: IndicatorScore[] } {
  const indicators = perspective.indicators.map((indicator) => scoreIndicator(framework, perspective, indicator, answerFor(answers, indicator.id)));
  const totalWeight = indicators.reduce((sum, result) => sum + result.weight, 0);
  const answered = indicators.filter((result) => result.status === 'scored');
  const answeredWeight = answered.reduce((sum, result) => sum + result.weight, 0);
  const weightedSum = answered.reduce((sum, result) => sum + (result.score ?? 0) * result.weight, 0);

  for (const result of indicators) {
    result.weightShare = totalWeight > 0 ? result.weight / totalWeight : 0;
    if (result.status === 'scored' && answeredWeight > 0) result.contribution = ((result.score ?? 0) * result.weight) / answeredWeight;
  }

  const coverage = totalWeight > 0 ? answeredWeight / totalWeight : 0;
  const partialScore = answeredWeight > 0 ? roundScore(weightedSum / answeredWeight) : null;
  const score = isSufficient(coverage, framework.minCoverage) ? partialScore : null;
  return {
    indicators,
    perspective: {
      perspectiveId: perspective.id,
      score,
      partialScore,
      band: score === null ? 'insufficient_data' : bandOf(score, framework.bands.aggregate),
      coverage,
      answeredWeight,
      totalWeight,
      weight: perspective.weight,
      weightShare: 0,
      contribution: null,
    },
  };
}

function scoreOverall(framework: Framework, perspectives: PerspectiveScore[]): OverallScore {
  const totalWeight = perspectives.reduce((sum, p) => sum + p.weight, 0);
  const included = perspectives.filter((p) => p.score !== null);
  const includedWeight = included.reduce((sum, p) => sum + p.weight, 0);
  const weightedSum = included.reduce((sum, p) => sum + (p.score ?? 0) * p.weight, 0);

  for (const p of perspectives) {
    p.weightShare = totalWeight > 0 ? p.weight / totalWeight : 0;
    if (p.score !== null && includedWeight > 0) p.contribution = (p.score * p.weight) / includedWeight;
  }

  const coverage = totalWeight > 0 ? perspectives.reduce((sum, p) => sum + p.weight * p.coverage, 0) / totalWeight : 0;
  const partialScore = includedWeight > 0 ? roundScore(weightedSum / includedWeight) : null;
  const score = isSufficient(coverage, framework.minCoverage) ? partialScore : null;
  return {
    score,
    partialScore,
    band: score === null ? 'insufficient_data' : bandOf(score, framework.bands.aggregate),
    coverage,
    includedWeight,
    totalWeight,
  };
}

/**
 * Scores one assessment against its framework. Pure and deterministic: the same framework and
 * answers give the same result everywhere (renderer, backend, CLI, reports). Every rule,
 * rounding step and edge case is described in docs/scoring.md.
 */
export function scoreAssessment(framework: Framework, answers: Answers): AssessmentScore {
  const perspectiveResults = framework.perspectives.map((perspective) => scorePerspective(framework, perspective, answers));
  const perspectives = perspectiveResults.map((result) => result.perspective);
  const indicators = perspectiveResults.flatMap((result) => result.indicators);
  const known = new Set(indicators.map((result) => result.indicatorId));
  return {
    overall: scoreOverall(framework, perspectives),
    perspectives,
    indicators,
    redWithoutJustification: indicators.filter((result) => result.needsJustification).map((result) => result.indicatorId),
    unknownAnswerIds: Object.keys(answers).filter((id) => !known.has(id)),
  };
}
