import { useTranslation } from 'react-i18next';
import type { AssessmentField } from './assessment-form';

/** The list of fields to correct after a refused save, each a button to the field. */
export function ErrorSummary({ message, fields, onSelect }: { message: string; fields: readonly AssessmentField[]; onSelect(field: AssessmentField): void }) {
  const { t } = useTranslation();
  return (
    <div role="alert" className="alert alert-error error-summary">
      <p>{message}</p>
      <ul>
        {fields.map((field) => (
          <li key={field}>
            <button type="button" className="button-link" onClick={() => onSelect(field)}>
              {t(`form.${field}.label`)}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
