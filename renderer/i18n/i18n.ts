import i18next, { type i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { isRightToLeft, type Language } from '../../shared/i18n/languages';
import { catalogs } from './catalogs';

/**
 * One i18next instance with all six catalogs bundled: the app is offline, nothing is fetched.
 * Every language change also sets <html lang> and <html dir> so the layout mirrors for Arabic.
 */
export function initI18n(language: Language): I18n {
  const instance = i18next.createInstance();
  instance.on('languageChanged', (lng) => applyDocumentLanguage(lng as Language));
  void instance.use(initReactI18next).init({
    resources: Object.fromEntries(Object.entries(catalogs).map(([lng, catalog]) => [lng, { translation: catalog }])),
    lng: language,
    fallbackLng: 'en',
    initAsync: false,
    returnNull: false,
    // React escapes what it renders; escaping here too would show &amp; etc.
    interpolation: { escapeValue: false },
  });
  applyDocumentLanguage(language);
  return instance;
}

export function applyDocumentLanguage(language: Language): void {
  document.documentElement.lang = language;
  document.documentElement.dir = isRightToLeft(language) ? 'rtl' : 'ltr';
}
