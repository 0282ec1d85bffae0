import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppErrorData } from '../../shared/api/app-error';

/** The message for an API error: its own key when the catalog has it, else the generic one for its code. */
export function useErrorMessage(): (error: AppErrorData) => string {
  const { t } = useTranslation();
  return (error) => t([error.messageKey, `errors.${error.code}`], error.params ?? {});
}

/** An error announced to screen readers as soon as it appears. */
export function ErrorAlert({ error, children }: { error: AppErrorData; children?: ReactNode }) {
  const message = useErrorMessage();
  return (
    <div role="alert" className="alert alert-error">
      <p>{message(error)}</p>
      {children}
    </div>
  );
}
