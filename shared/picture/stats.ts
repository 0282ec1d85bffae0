import type { Stats } from './picture-types';

/**
 * The statistics of the hub's picture, chosen so that a hub officer can check every number in a
 * spreadsheet: quartiles by linear interpolation between closest ranks — Excel's QUARTILE.INC
 * and PERCENTILE.INC, LibreOffice's QUARTILE, R's default (type 7), numpy's default — and the
 * median of an even count as the mean of the two middle values. Nothing is rounded here.
 */

/** The p-quantile (0 ≤ p ≤ 1) of values sorted ascending, type 7: x[h] interpolated at h = (n − 1)·p. */
export function quantileOfSorted(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) throw new RangeError('no values');
  const h = (sorted.length - 1) * p;
  const low = Math.floor(h);
  const high = Math.min(low + 1, sorted.length - 1);
  const fraction = h - low;
  const lower = sorted[low]!;
  const upper = sorted[high]!;
  if (fraction === 0) return lower;
  // Kept between its neighbours: floating-point rounding of the product must not step past one.
  return Math.min(upper, Math.max(lower, lower + fraction * (upper - lower)));
}

/** The median of values sorted ascending; for an even count exactly (a + b) ÷ 2, as a person computes it. */
export function medianOfSorted(sorted: readonly number[]): number {
  if (sorted.length === 0) throw new RangeError('no values');
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** The finite numbers among the values, ascending: null (no score) and anything not finite are left out. */
export function scoresAscending(values: Iterable<number | null | undefined>): number[] {
  const scores: number[] = [];
  for (const value of values) if (typeof value === 'number' && Number.isFinite(value)) scores.push(value);
  return scores.sort((a, b) => a - b);
}

/** Five-number summary of the scores among the values; null when there is none. */
export function statsOf(values: Iterable<number | null | undefined>): Stats | null {
  const sorted = scoresAscending(values);
  if (sorted.length === 0) return null;
  return {
    n: sorted.length,
    min: sorted[0]!,
    q1: quantileOfSorted(sorted, 0.25),
    median: medianOfSorted(sorted),
    q3: quantileOfSorted(sorted, 0.75),
    max: sorted[sorted.length - 1]!,
  };
}

/** The median of the scores among the values; null when there is none. */
export function medianOf(values: Iterable<number | null | undefined>): number | null {
  const sorted = scoresAscending(values);
  return sorted.length === 0 ? null : medianOfSorted(sorted);
}

/**
 * Tukey's fences: a value below q1 − 1.5 × IQR or above q3 + 1.5 × IQR is an outlier (what a
 * box plot draws as a dot). A value on a fence is not one.
 */
export function isOutlier(value: number, stats: Stats): boolean {
  const spread = 1.5 * (stats.q3 - stats.q1);
  return value < stats.q1 - spread || value > stats.q3 + spread;
}
