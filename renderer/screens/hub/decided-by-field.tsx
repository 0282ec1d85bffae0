import { useId, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { useHubStore } from '../../state/stores-context';

/** The contract's limit on who decides. */
const MAX_NAME_LENGTH = 200;

/**
 * "Your name": recorded with every import and key or conflict decision. One value for all the
 * hub's screens, remembered on this computer (it is not sensitive). `missing` after an action
 * was refused for want of it.
 */
export function DecidedByField({ missing = false, inputRef }: { missing?: boolean; inputRef?: Ref<HTMLInputElement> }) {
  const { t } = useTranslation();
  const id = useId();
  const decidedBy = useHubStore((state) => state.decidedBy);
  const setDecidedBy = useHubStore((state) => state.setDecidedBy);
  const showError = missing && decidedBy.trim() === '';
  return (
    <div className={showError ? 'form-field has-error decided-by' : 'form-field decided-by'}>
      <label htmlFor={id}>{t('hub.decidedBy.label')}</label>
      <p id={`${id}-hint`} className="hint">
        {t('hub.decidedBy.hint')}
      </p>
      {showError && (
        <p id={`${id}-error`} className="field-error">
          {t('hub.decidedBy.required')}
        </p>
      )}
      <input
        ref={inputRef}
        id={id}
        type="text"
        autoComplete="name"
        maxLength={MAX_NAME_LENGTH}
        value={decidedBy}
        aria-invalid={showError}
        aria-describedby={showError ? `${id}-error ${id}-hint` : `${id}-hint`}
        onChange={(event) => setDecidedBy(event.target.value)}
      />
    </div>
  );
}
