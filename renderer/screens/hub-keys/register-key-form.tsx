import type { TFunction } from 'i18next';
import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppErrorData } from '../../../shared/api/app-error';
import type { Language } from '../../../shared/i18n/languages';
import { ErrorAlert } from '../../app/error-alert';
import { formatInteger } from '../../i18n/format';
import { useLanguage } from '../../i18n/use-language';
import { useHubStore } from '../../state/stores-context';
import { DecidedByField } from '../hub/decided-by-field';
import { FingerprintText } from '../hub/fingerprint-text';
import { checkFingerprint, FINGERPRINT_LENGTH, type FingerprintCheck } from './fingerprint-input';

/** The contract's limits. */
const MAX_CODE_LENGTH = 20;
const MAX_PEM_LENGTH = 4096;

type Way = 'file' | 'fingerprint';

type FieldError = 'code' | 'file' | 'fileTooLarge' | 'fingerprint' | null;

/** What is said under the fingerprint field while it is typed. */
function fingerprintFeedback(check: FingerprintCheck, t: TFunction, language: Language): string {
  switch (check.kind) {
    case 'empty':
      return t('hub.register.fingerprintEmpty');
    case 'partial':
      return t('hub.register.fingerprintPartial', { length: formatInteger(check.length, language), total: formatInteger(FINGERPRINT_LENGTH, language) });
    case 'too_long':
      return t('hub.register.fingerprintTooLong', { length: formatInteger(check.length, language), total: formatInteger(FINGERPRINT_LENGTH, language) });
    case 'bad_character':
      return t('hub.register.fingerprintBadCharacter', { character: check.character });
    case 'complete':
      return t('hub.register.fingerprintComplete');
  }
}

/**
 * "Register a key in advance": an office code and either the office's public key file (.pem,
 * read here as text) or the fingerprint its representative reads out over the phone, checked as
 * it is typed. A package signed with that key is then trusted when it arrives.
 */
