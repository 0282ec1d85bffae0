import { describe, expect, it } from 'vitest';
import { rankPortfolio } from '../../../shared/typology/portfolio-rank';

describe('rankPortfolio', () => {
  it('puts the office in the top third when its portfolio reaches the value at rank ceil(n ÷ 3)', () => {
    // 6 offices with this one: cut-off rank 2, the 2nd largest is 12 m.
    expect(rankPortfolio(12e6, [20e6, 9e6, 5e6, 3e6, 1e6])).toEqual({ offices: 6, cutoffRank: 2, cutoff: 12e6, rank: 2, inTopThird: true });
    expect(rankPortfolio(9e6, [20e6, 12e6, 5e6, 3e6, 1e6])).toMatchObject({ cutoffRank: 2, cutoff: 12e6, rank: 3, inTopThird: false });
  });
  it('rounds the third up: 4 offices give a cut-off at rank 2, 7 at rank 3', () => {
    expect(rankPortfolio(5, [9, 1, 2])).toMatchObject({ offices: 4, cutoffRank: 2, cutoff: 5, inTopThird: true });
    expect(rankPortfolio(5, [9, 8, 7, 1, 2, 3])).toMatchObject({ offices: 7, cutoffRank: 3, cutoff: 7, rank: 4, inTopThird: false });
  });
  it('counts ties with the cut-off as in', () => {
    expect(rankPortfolio(8, [9, 8, 1, 1, 1])).toMatchObject({ cutoff: 8, rank: 2, inTopThird: true });
    expect(rankPortfolio(4, [4, 4, 4, 4, 4])).toMatchObject({ rank: 1, inTopThird: true });
  });
  it('ignores values that are not finite non-negative amounts', () => {
    expect(rankPortfolio(5, [Number.NaN, -1, Number.POSITIVE_INFINITY, 9, 1])).toMatchObject({ offices: 3, cutoffRank: 1, cutoff: 9, inTopThird: false });
  });
  it('puts an office compared with nobody in its own top third', () => {
    expect(rankPortfolio(1, [])).toMatchObject({ offices: 1, cutoffRank: 1, rank: 1, inTopThird: true });
  });
});
