import i18next, { type TFunction } from 'i18next';
import type { Language } from '../../../../shared/i18n/languages';
import { catalogs } from '../../../../renderer/i18n/catalogs';

/** The app's real catalogs in one language, without React or a DOM. */
export function translator(language: Language): TFunction {
  const instance = i18next.createInstance();
  void instance.init({
    resources: Object.fromEntries(Object.entries(catalogs).map(([lng, catalog]) => [lng, { translation: catalog }])),
    lng: language,
    fallbackLng: 'en',
    initAsync: false,
    interpolation: { escapeValue: false },
  });
  return instance.t;
}
