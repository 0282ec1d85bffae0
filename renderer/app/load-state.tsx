import { useTranslation } from 'react-i18next';
import type { AppErrorData } from '../../shared/api/app-error';
import { ErrorAlert } from './error-alert';

interface LoadStateProps {
  /** What the screen or panel waits for has arrived: nothing more to say, unless a read failed. */
  loaded: boolean;
  error: AppErrorData | null | undefined;
  /** Offered beside the error when asking again can help. */
  onRetry?: () => void;
  /** A screen's own loading is announced; a panel's is not, so that panels loading together stay quiet. */
  announce?: boolean;
}

/** Where a read stands: its error (with "Try again" when given), "Loading…" until it arrives, then nothing. */
export function LoadState({ loaded, error, onRetry, announce = false }: LoadStateProps) {
  const { t } = useTranslation();
  if (error) {
    return (
      <ErrorAlert error={error}>
        {onRetry && (
          <button type="button" className="button" onClick={onRetry}>
            {t('app.retry')}
          </button>
        )}
      </ErrorAlert>
    );
  }
  if (loaded) return null;
  return (
    <p role={announce ? 'status' : undefined} className="loading">
      {t('app.loading')}
    </p>
  );
}
