import { useEffect, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../app/error-alert';
import { navigate, routeHref } from '../../app/route';
import { ScreenHeading } from '../../app/screen-heading';
import { useAssessmentsStore } from '../../state/stores-context';
import { initialFormValues } from './assessment-form';
import { ErrorSummary } from './error-summary';
import { ProfileFields } from './profile-fields';
import { useProfileForm } from './use-profile-form';

/**
 * Creates an assessment. Checked as the user types with the backend's own schemas; the
 * backend's answer is still the last word.
 */
export function NewAssessmentScreen() {
  const { t } = useTranslation();
  const creating = useAssessmentsStore((state) => state.creating);
  const createError = useAssessmentsStore((state) => state.createError);
  const create = useAssessmentsStore((state) => state.create);
  const clearCreateError = useAssessmentsStore((state) => state.clearCreateError);

  const form = useProfileForm(() => initialFormValues(), createError, () => {
    if (createError) clearCreateError();
  });

  // A refusal from an earlier visit to this screen is not news.
  useEffect(() => clearCreateError(), [clearCreateError]);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (creating) return;
    const check = form.attempt();
    if (!check?.ok) return;
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

      {form.submitted && form.invalidFields.length > 0 && (
        <ErrorSummary message={t('form.errorSummary')} fields={form.invalidFields} onSelect={form.focusField} />
      )}
      {createError && <ErrorAlert error={createError} />}

      <form noValidate onSubmit={(event) => void onSubmit(event)} aria-busy={creating}>
        <ProfileFields form={form} />
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
