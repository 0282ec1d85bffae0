import fs from 'node:fs';
import path from 'node:path';
import countries from 'i18n-iso-countries';
import { describe, expect, it } from 'vitest';
import { COUNTRY_CODES, isCountryCode } from '../../../shared/geo/country-codes';
import { LANGUAGES } from '../../../shared/i18n/languages';
import { countryCodeSchema } from '../../../shared/office/office-profile';

const ROOT = path.resolve(import.meta.dirname, '../../..');

describe('the country list', () => {
  it('is sorted, unique and made of alpha-3 codes', () => {
    expect([...COUNTRY_CODES].sort()).toEqual([...COUNTRY_CODES]);
    expect(new Set(COUNTRY_CODES).size).toBe(COUNTRY_CODES.length);
    for (const code of COUNTRY_CODES) expect(code).toMatch(/^[A-Z]{3}$/);
  });

  it('has a name for every code in all six languages, so the renderer can show each one', () => {
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

  it('is what countryCodeSchema accepts: known codes, not merely three capitals', () => {
    expect(countryCodeSchema.safeParse('KEN').success).toBe(true);
    for (const code of ['ZZZ', 'XAA', 'XKX', 'ken', 'KENY', '']) expect(countryCodeSchema.safeParse(code).success, code).toBe(false);
    // One problem per bad code, not one per rule.
    expect(countryCodeSchema.safeParse('ken').error?.issues).toHaveLength(1);
  });
});
