import { describe, expect, it } from 'vitest';
import type { Answer, Answers } from '../../../shared/assessment/answer';
import { scoreAssessment } from '../../../shared/scoring/score-assessment';
import { framework, indicator, linear, percent, percentFramework, perspective, yesno } from '../../fixtures/scoring/test-framework';

const answered = (value: Answer & { state: 'answered' } extends { value: infer V } ? V : never, justification?: string): Answer =>
  justification === undefined ? { state: 'answered', value } : { state: 'answered', value, justification };

describe('scoreAssessment: empty and missing answers', () => {
  it('scores nothing, and produces no NaN, when nothing is answered', () => {
    const result = scoreAssessment(percentFramework(3), {});
    expect(result.indicators.map((i) => i.status)).toEqual(['blank', 'blank', 'blank']);
    expect(result.perspectives[0]).toMatchObject({ score: null, band: 'insufficient_data', coverage: 0, answeredWeight: 0, totalWeight: 3 });
    expect(result.overall).toMatchObject({ score: null, band: 'insufficient_data', coverage: 0, includedWeight: 0, totalWeight: 1 });
    expect(JSON.stringify(result)).not.toMatch(/NaN|null,"contribution":\d/);
  });

  it('drops not applicable, unknown and blank out of the mean and counts them as weight without data', () => {
    const answers: Answers = { 'A.1': answered(80), 'A.2': answered(60), 'A.3': { state: 'not_applicable' }, 'A.4': { state: 'unknown' } };
    const result = scoreAssessment(percentFramework(5), answers);
    expect(result.indicators.map((i) => i.status)).toEqual(['scored', 'scored', 'not_applicable', 'unknown', 'blank']);
    expect(result.perspectives[0]).toMatchObject({ score: null, partialScore: 70, answeredWeight: 2, totalWeight: 5, coverage: 0.4, band: 'insufficient_data' });
    expect(result.overall).toMatchObject({ score: null, partialScore: null, band: 'insufficient_data', coverage: 0.4 });
  });

  it('is sufficient at exactly the minimum coverage', () => {
    const result = scoreAssessment(percentFramework(4), { 'A.1': answered(90), 'A.2': answered(70) });
    expect(result.perspectives[0]).toMatchObject({ coverage: 0.5, score: 80, band: 'green' });
    expect(result.overall).toMatchObject({ score: 80, band: 'green', coverage: 0.5 });
  });
});

