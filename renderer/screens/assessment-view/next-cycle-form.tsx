import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AssessmentDocument } from '../../../shared/assessment/assessment-document';
import { MAX_CYCLE_YEAR, MIN_CYCLE_YEAR } from '../../../shared/office/office-profile';
import { navigate } from '../../app/route';
import { formatYear } from '../../i18n/format';
import { useLanguage } from '../../i18n/use-language';
import { useAssessmentsStore } from '../../state/stores-context';
import { parseCycleYear } from './cycle-year';

/**
 * "Start next cycle": asks the year (the next one by default) and creates the new draft from this
 * assessment's answers, then opens it. A disclosure, so the question appears only when asked for.
 */
export function NextCycleForm({ document }: { document: AssessmentDocument }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const busy = useAssessmentsStore((state) => state.lifecycleBusy === 'nextCycle');
  const startNextCycle = useAssessmentsStore((state) => state.startNextCycle);
  const clearLifecycleError = useAssessmentsStore((state) => state.clearLifecycleError);
  const [open, setOpen] = useState(false);
  const [year, setYear] = useState(() => String(Math.min(document.cycle + 1, MAX_CYCLE_YEAR)));
  const [checked, setChecked] = useState(false);
  const inputRef = useRef<HTMLInputElement>(null);
  const toggleRef = useRef<HTMLButtonElement>(null);
  const formId = useId();
  const inputId = useId();
  const hintId = `${inputId}-hint`;
  const errorId = `${inputId}-error`;

  useEffect(() => {
    if (open) inputRef.current?.focus();
  }, [open]);

  const cycle = parseCycleYear(year);
  const showError = checked && cycle === null;

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setChecked(true);
    if (cycle === null) {
      inputRef.current?.focus();
      return;
    }
    const created = await startNextCycle(document.id, cycle);
    if (created) navigate({ screen: 'assessment', id: created.id });
  };

  return (
    <div className="next-cycle">
      <button
        ref={toggleRef}
        type="button"
        className="button"
        aria-expanded={open}
        aria-controls={formId}
        onClick={() => {
          clearLifecycleError();
          setOpen(!open);
        }}
      >
        {t('lifecycle.nextCycle.open')}
      </button>
      <form id={formId} hidden={!open} noValidate onSubmit={(event) => void onSubmit(event)} aria-busy={busy} className="next-cycle-form">
        <div className={showError ? 'form-field has-error' : 'form-field'}>
          <label htmlFor={inputId}>{t('lifecycle.nextCycle.yearLabel')}</label>
          <p id={hintId} className="hint">
            {t('lifecycle.nextCycle.hint', { cycle: formatYear(document.cycle, language) })}
          </p>
          <div aria-live="polite">
            {showError && (
              <p id={errorId} className="field-error">
                {t('form.errors.cycleInvalid', { min: MIN_CYCLE_YEAR, max: MAX_CYCLE_YEAR })}
              </p>
            )}
          </div>
          <input
            ref={inputRef}
            id={inputId}
            type="text"
            inputMode="numeric"
            dir="ltr"
            className="input-short"
            value={year}
            aria-invalid={showError}
            aria-describedby={showError ? `${hintId} ${errorId}` : hintId}
            onChange={(event) => {
              setYear(event.target.value);
              // Checked as the user types once they have started changing it.
              setChecked(true);
            }}
          />
        </div>
        <div className="form-actions">
          <button type="submit" className="button button-primary" disabled={busy}>
            {busy ? t('lifecycle.nextCycle.starting') : t('lifecycle.nextCycle.start')}
          </button>
          <button
            type="button"
            className="button"
            onClick={() => {
              setOpen(false);
              toggleRef.current?.focus();
            }}
          >
            {t('form.cancel')}
          </button>
        </div>
      </form>
    </div>
  );
}
