import { useEffect, useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { CURRENT_TIERS, REGIONS, type CurrentTier, type Region } from '../../../shared/office/office-profile';
import { ErrorAlert } from '../../app/error-alert';
import { navigate, routeHref } from '../../app/route';
import { ScreenHeading } from '../../app/screen-heading';
import { useAssessmentsStore } from '../../state/stores-context';
import {
  ASSESSMENT_FIELDS,
  checkAssessmentForm,
  errorsFromProblems,
  initialFormValues,
  type AssessmentField,
  type AssessmentFormValues,
  type FieldErrors,
} from './assessment-form';
import { CountryCombobox } from './country-combobox';
import { FormField } from './form-field';

const FIELD_IDS: Record<AssessmentField, string> = {
  name: 'office-name',
  code: 'office-code',
  currentTier: 'office-tier',
  region: 'office-region',
  hostCountry: 'office-country',
  cycle: 'cycle-year',
  assessor: 'assessor',
};

/**
 * Creates an assessment. Checked as the user goes (each field once it has been left, all of them
 * on submit) with the backend's own schemas; the backend's answer is still the last word.
 */
export function NewAssessmentScreen() {
  const { t } = useTranslation();
  const creating = useAssessmentsStore((state) => state.creating);
  const createError = useAssessmentsStore((state) => state.createError);
  const create = useAssessmentsStore((state) => state.create);
  const clearCreateError = useAssessmentsStore((state) => state.clearCreateError);

  const [values, setValues] = useState<AssessmentFormValues>(() => initialFormValues());
  const [touched, setTouched] = useState<Partial<Record<AssessmentField, boolean>>>({});
  const [submitted, setSubmitted] = useState(false);

  // A refusal from an earlier visit to this screen is not news.
  useEffect(() => clearCreateError(), [clearCreateError]);

  const check = useMemo(() => checkAssessmentForm(values), [values]);
  const serverErrors: FieldErrors = useMemo(() => errorsFromProblems(createError?.problems), [createError]);
  const errorOf = (field: AssessmentField) =>
    (submitted || touched[field]) && !check.ok ? (check.errors[field] ?? serverErrors[field]) : serverErrors[field];
  const invalidFields = ASSESSMENT_FIELDS.filter((field) => errorOf(field));

  const update = <F extends AssessmentField>(field: F, value: AssessmentFormValues[F]) => {
    setValues((previous) => ({ ...previous, [field]: value }));
    if (createError) clearCreateError();
  };
  const leave = (field: AssessmentField) => setTouched((previous) => ({ ...previous, [field]: true }));
  const focusField = (field: AssessmentField) => document.getElementById(FIELD_IDS[field])?.focus();

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (creating) return;
    setSubmitted(true);
    if (!check.ok) {
      const first = ASSESSMENT_FIELDS.find((field) => check.errors[field]);
      if (first) focusField(first);
      return;
    }
    const created = await create(check.request);
    if (created) navigate({ screen: 'assessment', id: created.id });
  };

  return (
    <section className="screen">
      <p className="back-link">
        <a href={routeHref({ screen: 'list' })}>{t('nav.backToList')}</a>
      </p>
      <ScreenHeading text={t('form.title')} />
      <p>{t('form.intro')}</p>

      {submitted && invalidFields.length > 0 && (
        <div role="alert" className="alert alert-error error-summary">
          <p>{t('form.errorSummary')}</p>
          <ul>
            {invalidFields.map((field) => (
              <li key={field}>
                <button type="button" className="button-link" onClick={() => focusField(field)}>
                  {t(`form.${field}.label`)}
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
      {createError && <ErrorAlert error={createError} />}

      <form noValidate onSubmit={(event) => void onSubmit(event)} aria-busy={creating}>
        <fieldset>
          <legend>{t('form.officeSection')}</legend>
          <FormField id={FIELD_IDS.name} label={t('form.name.label')} error={errorOf('name')}>
            {(control) => (
              <input
                {...control}
                type="text"
                autoComplete="organization"
                value={values.name}
                onChange={(event) => update('name', event.target.value)}
                onBlur={() => leave('name')}
              />
            )}
          </FormField>
          <FormField id={FIELD_IDS.code} label={t('form.code.label')} optional hint={t('form.code.hint')} error={errorOf('code')}>
            {(control) => (
              <input
                {...control}
                type="text"
                className="input-short"
                dir="ltr"
                value={values.code}
                onChange={(event) => update('code', event.target.value)}
                onBlur={() => leave('code')}
              />
            )}
          </FormField>
          <FormField id={FIELD_IDS.currentTier} label={t('form.currentTier.label')} error={errorOf('currentTier')}>
            {(control) => (
              <select
                {...control}
                value={values.currentTier}
                onChange={(event) => update('currentTier', event.target.value as CurrentTier | '')}
                onBlur={() => leave('currentTier')}
              >
                <option value="">{t('form.currentTier.placeholder')}</option>
                {CURRENT_TIERS.map((tier) => (
                  <option key={tier} value={tier}>
                    {t(`tier.${tier}`)}
                  </option>
                ))}
              </select>
            )}
          </FormField>
          <FormField id={FIELD_IDS.region} label={t('form.region.label')} error={errorOf('region')}>
            {(control) => (
              <select
                {...control}
                value={values.region}
                onChange={(event) => update('region', event.target.value as Region | '')}
                onBlur={() => leave('region')}
              >
                <option value="">{t('form.region.placeholder')}</option>
                {REGIONS.map((region) => (
                  <option key={region} value={region}>
                    {t(`region.${region}`)}
                  </option>
                ))}
              </select>
            )}
          </FormField>
          <FormField
            id={FIELD_IDS.hostCountry}
            label={t('form.hostCountry.label')}
            hint={t('form.hostCountry.hint')}
            error={errorOf('hostCountry')}
          >
            {(control) => (
              <CountryCombobox
                id={control.id}
                invalid={control['aria-invalid']}
                describedBy={control['aria-describedby'] ?? ''}
                value={values.hostCountry}
                onChange={(code) => update('hostCountry', code)}
                onBlur={() => leave('hostCountry')}
              />
            )}
          </FormField>
        </fieldset>

        <fieldset>
          <legend>{t('form.assessmentSection')}</legend>
          <FormField id={FIELD_IDS.cycle} label={t('form.cycle.label')} hint={t('form.cycle.hint')} error={errorOf('cycle')}>
            {(control) => (
              <input
                {...control}
                type="text"
                inputMode="numeric"
                className="input-short"
                dir="ltr"
                value={values.cycle}
                onChange={(event) => update('cycle', event.target.value)}
                onBlur={() => leave('cycle')}
              />
            )}
          </FormField>
          <FormField
            id={FIELD_IDS.assessor}
            label={t('form.assessor.label')}
            optional
            hint={t('form.assessor.hint')}
            error={errorOf('assessor')}
          >
            {(control) => (
              <input
                {...control}
                type="text"
                autoComplete="name"
                value={values.assessor}
                onChange={(event) => update('assessor', event.target.value)}
                onBlur={() => leave('assessor')}
              />
            )}
          </FormField>
        </fieldset>

        <div className="form-actions">
          <button type="submit" className="button button-primary" disabled={creating}>
            {creating ? t('form.submitting') : t('form.submit')}
          </button>
          <a className="button" href={routeHref({ screen: 'list' })}>
            {t('form.cancel')}
          </a>
        </div>
      </form>
    </section>
  );
}
