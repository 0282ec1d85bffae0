import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { answerSchema } from '../../../shared/assessment/answer';
import { indicatorInputSchema, scoringRuleSchema } from '../../../shared/framework/framework-schema';
import { boundedNumber, NUMBER_LIMIT } from '../../../shared/numbers/number-bounds';

describe('boundedNumber', () => {
  it('accepts finite numbers within ±1e12 and refuses the rest with the bound in words', () => {
    const schema = boundedNumber();
    for (const value of [0, -0, 1e12, -1e12, 0.1, 999_999_999_999.5]) expect(schema.safeParse(value).success, String(value)).toBe(true);
    for (const value of [1.79e308, -1.79e308, 1e12 + 1, 2 ** 53 + 1, Number.MAX_VALUE, Infinity, -Infinity, NaN]) {
      expect(schema.safeParse(value).success, String(value)).toBe(false);
    }
    expect(schema.safeParse(1.79e308).error?.issues[0]?.message).toBe('must be at most 1,000,000,000,000');
  });

  it('property: every bounded number is an exactly representable magnitude below 2^53', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true }), (value) => {
        const inside = Math.abs(value) <= NUMBER_LIMIT;
        expect(boundedNumber().safeParse(value).success).toBe(inside);
        if (inside && Number.isInteger(value)) expect(Number.isSafeInteger(value)).toBe(true);
      }),
    );
  });

  it('bounds answer values and every free number of a framework', () => {
    expect(answerSchema.safeParse({ state: 'answered', value: 1.79e308 }).error?.issues[0]?.path).toEqual(['value']);
    expect(answerSchema.safeParse({ state: 'answered', value: 2 ** 53 + 1 }).success).toBe(false);
    expect(indicatorInputSchema.safeParse({ type: 'number', max: 1e308 }).success).toBe(false);
    expect(indicatorInputSchema.safeParse({ type: 'money', currency: 'USD', min: -1e13 }).success).toBe(false);
    expect(indicatorInputSchema.safeParse({ type: 'scale', min: 1, max: 2 ** 53 + 1 }).success).toBe(false);
    expect(scoringRuleSchema.safeParse({ rule: 'linear', zero: 0, full: 1e300 }).success).toBe(false);
    expect(scoringRuleSchema.safeParse({ rule: 'shortfall', target: 1, perPoint: 1e13, penalise: 'below' }).success).toBe(false);
    expect(scoringRuleSchema.safeParse({ rule: 'steps', steps: [{ atLeast: -1e308, score: 0 }] }).success).toBe(false);
  });
});
