import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldMessage } from './assessment-form';

export interface ControlProps {
  id: string;
  'aria-invalid': boolean;
  'aria-describedby': string | undefined;
}

interface FormFieldProps {
  id: string;
  label: string;
  optional?: boolean;
  hint?: string;
  error: FieldMessage | undefined;
  children: (control: ControlProps) => ReactNode;
}

/**
 * Label, hint, control and error message, wired together so assistive technology reads them as
 * one. The error sits in a live region that is always present, so a message that appears or
 * changes while the user types is announced without moving the focus.
 */
export function FormField({ id, label, optional, hint, error, children }: FormFieldProps) {
  const { t } = useTranslation();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hint ? hintId : null, error ? errorId : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className={error ? 'form-field has-error' : 'form-field'}>
      <label htmlFor={id}>
        {label}
        {optional && <span className="optional"> {t('form.optional')}</span>}
      </label>
      {hint && (
        <p id={hintId} className="hint">
          {hint}
        </p>
      )}
      <div aria-live="polite">
        {error && (
          <p id={errorId} className="field-error">
            {t(error.key, error.params ?? {})}
          </p>
        )}
      </div>
      {children({ id, 'aria-invalid': Boolean(error), 'aria-describedby': describedBy })}
    </div>
  );
}
