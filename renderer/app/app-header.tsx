import { useTranslation } from 'react-i18next';
import { LanguageSwitcher } from './language-switcher';
import { routeHref, useRoute } from './route';

export function AppHeader() {
  const { t } = useTranslation();
  const screen = useRoute().screen;
  return (
    <header className="app-header">
      <div className="app-header-inner">
        <div className="brand">
          <span className="brand-name">{t('app.name')}</span>
          <span className="brand-tagline">{t('app.tagline')}</span>
        </div>
        <nav className="app-nav" aria-label={t('nav.label')}>
          <a href={routeHref({ screen: 'list' })} aria-current={screen === 'list' ? 'page' : undefined}>
            {t('nav.assessments')}
          </a>
          <a href={routeHref({ screen: 'frameworks' })} aria-current={screen === 'frameworks' ? 'page' : undefined}>
            {t('nav.frameworks')}
          </a>
        </nav>
        <LanguageSwitcher />
      </div>
    </header>
  );
}
