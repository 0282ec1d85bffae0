import type { BandThresholds } from '../framework/framework-schema';

export const BANDS = ['green', 'amber', 'red'] as const;
export type Band = (typeof BANDS)[number];

/** A perspective or the total below the framework's minCoverage gets no colour. */
export type AggregateBand = Band | 'insufficient_data';

/** Decided on the rounded score, so the colour always matches the number printed beside it. */
export function bandOf(roundedScore: number, thresholds: BandThresholds): Band {
  if (roundedScore >= thresholds.green) return 'green';
  if (roundedScore >= thresholds.amber) return 'amber';
  return 'red';
}
