/**
 * Coverage: the share of scored weight that has data (framework-v1.md, "Weights").
 * docs/scoring.md, "Coverage and insufficient data".
 */

/** Sums of float weights (0.1 + 0.2 …) miss an exact half by ~1e-16; that must not flip a perspective to insufficient. */
const COVERAGE_TOLERANCE = 1e-9;

/** A perspective or the total is "insufficient data" when its coverage is below the framework's minCoverage. */
export function isSufficient(coverage: number, minCoverage: number): boolean {
  return coverage >= minCoverage - COVERAGE_TOLERANCE;
}

/**
 * Coverage is a fraction 0–1; it is shown as a whole percent rounded DOWN, so a perspective
 * at 49.6 % never reads "50 %" while being insufficient against a 50 % minimum.
 */
export function coveragePercent(coverage: number): number {
  if (!Number.isFinite(coverage) || coverage <= 0) return 0;
  return Math.min(100, Math.floor(Number((coverage * 100).toFixed(9))));
}
