import { z } from 'zod';
import { isCountryCode } from '../geo/country-codes';
import { nameText } from '../text/text-policy';

/** The five UN regions used for the field network (brief, "The UN context a user expects"). */
export const REGIONS = [
  'africa',
  'arab_states',
  'asia_pacific',
  'europe_central_asia',
  'latin_america_caribbean',
] as const;
export type Region = (typeof REGIONS)[number];

/** Tiers of the current three-tier model plus the smaller presences (framework P1.1). */
export const CURRENT_TIERS = ['regional_hub', 'regional_office', 'country_office', 'programme_office', 'desk'] as const;
export type CurrentTier = (typeof CURRENT_TIERS)[number];

/** Outcomes under the two-tier model (framework P1.2; seed 001 §13). */
export const TWO_TIER_OPTIONS = ['subregional_office', 'country_office', 'non_resident'] as const;
export type TwoTierOption = (typeof TWO_TIER_OPTIONS)[number];

/** The shape of an ISO 3166-1 alpha-3 code: three upper-case letters. */
export const countryCodeFormat = z
  .string()
  .regex(/^[A-Z]{3}$/, { message: 'country code must be ISO 3166-1 alpha-3, e.g. KEN', abort: true });

/**
 * ISO 3166-1 alpha-3, upper case, one of the countries and areas of UN M49 (shared/geo/country-codes.ts):
 * what every input accepts (requests, assessment files, packages).
 */
export const countryCodeSchema = countryCodeFormat
  // Kept a plain string in the type: a narrowed union of 248 codes would ripple through every caller.
  .refine((code): boolean => isCountryCode(code), 'is not a country or area of UN M49: choose one from the list');

export const MIN_CYCLE_YEAR = 2018; // resolution 72/279, the start of the reform
export const MAX_CYCLE_YEAR = 2100;

export const officeProfileSchema = z.object({
  name: nameText(120).min(1, 'office name is required'),
  code: nameText(20).optional(),
  currentTier: z.enum(CURRENT_TIERS),
  region: z.enum(REGIONS),
  hostCountry: countryCodeSchema,
  /** The host country is a fragile or conflict-affected context. There is no UN list, so the office says so; it flags the office-type suggestion for review by a person. */
  fragileContext: z.boolean().optional(),
});
export type OfficeProfile = z.infer<typeof officeProfileSchema>;

/**
 * A profile as the store reads it back: the host country need only have the shape of a code.
 * A row written while the list still held a code (TWN, XKK before UN M49) must still open, say
 * that its country is not listed (shared/geo/unlisted-countries.ts) and let the office choose
 * another; every write still goes through officeProfileSchema.
 */
export const storedOfficeProfileSchema = officeProfileSchema.extend({
  hostCountry: countryCodeFormat,
  // Likewise names saved before the text policy (a bidi mark pasted into a name) still open.
  name: z.string().trim().min(1).max(120),
  code: z.string().trim().max(20).optional(),
});

/** The assessor named on an assessment: a person's name, one line. */
export const assessorSchema = nameText(200);

export const cycleYearSchema = z.number().int().min(MIN_CYCLE_YEAR).max(MAX_CYCLE_YEAR);