export function RegisterKeyForm({ officeCodes }: { officeCodes: readonly string[] }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const id = useId();
  const registerKey = useHubStore((state) => state.registerKey);
  const keyBusy = useHubStore((state) => state.keyBusy);
  const [officeCode, setOfficeCode] = useState('');
  const [way, setWay] = useState<Way>('fingerprint');
  const [typed, setTyped] = useState('');
  const [pem, setPem] = useState<{ name: string; text: string } | null>(null);
  const [fieldError, setFieldError] = useState<FieldError>(null);
  const [nameMissing, setNameMissing] = useState(false);
  const [failure, setFailure] = useState<AppErrorData | null>(null);
  const codeRef = useRef<HTMLInputElement>(null);
  const fileRef = useRef<HTMLInputElement>(null);
  const fingerprintRef = useRef<HTMLInputElement>(null);
  const nameRef = useRef<HTMLInputElement>(null);
  const check = checkFingerprint(typed);
  const fingerprintInvalid = check.kind === 'bad_character' || check.kind === 'too_long' || (fieldError === 'fingerprint' && check.kind !== 'complete');

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (keyBusy) return;
    setFailure(null);
    const code = officeCode.trim();
    if (!code) {
      setFieldError('code');
      codeRef.current?.focus();
      return;
    }
    if (way === 'file' && !pem) {
      setFieldError('file');
      fileRef.current?.focus();
      return;
    }
    if (way === 'fingerprint' && check.kind !== 'complete') {
      setFieldError('fingerprint');
      fingerprintRef.current?.focus();
      return;
    }
    setFieldError(null);
    const outcome = await registerKey(
      way === 'file' ? { officeCode: code, publicKeyPem: pem!.text } : { officeCode: code, fingerprint: check.kind === 'complete' ? check.fingerprint : '' },
    );
    if (outcome.kind === 'name_required') {
      setNameMissing(true);
      nameRef.current?.focus();
    } else if (outcome.kind === 'failed') setFailure(outcome.error);
    else if (outcome.kind === 'done') {
      setOfficeCode('');
      setTyped('');
      setPem(null);
      setNameMissing(false);
    }
  };

  return (
    <section className="panel register-key" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('hub.register.title')}</h2>
      <p>{t('hub.register.intro')}</p>
      <form noValidate onSubmit={(event) => void onSubmit(event)} aria-busy={keyBusy}>
        <div className={fieldError === 'code' ? 'form-field has-error' : 'form-field'}>
          <label htmlFor={`${id}-code`}>{t('hub.register.officeCode')}</label>
          {fieldError === 'code' && (
            <p id={`${id}-code-error`} className="field-error">
              {t('hub.register.officeCodeRequired')}
            </p>
          )}
          <input
            ref={codeRef}
            id={`${id}-code`}
            type="text"
            className="input-short"
            autoComplete="off"
            spellCheck={false}
            maxLength={MAX_CODE_LENGTH}
            list={`${id}-codes`}
            value={officeCode}
            aria-invalid={fieldError === 'code'}
            aria-describedby={fieldError === 'code' ? `${id}-code-error` : undefined}
            onChange={(event) => setOfficeCode(event.target.value)}
          />
          <datalist id={`${id}-codes`}>
            {officeCodes.map((code) => (
              <option key={code} value={code} />
            ))}
          </datalist>
        </div>

        <fieldset className="register-way">
          <legend>{t('hub.register.way')}</legend>
          <div className="checkbox-field">
            <input id={`${id}-way-fingerprint`} type="radio" name={`${id}-way`} checked={way === 'fingerprint'} onChange={() => setWay('fingerprint')} />
            <label htmlFor={`${id}-way-fingerprint`}>{t('hub.register.wayFingerprint')}</label>
          </div>
          <div className="checkbox-field">
            <input id={`${id}-way-file`} type="radio" name={`${id}-way`} checked={way === 'file'} onChange={() => setWay('file')} />
            <label htmlFor={`${id}-way-file`}>{t('hub.register.wayFile')}</label>
          </div>
        </fieldset>

        {way === 'fingerprint' ? (
          <div className={fingerprintInvalid ? 'form-field has-error' : 'form-field'}>
            <label htmlFor={`${id}-fingerprint`}>{t('hub.register.fingerprint')}</label>
            <p id={`${id}-fingerprint-hint`} className="hint">
              {t('hub.register.fingerprintHint')}
            </p>
            <input
              ref={fingerprintRef}
              id={`${id}-fingerprint`}
              type="text"
              className="input-fingerprint"
              dir="ltr"
              autoComplete="off"
              spellCheck={false}
              autoCapitalize="characters"
              maxLength={64}
              value={typed}
              aria-invalid={fingerprintInvalid}
              aria-describedby={`${id}-fingerprint-hint ${id}-fingerprint-check`}
              onChange={(event) => setTyped(event.target.value)}
            />
            <p id={`${id}-fingerprint-check`} className={fingerprintInvalid ? 'field-error' : 'muted'}>
              {fingerprintFeedback(check, t, language)}
            </p>
            {/* Said aloud only when it matters (a wrong character, too long, complete), not at every key. */}
            <p className="visually-hidden" aria-live="polite">
              {check.kind === 'bad_character' || check.kind === 'too_long' || check.kind === 'complete' ? fingerprintFeedback(check, t, language) : ''}
            </p>
            {check.kind === 'complete' && (
              <p className="fingerprint-read-as">
                {t('hub.register.readAs')} <FingerprintText fingerprint={check.fingerprint} large />
              </p>
            )}
          </div>
        ) : (
          <div className={fieldError === 'file' || fieldError === 'fileTooLarge' ? 'form-field has-error' : 'form-field'}>
            <label htmlFor={`${id}-file`}>{t('hub.register.file')}</label>
            <p id={`${id}-file-hint`} className="hint">
              {t('hub.register.fileHint')}
            </p>
            {(fieldError === 'file' || fieldError === 'fileTooLarge') && (
              <p id={`${id}-file-error`} className="field-error">
                {t(fieldError === 'file' ? 'hub.register.fileRequired' : 'hub.register.fileTooLarge')}
              </p>
            )}
            <input
              ref={fileRef}
              id={`${id}-file`}
              type="file"
              accept=".pem,.pub,.txt,application/x-pem-file,text/plain"
              aria-invalid={fieldError === 'file' || fieldError === 'fileTooLarge'}
              aria-describedby={fieldError === 'file' || fieldError === 'fileTooLarge' ? `${id}-file-error ${id}-file-hint` : `${id}-file-hint`}
              onChange={(event) => {
                const file = event.target.files?.[0];
                if (!file) return;
                // A PEM key file is a few hundred characters: anything much larger is not one.
                if (file.size > MAX_PEM_LENGTH) {
                  setPem(null);
                  setFieldError('fileTooLarge');
                  return;
                }
                void file.text().then((text) => {
                  setPem({ name: file.name, text });
                  setFieldError(null);
                });
              }}
            />
            {pem && (
              <p className="muted">
                {t('hub.register.fileChosen')} <bdi className="file-name">{pem.name}</bdi>
              </p>
            )}
          </div>
        )}

        <DecidedByField missing={nameMissing} inputRef={nameRef} />
        {failure && <ErrorAlert error={failure} />}
        <div className="form-actions">
          <button type="submit" className="button button-primary">
            {t('hub.register.submit')}
          </button>
        </div>
      </form>
    </section>
  );
}
