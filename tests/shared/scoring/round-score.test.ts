import { describe, expect, it } from 'vitest';
import { coveragePercent, isSufficient } from '../../../shared/scoring/coverage';
import { roundHalfAwayFromZero, roundScore } from '../../../shared/scoring/round-score';

describe('roundScore', () => {
  it('rounds half away from zero to one decimal', () => {
    expect(roundScore(62.25)).toBe(62.3);
    expect(roundScore(62.24)).toBe(62.2);
    expect(roundScore(-62.25)).toBe(-62.3);
    expect(roundScore(0.05)).toBe(0.1);
    expect(roundScore(100)).toBe(100);
  });
  it('rounds a decimal half the way a calculator does despite binary floating point', () => {
    // shortfall(3) at 81.35 % is 100 − 3 × 18.65 = 44.05 on paper, 44.04999999999998 in binary.
    const shortfall = 100 - 3 * (100 - 81.35);
    expect(shortfall).toBeLessThan(44.05);
    expect(roundScore(shortfall)).toBe(44.1);
    expect(roundScore(62.45)).toBe(62.5);
    // 1.005 × 100 is 100.49999999999999.
    expect(roundHalfAwayFromZero(1.005, 2)).toBe(1.01);
    expect(roundScore((100 * 2) / 3)).toBe(66.7);
    expect(roundHalfAwayFromZero(2.5, 0)).toBe(3);
    expect(roundHalfAwayFromZero(-2.5, 0)).toBe(-3);
  });
});

describe('coverage', () => {
  it('is sufficient at the minimum, with tolerance for float sums', () => {
    expect(isSufficient(0.5, 0.5)).toBe(true);
    expect(isSufficient((0.1 + 0.2) / 0.6, 0.5)).toBe(true);
    expect(isSufficient(0.4999, 0.5)).toBe(false);
  });
  it('is shown as a whole percent rounded down', () => {
    expect(coveragePercent(0.496)).toBe(49);
    expect(coveragePercent(0.5)).toBe(50);
    expect(coveragePercent(0.7)).toBe(70);
    expect(coveragePercent(1)).toBe(100);
    expect(coveragePercent(0)).toBe(0);
  });
});
