import { useTranslation } from 'react-i18next';
import type { AppErrorData } from '../../../shared/api/app-error';
import { ErrorAlert } from '../../app/error-alert';
import { ScreenHeading } from '../../app/screen-heading';

/** The backend could not be reached or refused the session: say so, and let the user try again. */
export function ConnectionProblemScreen({ error, onRetry }: { error: AppErrorData; onRetry: () => void }) {
  const { t } = useTranslation();
  return (
    <section className="screen">
      <ScreenHeading text={t('connection.title')} />
      <ErrorAlert error={error} />
      <button type="button" className="button button-primary" onClick={onRetry}>
        {t('app.retry')}
      </button>
    </section>
  );
}
