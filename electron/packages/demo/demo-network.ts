import { REGIONS, type CurrentTier, type Region } from '../../../shared/office/office-profile';
import { demoUuid } from './demo-random';

/**
 * The demo field network: the shape the brief gives for UNIDO's (seed 001 §12 and §13: "48
 * field offices covering 156 countries in 5 regions", three tiers of regional hubs, regional
 * offices and country offices), with programme offices and desks as the smaller presences of
 * framework P1.1. Which office sits where and covers what is INVENTED for the demo — the seeds
 * list no offices — but every country is a real ISO 3166-1 alpha-3 code of a UN M49 country
 * or area (no TWN, no XKK/XKX), and each of the 156 is covered by exactly one office: resident
 * where the office sits, non-resident elsewhere (small island states and territories are
 * covered from a neighbouring office, as UN multi-country offices do).
 */

/** The language an office writes its notes and justifications in (the six UN languages). */
export type DemoLanguage = 'ar' | 'zh' | 'en' | 'fr' | 'ru' | 'es';

export interface DemoOfficeSpec {
  /** e.g. "KEN-RH": host country and tier. */
  code: string;
  name: string;
  tier: CurrentTier;
  region: Region;
  hostCountry: string;
  /** Covered without a physical presence, in the order written below. */
  nonResident: readonly string[];
  language: DemoLanguage;
  /** The office declares a fragile or conflict-affected context (a review flag of the office-type suggestion). */
  fragile: boolean;
  /** The host government pays most of the local running costs (framework P3.5; seed 000 §27, rent-free premises). */
  hostPaysMost: boolean;
}

export interface DemoOffice extends DemoOfficeSpec {
  /** Stable across cycles and revisions (the manifest's office.id). */
  id: string;
}

const TIER_BY_SUFFIX = {
  RH: 'regional_hub',
  RO: 'regional_office',
  CO: 'country_office',
  PO: 'programme_office',
  DK: 'desk',
} as const satisfies Record<string, CurrentTier>;
type Suffix = keyof typeof TIER_BY_SUFFIX;

const TIER_NAME: Record<CurrentTier, string> = {
  regional_hub: 'Regional Hub',
  regional_office: 'Regional Office',
  country_office: 'Country Office',
  programme_office: 'Programme Office',
  desk: 'Desk',
};

type Flag = 'fragile' | 'hostPaysMost';

/** host, tier, city, language, non-resident countries, flags. Within a region, larger offices first. */
type Row = readonly [host: string, suffix: Suffix, city: string, language: DemoLanguage, nonResident: readonly string[], flags?: readonly Flag[]];

