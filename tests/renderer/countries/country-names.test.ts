import { describe, expect, it } from 'vitest';
import { COUNTRY_CODES } from '../../../shared/geo/country-codes';
import { LANGUAGES } from '../../../shared/i18n/languages';
import {
  countryName,
  countryOptions,
  exactCountry,
  isKnownCountry,
  matchCountries,
} from '../../../renderer/countries/country-names';

describe('country names', () => {
  it('names every country and area of UN M49, and only those, in each of the six languages', () => {
    const codes = countryOptions('en').map((option) => option.code);
    expect([...codes].sort()).toEqual([...COUNTRY_CODES]);
    expect(codes).toHaveLength(248);
    expect(codes).not.toContain('TWN');
    expect(codes).not.toContain('XKK');
    for (const language of LANGUAGES) {
      const options = countryOptions(language);
      expect(options.map((option) => option.code).sort()).toEqual([...codes].sort());
      // A name equal to its code would mean the language has no name for it.
      expect(options.filter((option) => option.name === option.code || option.name.trim() === '')).toEqual([]);
    }
  });

  it('gives names in the language asked for', () => {
    expect(countryName('KEN', 'en')).toBe('Kenya');
    expect(countryName('KEN', 'fr')).toBe('Kenya');
    expect(countryName('KEN', 'ru')).toBe('Кения');
    expect(countryName('KEN', 'zh')).toBe('肯尼亚');
    expect(countryName('KEN', 'ar')).toBe('كينيا');
    expect(countryName('DEU', 'es')).toBe('Alemania');
    expect(countryName('XYZ', 'en')).toBeUndefined();
    expect(isKnownCountry('KEN')).toBe(true);
    expect(isKnownCountry('ATA')).toBe(true);
    expect(isKnownCountry('ken')).toBe(false);
  });

  it("uses M49's English names and the UN's names where CLDR's differ", () => {
    expect(countryName('BOL', 'en')).toBe('Bolivia (Plurinational State of)');
    expect(countryName('GBR', 'en')).toBe('United Kingdom of Great Britain and Northern Ireland');
    expect(countryName('VNM', 'en')).toBe('Viet Nam');
    expect(countryName('BOL', 'fr')).toBe('Bolivie (État plurinational de)');
    expect(countryName('MDA', 'ru')).toBe('Республика Молдова');
    expect(countryName('ESH', 'zh')).toBe('西撒哈拉');
    expect(countryName('CIV', 'es')).toBe('Côte d’Ivoire');
    // No override: CLDR's name.
    expect(countryName('DEU', 'fr')).toBe('Allemagne');
  });

  it('knows no name for a code M49 does not list, so the caller shows the code', () => {
    for (const language of LANGUAGES) {
      expect(countryName('TWN', language)).toBeUndefined();
      expect(countryName('XKK', language)).toBeUndefined();
    }
    expect(isKnownCountry('TWN')).toBe(false);
    expect(isKnownCountry('XKX')).toBe(false);
  });

  it('sorts as a reader of the language expects', () => {
    const french = countryOptions('fr').map((option) => option.name);
    const collator = new Intl.Collator('fr');
    expect([...french].sort(collator.compare)).toEqual(french);
    // "Égypte" sorts among the E's in French, not after Z as a code-point sort would put it.
    const egypt = french.indexOf('Égypte');
    expect(egypt).toBeGreaterThan(french.indexOf('Danemark'));
    expect(egypt).toBeLessThan(french.indexOf('Espagne'));
  });
});

