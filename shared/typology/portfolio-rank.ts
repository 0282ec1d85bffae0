/**
 * "Top third of the offices being compared" (framework-v1.md, office-type rule 1), made exact
 * (docs/scoring.md, "Office-type recommendation"): the office itself joins the compared set;
 * with n offices sorted by portfolio, largest first, the cut-off is the portfolio at rank
 * ceil(n ÷ 3); the office is in the top third when its portfolio is at or above the cut-off
 * (ties with the cut-off are in).
 */
export interface PortfolioRank {
  /** Offices compared, the office itself included. */
  offices: number;
  /** ceil(offices ÷ 3). */
  cutoffRank: number;
  /** The portfolio at rank cutoffRank. */
  cutoff: number;
  /** 1 + the number of offices with a strictly larger portfolio. */
  rank: number;
  inTopThird: boolean;
}

/** `others`: the portfolios of the other offices compared (not this one). Values that are not finite and ≥ 0 are ignored. */
export function rankPortfolio(portfolio: number, others: readonly number[]): PortfolioRank {
  const all = [portfolio, ...others.filter((value) => Number.isFinite(value) && value >= 0)].sort((a, b) => b - a);
  const cutoffRank = Math.ceil(all.length / 3);
  const cutoff = all[cutoffRank - 1] ?? portfolio;
  const rank = 1 + all.filter((value) => value > portfolio).length;
  return { offices: all.length, cutoffRank, cutoff, rank, inTopThird: portfolio >= cutoff };
}
