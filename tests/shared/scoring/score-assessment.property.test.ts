import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Answers } from '../../../shared/assessment/answer';
import type { Framework, IndicatorInput, ScoringRule } from '../../../shared/framework/framework-schema';
import { validateFramework } from '../../../shared/framework/validate-framework';
import type { AssessmentScore } from '../../../shared/scoring/assessment-score';
import { measureOf } from '../../../shared/scoring/indicator-measure';
import { ruleScore } from '../../../shared/scoring/rule-score';
import { scoreAssessment } from '../../../shared/scoring/score-assessment';
import { answersArb, frameworkArb, inputAndRuleArb, valueArb } from '../../fixtures/scoring/arbitrary-answers';

const frameworkWithAnswers = frameworkArb.chain((framework) => answersArb(framework).map((answers) => ({ framework, answers })));

/** Every number anywhere in the result. */
function numbersIn(result: AssessmentScore): number[] {
  const found: number[] = [];
  JSON.stringify(result, (_key, value: unknown) => {
    if (typeof value === 'number') found.push(value);
    return value;
  });
  return found;
}

function scaleWeights(framework: Framework, indicatorFactor: number, perspectiveFactor: number): Framework {
  return {
    ...framework,
    perspectives: framework.perspectives.map((p) => ({
      ...p,
      weight: p.weight * perspectiveFactor,
      indicators: p.indicators.map((i) => ({ ...i, weight: i.weight * indicatorFactor })),
    })),
  };
}

describe('scoring properties', () => {
  it('generated frameworks are valid (the generators test what they claim to)', () => {
    fc.assert(
      fc.property(frameworkArb, (framework) => {
        expect(validateFramework(framework)).toMatchObject({ ok: true });
      }),
      { numRuns: 200 },
    );
  });

  it('every rule scores within 0–100 for any valid value', () => {
    const ruleWithValue = inputAndRuleArb.chain(({ input, scoring }) => valueArb(input).map((value) => ({ input, scoring, value })));
    fc.assert(
      fc.property(ruleWithValue, ({ input, scoring, value }) => {
        const score = ruleScore(scoring, input, value, measureOf(input, value));
        expect(score).not.toBeNull();
        expect(score).toBeGreaterThanOrEqual(0);
        expect(score).toBeLessThanOrEqual(100);
      }),
      { numRuns: 2000 },
    );
  });

  it('linear never moves against its direction', () => {
    const input: IndicatorInput = { type: 'number' };
    const finite = fc.double({ min: -1e4, max: 1e4, noNaN: true });
    fc.assert(
      fc.property(finite, finite, finite, finite, (zero, full, a, b) => {
        fc.pre(zero !== full);
        const rule: ScoringRule = { rule: 'linear', zero, full };
        const [low, high] = a <= b ? [a, b] : [b, a];
        const atLow = ruleScore(rule, input, low, low) ?? NaN;
        const atHigh = ruleScore(rule, input, high, high) ?? NaN;
        if (full > zero) expect(atHigh).toBeGreaterThanOrEqual(atLow);
        else expect(atHigh).toBeLessThanOrEqual(atLow);
      }),
      { numRuns: 2000 },
    );
  });

  it('every score is within 0–100, coverage within 0–1, and no number is NaN or infinite', () => {
    fc.assert(
      fc.property(frameworkWithAnswers, ({ framework, answers }) => {
        const result = scoreAssessment(framework, answers);
        for (const n of numbersIn(result)) expect(Number.isFinite(n)).toBe(true);
        const scores = [
          ...result.indicators.flatMap((i) => [i.score, i.rawScore]),
          ...result.perspectives.flatMap((p) => [p.score, p.partialScore]),
          result.overall.score,
          result.overall.partialScore,
        ].filter((s): s is number => s !== null);
        for (const s of scores) expect(s >= 0 && s <= 100).toBe(true);
        for (const c of [...result.perspectives.map((p) => p.coverage), result.overall.coverage]) expect(c >= 0 && c <= 1 + 1e-12).toBe(true);
        for (const i of result.indicators) expect(i.status === 'scored').toBe(i.score !== null);
      }),
      { numRuns: 500 },
    );
  });

  it('blank, not applicable and unknown never produce NaN, whatever mix', () => {
    const onlyMissing = frameworkArb.chain((framework) =>
      fc
        .tuple(...framework.perspectives.flatMap((p) => p.indicators).map(() => fc.constantFrom('blank', 'not_applicable', 'unknown')))
        .map((states) => {
          const answers: Answers = {};
          framework.perspectives.flatMap((p) => p.indicators).forEach((indicator, i) => {
            const state = states[i];
            if (state === 'not_applicable' || state === 'unknown') answers[indicator.id] = { state };
          });
          return { framework, answers };
        }),
    );
    fc.assert(
      fc.property(onlyMissing, ({ framework, answers }) => {
        const result = scoreAssessment(framework, answers);
        for (const n of numbersIn(result)) expect(Number.isNaN(n)).toBe(false);
        expect(result.overall).toMatchObject({ score: null, band: 'insufficient_data', coverage: 0 });
      }),
      { numRuns: 300 },
    );
  });

  it('scaling all indicator weights or all perspective weights by a positive constant changes no score', () => {
    const factor = fc.constantFrom(0.25, 0.5, 2, 3, 7, 10, 1000);
    fc.assert(
      fc.property(frameworkWithAnswers, factor, factor, ({ framework, answers }, indicatorFactor, perspectiveFactor) => {
        const base = scoreAssessment(framework, answers);
        const scaled = scoreAssessment(scaleWeights(framework, indicatorFactor, perspectiveFactor), answers);
        expect(scaled.indicators.map((i) => [i.score, i.band])).toEqual(base.indicators.map((i) => [i.score, i.band]));
        expect(scaled.perspectives.map((p) => [p.score, p.partialScore, p.band])).toEqual(base.perspectives.map((p) => [p.score, p.partialScore, p.band]));
        expect([scaled.overall.score, scaled.overall.band]).toEqual([base.overall.score, base.overall.band]);
        scaled.perspectives.forEach((p, i) => expect(p.coverage).toBeCloseTo(base.perspectives[i]?.coverage ?? NaN, 12));
        expect(scaled.overall.coverage).toBeCloseTo(base.overall.coverage, 12);
      }),
      { numRuns: 500 },
    );
  });

  it("a perspective's contributions add up to its score", () => {
    fc.assert(
      fc.property(frameworkWithAnswers, ({ framework, answers }) => {
        const result = scoreAssessment(framework, answers);
        for (const p of result.perspectives) {
          if (p.partialScore === null) continue;
          const sum = result.indicators.filter((i) => i.perspectiveId === p.perspectiveId).reduce((acc, i) => acc + (i.contribution ?? 0), 0);
          expect(Math.abs(sum - p.partialScore)).toBeLessThanOrEqual(0.05 + 1e-9);
        }
      }),
      { numRuns: 300 },
    );
  });
});
