import fs from 'node:fs';
import path from 'node:path';
import countries from 'i18n-iso-countries';
import { beforeAll, describe, expect, it } from 'vitest';
import { isCountryCode } from '../../../shared/geo/country-codes';
import { UN_NAME_OVERRIDES, unNameOverride, type CldrLanguage } from '../../../shared/geo/un-country-names';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const OTHER_LANGUAGES: readonly CldrLanguage[] = ['ar', 'zh', 'fr', 'ru', 'es'];
const entries = Object.entries(UN_NAME_OVERRIDES);

beforeAll(() => {
  for (const language of OTHER_LANGUAGES) {
    countries.registerLocale(JSON.parse(fs.readFileSync(path.join(ROOT, `node_modules/i18n-iso-countries/langs/${language}.json`), 'utf8')));
  }
});

describe('the UN name overrides', () => {
  it('cover only listed codes, each with its source and at least one non-empty name, never English', () => {
    for (const [code, override] of entries) {
      expect(isCountryCode(code), code).toBe(true);
      expect(['UNTERM', 'M49']).toContain(override!.source);
      const names = Object.entries(override!).filter(([key]) => key !== 'source');
      expect(names.length, code).toBeGreaterThan(0);
      for (const [language, name] of names) {
        expect(OTHER_LANGUAGES, `${code} ${language}`).toContain(language);
        expect(typeof name === 'string' && name.trim() === name && name !== '', `${code} ${language}`).toBe(true);
      }
    }
  });

  it('stay short, and each changes a name: none repeats CLDR', () => {
    expect(entries.length).toBeLessThanOrEqual(50);
    const repeated = entries.flatMap(([code, override]) =>
      OTHER_LANGUAGES.filter((language) => override![language] !== undefined && override![language] === countries.getName(code, language, { select: 'official' })).map(
        (language) => `${code} ${language}`,
      ),
    );
    expect(repeated).toEqual([]);
  });

  it("give the UN's names for the states whose names it was asked to check", () => {
    expect(unNameOverride('BOL', 'fr')).toBe('Bolivie (État plurinational de)');
    expect(unNameOverride('BOL', 'es')).toBe('Bolivia (Estado Plurinacional de)');
    expect(unNameOverride('VEN', 'ru')).toBe('Венесуэла (Боливарианская Республика)');
    expect(unNameOverride('IRN', 'zh')).toBe('伊朗伊斯兰共和国');
    expect(unNameOverride('KOR', 'fr')).toBe('République de Corée');
    expect(unNameOverride('PRK', 'ar')).toBe('جمهورية كوريا الشعبية الديمقراطية');
    expect(unNameOverride('RUS', 'fr')).toBe('Fédération de Russie');
    expect(unNameOverride('SYR', 'ru')).toBe('Сирийская Арабская Республика');
    expect(unNameOverride('TZA', 'es')).toBe('República Unida de Tanzanía');
    expect(unNameOverride('TUR', 'fr')).toBe('Türkiye');
    expect(unNameOverride('CZE', 'es')).toBe('Chequia');
    expect(unNameOverride('PSE', 'fr')).toBe('État de Palestine');
    expect(unNameOverride('NLD', 'es')).toBe('Países Bajos (Reino de los)');
    expect(unNameOverride('GBR', 'zh')).toBe('大不列颠及北爱尔兰联合王国');
    expect(unNameOverride('USA', 'ru')).toBe('Соединенные Штаты Америки');
    expect(unNameOverride('SWZ', 'ar')).toBe('إسواتيني');
    expect(unNameOverride('CPV', 'fr')).toBe('Cabo Verde');
    // Where CLDR already has the UN's name there is nothing to override.
    expect(unNameOverride('MKD', 'fr')).toBeUndefined();
    expect(countries.getName('MKD', 'fr', { select: 'official' })).toBe('Macédoine du Nord');
    expect(unNameOverride('KOR', 'es')).toBeUndefined();
    expect(countries.getName('KOR', 'es', { select: 'official' })).toBe('República de Corea');
  });

  it('take no position CLDR takes: Western Sahara, Hong Kong, the Falklands (Malvinas)', () => {
    expect(unNameOverride('ESH', 'zh')).toBe('西撒哈拉');
    expect(unNameOverride('HKG', 'zh')).toBe('中国香港特别行政区');
    expect(unNameOverride('FLK', 'es')).toBe('Islas Malvinas (Falkland)');
    expect(unNameOverride('MMR', 'ar')).toBe('ميانمار');
  });

  it('answer nothing for unlisted codes and for names left to CLDR', () => {
    expect(unNameOverride('TWN', 'zh')).toBeUndefined();
    expect(unNameOverride('toString', 'fr')).toBeUndefined();
    expect(unNameOverride('KEN', 'es')).toBeUndefined();
  });
});
