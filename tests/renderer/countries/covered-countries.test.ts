import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Answer } from '../../../shared/assessment/answer';
import { frameworkSchema, type Framework } from '../../../shared/framework/framework-schema';
import { LANGUAGES } from '../../../shared/i18n/languages';
import { catalogs } from '../../../renderer/i18n/catalogs';
import {
  applyCoveredCountriesEdit,
  coveredCountriesAnswer,
  coveredCountriesIndicator,
  coveredCountriesOf,
  coveredCountriesText,
  sortCoveredCountries,
} from '../../../renderer/countries/covered-countries';

const DEFAULT_FRAMEWORK: Framework = frameworkSchema.parse(
  JSON.parse(fs.readFileSync(path.resolve(import.meta.dirname, '../../../resources/frameworks/fieldscore-default-1.0.0.json'), 'utf8')),
);

const plainT = (key: string, options?: Record<string, unknown>) => `${key}${options?.country ? `(${String(options.country)})` : ''}`;

describe('coveredCountriesIndicator', () => {
  it('finds the countries indicator of the default framework by its input type', () => {
    expect(coveredCountriesIndicator(DEFAULT_FRAMEWORK)?.id).toBe('P2.1');
  });

  it('finds it whatever its id, and nothing when the framework has none', () => {
    const renamed = structuredClone(DEFAULT_FRAMEWORK);
    const indicator = renamed.perspectives[1]!.indicators[0]!;
    indicator.id = 'COVERAGE';
    expect(coveredCountriesIndicator(renamed)?.id).toBe('COVERAGE');
    indicator.input = { type: 'number' };
    expect(coveredCountriesIndicator(renamed)).toBeUndefined();
  });
});

describe('applyCoveredCountriesEdit', () => {
  it('adds the host country as resident and any other country as non-resident', () => {
    const withHost = applyCoveredCountriesEdit([], { kind: 'add', code: 'KEN' }, 'KEN');
    expect(withHost).toEqual([{ code: 'KEN', resident: true }]);
    expect(applyCoveredCountriesEdit(withHost, { kind: 'add', code: 'UGA' }, 'KEN')).toEqual([
      { code: 'KEN', resident: true },
      { code: 'UGA', resident: false },
    ]);
  });

  it('toggles residency and removes, touching only the country named', () => {
    const list = [
      { code: 'KEN', resident: true },
      { code: 'UGA', resident: false },
    ];
    expect(applyCoveredCountriesEdit(list, { kind: 'resident', code: 'UGA', resident: true }, 'KEN')).toEqual([
      { code: 'KEN', resident: true },
      { code: 'UGA', resident: true },
    ]);
    expect(applyCoveredCountriesEdit(list, { kind: 'remove', code: 'KEN' }, 'KEN')).toEqual([{ code: 'UGA', resident: false }]);
    expect(list).toHaveLength(2); // never mutated
  });

  it('refuses duplicates and codes that are not countries', () => {
    const list = [{ code: 'KEN', resident: false }];
    expect(applyCoveredCountriesEdit(list, { kind: 'add', code: 'KEN' }, 'KEN')).toEqual(list);
    expect(applyCoveredCountriesEdit(list, { kind: 'add', code: 'XYZ' }, 'KEN')).toEqual(list);
    expect(applyCoveredCountriesEdit(list, { kind: 'add', code: 'ken' }, 'KEN')).toEqual(list);
    // Codes UN M49 does not list are not added; one an older version saved can still be removed.
    expect(applyCoveredCountriesEdit(list, { kind: 'add', code: 'TWN' }, 'KEN')).toEqual(list);
    const saved = [...list, { code: 'XKK', resident: false }];
    expect(applyCoveredCountriesEdit(saved, { kind: 'remove', code: 'XKK' }, 'KEN')).toEqual(list);
  });
});

describe('covered countries as an answer', () => {
  it('reads the list from an answer, and nothing from a blank, not-applicable or malformed one', () => {
    const answer: Answer = { state: 'answered', value: [{ code: 'KEN', resident: true }] };
    expect(coveredCountriesOf(answer)).toEqual([{ code: 'KEN', resident: true }]);
    expect(coveredCountriesOf(undefined)).toEqual([]);
    expect(coveredCountriesOf({ state: 'not_applicable' })).toEqual([]);
    expect(coveredCountriesOf({ state: 'answered', value: 3 })).toEqual([]);
  });

  it('keeps a note and a justification, and goes back to blank when nothing is left', () => {
    const list = [{ code: 'UGA', resident: false }];
    expect(coveredCountriesAnswer(undefined, list)).toEqual({ state: 'answered', value: list });
    expect(coveredCountriesAnswer({ state: 'answered', value: [], note: 'from the 2023 review' }, list)).toEqual({
      state: 'answered',
      value: list,
      note: 'from the 2023 review',
    });
    expect(coveredCountriesAnswer({ state: 'answered', value: list }, [])).toBeNull();
    expect(coveredCountriesAnswer({ state: 'answered', value: list, note: 'kept' }, [])).toEqual({ state: 'answered', value: [], note: 'kept' });
  });

  it('lists the host country first, then the others alphabetically in the reader\'s language', () => {
    const list = [
      { code: 'UGA', resident: false },
      { code: 'DEU', resident: false },
      { code: 'KEN', resident: true },
    ];
    expect(sortCoveredCountries(list, 'KEN', 'en').map((entry) => entry.code)).toEqual(['KEN', 'DEU', 'UGA']);
    // Egypt before Germany in English; Alemania before Egipto in Spanish.
    const pair = [
      { code: 'EGY', resident: false },
      { code: 'DEU', resident: false },
    ];
    expect(sortCoveredCountries(pair, 'KEN', 'en').map((entry) => entry.code)).toEqual(['EGY', 'DEU']);
    expect(sortCoveredCountries(pair, 'KEN', 'es').map((entry) => entry.code)).toEqual(['DEU', 'EGY']);
    expect(sortCoveredCountries(list, 'UGA', 'en').map((entry) => entry.code)).toEqual(['UGA', 'DEU', 'KEN']);
  });

  it('says which countries are resident when it writes the list out', () => {
    const text = coveredCountriesText(
      [
        { code: 'KEN', resident: true },
        { code: 'UGA', resident: false },
      ],
      'en',
      plainT,
    );
    expect(text).toBe('coveredCountries.residentMark(Kenya) and Uganda');
    expect(coveredCountriesText([], 'en', plainT)).toBe('coveredCountries.none');
  });
});

describe('the picker\'s accessible names', () => {
  it('contain the visible label in every language (WCAG 2.5.3, label in name)', () => {
    for (const language of LANGUAGES) {
      const group = catalogs[language].coveredCountries as Record<string, string>;
      expect({ language, ok: group.residentIn!.includes(group.resident!) }).toEqual({ language, ok: true });
    }
  });
});