const NETWORK: Record<Region, readonly Row[]> = {
  africa: [
    ['KEN', 'RH', 'Nairobi', 'en', ['SSD', 'ERI', 'SYC', 'RWA', 'BDI']],
    ['NGA', 'RH', 'Abuja', 'en', ['BEN', 'TGO', 'NER', 'TCD']],
    ['ZAF', 'RO', 'Pretoria', 'en', ['BWA', 'NAM', 'LSO', 'SWZ', 'ZWE']],
    ['SEN', 'RO', 'Dakar', 'fr', ['GMB', 'GNB', 'CPV', 'MLI']],
    ['CMR', 'RO', 'Yaoundé', 'fr', ['CAF', 'GAB', 'GNQ', 'COG', 'STP']],
    ['ETH', 'CO', 'Addis Ababa', 'en', []],
    ['TZA', 'CO', 'Dar es Salaam', 'en', ['COM']],
    ['MOZ', 'CO', 'Maputo', 'en', ['MWI']],
    ['ZMB', 'CO', 'Lusaka', 'en', ['AGO']],
    ['CIV', 'CO', 'Abidjan', 'fr', ['LBR']],
    ['GHA', 'CO', 'Accra', 'en', []],
    ['GIN', 'CO', 'Conakry', 'fr', ['SLE']],
    ['COD', 'CO', 'Kinshasa', 'fr', [], ['fragile']],
    ['UGA', 'PO', 'Kampala', 'en', []],
    ['MDG', 'DK', 'Antananarivo', 'fr', ['MUS']],
    ['BFA', 'DK', 'Ouagadougou', 'fr', [], ['fragile']],
  ],
  arab_states: [
    ['EGY', 'RH', 'Cairo', 'ar', ['LBY', 'SDN', 'SOM', 'DJI']],
    ['SAU', 'RO', 'Riyadh', 'ar', ['ARE', 'BHR', 'KWT', 'OMN', 'QAT', 'YEM'], ['hostPaysMost']],
    ['LBN', 'RO', 'Beirut', 'ar', ['SYR', 'PSE']],
    ['MAR', 'RO', 'Rabat', 'fr', ['MRT']],
    ['TUN', 'CO', 'Tunis', 'fr', []],
    ['DZA', 'CO', 'Algiers', 'fr', []],
    ['JOR', 'CO', 'Amman', 'ar', []],
    ['IRQ', 'PO', 'Baghdad', 'ar', [], ['fragile']],
  ],
  asia_pacific: [
    ['THA', 'RH', 'Bangkok', 'en', ['KHM', 'LAO', 'MMR', 'MYS']],
    ['IND', 'RO', 'New Delhi', 'en', ['BTN', 'NPL', 'LKA', 'MDV']],
    ['CHN', 'RO', 'Beijing', 'zh', ['MNG', 'PRK']],
    ['FJI', 'RO', 'Suva', 'en', ['PNG', 'SLB', 'VUT', 'KIR', 'MHL', 'FSM', 'NRU', 'PLW', 'TON', 'TUV']],
    ['BGD', 'CO', 'Dhaka', 'en', []],
    ['PAK', 'CO', 'Islamabad', 'en', ['AFG']],
    ['IRN', 'CO', 'Tehran', 'en', []],
    ['IDN', 'CO', 'Jakarta', 'en', ['TLS']],
    ['VNM', 'CO', 'Hanoi', 'en', []],
    ['PHL', 'PO', 'Manila', 'en', []],
    ['WSM', 'DK', 'Apia', 'en', ['COK', 'NIU', 'TKL']],
  ],
  europe_central_asia: [
    ['TUR', 'RH', 'Ankara', 'en', ['AZE', 'GEO', 'ARM']],
    ['KAZ', 'RO', 'Almaty', 'ru', ['KGZ', 'TJK', 'TKM', 'UZB']],
    ['UKR', 'CO', 'Kyiv', 'en', ['MDA', 'BLR'], ['fragile']],
    ['SRB', 'PO', 'Belgrade', 'en', ['MNE', 'BIH']],
    ['ALB', 'DK', 'Tirana', 'en', ['MKD']],
  ],
  latin_america_caribbean: [
    ['MEX', 'RH', 'Mexico City', 'es', ['GTM', 'SLV', 'HND', 'NIC', 'CRI', 'PAN', 'BLZ']],
    ['BRA', 'RO', 'Brasília', 'en', ['PRY', 'SUR', 'GUY']],
    ['URY', 'RO', 'Montevideo', 'es', ['ARG', 'CHL']],
    ['COL', 'CO', 'Bogotá', 'es', ['VEN', 'ECU']],
    ['PER', 'CO', 'Lima', 'es', ['BOL']],
    ['DOM', 'CO', 'Santo Domingo', 'es', ['HTI', 'CUB']],
    ['BRB', 'PO', 'Bridgetown', 'en', ['TTO', 'ATG', 'DMA', 'GRD', 'KNA', 'LCA', 'VCT', 'AIA', 'MSR', 'VGB']],
    ['JAM', 'DK', 'Kingston', 'en', ['BHS', 'TCA']],
  ],
};

/** Every office of the network, region by region (the order of REGIONS), larger offices first. */
export const DEMO_OFFICES: readonly DemoOfficeSpec[] = REGIONS.flatMap((region) =>
  NETWORK[region].map(([host, suffix, city, language, nonResident, flags = []]): DemoOfficeSpec => {
    const tier = TIER_BY_SUFFIX[suffix];
    return {
      code: `${host}-${suffix}`,
      name: `${city} ${TIER_NAME[tier]}`,
      tier,
      region,
      hostCountry: host,
      nonResident,
      language,
      fragile: flags.includes('fragile'),
      hostPaysMost: flags.includes('hostPaysMost'),
    };
  }),
);

export const DEMO_OFFICE_COUNT = DEMO_OFFICES.length;

/** The countries an office covers, its host first (resident), as the P2.1 answer holds them. */
export function coveredCountries(office: DemoOfficeSpec): { code: string; resident: boolean }[] {
  return [{ code: office.hostCountry, resident: true }, ...office.nonResident.map((code) => ({ code, resident: false }))];
}

/**
 * The first `count` offices taken region by region in turn (each region's largest office
 * first), so a small demo still spans the regions: 5 offices are the five regions' hubs.
 * Offices keep their ids and data whatever the count (ids derive from the seed and the code).
 */
export function demoNetwork(seed: string, count: number = DEMO_OFFICE_COUNT): DemoOffice[] {
  if (!Number.isInteger(count) || count < 1 || count > DEMO_OFFICE_COUNT) {
    throw new RangeError(`the demo network has 1 to ${DEMO_OFFICE_COUNT} offices, not ${count}`);
  }
  const queues = REGIONS.map((region) => DEMO_OFFICES.filter((office) => office.region === region));
  const chosen: DemoOfficeSpec[] = [];
  for (let round = 0; chosen.length < count; round += 1) {
    for (const queue of queues) {
      const office = queue[round];
      if (office && chosen.length < count) chosen.push(office);
    }
  }
  // Back in network order, so output is listed region by region.
  const order = new Map(DEMO_OFFICES.map((office, index) => [office.code, index]));
  return chosen
    .sort((a, b) => order.get(a.code)! - order.get(b.code)!)
    .map((office) => ({ ...office, id: demoUuid(seed, `office:${office.code}`) }));
}