describe('scoreAssessment: weights, rounding and contributions', () => {
  const fw = framework([
    perspective('A', 1, [
      indicator('A.1', percent, linear(0, 100), { weight: 1 }),
      indicator('A.2', percent, linear(0, 100), { weight: 3 }),
      indicator('A.3', percent, linear(0, 30), { weight: 2 }),
    ]),
  ]);

  it('takes the weighted mean of the rounded indicator scores', () => {
    // A.1: 50.05 → 50.1; A.3: 10 ÷ 30 × 100 = 33.333… → 33.3; mean (1×50.1 + 3×70 + 2×33.3) ÷ 6 = 326.7 ÷ 6 = 54.45 → 54.5
    const result = scoreAssessment(fw, { 'A.1': answered(50.05), 'A.2': answered(70), 'A.3': answered(10) });
    const [a1, a2, a3] = result.indicators;
    expect(a1).toMatchObject({ rawScore: 50.05, score: 50.1, measure: 50.05, weightShare: 1 / 6 });
    expect(a2).toMatchObject({ score: 70, weightShare: 0.5 });
    expect(a3?.rawScore).toBeCloseTo(33.3333333, 6);
    expect(a3?.score).toBe(33.3);
    expect(result.perspectives[0]?.score).toBe(54.5);
    const contributions = result.indicators.map((i) => i.contribution ?? 0);
    expect(contributions.reduce((a, b) => a + b, 0)).toBeCloseTo((50.1 + 3 * 70 + 2 * 33.3) / 6, 10);
    expect(a2?.contribution).toBeCloseTo(35, 10);
  });

  it('divides contributions by the answered weight only', () => {
    const result = scoreAssessment(fw, { 'A.2': answered(70), 'A.3': answered(30) });
    expect(result.indicators.map((i) => i.contribution)).toEqual([null, 42, 40]);
    expect(result.perspectives[0]).toMatchObject({ score: 82, answeredWeight: 5, coverage: 5 / 6 });
  });

  it('weights perspectives in the total and drops insufficient ones from the mean', () => {
    const two = framework([
      perspective('A', 15, [indicator('A.1', percent, linear(0, 100)), indicator('A.2', percent, linear(0, 100))]),
      perspective('B', 25, [indicator('B.1', percent, linear(0, 100)), indicator('B.2', percent, linear(0, 100))]),
      perspective('C', 10, [indicator('C.1', percent, linear(0, 100)), indicator('C.2', percent, linear(0, 100)), indicator('C.3', percent, linear(0, 100))]),
    ]);
    const answers: Answers = { 'A.1': answered(90), 'A.2': answered(70), 'B.1': answered(50), 'C.1': answered(100) };
    const result = scoreAssessment(two, answers);
    expect(result.perspectives.map((p) => p.score)).toEqual([80, 50, null]);
    expect(result.perspectives[2]?.partialScore).toBe(100);
    expect(result.perspectives.map((p) => p.band)).toEqual(['green', 'red', 'insufficient_data']);
    // Mean over A and B only: (15×80 + 25×50) ÷ 40 = 61.25 → 61.3
    expect(result.overall.score).toBe(61.3);
    expect(result.overall.band).toBe('amber');
    expect(result.overall.includedWeight).toBe(40);
    // Coverage: (15×1 + 25×0.5 + 10×⅓) ÷ 50
    expect(result.overall.coverage).toBeCloseTo((15 + 12.5 + 10 / 3) / 50, 12);
    expect(result.perspectives.map((p) => p.weightShare)).toEqual([0.3, 0.5, 0.2]);
    expect(result.perspectives[0]?.contribution).toBe(30);
    expect(result.perspectives[2]?.contribution).toBeNull();
  });

  it('makes the total insufficient when its coverage is below the minimum', () => {
    const two = framework([
      perspective('A', 1, [indicator('A.1', percent, linear(0, 100))]),
      perspective('B', 3, [indicator('B.1', percent, linear(0, 100))]),
    ]);
    const result = scoreAssessment(two, { 'A.1': answered(90) });
    expect(result.perspectives[0]?.score).toBe(90);
    expect(result.overall).toMatchObject({ score: null, partialScore: 90, band: 'insufficient_data', coverage: 0.25 });
  });
});

describe('scoreAssessment: bands', () => {
  it('decides the band on the rounded score', () => {
    const result = scoreAssessment(percentFramework(3), { 'A.1': answered(84.96), 'A.2': answered(84.94), 'A.3': answered(69.95) });
    expect(result.indicators.map((i) => [i.score, i.band])).toEqual([[85, 'green'], [84.9, 'amber'], [70, 'amber']]);
  });
  it('uses an indicator band override', () => {
    const fw = framework([perspective('A', 1, [indicator('A.1', percent, linear(0, 100), { bands: { green: 95, amber: 90 } })])]);
    expect(scoreAssessment(fw, { 'A.1': answered(92) }).indicators[0]?.band).toBe('amber');
    expect(scoreAssessment(fw, { 'A.1': answered(89) }).indicators[0]?.band).toBe('red');
  });
  it('uses the aggregate bands for perspectives and the total', () => {
    const fw = percentFramework(1, { bands: { indicator: { green: 85, amber: 70 }, aggregate: { green: 50, amber: 40 } } });
    const result = scoreAssessment(fw, { 'A.1': answered(55) });
    expect(result.indicators[0]?.band).toBe('red');
    expect(result.perspectives[0]?.band).toBe('green');
    expect(result.overall.band).toBe('green');
  });
});

