import i18next, { type TFunction } from 'i18next';
import { isRightToLeft, type Language } from '../../shared/i18n/languages';
import { catalogs } from '../i18n/catalogs';

export interface ReportTranslation {
  language: Language;
  /** The report's language's texts; missing keys fall back to English, as in the app. */
  t: TFunction;
  dir: 'rtl' | 'ltr';
}

const cache = new Map<Language, ReportTranslation>();

/**
 * An i18next instance for the *report's* language, built from the app's own catalogs: a report
 * in Arabic prints from an English UI (and from the CLI, which has no UI language at all). Kept
 * apart from the app's instance so rendering a report never changes the screen's language.
 */
export function reportTranslation(language: Language): ReportTranslation {
  const known = cache.get(language);
  if (known) return known;
  const instance = i18next.createInstance();
  void instance.init({
    resources: Object.fromEntries(Object.entries(catalogs).map(([lng, catalog]) => [lng, { translation: catalog }])),
    lng: language,
    fallbackLng: 'en',
    initAsync: false,
    returnNull: false,
    // React escapes what it renders; escaping here too would print &amp; etc.
    interpolation: { escapeValue: false },
  });
  const translation: ReportTranslation = { language, t: instance.t.bind(instance) as TFunction, dir: isRightToLeft(language) ? 'rtl' : 'ltr' };
  cache.set(language, translation);
  return translation;
}
