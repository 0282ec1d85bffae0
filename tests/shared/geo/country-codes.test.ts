import fs from 'node:fs';
import path from 'node:path';
import countries from 'i18n-iso-countries';
import { describe, expect, it } from 'vitest';
import { COUNTRY_CODES, isCountryCode, unEnglishName } from '../../../shared/geo/country-codes';
import { LANGUAGES } from '../../../shared/i18n/languages';
import { countryCodeSchema } from '../../../shared/office/office-profile';

const ROOT = path.resolve(import.meta.dirname, '../../..');

describe('the country list', () => {
  it('is sorted, unique and made of alpha-3 codes', () => {
    expect([...COUNTRY_CODES].sort()).toEqual([...COUNTRY_CODES]);
    expect(new Set(COUNTRY_CODES).size).toBe(COUNTRY_CODES.length);
    for (const code of COUNTRY_CODES) expect(code).toMatch(/^[A-Z]{3}$/);
  });

  it("is UN M49's 248 countries and areas: Antarctica and Palestine in, Taiwan and Kosovo out", () => {
    expect(COUNTRY_CODES).toHaveLength(248);
    // M49 lists areas that are not states, with their ISO codes.
    for (const code of ['KEN', 'PSE', 'ATA', 'BVT', 'HKG', 'MAC', 'ESH', 'VAT', 'ALA', 'SJM', 'UMI']) expect(isCountryCode(code), code).toBe(true);
    // ...and does not list these, which i18n-iso-countries (the list before M49) had or has.
    for (const code of ['TWN', 'XKX', 'XKK', 'ZZZ', 'XAA', 'ken', 'KENY', '']) expect(isCountryCode(code), code).toBe(false);
  });

  it("gives M49's official English names", () => {
    expect(unEnglishName('KEN')).toBe('Kenya');
    expect(unEnglishName('BOL')).toBe('Bolivia (Plurinational State of)');
    expect(unEnglishName('TUR')).toBe('Türkiye');
    expect(unEnglishName('PSE')).toBe('State of Palestine');
    expect(unEnglishName('NLD')).toBe('Netherlands (Kingdom of the)');
    expect(unEnglishName('GBR')).toBe('United Kingdom of Great Britain and Northern Ireland');
    expect(unEnglishName('HKG')).toBe('China, Hong Kong Special Administrative Region');
    expect(unEnglishName('CIV')).toBe('Côte d’Ivoire');
    expect(unEnglishName('TWN')).toBeUndefined();
    expect(unEnglishName('toString')).toBeUndefined();
    for (const code of COUNTRY_CODES) expect(unEnglishName(code)?.trim(), code).toBeTruthy();
  });

  it('has a CLDR name for every code in the five other languages, so the renderer can show each one', () => {
    for (const language of LANGUAGES) {
      countries.registerLocale(JSON.parse(fs.readFileSync(path.join(ROOT, `node_modules/i18n-iso-countries/langs/${language}.json`), 'utf8')));
    }
    const unnamed = COUNTRY_CODES.flatMap((code) => LANGUAGES.filter((language) => !countries.getName(code, language)).map((language) => `${code} ${language}`));
    expect(unnamed).toEqual([]);
  });

  it('holds every country of the shipped LDC and SIDS groups', () => {
    const groups = JSON.parse(fs.readFileSync(path.join(ROOT, 'resources/geo/country-groups.json'), 'utf8')) as {
      groups: Record<string, { codes: string[] }>;
    };
    const missing = Object.values(groups.groups).flatMap((group) => group.codes.filter((code) => !isCountryCode(code)));
    expect(missing).toEqual([]);
  });

  it('is what countryCodeSchema accepts: listed codes, not merely three capitals', () => {
    expect(countryCodeSchema.safeParse('KEN').success).toBe(true);
    expect(countryCodeSchema.safeParse('ATA').success).toBe(true);
    for (const code of ['ZZZ', 'XAA', 'XKX', 'XKK', 'TWN', 'ken', 'KENY', '']) expect(countryCodeSchema.safeParse(code).success, code).toBe(false);
    // One problem per bad code, not one per rule.
    expect(countryCodeSchema.safeParse('ken').error?.issues).toHaveLength(1);
    expect(countryCodeSchema.safeParse('TWN').error?.issues[0]?.message).toMatch(/not a country or area of UN M49/);
  });
});