describe('scoreAssessment: invalid values, context indicators, unknown ids', () => {
  it('treats a value that does not fit the input as blank, and says why', () => {
    const result = scoreAssessment(percentFramework(2), { 'A.1': answered(150), 'A.2': answered('yes') });
    expect(result.indicators[0]).toMatchObject({ status: 'invalid', value: 150, score: null, contribution: null, problem: { messageKey: 'answers.out_of_range', params: { min: 0, max: 100 } } });
    expect(result.indicators[1]).toMatchObject({ status: 'invalid', problem: { messageKey: 'answers.not_a_number' } });
    expect(result.perspectives[0]).toMatchObject({ answeredWeight: 0, coverage: 0, score: null });
  });

  it('reports context indicators with their measure and keeps them out of weights', () => {
    const fw = framework([
      perspective('A', 1, [
        indicator('A.0', { type: 'countries' }, { rule: 'context' }),
        indicator('A.1', percent, linear(0, 100)),
        indicator('A.2', { type: 'money', currency: 'USD' }, { rule: 'context' }),
      ]),
    ]);
    const answers: Answers = { 'A.0': answered([{ code: 'KEN', resident: true }, { code: 'UGA', resident: false }]), 'A.1': answered(40) };
    const result = scoreAssessment(fw, answers);
    expect(result.indicators[0]).toMatchObject({ status: 'context', measure: 2, score: null, weight: 0, weightShare: 0, contribution: null });
    expect(result.indicators[2]).toMatchObject({ status: 'blank', weight: 0 });
    expect(result.perspectives[0]).toMatchObject({ totalWeight: 1, answeredWeight: 1, coverage: 1, score: 40 });
  });

  it('lists answers for ids the framework does not have, and ignores them', () => {
    const answers = JSON.parse('{"A.1": {"state":"answered","value":50}, "Z.9": {"state":"unknown"}, "__proto__": {"state":"unknown"}}') as Answers;
    const result = scoreAssessment(percentFramework(1), answers);
    expect(result.unknownAnswerIds.sort()).toEqual(['Z.9', '__proto__'].sort());
    expect(result.perspectives[0]?.score).toBe(50);
  });

  it('does not read inherited keys as answers', () => {
    const fw = framework([perspective('A', 1, [indicator('toString', percent, linear(0, 100)), indicator('A.1', percent, linear(0, 100))])]);
    const result = scoreAssessment(fw, { 'A.1': answered(10) });
    expect(result.indicators[0]?.status).toBe('blank');
  });
});

describe('scoreAssessment: justification of red scores', () => {
  const fw = framework([
    perspective('A', 1, [
      indicator('A.1', yesno, { rule: 'yesno' }),
      indicator('A.2', yesno, { rule: 'yesno' }),
      indicator('A.3', yesno, { rule: 'yesno' }),
      indicator('A.4', yesno, { rule: 'yesno' }, { justifyWhenRed: false }),
      indicator('A.5', yesno, { rule: 'yesno' }),
    ]),
  ]);

  it('needs a non-empty justification for a red indicator that asks for one', () => {
    const answers: Answers = {
      'A.1': answered(false),
      'A.2': answered(false, '   '),
      'A.3': answered(false, 'Post frozen by budget decision.'),
      'A.4': answered(false),
      'A.5': answered(true),
    };
    const result = scoreAssessment(fw, answers);
    expect(result.indicators.map((i) => i.needsJustification)).toEqual([true, true, false, false, false]);
    expect(result.redWithoutJustification).toEqual(['A.1', 'A.2']);
  });
});

describe('scoreAssessment: purity', () => {
  it('gives the same result twice and does not touch its inputs', () => {
    const fw = percentFramework(3);
    const answers: Answers = { 'A.1': answered(12.35), 'A.2': { state: 'unknown' } };
    const before = JSON.stringify([fw, answers]);
    expect(scoreAssessment(fw, answers)).toEqual(scoreAssessment(fw, answers));
    expect(JSON.stringify([fw, answers])).toBe(before);
  });
});
