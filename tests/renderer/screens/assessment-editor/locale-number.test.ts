import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../../../shared/i18n/languages';
import { formatInputNumber, parseLocaleNumber, separatorsOf } from '../../../../renderer/screens/assessment-editor/locale-number';

const value = (text: string, language: Parameters<typeof parseLocaleNumber>[1]) => {
  const parsed = parseLocaleNumber(text, language);
  return parsed.kind === 'number' ? parsed.value : parsed.kind;
};

describe('numbers typed in the user’s language', () => {
  it('knows each language’s decimal mark and grouping', () => {
    expect(separatorsOf('en')).toEqual({ decimal: '.', group: ',' });
    expect(separatorsOf('zh')).toEqual({ decimal: '.', group: ',' });
    expect(separatorsOf('ar')).toEqual({ decimal: '.', group: ',' });
    expect(separatorsOf('fr')).toEqual({ decimal: ',', group: ' ' });
    expect(separatorsOf('ru')).toEqual({ decimal: ',', group: ' ' });
    expect(separatorsOf('es')).toEqual({ decimal: ',', group: '.' });
  });

  it('reads the decimal mark of the language', () => {
    expect(value('62.75', 'en')).toBe(62.75);
    expect(value('62,75', 'fr')).toBe(62.75);
    expect(value('62,75', 'es')).toBe(62.75);
    expect(value('62,75', 'ru')).toBe(62.75);
    expect(value('0.85', 'zh')).toBe(0.85);
    expect(value('.5', 'en')).toBe(0.5);
    expect(value('5.', 'en')).toBe(5);
  });

  it('accepts grouping where it is unambiguous, and a point for decimals where it cannot be grouping', () => {
    expect(value('8,400,000', 'en')).toBe(8_400_000);
    expect(value('8 400 000', 'fr')).toBe(8_400_000);
    expect(value('8\u202f400\u202f000,5', 'fr')).toBe(8_400_000.5);
    expect(value('8\u00a0400\u00a0000', 'ru')).toBe(8_400_000);
    expect(value('8.400.000', 'es')).toBe(8_400_000);
    expect(value('1.5', 'fr')).toBe(1.5);
    expect(value('1.5', 'ru')).toBe(1.5);
  });

  it('refuses what it would have to guess', () => {
    expect(value('1,5', 'en')).toBe('invalid'); // neither 1.5 nor 15
    expect(value('1.5', 'es')).toBe('invalid'); // "." groups thousands in Spanish
    expect(value('12,34,567', 'en')).toBe('invalid');
    expect(value('1.2.3', 'en')).toBe('invalid');
    expect(value('1e3', 'en')).toBe('invalid');
    expect(value('abc', 'en')).toBe('invalid');
    expect(value('-', 'en')).toBe('invalid');
    expect(value('1 000', 'en')).toBe('invalid');
  });

  it('reads digits and marks from Arabic and Chinese keyboards, signs, spaces and a per-cent sign', () => {
    expect(value('٦٢٫٧٥', 'ar')).toBe(62.75);
    expect(value('\u200e62.75\u200e', 'ar')).toBe(62.75);
    expect(value('６２．７５', 'zh')).toBe(62.75);
    expect(value('  45 % ', 'en')).toBe(45);
    expect(value('45,5 %', 'fr')).toBe(45.5);
    expect(value('−3', 'en')).toBe(-3);
    expect(value('-0', 'en')).toBe(0);
    expect(value('+7', 'en')).toBe(7);
    expect(value('', 'en')).toBe('empty');
    expect(value('   ', 'fr')).toBe('empty');
  });

  it('writes stored numbers back as the user would type them, and reads them back exactly', () => {
    expect(formatInputNumber(62.75, 'fr')).toBe('62,75');
    expect(formatInputNumber(62.75, 'en')).toBe('62.75');
    expect(formatInputNumber(0.1, 'es')).toBe('0,1');
    expect(formatInputNumber(8_400_000, 'en')).toBe('8400000');
    for (const language of LANGUAGES) {
      for (const number of [0, 0.1, 0.85, 1.7, 62.75, 8_400_000, 1234.5678, 1e21, 3e-7]) {
        expect({ language, number, back: value(formatInputNumber(number, language), language) }).toEqual({ language, number, back: number });
      }
    }
  });
});
