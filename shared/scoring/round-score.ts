/**
 * Rounding used everywhere a score is shown or compared with a band (docs/scoring.md,
 * "Rounding"). Done in one place so the screen, the printed report and a person with a
 * calculator agree to the last digit.
 */

/**
 * Rounds half away from zero to `decimals` places. Binary floating point stores 62.45 as
 * 62.4499999…, so the value is first cut to 9 significant decimals: a score that is exactly
 * on a half in decimal arithmetic rounds the way a calculator rounds it.
 */
export function roundHalfAwayFromZero(value: number, decimals = 1): number {
  if (!Number.isFinite(value)) return value;
  const factor = 10 ** decimals;
  const scaled = Number((Math.abs(value) * factor).toFixed(9));
  const rounded = Math.round(scaled) / factor;
  return value < 0 && rounded !== 0 ? -rounded : rounded;
}

/** Scores (indicator, perspective, overall) are kept to one decimal. */
export function roundScore(value: number): number {
  return roundHalfAwayFromZero(value, 1);
}
