import { useTranslation } from 'react-i18next';
import { CURRENT_TIERS, REGIONS, type CurrentTier, type Region } from '../../../shared/office/office-profile';
import { CountryCombobox } from '../../countries/country-combobox';
import { FormField } from './form-field';
import { PROFILE_FIELD_IDS, type ProfileForm } from './use-profile-form';

/** The office and assessment fieldsets of the profile: creating an assessment and editing its profile. */
export function ProfileFields({ form }: { form: ProfileForm }) {
  const { t } = useTranslation();
  const { values, errorOf, update, leave } = form;
  return (
    <>
      <fieldset>
        <legend>{t('form.officeSection')}</legend>
        <FormField id={PROFILE_FIELD_IDS.name} label={t('form.name.label')} error={errorOf('name')}>
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
        <FormField id={PROFILE_FIELD_IDS.code} label={t('form.code.label')} optional hint={t('form.code.hint')} error={errorOf('code')}>
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
        <FormField id={PROFILE_FIELD_IDS.currentTier} label={t('form.currentTier.label')} error={errorOf('currentTier')}>
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
        <FormField id={PROFILE_FIELD_IDS.region} label={t('form.region.label')} error={errorOf('region')}>
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
          id={PROFILE_FIELD_IDS.hostCountry}
          label={t('form.hostCountry.label')}
          hint={t('form.hostCountry.hint')}
          error={errorOf('hostCountry')}
        >
          {(control) => (
            <CountryCombobox
              id={control.id}
              invalid={control['aria-invalid']}
              describedBy={control['aria-describedby']}
              listLabel={t('form.hostCountry.label')}
              value={values.hostCountry}
              onChange={(code) => update('hostCountry', code)}
              onBlur={() => leave('hostCountry')}
            />
          )}
        </FormField>
      </fieldset>

      <fieldset>
        <legend>{t('form.assessmentSection')}</legend>
        <FormField id={PROFILE_FIELD_IDS.cycle} label={t('form.cycle.label')} hint={t('form.cycle.hint')} error={errorOf('cycle')}>
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
          id={PROFILE_FIELD_IDS.assessor}
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
    </>
  );
}
