import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../app/error-alert';
import { LoadState } from '../../app/load-state';
import { useAssessmentsStore, useFrameworksStore } from '../../state/stores-context';
import { OfficeTypeDetails } from './office-type-details';
import './office-type.css';

/**
 * Which office type the assessment's data supports under the two-tier model, and why
 * (assessments.officeType). Re-read whenever the assessment changes, since its answers and
 * profile are the inputs. The fragile-context flag is part of the profile and saved with it.
 */
export function OfficeTypePanel({ id }: { id: string }) {
  const { t } = useTranslation();
  const document = useAssessmentsStore((state) => (state.current?.id === id ? state.current : null));
  const hash = document?.framework.hash;
  const framework = useFrameworksStore((state) => (hash && Object.hasOwn(state.frameworks, hash) ? state.frameworks[hash]! : null));
  const updateProfile = useAssessmentsStore((state) => state.updateProfile);
  const profileError = useAssessmentsStore((state) => state.profileError);
  const result = useFrameworksStore((state) => (state.officeTypeFor === id ? state.officeType : null));
  const loading = useFrameworksStore((state) => state.officeTypeFor === id && state.officeTypeLoading);
  const error = useFrameworksStore((state) => (state.officeTypeFor === id ? state.officeTypeError : null));
  const loadOfficeType = useFrameworksStore((state) => state.loadOfficeType);
  /** The value being saved, shown at once; null when the box shows what is saved. */
  const [pending, setPending] = useState<boolean | null>(null);
  /** The profile save of this checkbox failed: the store's profile error is then about it. */
  const [saveFailed, setSaveFailed] = useState(false);
  const checkboxId = useId();
  const updatedAt = document?.updatedAt;

  useEffect(() => {
    void loadOfficeType(id);
  }, [loadOfficeType, id, updatedAt]);

  const editable = document?.status === 'draft';
  const fragile = document?.office.fragileContext === true;

  // Not disabled while saving, which would drop the keyboard focus; a change made meanwhile is ignored.
  const saveFragile = async (checked: boolean) => {
    if (!document || pending !== null) return;
    setPending(checked);
    setSaveFailed(false);
    // updateProfile replaces the whole profile: everything else goes back exactly as it is.
    const saved = await updateProfile({
      id,
      office: { ...document.office, fragileContext: checked },
      cycle: document.cycle,
      ...(document.assessor === undefined ? {} : { assessor: document.assessor }),
    });
    // Saved: the document now holds the value. Refused: the box goes back to what is saved.
    setPending(null);
    setSaveFailed(!saved);
  };

  return (
    <section className="panel office-type-panel" aria-labelledby="office-type-heading" aria-busy={loading}>
      <h2 id="office-type-heading">{t('officeType.title')}</h2>
      <p className="hint">{t('officeType.intro')}</p>

      {editable ? (
        <div className="office-type-fragile">
          <input
            id={checkboxId}
            type="checkbox"
            checked={pending ?? fragile}
            aria-describedby={`${checkboxId}-hint`}
            onChange={(event) => void saveFragile(event.target.checked)}
          />
          <div>
            <label htmlFor={checkboxId}>{t('officeType.fragile.label')}</label>
            <p id={`${checkboxId}-hint`} className="hint">
              {t('officeType.fragile.hint')}
            </p>
            <p role="status" className="muted office-type-saving">
              {pending !== null ? t('officeType.fragile.saving') : ''}
            </p>
          </div>
        </div>
      ) : (
        // A submitted revision is read, never edited: the flag as it was recorded.
        document && <p>{t(fragile ? 'officeType.fragile.yes' : 'officeType.fragile.no')}</p>
      )}
      {saveFailed && profileError && <ErrorAlert error={profileError} />}

      <LoadState loaded={result !== null} error={error} onRetry={() => void loadOfficeType(id)} />
      {result && <OfficeTypeDetails result={result} framework={framework} />}
    </section>
  );
}
