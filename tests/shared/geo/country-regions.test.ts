import { describe, expect, it } from 'vitest';
import { coveredCountries, DEMO_OFFICES } from '../../../electron/packages/demo/demo-network';
import { ARAB_LEAGUE_MEMBERS, m49NumericCode, REGION_COUNTRIES, regionOfCountry } from '../../../shared/geo/country-regions';
import { COUNTRY_CODES } from '../../../shared/geo/country-codes';
import { M49_AREAS } from '../../../shared/geo/m49-numeric';
import { REGIONS } from '../../../shared/office/office-profile';

describe('shared/geo/country-regions.ts', () => {
  it('assigns every M49 code to at most one region, and REGION_COUNTRIES lists each assigned code once', () => {
    const listed = REGIONS.flatMap((region) => REGION_COUNTRIES[region]);
    expect(new Set(listed).size).toBe(listed.length);
    const unassigned = COUNTRY_CODES.filter((code) => regionOfCountry(code) === null);
    expect(listed.length + unassigned.length).toBe(248);
    for (const region of REGIONS) {
      for (const code of REGION_COUNTRIES[region]) expect(regionOfCountry(code)).toBe(region);
      expect([...REGION_COUNTRIES[region]]).toEqual([...REGION_COUNTRIES[region]].sort());
    }
    // Northern America and Antarctica, nothing else.
    expect(unassigned).toEqual(['ATA', 'BMU', 'CAN', 'GRL', 'SPM', 'USA']);
  });

  it('follows the rule group by group (recomputed here from the M49 chains)', () => {
    const arab = new Set<string>(ARAB_LEAGUE_MEMBERS);
    for (const [code, [, groups]] of Object.entries(M49_AREAS) as [string, readonly [string, readonly string[]]][]) {
      const has = (group: string) => groups.includes(group);
      const expected = arab.has(code)
        ? 'arab_states'
        : has('002')
          ? 'africa'
          : has('419')
            ? 'latin_america_caribbean'
            : has('150') || has('143') || has('145')
              ? 'europe_central_asia'
              : has('030') || has('034') || has('035') || has('009')
                ? 'asia_pacific'
                : null;
      expect(regionOfCountry(code), code).toBe(expected);
    }
  });

  it('has the 22 members of the League of Arab States, all of them M49 countries', () => {
    expect(ARAB_LEAGUE_MEMBERS).toHaveLength(22);
    expect(REGION_COUNTRIES.arab_states).toEqual([...ARAB_LEAGUE_MEMBERS].sort());
  });

  it.each([
    ['EGY', 'arab_states'],
    ['SDN', 'arab_states'],
    ['MRT', 'arab_states'],
    ['COM', 'arab_states'],
    ['PSE', 'arab_states'],
    ['ESH', 'africa'],
    ['KEN', 'africa'],
    ['SSD', 'africa'],
    ['TUR', 'europe_central_asia'],
    ['ISR', 'europe_central_asia'],
    ['KAZ', 'europe_central_asia'],
    ['CYP', 'europe_central_asia'],
    ['RUS', 'europe_central_asia'],
    ['IRN', 'asia_pacific'],
    ['AFG', 'asia_pacific'],
    ['FJI', 'asia_pacific'],
    ['TUV', 'asia_pacific'],
    ['BRA', 'latin_america_caribbean'],
    ['HTI', 'latin_america_caribbean'],
    ['USA', null],
    ['CAN', null],
    ['ATA', null],
    ['TWN', null],
    ['XKX', null],
    ['kEN', null],
  ] as const)('%s → %s', (code, region) => {
    expect(regionOfCountry(code)).toBe(region);
  });

  it('gives the M49 numeric code world-atlas uses', () => {
    expect(m49NumericCode('KEN')).toBe('404');
    expect(m49NumericCode('AFG')).toBe('004');
    expect(m49NumericCode('TWN')).toBeUndefined();
    expect(m49NumericCode('toString')).toBeUndefined();
  });

  // The one exception: the demo covers Comoros, an island state of the Arab League, from its
  // neighbour Tanzania's office, as it covers small island states from a neighbouring office.
  it("puts every country the demo network covers in its office's region, but Comoros (covered from Tanzania)", () => {
    const outside = DEMO_OFFICES.flatMap((office) =>
      coveredCountries(office)
        .filter(({ code }) => regionOfCountry(code) !== office.region)
        .map(({ code }) => `${office.code} covers ${code} (${regionOfCountry(code)})`),
    );
    expect(outside).toEqual(['TZA-CO covers COM (arab_states)']);
  });
});
