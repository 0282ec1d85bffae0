/**
 * The indicators the office-type recommendation reads, by id (framework-v1.md, "Office-type
 * recommendation"). The only place these ids are written: a framework that renames them
 * leaves the corresponding inputs missing, and the recommendation says which.
 */
export const TYPOLOGY_INDICATOR_IDS = {
  /** Current tier (choice; option ids as CURRENT_TIERS). */
  currentTier: 'P1.1',
  /** Proposed tier under the two-tier model (choice; option ids as TWO_TIER_OPTIONS). */
  proposedTier: 'P1.2',
  /** Countries covered (country list): N is its length. */
  countriesCovered: 'P2.1',
  /** Host-country contribution ÷ running cost, percent. */
  hostContributionShare: 'P3.5',
  /** Active portfolio, 3-year average, US$. */
  portfolio: 'P4.6',
  /** Delivery in the host country, 3-year average, US$ per year. */
  hostDelivery: 'P4.7',
} as const;

export type TypologyInputName = keyof typeof TYPOLOGY_INDICATOR_IDS;
