import type { LocalizedText } from '../../../shared/framework/framework-schema';
import type { Language } from '../../../shared/i18n/languages';

/**
 * A framework text in the user's language. A framework need not carry all six languages
 * (validateFramework checks only those it declares), so fall back to English, then to any.
 */
export function localized(text: LocalizedText | undefined, language: Language): { text: string; lang: Language } | null {
  if (!text) return null;
  const own = text[language];
  if (own !== undefined && own.trim() !== '') return { text: own, lang: language };
  if (text.en !== undefined && text.en.trim() !== '') return { text: text.en, lang: 'en' };
  const any = Object.entries(text).find(([, value]) => value !== undefined && value.trim() !== '');
  return any ? { text: any[1] as string, lang: any[0] as Language } : null;
}

/** The text alone, '' when the framework has none. */
export function localizedString(text: LocalizedText | undefined, language: Language): string {
  return localized(text, language)?.text ?? '';
}
