import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isOutlier, medianOf, quantileOfSorted, statsOf } from '../../../shared/picture/stats';

describe('statsOf: five numbers a spreadsheet gives too', () => {
  it('no score: null (nulls and non-finite values are not scores)', () => {
    expect(statsOf([])).toBeNull();
    expect(statsOf([null, null, undefined, Number.NaN, Number.POSITIVE_INFINITY])).toBeNull();
    expect(medianOf([null])).toBeNull();
  });

  it('one value: every number is that value', () => {
    expect(statsOf([null, 62.4])).toEqual({ n: 1, min: 62.4, q1: 62.4, median: 62.4, q3: 62.4, max: 62.4 });
  });

  it('odd count: quartiles fall on values (numpy.percentile([15, 20, 35, 40, 50], [25, 50, 75]) = 20, 35, 40)', () => {
    expect(statsOf([50, 15, 40, 20, 35])).toEqual({ n: 5, min: 15, q1: 20, median: 35, q3: 40, max: 50 });
  });

  it('even count: median the mean of the two middle values, quartiles interpolated (Excel QUARTILE.INC of 1…10 = 3.25 and 7.75)', () => {
    expect(statsOf([10, 9, 8, 7, 6, 5, 4, 3, 2, 1])).toEqual({ n: 10, min: 1, q1: 3.25, median: 5.5, q3: 7.75, max: 10 });
    // 10, 20, 30, 40 with a blank among them: h = 0.75 → 17.5; h = 2.25 → 32.5.
    expect(statsOf([40, null, 10, 30, 20])).toEqual({ n: 4, min: 10, q1: 17.5, median: 25, q3: 32.5, max: 40 });
  });

  it('ties: 5, 5, 5, 10 gives q1 5, median 5, q3 6.25', () => {
    expect(statsOf([5, 10, 5, 5])).toEqual({ n: 4, min: 5, q1: 5, median: 5, q3: 6.25, max: 10 });
  });

  it('the median of two one-decimal scores is exactly their mean as a person computes it', () => {
    expect(medianOf([60.1, 65.3])).toBe((60.1 + 65.3) / 2);
  });

  it('quantileOfSorted at the ends is the minimum and the maximum; it refuses an empty list', () => {
    expect(quantileOfSorted([1, 2, 3], 0)).toBe(1);
    expect(quantileOfSorted([1, 2, 3], 1)).toBe(3);
    expect(() => quantileOfSorted([], 0.5)).toThrow(RangeError);
  });
});

describe('outliers: beyond 1.5 × IQR from the quartiles', () => {
  it('flags the far value, not the one on the fence', () => {
    const stats = statsOf([1, 2, 3, 4, 100])!; // q1 2, q3 4, IQR 2: fences −1 and 7
    expect(stats).toMatchObject({ q1: 2, q3: 4 });
    expect(isOutlier(100, stats)).toBe(true);
    expect(isOutlier(7, stats)).toBe(false);
    expect(isOutlier(7.1, stats)).toBe(true);
    expect(isOutlier(-1, stats)).toBe(false);
    expect(isOutlier(-1.1, stats)).toBe(true);
  });
});

/** An independent reading of R's type 7 with 1-based ranks: Q(p) = x[j] + g (x[j+1] − x[j]), j = ⌊(n − 1)p⌋ + 1. */
function type7(sorted: number[], p: number): number {
  const position = 1 + (sorted.length - 1) * p;
  const j = Math.floor(position);
  const g = position - j;
  return j >= sorted.length ? sorted[sorted.length - 1]! : sorted[j - 1]! + g * (sorted[j]! - sorted[j - 1]!);
}

describe('statsOf: properties', () => {
  const scores = fc.array(fc.oneof(fc.integer({ min: 0, max: 1000 }).map((tenths) => tenths / 10), fc.constant(null)), { maxLength: 60 });
  const doubles = fc.array(fc.double({ min: -1e9, max: 1e9, noNaN: true }), { minLength: 1, maxLength: 40 });

  it('min ≤ q1 ≤ median ≤ q3 ≤ max, n counts the scores, min and max are the extremes', () => {
    for (const arbitrary of [scores, doubles]) {
      fc.assert(
        fc.property(arbitrary, (values) => {
          const numbers = values.filter((value): value is number => value !== null);
          const stats = statsOf(values);
          if (numbers.length === 0) return stats === null;
          return (
            stats !== null &&
            stats.n === numbers.length &&
            stats.min === Math.min(...numbers) &&
            stats.max === Math.max(...numbers) &&
            stats.min <= stats.q1 &&
            stats.q1 <= stats.median &&
            stats.median <= stats.q3 &&
            stats.q3 <= stats.max
          );
        }),
      );
    }
  });

  it('does not depend on the order of the values', () => {
    fc.assert(
      fc.property(scores, fc.integer(), (values, seed) => {
        const shuffled = [...values];
        // A Fisher–Yates shuffle driven by the seed.
        let state = seed >>> 0;
        for (let index = shuffled.length - 1; index > 0; index -= 1) {
          state = (state * 1664525 + 1013904223) >>> 0;
          const other = state % (index + 1);
          [shuffled[index], shuffled[other]] = [shuffled[other]!, shuffled[index]!];
        }
        expect(statsOf(shuffled)).toEqual(statsOf(values));
        expect(statsOf([...values].reverse())).toEqual(statsOf(values));
      }),
    );
  });

  it('quartiles equal an independent type-7 reading, the median the middle value or the mean of the two', () => {
    fc.assert(
      fc.property(scores, (values) => {
        const sorted = values.filter((value): value is number => value !== null).sort((a, b) => a - b);
        const stats = statsOf(values);
        if (sorted.length === 0) return;
        const middle = sorted.length / 2;
        const median = sorted.length % 2 === 1 ? sorted[Math.floor(middle)]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
        expect(stats!.median).toBe(median);
        expect(stats!.q1).toBeCloseTo(type7(sorted, 0.25), 9);
        expect(stats!.q3).toBeCloseTo(type7(sorted, 0.75), 9);
      }),
    );
  });
});
