import countries from 'i18n-iso-countries';
import ar from 'i18n-iso-countries/langs/ar.json';
import en from 'i18n-iso-countries/langs/en.json';
import es from 'i18n-iso-countries/langs/es.json';
import fr from 'i18n-iso-countries/langs/fr.json';
import ru from 'i18n-iso-countries/langs/ru.json';
import zh from 'i18n-iso-countries/langs/zh.json';
import type { Language } from '../../shared/i18n/languages';
import { intlLocale } from '../i18n/format';

// Only the six UN languages are bundled: the app is offline and the other 70 would only weigh.
for (const locale of [ar, zh, en, fr, ru, es]) countries.registerLocale(locale);

export interface CountryOption {
  /** ISO 3166-1 alpha-3, upper case. */
  code: string;
  name: string;
}

const alpha3ToAlpha2 = countries.getAlpha3Codes();
const optionsByLanguage = new Map<Language, CountryOption[]>();

export function isKnownCountry(code: string): boolean {
  return Object.prototype.hasOwnProperty.call(alpha3ToAlpha2, code);
}

export function countryName(code: string, language: Language): string | undefined {
  if (!isKnownCountry(code)) return undefined;
  return countries.getName(code, language, { select: 'official' }) ?? countries.getName(code, 'en', { select: 'official' });
}

/** All countries with their names in the language, sorted as a reader of that language expects. */
export function countryOptions(language: Language): CountryOption[] {
  const cached = optionsByLanguage.get(language);
  if (cached) return cached;
  const collator = new Intl.Collator(intlLocale(language));
  const options = Object.keys(alpha3ToAlpha2)
    .map((code) => ({ code, name: countryName(code, language) ?? code }))
    .sort((a, b) => collator.compare(a.name, b.name));
  optionsByLanguage.set(language, options);
  return options;
}

/** Case- and accent-insensitive, so "cote" finds "Côte d'Ivoire" and "кения" finds "Кения". */
export function searchKey(text: string): string {
  return text.normalize('NFD').replace(/\p{Mn}/gu, '').toLocaleLowerCase().trim();
}

/**
 * Options matching the query, best first: exact code, then names that start with it, then names
 * with a word that starts with it, then names that merely contain it (alphabetical within each).
 * All options for an empty query.
 */
export function matchCountries(options: readonly CountryOption[], query: string): CountryOption[] {
  const key = searchKey(query);
  if (key === '') return [...options];
  const ranked: { option: CountryOption; rank: number }[] = [];
  for (const option of options) {
    const name = searchKey(option.name);
    const code = option.code.toLowerCase();
    let rank: number;
    if (code === key) rank = 0;
    else if (name.startsWith(key)) rank = 1;
    else if (name.split(/[\s,.'’()-]+/u).some((word) => word.startsWith(key))) rank = 2;
    else if (name.includes(key) || code.startsWith(key)) rank = 3;
    else continue;
    ranked.push({ option, rank });
  }
  // Array.prototype.sort is stable: the alphabetical order survives within a rank.
  return ranked.sort((a, b) => a.rank - b.rank).map(({ option }) => option);
}

/** The option the text names exactly (by name or code), if any: what a typed-then-left field means. */
export function exactCountry(options: readonly CountryOption[], text: string): CountryOption | undefined {
  const key = searchKey(text);
  if (key === '') return undefined;
  return options.find((option) => searchKey(option.name) === key || option.code.toLowerCase() === key);
}
