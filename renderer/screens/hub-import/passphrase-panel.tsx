import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { formatInteger } from '../../i18n/format';
import { useLanguage } from '../../i18n/use-language';

/** The contract's limit. */
const MAX_PASSPHRASE_LENGTH = 1024;

/**
 * Encrypted files the check could not read: one passphrase field, tried on every file still
 * locked (offices often use one passphrase for a batch; a file it does not open stays locked for
 * the next try). The passphrase lives in this field until it is used, then in the hub store's
 * batch for these files only; it is never stored.
 */
export function PassphrasePanel({ locked, busy, onPassphrase }: { locked: number; busy: boolean; onPassphrase(passphrase: string): Promise<number> }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const id = useId();
  const [passphrase, setPassphrase] = useState('');
  const [visible, setVisible] = useState(false);
  const [outcome, setOutcome] = useState<{ opened: number; still: number } | null>(null);
  const [empty, setEmpty] = useState(false);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    if (passphrase === '') {
      setEmpty(true);
      return;
    }
    setEmpty(false);
    const before = locked;
    const opened = await onPassphrase(passphrase);
    setPassphrase('');
    setOutcome({ opened, still: before - opened });
  };

  return (
    <section className="panel passphrase-panel" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('hub.passphrase.title')}</h2>
      <p id={`${id}-hint`}>{t('hub.passphrase.intro', { files: formatInteger(locked, language) })}</p>
      <form noValidate onSubmit={(event) => void onSubmit(event)}>
        <div className={empty ? 'form-field has-error' : 'form-field'}>
          <label htmlFor={id}>{t('hub.passphrase.label')}</label>
          {empty && (
            <p id={`${id}-error`} className="field-error">
              {t('hub.passphrase.empty')}
            </p>
          )}
          <input
            id={id}
            type={visible ? 'text' : 'password'}
            className="input-passphrase"
            autoComplete="off"
            spellCheck={false}
            autoCapitalize="off"
            maxLength={MAX_PASSPHRASE_LENGTH}
            value={passphrase}
            aria-invalid={empty}
            aria-describedby={empty ? `${id}-error ${id}-hint` : `${id}-hint`}
            onChange={(event) => setPassphrase(event.target.value)}
          />
        </div>
        <div className="checkbox-field">
          <input id={`${id}-show`} type="checkbox" checked={visible} onChange={(event) => setVisible(event.target.checked)} />
          <label htmlFor={`${id}-show`}>{t('hub.passphrase.show')}</label>
        </div>
        <p className="section-actions">
          <button type="submit" className="button button-primary">
            {t('hub.passphrase.submit')}
          </button>
        </p>
      </form>
      <p role="status">
        {outcome && t('hub.passphrase.outcome', { opened: formatInteger(outcome.opened, language), still: formatInteger(Math.max(outcome.still, 0), language) })}
      </p>
    </section>
  );
}
