import { describe, expect, it } from 'vitest';
import { recommendOfficeType, TYPOLOGY_MESSAGE_KEYS, type OfficeTypeRecommendation } from '../../../shared/typology/recommend-office-type';
import type { TypologyInput } from '../../../shared/typology/typology-input';

const noFlags = { ldc: false, sids: false, fragile: false };

function input(overrides: Partial<TypologyInput> = {}): TypologyInput {
  return {
    countriesCovered: 2,
    hostDelivery: 2_500_000,
    portfolio: 6_000_000,
    hostContributionShare: 10,
    region: 'africa',
    currentTier: 'country_office',
    proposedTier: 'country_office',
    hostFlags: noFlags,
    ...overrides,
  };
}

const fired = (result: OfficeTypeRecommendation) => result.rules.map((rule) => rule.fired);

describe('recommendOfficeType: rules', () => {
  it('suggests a subregional office for N ≥ 4 and a portfolio ≥ US$ 10 m when nothing is compared', () => {
    const result = recommendOfficeType(input({ countriesCovered: 4, portfolio: 10_000_000 }));
    expect(result.suggestedTier).toBe('subregional_office');
    expect(fired(result)).toEqual([true, false, false]);
    expect(result.rules[0]).toEqual({
      tier: 'subregional_office',
      messageKey: 'typology.rule.subregional',
      fired: true,
      conditions: [
        { messageKey: 'typology.condition.countries_at_least', params: { countries: 4, threshold: 4 }, met: true },
        { messageKey: 'typology.condition.portfolio_at_least', params: { portfolio: 10_000_000, threshold: 10_000_000 }, met: true },
      ],
    });
  });

  it('does not suggest a subregional office just below either threshold', () => {
    expect(recommendOfficeType(input({ countriesCovered: 4, portfolio: 9_999_999 })).rules[0]?.fired).toBe(false);
    expect(recommendOfficeType(input({ countriesCovered: 3, portfolio: 50_000_000 })).rules[0]?.fired).toBe(false);
  });

  it('uses the top third of the comparison set instead of US$ 10 m when one is given', () => {
    // Six offices with this one; the cut-off is the 2nd largest, 4 m.
    const comparison = { portfolios: [7e6, 4e6, 3e6, 1e6, 0.5e6] };
    const inTop = recommendOfficeType(input({ countriesCovered: 5, portfolio: 4e6 }), comparison);
    expect(inTop.suggestedTier).toBe('subregional_office');
    expect(inTop.rules[0]?.conditions[1]).toEqual({
      messageKey: 'typology.condition.portfolio_top_third',
      params: { portfolio: 4e6, cutoff: 4e6, rank: 2, cutoffRank: 2, offices: 6 },
      met: true,
    });
    const outside = recommendOfficeType(input({ countriesCovered: 5, portfolio: 3.5e6 }), comparison);
    expect(outside.rules[0]?.fired).toBe(false);
    // Large in absolute terms but not in this set: the comparison decides.
    expect(recommendOfficeType(input({ countriesCovered: 5, portfolio: 12e6 }), { portfolios: [30e6, 20e6, 15e6] }).rules[0]?.fired).toBe(false);
  });

  it('falls back to US$ 10 m when the comparison set is empty', () => {
    const result = recommendOfficeType(input({ countriesCovered: 5, portfolio: 11e6 }), { portfolios: [] });
    expect(result.rules[0]?.conditions[1]?.messageKey).toBe('typology.condition.portfolio_at_least');
    expect(result.suggestedTier).toBe('subregional_office');
  });

  it('suggests a country office for N ≤ 3 and host delivery ≥ US$ 2 m a year', () => {
    const result = recommendOfficeType(input({ countriesCovered: 3, hostDelivery: 2_000_000 }));
    expect(result.suggestedTier).toBe('country_office');
    expect(fired(result)).toEqual([false, true, false]);
    expect(result.rules[1]?.conditions).toEqual([
      { messageKey: 'typology.condition.countries_at_most', params: { countries: 3, threshold: 3 }, met: true },
      { messageKey: 'typology.condition.host_delivery_at_least', params: { hostDelivery: 2_000_000, threshold: 2_000_000 }, met: true },
    ]);
  });

  it('suggests non-resident coverage below that', () => {
    const small = recommendOfficeType(input({ countriesCovered: 1, hostDelivery: 1_999_999 }));
    expect(small.suggestedTier).toBe('non_resident');
    expect(fired(small)).toEqual([false, false, true]);
    // Many countries but a modest portfolio: neither rule fires either.
    expect(recommendOfficeType(input({ countriesCovered: 6, portfolio: 3e6, hostDelivery: 5e6 })).suggestedTier).toBe('non_resident');
  });
});

