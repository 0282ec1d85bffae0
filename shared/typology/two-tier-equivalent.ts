import type { CurrentTier, TwoTierOption } from '../office/office-profile';

/**
 * What each current tier becomes under the two-tier model, to tell whether a suggestion
 * differs from the current tier. Regional hubs and regional offices fold into subregional
 * offices (seed 001 §13); every other resident presence maps to a country office, because the
 * two-tier structure keeps physical presence in all 48 offices (seed 001 §13).
 */
export const TWO_TIER_EQUIVALENT: Record<CurrentTier, TwoTierOption> = {
  regional_hub: 'subregional_office',
  regional_office: 'subregional_office',
  country_office: 'country_office',
  programme_office: 'country_office',
  desk: 'country_office',
};
