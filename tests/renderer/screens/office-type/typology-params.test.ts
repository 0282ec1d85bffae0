import { describe, expect, it } from 'vitest';
import { typologyParams as formatted } from '../../../../renderer/screens/office-type/typology-params';

/** Intl separates thousands and "$US" with no-break spaces; compared here as plain spaces. */
const typologyParams = (...args: Parameters<typeof formatted>) =>
  Object.fromEntries(Object.entries(formatted(...args)).map(([name, value]) => [name, value.replace(/\s/g, ' ')]));

describe('typologyParams', () => {
  it('writes amounts as US dollars, shares as percentages and counts as integers, in the reader’s language', () => {
    expect(typologyParams('typology.condition.portfolio_top_third', { portfolio: 12_000_000, cutoff: 20_000_000.5, rank: 3, cutoffRank: 2, offices: 4 }, 'en')).toEqual({
      portfolio: '$12,000,000',
      cutoff: '$20,000,000.5',
      rank: '3',
      cutoffRank: '2',
      offices: '4',
    });
    expect(typologyParams('typology.condition.portfolio_at_least', { portfolio: 8_400_000, threshold: 10_000_000 }, 'fr')).toEqual({
      portfolio: '8 400 000 $US',
      threshold: '10 000 000 $US',
    });
    expect(typologyParams('typology.condition.countries_at_least', { countries: 5, threshold: 4 }, 'en')).toEqual({ countries: '5', threshold: '4' });
    expect(typologyParams('typology.review.host_pays_most', { share: 80, threshold: 75 }, 'en')).toEqual({ share: '80%', threshold: '75%' });
    // Arabic: Latin digits, each amount one left-to-right block (U+2066…U+2069) so it is not reordered in right-to-left text.
    expect(typologyParams('typology.condition.host_delivery_at_least', { hostDelivery: 2_600_000, threshold: 2_000_000 }, 'ar')).toEqual({
      hostDelivery: '\u20662,600,000 US$\u2069',
      threshold: '\u20662,000,000 US$\u2069',
    });
  });

  it('keeps text parameters as they are', () => {
    expect(typologyParams('typology.condition.missing', { input: 'portfolio', indicator: 'P4.6' }, 'zh')).toEqual({ input: 'portfolio', indicator: 'P4.6' });
  });
});
