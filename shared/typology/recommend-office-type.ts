import type { CurrentTier, TwoTierOption } from '../office/office-profile';
import { rankPortfolio } from './portfolio-rank';
import { TYPOLOGY_INDICATOR_IDS, type TypologyInputName } from './typology-indicators';
import type { TypologyInput } from './typology-input';
import { TWO_TIER_EQUIVALENT } from './two-tier-equivalent';

/** Thresholds of framework-v1.md "Office-type recommendation" (a proposal to calibrate). */
export const TYPOLOGY_THRESHOLDS = {
  /** Rule 1: N ≥ this. */
  subregionalMinCountries: 4,
  /** Rule 1 without a comparison set: portfolio ≥ this, US$. */
  subregionalMinPortfolio: 10_000_000,
  /** Rule 2: N ≤ this. */
  countryMaxCountries: 3,
  /** Rule 2: D_host ≥ this, US$ per year. */
  countryMinHostDelivery: 2_000_000,
  /** Review flag: host pays ≥ this percent of local costs. */
  reviewHostShare: 75,
} as const;

/** Portfolios of the OTHER offices being compared (normally the region's); the office itself is added. */
export interface TypologyComparison {
  portfolios: readonly number[];
}

export type TypologyParams = Record<string, string | number>;

/** One test inside a rule. met: null when an input it needs is missing. */
export interface TypologyCondition {
  messageKey: string;
  params: TypologyParams;
  met: boolean | null;
}

export interface TypologyRuleResult {
  /** The tier the rule suggests when it fires. */
  tier: TwoTierOption;
  messageKey: string;
  /** true/false, or null when a missing input leaves it open. */
  fired: boolean | null;
  conditions: TypologyCondition[];
}

export type ReviewFlag = 'ldc' | 'sids' | 'fragile' | 'host_pays_most';

export interface TypologyReviewFlag {
  flag: ReviewFlag;
  messageKey: string;
  params: TypologyParams;
}

export interface OfficeTypeRecommendation {
  /** null when missing inputs leave the rules undecided (see `missing`). */
  suggestedTier: TwoTierOption | null;
  /** Inputs that were absent, with the indicator each comes from; the UI names them. */
  missing: Array<{ input: TypologyInputName; indicatorId: string }>;
  /** All three rules, in order, each with the numbers it used. */
  rules: TypologyRuleResult[];
  /** A person must review the suggestion when any flag is raised: the tool never decides alone. */
  reviewFlags: TypologyReviewFlag[];
  needsReview: boolean;
  currentTier: CurrentTier | null;
  /** The current tier's two-tier equivalent (TWO_TIER_EQUIVALENT). */
  currentEquivalent: TwoTierOption | null;
  /** null when the suggestion or the current tier is unknown. */
  differsFromCurrent: boolean | null;
  proposedTier: TwoTierOption | null;
  differsFromProposed: boolean | null;
}

/** Every key the recommendation can produce; the message catalogs must define each one. */
export const TYPOLOGY_MESSAGE_KEYS = [
  'typology.rule.subregional',
  'typology.rule.country',
  'typology.rule.non_resident',
  'typology.condition.missing',
  'typology.condition.countries_at_least',
  'typology.condition.countries_at_most',
  'typology.condition.portfolio_top_third',
  'typology.condition.portfolio_at_least',
  'typology.condition.host_delivery_at_least',
  'typology.condition.no_other_rule',
  'typology.review.ldc',
  'typology.review.sids',
  'typology.review.fragile',
  'typology.review.host_pays_most',
] as const;

/** Kleene "and": false wins, then unknown. */
function all(values: Array<boolean | null>): boolean | null {
  if (values.includes(false)) return false;
  return values.includes(null) ? null : true;
}

function missingCondition(input: TypologyInputName): TypologyCondition {
  return { messageKey: 'typology.condition.missing', params: { input, indicator: TYPOLOGY_INDICATOR_IDS[input] }, met: null };
}

function countriesAtLeast(n: number | null): TypologyCondition {
  const threshold = TYPOLOGY_THRESHOLDS.subregionalMinCountries;
  return n === null ? missingCondition('countriesCovered') : { messageKey: 'typology.condition.countries_at_least', params: { countries: n, threshold }, met: n >= threshold };
}

function countriesAtMost(n: number | null): TypologyCondition {
  const threshold = TYPOLOGY_THRESHOLDS.countryMaxCountries;
  return n === null ? missingCondition('countriesCovered') : { messageKey: 'typology.condition.countries_at_most', params: { countries: n, threshold }, met: n <= threshold };
}