describe('matchCountries', () => {
  it('puts the exact code and names starting with the query first', () => {
    expect(matchCountries(countryOptions('en'), 'ken')[0]?.code).toBe('KEN');
    expect(matchCountries(countryOptions('en'), 'COL')[0]?.code).toBe('COL');
    const congo = matchCountries(countryOptions('en'), 'congo').map((option) => option.code);
    expect(congo.slice(0, 2).sort()).toEqual(['COD', 'COG']);
  });

  it('ignores case and accents, in every script', () => {
    expect(matchCountries(countryOptions('fr'), 'cote').map((option) => option.code)).toContain('CIV');
    expect(matchCountries(countryOptions('ru'), 'КЕНИЯ')[0]?.code).toBe('KEN');
    expect(matchCountries(countryOptions('ar'), 'كين')[0]?.code).toBe('KEN');
    expect(matchCountries(countryOptions('zh'), '肯尼')[0]?.code).toBe('KEN');
  });

  it('returns everything for an empty query and nothing for nonsense', () => {
    expect(matchCountries(countryOptions('en'), '  ')).toHaveLength(countryOptions('en').length);
    expect(matchCountries(countryOptions('en'), 'qqqq')).toEqual([]);
  });
});

describe('exactCountry', () => {
  it("finds a country by CLDR's other names, but shows the UN's", () => {
    const first = (language: Parameters<typeof countryOptions>[0], query: string) => matchCountries(countryOptions(language), query)[0]?.code;
    expect(first('en', 'Vietnam')).toBe('VNM');
    expect(first('en', 'Turkey')).toBe('TUR');
    expect(first('en', 'Ivory')).toBe('CIV');
    expect(first('es', 'Turquía')).toBe('TUR');
    expect(first('ru', 'Молдав')).toBe('MDA');
    expect(first('fr', 'Cap-Vert')).toBe('CPV');
    expect(matchCountries(countryOptions('en'), 'Vietnam')[0]?.name).toBe('Viet Nam');
    expect(exactCountry(countryOptions('en'), 'vietnam')?.code).toBe('VNM');
    // The shown name wins over another country's alias: "Congo" is COG's name and one of COD's aliases.
    expect(exactCountry(countryOptions('en'), 'Congo')?.code).toBe('COG');
  });

  it('takes a typed apostrophe for a typographic one', () => {
    expect(exactCountry(countryOptions('en'), "cote d'ivoire")?.code).toBe('CIV');
    expect(exactCountry(countryOptions('fr'), 'Côte d’Ivoire')?.code).toBe('CIV');
    expect(exactCountry(countryOptions('en'), 'Democratic People’s Republic of Korea')?.code).toBe('PRK');
  });

  it('finds a country typed in full by name or code, and nothing for a fragment', () => {
    expect(exactCountry(countryOptions('en'), ' kenya ')?.code).toBe('KEN');
    expect(exactCountry(countryOptions('es'), 'mex')?.code).toBe('MEX');
    expect(exactCountry(countryOptions('en'), 'Keny')).toBeUndefined();
    expect(exactCountry(countryOptions('en'), '')).toBeUndefined();
  });
});

describe('matchCountries while typing, in all six languages', () => {
  const first = (language: Parameters<typeof countryOptions>[0], query: string) => matchCountries(countryOptions(language), query)[0]?.code;

  it('finds Kenya from the first letters of its name in each language', () => {
    expect(first('en', 'Ken')).toBe('KEN');
    expect(first('fr', 'Ken')).toBe('KEN');
    expect(first('es', 'Keni')).toBe('KEN');
    expect(first('ru', 'Кен')).toBe('KEN');
    expect(first('ru', 'кен')).toBe('KEN');
    expect(first('ar', 'كيني')).toBe('KEN');
    expect(first('zh', '肯')).toBe('KEN');
  });

  it('finds names that start with accents, other scripts and several words', () => {
    expect(first('fr', 'egyp')).toBe('EGY'); // "Égypte" without the accent
    expect(first('es', 'Alem')).toBe('DEU');
    expect(first('ru', 'Герм')).toBe('DEU');
    expect(first('zh', '德国')).toBe('DEU');
    expect(first('ar', 'ألمانيا')).toBe('DEU');
    // A later word of the name: "Tanzania" inside "United Republic of Tanzania".
    expect(matchCountries(countryOptions('en'), 'tanz').map((option) => option.code)).toContain('TZA');
  });

  it('finds a country by its ISO code whatever the language of the names', () => {
    for (const language of ['ar', 'zh', 'en', 'fr', 'ru', 'es'] as const) expect(first(language, 'uga')).toBe('UGA');
  });
});
