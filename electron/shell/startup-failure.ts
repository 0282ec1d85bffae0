import { isLanguage, type Language } from '../../shared/i18n/languages';

/**
 * The one sentence the shell shows itself: when the backend cannot open there is no renderer
 * and no stored language setting, so the renderer's catalogs are out of reach. Picked by the
 * OS locale; the technical detail that follows stays in English, as in the logs.
 */
const CANNOT_OPEN_DATA: Record<Language, string> = {
  ar: 'لا يستطيع Fieldscore فتح مجلد بياناته.',
  zh: 'Fieldscore 无法打开其数据文件夹。',
  en: 'Fieldscore cannot open its data folder.',
  fr: 'Fieldscore ne peut pas ouvrir son dossier de données.',
  ru: 'Fieldscore не может открыть папку с данными.',
  es: 'Fieldscore no puede abrir su carpeta de datos.',
};

export function startupFailureMessage(locale: string, dataDir: string, detail: string): string {
  const language = locale.toLowerCase().slice(0, 2);
  const sentence = isLanguage(language) ? CANNOT_OPEN_DATA[language] : CANNOT_OPEN_DATA.en;
  return `${sentence}\n\n${dataDir}\n${detail}`;
}
