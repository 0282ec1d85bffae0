import { useTranslation } from 'react-i18next';
import { LanguageSwitcher } from './language-switcher';

export function AppHeader() {
  const { t } = useTranslation();
  return (
    <header className="app-header">
      <div className="app-header-inner">
        <div className="brand">
          <span className="brand-name">{t('app.name')}</span>
          <span className="brand-tagline">{t('app.tagline')}</span>
        </div>
        <LanguageSwitcher />
      </div>
    </header>
  );
}
