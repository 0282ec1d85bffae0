import { z } from 'zod';

/**
 * The largest magnitude an indicator value or a framework number may have: a trillion. No field
 * office has a budget, a head count or a ratio near it, every number up to it is an exact
 * integer in a double (far below Number.MAX_SAFE_INTEGER, 2^53 − 1), and sums and weighted
 * means of a few hundred of them stay exact enough and finite. Above it a value is a typing
 * slip (1.79e308) or an attempt to break something, not data (docs/data-model.md, "Text and numbers").
 */
export const NUMBER_LIMIT = 1e12;

/** A finite number within ±NUMBER_LIMIT. */
export function boundedNumber() {
  return z
    .number()
    .finite()
    .min(-NUMBER_LIMIT, 'must be at least -1,000,000,000,000')
    .max(NUMBER_LIMIT, 'must be at most 1,000,000,000,000');
}
