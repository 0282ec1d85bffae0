/** The six official UN languages, in UN protocol order (alphabetical in English: A, C, E, F, R, S). */
export const LANGUAGES = ['ar', 'zh', 'en', 'fr', 'ru', 'es'] as const;
export type Language = (typeof LANGUAGES)[number];

export const DEFAULT_LANGUAGE: Language = 'en';

/** Arabic is the only right-to-left official language. */
export function isRightToLeft(language: Language): boolean {
  return language === 'ar';
}

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}
