import { useTranslation } from 'react-i18next';
import { LanguageSwitcher } from './language-switcher';
import { routeHref, useRoute } from './route';

export function AppHeader() {
  const { t } = useTranslation();
  const screen = useRoute().screen;
  const current = (...screens: string[]) => (screens.includes(screen) ? ('page' as const) : undefined);
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
          {/* The regional hub's screens. */}
          <a href={routeHref({ screen: 'hubImport' })} aria-current={current('hubImport')}>
            {t('hub.nav.import')}
          </a>
          <a href={routeHref({ screen: 'hubSet' })} aria-current={current('hubSet', 'hubOffice')}>
            {t('hub.nav.set')}
          </a>
          <a href={routeHref({ screen: 'hubPicture' })} aria-current={current('hubPicture')}>
            {t('picture.nav')}
          </a>
          <a href={routeHref({ screen: 'hubKeys' })} aria-current={current('hubKeys')}>
            {t('hub.nav.keys')}
          </a>
          <a href={routeHref({ screen: 'hubConflicts' })} aria-current={current('hubConflicts', 'hubConflict')}>
            {t('hub.nav.conflicts')}
          </a>
        </nav>
        <LanguageSwitcher />
      </div>
    </header>
  );
}