function portfolioLarge(portfolio: number | null, comparison: TypologyComparison | undefined): TypologyCondition {
  if (portfolio === null) return missingCondition('portfolio');
  const rank = comparison ? rankPortfolio(portfolio, comparison.portfolios) : null;
  if (rank === null || rank.offices < 2) {
    const threshold = TYPOLOGY_THRESHOLDS.subregionalMinPortfolio;
    return { messageKey: 'typology.condition.portfolio_at_least', params: { portfolio, threshold }, met: portfolio >= threshold };
  }
  return {
    messageKey: 'typology.condition.portfolio_top_third',
    params: { portfolio, cutoff: rank.cutoff, rank: rank.rank, cutoffRank: rank.cutoffRank, offices: rank.offices },
    met: rank.inTopThird,
  };
}

function hostDeliveryLarge(delivery: number | null): TypologyCondition {
  const threshold = TYPOLOGY_THRESHOLDS.countryMinHostDelivery;
  return delivery === null ? missingCondition('hostDelivery') : { messageKey: 'typology.condition.host_delivery_at_least', params: { hostDelivery: delivery, threshold }, met: delivery >= threshold };
}

function reviewFlags(input: TypologyInput): TypologyReviewFlag[] {
  const flags: TypologyReviewFlag[] = [];
  if (input.hostFlags.ldc) flags.push({ flag: 'ldc', messageKey: 'typology.review.ldc', params: {} });
  if (input.hostFlags.sids) flags.push({ flag: 'sids', messageKey: 'typology.review.sids', params: {} });
  if (input.hostFlags.fragile) flags.push({ flag: 'fragile', messageKey: 'typology.review.fragile', params: {} });
  const share = input.hostContributionShare;
  const threshold = TYPOLOGY_THRESHOLDS.reviewHostShare;
  if (share !== null && share >= threshold) flags.push({ flag: 'host_pays_most', messageKey: 'typology.review.host_pays_most', params: { share, threshold } });
  return flags;
}

/**
 * Suggests a tier under the two-tier model from coverage, portfolio and host delivery
 * (framework-v1.md "Office-type recommendation"; docs/scoring.md). A recommendation, never a
 * verdict: every rule comes back with its numbers, and review flags ask for a person.
 */
export function recommendOfficeType(input: TypologyInput, comparison?: TypologyComparison): OfficeTypeRecommendation {
  const n = input.countriesCovered;
  const subregionalConditions = [countriesAtLeast(n), portfolioLarge(input.portfolio, comparison)];
  const countryConditions = [countriesAtMost(n), hostDeliveryLarge(input.hostDelivery)];
  const subregional = all(subregionalConditions.map((c) => c.met));
  const country = all(countryConditions.map((c) => c.met));
  const neither = subregional === false && country === false ? true : subregional === true || country === true ? false : null;

  const suggestedTier: TwoTierOption | null =
    subregional === true ? 'subregional_office' : country === true ? 'country_office' : neither === true ? 'non_resident' : null;

  const missing = (Object.keys(TYPOLOGY_INDICATOR_IDS) as TypologyInputName[])
    .filter((name) => input[name] === null)
    .map((name) => ({ input: name, indicatorId: TYPOLOGY_INDICATOR_IDS[name] }));

  const flags = reviewFlags(input);
  const currentEquivalent = input.currentTier === null ? null : TWO_TIER_EQUIVALENT[input.currentTier];
  return {
    suggestedTier,
    missing,
    rules: [
      { tier: 'subregional_office', messageKey: 'typology.rule.subregional', fired: subregional, conditions: subregionalConditions },
      { tier: 'country_office', messageKey: 'typology.rule.country', fired: country, conditions: countryConditions },
      {
        tier: 'non_resident',
        messageKey: 'typology.rule.non_resident',
        fired: neither,
        conditions: [{ messageKey: 'typology.condition.no_other_rule', params: {}, met: neither }],
      },
    ],
    reviewFlags: flags,
    needsReview: flags.length > 0,
    currentTier: input.currentTier,
    currentEquivalent,
    differsFromCurrent: suggestedTier === null || currentEquivalent === null ? null : suggestedTier !== currentEquivalent,
    proposedTier: input.proposedTier,
    differsFromProposed: suggestedTier === null || input.proposedTier === null ? null : suggestedTier !== input.proposedTier,
  };
}
