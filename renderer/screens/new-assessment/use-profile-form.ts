import { useMemo, useState } from 'react';
import type { AppErrorData } from '../../../shared/api/app-error';
import {
  ASSESSMENT_FIELDS,
  checkAssessmentForm,
  errorsFromProblems,
  type AssessmentField,
  type AssessmentFormValues,
  type FieldErrors,
  type FieldMessage,
  type FormCheck,
} from './assessment-form';

/** Element ids of the profile fields: the same on the new-assessment and the edit form (never on one page together). */
export const PROFILE_FIELD_IDS: Record<AssessmentField, string> = {
  name: 'office-name',
  code: 'office-code',
  currentTier: 'office-tier',
  region: 'office-region',
  hostCountry: 'office-country',
  cycle: 'cycle-year',
  assessor: 'assessor',
};

export interface ProfileForm {
  values: AssessmentFormValues;
  check: FormCheck;
  errorOf(field: AssessmentField): FieldMessage | undefined;
  /** Fields with a message now, in screen order (for the error summary). */
  invalidFields: AssessmentField[];
  /** True once the user tried to save: every field's message shows from then on. */
  submitted: boolean;
  update<F extends AssessmentField>(field: F, value: AssessmentFormValues[F]): void;
  leave(field: AssessmentField): void;
  /** Marks the form as submitted; when invalid, focuses the first invalid field and returns null. */
  attempt(): FormCheck | null;
  focusField(field: AssessmentField): void;
}

/**
 * The office-profile form's state, checked as the user types with the backend's own schema: a
 * field's message appears once it has been changed or left (not before the user had a chance),
 * and disappears as soon as the value is right. The backend's refusal stays on its fields until
 * the user changes something.
 */
export function useProfileForm(initial: () => AssessmentFormValues, serverError: AppErrorData | null, onChange?: () => void): ProfileForm {
  const [values, setValues] = useState<AssessmentFormValues>(initial);
  const [touched, setTouched] = useState<Partial<Record<AssessmentField, boolean>>>({});
  const [submitted, setSubmitted] = useState(false);

  const check = useMemo(() => checkAssessmentForm(values), [values]);
  const serverErrors: FieldErrors = useMemo(() => errorsFromProblems(serverError?.problems), [serverError]);
  const errorOf = (field: AssessmentField) =>
    (submitted || touched[field]) && !check.ok ? (check.errors[field] ?? serverErrors[field]) : serverErrors[field];
  const focusField = (field: AssessmentField) => document.getElementById(PROFILE_FIELD_IDS[field])?.focus();

  return {
    values,
    check,
    errorOf,
    invalidFields: ASSESSMENT_FIELDS.filter((field) => errorOf(field)),
    submitted,
    update(field, value) {
      setValues((previous) => ({ ...previous, [field]: value }));
      setTouched((previous) => (previous[field] ? previous : { ...previous, [field]: true }));
      onChange?.();
    },
    leave(field) {
      setTouched((previous) => (previous[field] ? previous : { ...previous, [field]: true }));
    },
    attempt() {
      setSubmitted(true);
      if (check.ok) return check;
      const first = ASSESSMENT_FIELDS.find((field) => check.errors[field]);
      if (first) focusField(first);
      return null;
    },
    focusField,
  };
}
