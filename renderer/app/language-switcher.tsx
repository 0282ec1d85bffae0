import { useTranslation } from 'react-i18next';
import { LANGUAGES, isLanguage } from '../../shared/i18n/languages';
import { useAppStore } from '../state/stores-context';

/** Six languages, each named in itself (its catalog's meta.languageName), so anyone can find their own. */
export function LanguageSwitcher() {
  const { t } = useTranslation();
  const language = useAppStore((state) => state.language);
  const setLanguage = useAppStore((state) => state.setLanguage);
  return (
    <div className="language-switcher">
      <label htmlFor="language-select">{t('header.language')}</label>
      <select
        id="language-select"
        value={language}
        onChange={(event) => {
          if (isLanguage(event.target.value)) void setLanguage(event.target.value);
        }}
      >
        {LANGUAGES.map((code) => (
          <option key={code} value={code} lang={code}>
            {t('meta.languageName', { lng: code })}
          </option>
        ))}
      </select>
    </div>
  );
}
