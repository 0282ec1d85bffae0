import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AssessmentDocument } from '../../../shared/assessment/assessment-document';
import { ErrorAlert } from '../../app/error-alert';
import { StatusBadge } from '../../app/status-badge';
import { countryName } from '../../countries/country-names';
import { formatDateTime, formatInteger, formatYear } from '../../i18n/format';
import { useLanguage } from '../../i18n/use-language';
import { useAssessmentsStore, usePackagesStore } from '../../state/stores-context';
import { formValuesOf, profileChanged, profileUpdateOf, type AssessmentField } from '../new-assessment/assessment-form';
import { ErrorSummary } from '../new-assessment/error-summary';
import { ProfileFields } from '../new-assessment/profile-fields';
import { PROFILE_FIELD_IDS, useProfileForm } from '../new-assessment/use-profile-form';
import { Fact } from './fact';

/**
 * The office profile and the assessment's particulars, read; for a draft, "Edit the profile"
 * turns them into the form (the same fields as creation). Saving writes one profile update; the
 * backend records each changed field in the history. The package panel can ask for the form to
 * open at the office code, which a package needs (packages store, officeCodeRequest).
 */
export function ProfileSection({ document, editable }: { document: AssessmentDocument; editable: boolean }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const [editingByChoice, setEditing] = useState(false);
  const codeRequested = usePackagesStore((state) => state.officeCodeRequest === document.id) && editable;
  const clearOfficeCodeRequest = usePackagesStore((state) => state.clearOfficeCodeRequest);
  const editing = editingByChoice || codeRequested;
  const [announcement, setAnnouncement] = useState('');
  const editButton = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef(false);

  // Back where the user started, once the button is on the page again.
  useEffect(() => {
    if (!editing && returnFocus.current) {
      returnFocus.current = false;
      editButton.current?.focus();
    }
  }, [editing]);

  const closeEditor = (message: string) => {
    returnFocus.current = true;
    if (codeRequested) clearOfficeCodeRequest();
    setEditing(false);
    setAnnouncement(message);
  };

  const notRecorded = <span className="muted">{t('view.notRecorded')}</span>;
  const office = document.office;

  return (
    <>
      {editing && editable ? (
        <section className="panel profile-editor" aria-labelledby="profile-edit-heading">
          <h2 id="profile-edit-heading">{t('overview.profile.editTitle')}</h2>
          <ProfileEditForm document={document} onDone={closeEditor} firstField={codeRequested ? 'code' : 'name'} />
        </section>
      ) : (
        <>
          <div className="panels">
            <section className="panel" aria-labelledby="office-profile-heading">
              <h2 id="office-profile-heading">{t('view.officeProfile')}</h2>
              <dl className="facts">
                <Fact term={t('view.field.officeName')}>{office.name}</Fact>
                <Fact term={t('view.field.officeCode')}>{office.code ? <span dir="ltr">{office.code}</span> : notRecorded}</Fact>
                <Fact term={t('view.field.currentTier')}>{t(`tier.${office.currentTier}`)}</Fact>
                <Fact term={t('view.field.region')}>{t(`region.${office.region}`)}</Fact>
                <Fact term={t('view.field.hostCountry')}>
                  {countryName(office.hostCountry, language) ?? office.hostCountry}{' '}
                  <span className="muted" dir="ltr">
                    ({office.hostCountry})
                  </span>
                </Fact>
              </dl>
            </section>
            <section className="panel" aria-labelledby="assessment-heading">
              <h2 id="assessment-heading">{t('view.assessment')}</h2>
              <dl className="facts">
                <Fact term={t('view.field.cycle')}>{formatYear(document.cycle, language)}</Fact>
                <Fact term={t('view.field.assessor')}>{document.assessor ?? notRecorded}</Fact>
                <Fact term={t('view.field.status')}>
                  <StatusBadge status={document.status} />
                </Fact>
                <Fact term={t('view.field.revision')}>{formatInteger(document.revision, language)}</Fact>
                {document.submittedAt && (
                  <Fact term={t('overview.submittedAt')}>{formatDateTime(document.submittedAt, language)}</Fact>
                )}
                <Fact term={t('view.field.framework')}>
                  {t('view.frameworkValue', { id: document.framework.id, version: document.framework.version })}
                </Fact>
                <Fact term={t('view.field.created')}>{formatDateTime(document.createdAt, language)}</Fact>
                <Fact term={t('view.field.updated')}>{formatDateTime(document.updatedAt, language)}</Fact>
              </dl>
            </section>
          </div>
          {editable && (
            <p className="section-actions">
              <button
                ref={editButton}
                type="button"
                className="button"
                onClick={() => {
                  setAnnouncement('');
                  setEditing(true);
                }}
              >
                {t('overview.profile.edit')}
              </button>
            </p>
          )}
        </>
      )}
      <p role="status" className="visually-hidden">
        {announcement}
      </p>
    </>
  );
}

function ProfileEditForm({
  document,
  onDone,
  firstField,
}: {
  document: AssessmentDocument;
  onDone(message: string): void;
  /** The field the user starts in. */
  firstField: AssessmentField;
}) {
  const { t } = useTranslation();
  const saving = useAssessmentsStore((state) => state.savingProfile);
  const profileError = useAssessmentsStore((state) => state.profileError);
  const updateProfile = useAssessmentsStore((state) => state.updateProfile);
  const clearProfileError = useAssessmentsStore((state) => state.clearProfileError);
  const form = useProfileForm(() => formValuesOf(document), profileError, () => {
    if (profileError) clearProfileError();
  });

  // The form replaces the facts: start the user in its first field (or the one asked for).
  const firstFieldRef = useRef(firstField);
  useEffect(() => {
    window.document.getElementById(PROFILE_FIELD_IDS[firstFieldRef.current])?.focus();
  }, []);
  // A refusal from an earlier edit is not news.
  useEffect(() => clearProfileError(), [clearProfileError]);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (saving) return;
    const check = form.attempt();
    if (!check?.ok) return;
    if (!profileChanged(document, check.request)) {
      onDone(t('overview.profile.unchanged'));
      return;
    }
    if (await updateProfile(profileUpdateOf(document, check.request))) onDone(t('overview.profile.saved'));
  };

  return (
    <form noValidate onSubmit={(event) => void onSubmit(event)} aria-busy={saving}>
      {form.submitted && form.invalidFields.length > 0 && (
        <ErrorSummary message={t('overview.profile.errorSummary')} fields={form.invalidFields} onSelect={form.focusField} />
      )}
      {profileError && <ErrorAlert error={profileError} />}
      <ProfileFields form={form} />
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={saving}>
          {saving ? t('overview.profile.saving') : t('overview.profile.save')}
        </button>
        <button type="button" className="button" onClick={() => onDone(t('overview.profile.cancelled'))}>
          {t('form.cancel')}
        </button>
      </div>
    </form>
  );
}
