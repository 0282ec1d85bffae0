import { DEFAULT_LANGUAGE, isLanguage, type Language } from '../../shared/i18n/languages';

/**
 * The language to show before the saved setting is read (and on the recovery screens, where it
 * cannot be read): the first of the system's preferred languages that is a UN language.
 */
export function guessLanguage(preferred: readonly string[]): Language {
  for (const tag of preferred) {
    const primary = tag.toLowerCase().split('-')[0];
    if (isLanguage(primary)) return primary;
  }
  return DEFAULT_LANGUAGE;
}
