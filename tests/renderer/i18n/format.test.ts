import { describe, expect, it } from 'vitest';
import { formatDateTime, formatFileSize, formatInteger, formatYear, intlLocale } from '../../../renderer/i18n/format';
import { guessLanguage } from '../../../renderer/i18n/guess-language';

describe('Intl formatting in the current language', () => {
  it('never groups years', () => {
    expect(formatYear(2025, 'en')).toBe('2025');
    expect(formatYear(2025, 'fr')).toBe('2025');
    expect(formatYear(2025, 'ar')).toBe('2025');
  });

  it('writes Arabic with Latin digits', () => {
    expect(intlLocale('ar')).toBe('ar-u-nu-latn');
    expect(formatInteger(1234, 'ar')).toMatch(/^1.?234$/u);
    expect(formatDateTime('2024-03-05T10:00:00Z', 'ar')).toMatch(/2024/);
  });

  it('formats dates in each language', () => {
    const iso = '2024-03-05T10:00:00Z';
    expect(formatDateTime(iso, 'en')).toMatch(/Mar/);
    expect(formatDateTime(iso, 'fr')).toMatch(/mars/);
    expect(formatDateTime(iso, 'es')).toMatch(/mar/);
    expect(formatDateTime(iso, 'ru')).toMatch(/мар/);
    expect(formatDateTime(iso, 'zh')).toMatch(/2024年3月5日/);
    expect(formatDateTime('not a date', 'en')).toBe('not a date');
  });

  it('formats file sizes in decimal units with the language’s separators', () => {
    expect(formatFileSize(512, 'en')).toBe('512 byte');
    expect(formatFileSize(172_032, 'en')).toBe('172 kB');
    expect(formatFileSize(1_540_000, 'en')).toBe('1.5 MB');
    expect(formatFileSize(1_540_000, 'fr')).toMatch(/^1,5\s?Mo$/u);
  });
});

describe('guessLanguage', () => {
  it('takes the first preferred language that is a UN language', () => {
    expect(guessLanguage(['de-DE', 'fr-CH', 'en'])).toBe('fr');
    expect(guessLanguage(['zh-Hans-CN'])).toBe('zh');
    expect(guessLanguage(['AR'])).toBe('ar');
    expect(guessLanguage(['de', 'it'])).toBe('en');
    expect(guessLanguage([])).toBe('en');
  });
});
