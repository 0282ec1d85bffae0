import { useTranslation } from 'react-i18next';
import { ScreenHeading } from '../../app/screen-heading';

/** A browser page opened without the bridge's token (or after the tab's session ended). */
export function NoSessionScreen() {
  const { t } = useTranslation();
  return (
    <main id="main" className="app-main">
      <section className="screen">
        <ScreenHeading text={t('noSession.title')} />
        <p>{t('noSession.body')}</p>
      </section>
    </main>
  );
}