describe('recommendOfficeType: missing inputs', () => {
  it('suggests nothing and says which input is missing when the rules cannot be decided', () => {
    const result = recommendOfficeType(input({ countriesCovered: null, portfolio: 12e6 }));
    expect(result.suggestedTier).toBeNull();
    expect(fired(result)).toEqual([null, null, null]);
    expect(result.missing).toEqual([{ input: 'countriesCovered', indicatorId: 'P2.1' }]);
    expect(result.rules[0]?.conditions[0]).toEqual({ messageKey: 'typology.condition.missing', params: { input: 'countriesCovered', indicator: 'P2.1' }, met: null });
    expect(result.differsFromCurrent).toBeNull();
    expect(result.differsFromProposed).toBeNull();
    // A small portfolio rules out a subregional office even without N; N still decides the rest.
    expect(fired(recommendOfficeType(input({ countriesCovered: null, portfolio: 6e6 })))).toEqual([false, null, null]);
  });

  it('still decides when the missing input cannot change the outcome', () => {
    // N = 2 rules out a subregional office whatever the portfolio.
    const result = recommendOfficeType(input({ countriesCovered: 2, portfolio: null, hostDelivery: 3e6 }));
    expect(result.suggestedTier).toBe('country_office');
    expect(result.missing).toEqual([{ input: 'portfolio', indicatorId: 'P4.6' }]);
  });

  it('cannot tell a country office from non-resident coverage without host delivery', () => {
    const result = recommendOfficeType(input({ countriesCovered: 2, hostDelivery: null }));
    expect(result.suggestedTier).toBeNull();
    expect(fired(result)).toEqual([false, null, null]);
  });

  it('lists every absent input, including those only the review flags need', () => {
    const result = recommendOfficeType(input({ hostContributionShare: null, currentTier: null, proposedTier: null }));
    expect(result.missing.map((m) => m.input)).toEqual(['currentTier', 'proposedTier', 'hostContributionShare']);
    expect(result.suggestedTier).toBe('country_office');
  });
});

describe('recommendOfficeType: review flags', () => {
  it('flags LDC, SIDS and fragile hosts for review by a person, without changing the suggestion', () => {
    for (const flag of ['ldc', 'sids', 'fragile'] as const) {
      const result = recommendOfficeType(input({ hostFlags: { ...noFlags, [flag]: true } }));
      expect(result.reviewFlags).toEqual([{ flag, messageKey: `typology.review.${flag}`, params: {} }]);
      expect(result.needsReview).toBe(true);
      expect(result.suggestedTier).toBe('country_office');
    }
  });

  it('flags a host paying 75 % or more of local costs', () => {
    expect(recommendOfficeType(input({ hostContributionShare: 75 })).reviewFlags).toEqual([
      { flag: 'host_pays_most', messageKey: 'typology.review.host_pays_most', params: { share: 75, threshold: 75 } },
    ]);
    expect(recommendOfficeType(input({ hostContributionShare: 74.9 })).needsReview).toBe(false);
  });

  it('raises every flag that applies', () => {
    const result = recommendOfficeType(input({ hostContributionShare: 90, hostFlags: { ldc: true, sids: true, fragile: true } }));
    expect(result.reviewFlags.map((f) => f.flag)).toEqual(['ldc', 'sids', 'fragile', 'host_pays_most']);
  });

  it('needs no review when nothing applies', () => {
    const result = recommendOfficeType(input());
    expect(result.reviewFlags).toEqual([]);
    expect(result.needsReview).toBe(false);
  });
});

describe('recommendOfficeType: comparison with the current and proposed tiers', () => {
  it('compares with the two-tier equivalent of the current tier', () => {
    const hub = recommendOfficeType(input({ countriesCovered: 6, portfolio: 15e6, currentTier: 'regional_hub', proposedTier: 'country_office' }));
    expect(hub).toMatchObject({ suggestedTier: 'subregional_office', currentEquivalent: 'subregional_office', differsFromCurrent: false, differsFromProposed: true });
    const desk = recommendOfficeType(input({ countriesCovered: 1, hostDelivery: 0.4e6, currentTier: 'desk', proposedTier: 'non_resident' }));
    expect(desk).toMatchObject({ suggestedTier: 'non_resident', currentEquivalent: 'country_office', differsFromCurrent: true, differsFromProposed: false });
  });

  it('uses only message keys the catalogs are told about', () => {
    const results = [
      recommendOfficeType(input({ countriesCovered: null, hostContributionShare: 80, hostFlags: { ldc: true, sids: true, fragile: true } })),
      recommendOfficeType(input({ countriesCovered: 5, portfolio: 1 }), { portfolios: [2, 3] }),
      recommendOfficeType(input({ countriesCovered: 5 })),
    ];
    const keys = results.flatMap((r) => [...r.rules.flatMap((rule) => [rule.messageKey, ...rule.conditions.map((c) => c.messageKey)]), ...r.reviewFlags.map((f) => f.messageKey)]);
    expect(new Set(keys)).toEqual(new Set(TYPOLOGY_MESSAGE_KEYS));
  });
});
