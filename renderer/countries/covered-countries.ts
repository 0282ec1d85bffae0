import type { Answer, CoveredCountry } from '../../shared/assessment/answer';
import type { Framework, Indicator } from '../../shared/framework/framework-schema';
import type { Language } from '../../shared/i18n/languages';
import { intlLocale } from '../i18n/format';
import { countryName, isKnownCountry } from './country-names';

/** One step of editing the covered countries; applied to whatever list is saved at that moment. */
export type CoveredCountriesEdit =
  | { kind: 'add'; code: string }
  | { kind: 'remove'; code: string }
  | { kind: 'resident'; code: string; resident: boolean };

/**
 * The framework's covered-countries indicator (P2.1 in the default framework). Found by its input
 * type, not its id: another framework may number it differently.
 */
export function coveredCountriesIndicator(framework: Framework): Indicator | undefined {
  for (const perspective of framework.perspectives) {
    const indicator = perspective.indicators.find((candidate) => candidate.input.type === 'countries');
    if (indicator) return indicator;
  }
  return undefined;
}

/** The saved list, or an empty one for a blank, not-applicable or malformed answer. */
export function coveredCountriesOf(answer: Answer | undefined): CoveredCountry[] {
  if (answer?.state !== 'answered' || !Array.isArray(answer.value)) return [];
  return answer.value.filter(
    (entry): entry is CoveredCountry => typeof entry === 'object' && entry !== null && typeof entry.code === 'string',
  );
}

/**
 * The list after one edit. Adding the host country marks it resident (the office sits there);
 * any other country starts as non-resident. Unknown codes and duplicates are refused (the list
 * comes back unchanged), so a stale click cannot corrupt it.
 */
export function applyCoveredCountriesEdit(
  list: readonly CoveredCountry[],
  edit: CoveredCountriesEdit,
  hostCountry: string,
): CoveredCountry[] {
  const present = list.some((entry) => entry.code === edit.code);
  switch (edit.kind) {
    case 'add':
      if (present || !isKnownCountry(edit.code)) return [...list];
      return [...list, { code: edit.code, resident: edit.code === hostCountry }];
    case 'remove':
      return list.filter((entry) => entry.code !== edit.code);
    case 'resident':
      return list.map((entry) => (entry.code === edit.code ? { ...entry, resident: edit.resident } : entry));
  }
}

/**
 * The answer that stores the list. Any note or justification already given is kept; an empty
 * list with nothing else to keep goes back to blank rather than "answered: no countries".
 */
export function coveredCountriesAnswer(previous: Answer | undefined, list: readonly CoveredCountry[]): Answer | null {
  const justification = previous?.justification;
  const note = previous?.note;
  if (list.length === 0 && !justification?.trim() && !note?.trim()) return null;
  return {
    state: 'answered',
    value: list.map(({ code, resident }) => ({ code, resident })),
    ...(justification === undefined ? {} : { justification }),
    ...(note === undefined ? {} : { note }),
  };
}

/** For display: the host country first, then alphabetical in the reader's language. */
export function sortCoveredCountries(list: readonly CoveredCountry[], hostCountry: string, language: Language): CoveredCountry[] {
  const collator = new Intl.Collator(intlLocale(language));
  const name = (code: string) => countryName(code, language) ?? code;
  return [...list].sort((a, b) => {
    if (a.code === hostCountry) return -1;
    if (b.code === hostCountry) return 1;
    return collator.compare(name(a.code), name(b.code));
  });
}

/** "Kenya (resident), Uganda and United Republic of Tanzania": residency matters, so it is always said. */
export function coveredCountriesText(
  list: readonly CoveredCountry[],
  language: Language,
  t: (key: string, options?: Record<string, unknown>) => string,
): string {
  if (list.length === 0) return t('coveredCountries.none');
  const names = list.map((entry) => {
    const name = countryName(entry.code, language) ?? entry.code;
    return entry.resident ? t('coveredCountries.residentMark', { country: name }) : name;
  });
  return new Intl.ListFormat(intlLocale(language), { style: 'long', type: 'conjunction' }).format(names);
}
