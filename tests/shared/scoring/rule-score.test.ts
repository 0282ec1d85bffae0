import { describe, expect, it } from 'vitest';
import type { IndicatorInput, ScoringRule } from '../../../shared/framework/framework-schema';
import { measureOf } from '../../../shared/scoring/indicator-measure';
import { ruleScore } from '../../../shared/scoring/rule-score';

const percent: IndicatorInput = { type: 'percent' };
const score = (rule: ScoringRule, value: unknown, input: IndicatorInput = percent) => ruleScore(rule, input, value, measureOf(input, value));

describe('linear', () => {
  const rising: ScoringRule = { rule: 'linear', zero: 40, full: 70 };
  it('scores 0 at zero, 100 at full, a straight line between', () => {
    expect(score(rising, 40)).toBe(0);
    expect(score(rising, 70)).toBe(100);
    expect(score(rising, 55)).toBe(50);
    expect(score(rising, 49)).toBeCloseTo(30, 10);
  });
  it('clamps outside the line', () => {
    expect(score(rising, 10)).toBe(0);
    expect(score(rising, 95)).toBe(100);
  });
  it('falls when zero > full (lower is better)', () => {
    const falling: ScoringRule = { rule: 'linear', zero: 40, full: 10 };
    expect(score(falling, 40)).toBe(0);
    expect(score(falling, 10)).toBe(100);
    expect(score(falling, 22)).toBe(60);
    expect(score(falling, 5)).toBe(100);
    expect(score(falling, 60)).toBe(0);
  });
  it('reads the count of a multichoice', () => {
    const input: IndicatorInput = { type: 'multichoice', options: ['a', 'b', 'c', 'd'].map((id) => ({ id, label: { en: id } })) };
    expect(score({ rule: 'linear', zero: 0, full: 4 }, ['a', 'c', 'd'], input)).toBe(75);
    expect(score({ rule: 'linear', zero: 0, full: 4 }, [], input)).toBe(0);
  });
  it('stays total when zero = full (rejected by validation, but never NaN)', () => {
    expect(score({ rule: 'linear', zero: 5, full: 5 }, 5)).toBe(100);
    expect(score({ rule: 'linear', zero: 5, full: 5 }, 4)).toBe(0);
  });
});

describe('shortfall', () => {
  it('below: 100 at or above target, k points per point short, floor 0', () => {
    const rule: ScoringRule = { rule: 'shortfall', target: 100, perPoint: 2, penalise: 'below' };
    expect(score(rule, 100)).toBe(100);
    expect(score(rule, 120, { type: 'percent', max: 200 })).toBe(100);
    expect(score(rule, 93)).toBe(86);
    expect(score(rule, 50)).toBe(0);
    expect(score(rule, 0)).toBe(0);
  });
  it('above: 100 at or below target, k points per point above (vacancy rate)', () => {
    const rule: ScoringRule = { rule: 'shortfall', target: 15, perPoint: 2, penalise: 'above' };
    expect(score(rule, 0)).toBe(100);
    expect(score(rule, 15)).toBe(100);
    expect(score(rule, 22)).toBe(86);
    expect(score(rule, 80)).toBe(0);
  });
  it('both: k points per point away from the target in either direction', () => {
    const rule: ScoringRule = { rule: 'shortfall', target: 50, perPoint: 1.5, penalise: 'both' };
    expect(score(rule, 50)).toBe(100);
    expect(score(rule, 44)).toBe(91);
    expect(score(rule, 56)).toBe(91);
    expect(score(rule, 0)).toBe(25);
    expect(score(rule, 100)).toBe(25);
  });
});

describe('steps', () => {
  const rule: ScoringRule = { rule: 'steps', steps: [{ atLeast: 0, score: 100 }, { atLeast: 1, score: 60 }, { atLeast: 2, score: 30 }] };
  const input: IndicatorInput = { type: 'number', min: 0, integer: true };
  it('takes the score of the last step reached', () => {
    expect(score(rule, 0, input)).toBe(100);
    expect(score(rule, 1, input)).toBe(60);
    expect(score(rule, 2, input)).toBe(30);
    expect(score(rule, 9, input)).toBe(30);
  });
  it("gives the first step's score below the first threshold", () => {
    const rising: ScoringRule = { rule: 'steps', steps: [{ atLeast: 1, score: 70 }, { atLeast: 2, score: 100 }] };
    expect(score(rising, 0, { type: 'number' })).toBe(70);
    expect(score(rising, -3, { type: 'number' })).toBe(70);
  });
  it('reads steps in ascending order even if given unsorted', () => {
    const unsorted: ScoringRule = { rule: 'steps', steps: [{ atLeast: 2, score: 100 }, { atLeast: 0, score: 0 }, { atLeast: 1, score: 70 }] };
    expect(score(unsorted, 1, input)).toBe(70);
  });
});

describe('scale, yes/no, choice', () => {
  it('scale: (x − min) ÷ (max − min) × 100', () => {
    const input: IndicatorInput = { type: 'scale', min: 1, max: 5 };
    expect([1, 2, 3, 4, 5].map((x) => score({ rule: 'scale' }, x, input))).toEqual([0, 25, 50, 75, 100]);
    expect(score({ rule: 'scale' }, 3, { type: 'scale', min: 0, max: 10 })).toBe(30);
  });
  it('yes/no: 100 / 0', () => {
    expect(score({ rule: 'yesno' }, true, { type: 'yesno' })).toBe(100);
    expect(score({ rule: 'yesno' }, false, { type: 'yesno' })).toBe(0);
  });
  it('choice: the score of the chosen option', () => {
    const input: IndicatorInput = { type: 'choice', options: ['filled', 'interim', 'vacant'].map((id) => ({ id, label: { en: id } })) };
    const rule: ScoringRule = { rule: 'choice', scores: { filled: 100, interim: 60, vacant: 0 } };
    expect(score(rule, 'filled', input)).toBe(100);
    expect(score(rule, 'interim', input)).toBe(60);
    expect(score(rule, 'vacant', input)).toBe(0);
    expect(score(rule, 'toString', input)).toBeNull();
  });
  it('context is not scored; a rule that cannot read the input gives null', () => {
    expect(score({ rule: 'context' }, 5)).toBeNull();
    expect(score({ rule: 'scale' }, 3, percent)).toBeNull();
    expect(score({ rule: 'yesno' }, 1, percent)).toBeNull();
  });
});

describe('measureOf', () => {
  it('gives the number the rule reads', () => {
    expect(measureOf(percent, 42.5)).toBe(42.5);
    expect(measureOf({ type: 'yesno' }, true)).toBe(1);
    expect(measureOf({ type: 'yesno' }, false)).toBe(0);
    expect(measureOf({ type: 'countries' }, [{ code: 'KEN', resident: true }, { code: 'UGA', resident: false }])).toBe(2);
    expect(measureOf({ type: 'choice', options: [] }, 'a')).toBeNull();
  });
});
