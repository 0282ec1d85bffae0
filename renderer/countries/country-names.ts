import countries from 'i18n-iso-countries';
import ar from 'i18n-iso-countries/langs/ar.json';
import en from 'i18n-iso-countries/langs/en.json';
import es from 'i18n-iso-countries/langs/es.json';
import fr from 'i18n-iso-countries/langs/fr.json';
import ru from 'i18n-iso-countries/langs/ru.json';
import zh from 'i18n-iso-countries/langs/zh.json';
import { COUNTRY_CODES, isCountryCode, unEnglishName } from '../../shared/geo/country-codes';
import { unNameOverride } from '../../shared/geo/un-country-names';
import type { Language } from '../../shared/i18n/languages';
import { intlLocale } from '../i18n/format';

// Only the six UN languages are bundled: the app is offline and the other 70 would only weigh.
// (CLDR's English names are searched, not shown: English names are M49's.)
for (const locale of [ar, zh, en, fr, ru, es]) countries.registerLocale(locale);

export interface CountryOption {
  /** ISO 3166-1 alpha-3, upper case. */
  code: string;
  /** The UN's name, the one shown and printed. */
  name: string;
  /** Other names a reader may type (CLDR's: "Vietnam", "Turkey", "Ivory Coast"): searched, never shown. */
  aliases: readonly string[];
}

const optionsByLanguage = new Map<Language, CountryOption[]>();

/** One of the countries and areas of UN M49 (shared/geo/country-codes.ts), the only ones offered. */
export function isKnownCountry(code: string): boolean {
  return isCountryCode(code);
}

/**
 * The name the UN uses: M49's in English; in the other five languages the UN's where CLDR's
 * differs (shared/geo/un-country-names.ts), else CLDR's, else M49's English name. Undefined for
 * a code M49 does not list (the caller shows the code).
 */
export function countryName(code: string, language: Language): string | undefined {
  const english = unEnglishName(code);
  if (english === undefined || language === 'en') return english;
  return unNameOverride(code, language) ?? countries.getName(code, language, { select: 'official' }) ?? english;
}

/** All listed countries with their names in the language, sorted as a reader of that language expects. */
export function countryOptions(language: Language): CountryOption[] {
  const cached = optionsByLanguage.get(language);
  if (cached) return cached;
  const collator = new Intl.Collator(intlLocale(language));
  const options = COUNTRY_CODES.map((code) => {
    const name = countryName(code, language) ?? code;
    const aliases = (countries.getName(code, language, { select: 'all' }) ?? []).filter((alias) => alias !== name);
    return { code, name, aliases };
  }).sort((a, b) => collator.compare(a.name, b.name));
  optionsByLanguage.set(language, options);
  return options;
}

/**
 * Case- and accent-insensitive, so "cote" finds "Côte d’Ivoire" and "кения" finds "Кения"; a
 * typed apostrophe matches a typographic one (M49 writes "Côte d’Ivoire", UNTERM "d'Irlande").
 */
export function searchKey(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Mn}/gu, '')
    .replace(/[\u2019\u02BC]/gu, "'")
    .toLocaleLowerCase()
    .trim();
}

/** How well a name matches a search key: 1 starts with it, 2 a word does, 3 contains it; undefined: no match. */
function nameRank(text: string, key: string): number | undefined {
  const name = searchKey(text);
  if (name.startsWith(key)) return 1;
  if (name.split(/[\s,.'()-]+/u).some((word) => word.startsWith(key))) return 2;
  if (name.includes(key)) return 3;
  return undefined;
}

/**
 * Options matching the query, best first: exact code, then names that start with it, then names
 * with a word that starts with it, then names that merely contain it (alphabetical within each).
 * Another name of the country (an alias) counts just after the shown name at the same level.
 * All options for an empty query.
 */
export function matchCountries(options: readonly CountryOption[], query: string): CountryOption[] {
  const key = searchKey(query);
  if (key === '') return [...options];
  const ranked: { option: CountryOption; rank: number }[] = [];
  for (const option of options) {
    const code = option.code.toLowerCase();
    const ranks = [code === key ? 0 : code.startsWith(key) ? 3 : undefined, nameRank(option.name, key)];
    for (const alias of option.aliases) {
      const rank = nameRank(alias, key);
      ranks.push(rank === undefined ? undefined : rank + 0.5);
    }
    const found = ranks.filter((rank): rank is number => rank !== undefined);
    if (found.length === 0) continue;
    ranked.push({ option, rank: Math.min(...found) });
  }
  // Array.prototype.sort is stable: the alphabetical order survives within a rank.
  return ranked.sort((a, b) => a.rank - b.rank).map(({ option }) => option);
}

/**
 * The option the text names exactly (by name or code, else by another of its names), if any:
 * what a typed-then-left field means.
 */
export function exactCountry(options: readonly CountryOption[], text: string): CountryOption | undefined {
  const key = searchKey(text);
  if (key === '') return undefined;
  return (
    options.find((option) => searchKey(option.name) === key || option.code.toLowerCase() === key) ??
    options.find((option) => option.aliases.some((alias) => searchKey(alias) === key))
  );
}
