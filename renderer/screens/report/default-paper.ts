import type { Paper } from '../../../shared/reports/report-input';

/**
 * Where US Letter is the office paper (CLDR's paper-size data: the United States, Canada, Mexico,
 * the Philippines and a few Central and South American countries); A4 everywhere else, the UN's
 * own size. Only the default: the screen lets anyone choose.
 */
const LETTER_REGIONS = new Set(['US', 'CA', 'MX', 'PH', 'PR', 'BZ', 'CL', 'CO', 'CR', 'GT', 'NI', 'PA', 'SV', 'VE']);

/**
 * The paper for the user's first preferred locale (navigator.languages): Letter for "en-US" or
 * "es-MX", A4 for "fr-FR", "en-GB" — and for a language without a country ("en", "ar"), where
 * guessing a country would be guessing the paper.
 */
export function defaultPaper(locales: readonly string[]): Paper {
  const first = locales[0];
  if (!first) return 'a4';
  let region: string | undefined;
  try {
    region = new Intl.Locale(first).region;
  } catch {
    return 'a4';
  }
  return region !== undefined && LETTER_REGIONS.has(region) ? 'letter' : 'a4';
}
