import { useEffect, useId, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AssessmentSummary } from '../../../shared/api/contract';
import type { AssessmentDocument } from '../../../shared/assessment/assessment-document';
import { packageFileName } from '../../../shared/packages/package-format';
import { MIN_PASSPHRASE_LENGTH, passphraseWarning } from '../../../shared/packages/passphrase-strength';
import { ErrorAlert } from '../../app/error-alert';
import { InstallationKey } from '../../app/key-fingerprint';
import { desktopShell } from '../../files/save-file';
import { formatInteger } from '../../i18n/format';
import { useLanguage } from '../../i18n/use-language';
import type { ExportPhase } from '../../state/packages-store';
import { usePackagesStore } from '../../state/stores-context';
import { OfficeCodeAction } from './office-code-action';

const FOCUSABLE = 'a[href], button:not(:disabled), input:not(:disabled), select:not(:disabled), textarea:not(:disabled), [tabindex]:not([tabindex="-1"])';

/** The passphrase field's limit: the contract's. */
const MAX_PASSPHRASE_LENGTH = 1024;

function statusKey(phase: ExportPhase, encrypting: boolean, shell: boolean): string | null {
  switch (phase) {
    case 'building':
      return encrypting ? 'packages.dialog.encrypting' : 'packages.dialog.building';
    case 'saving':
      return shell ? 'packages.dialog.choosing' : 'packages.dialog.downloading';
    case 'recording':
      return 'packages.dialog.recording';
    case 'idle':
      return null;
  }
}

/**
 * "Export package…": a modal dialog (the page behind is inert, Tab stays inside, Escape
 * closes) with an optional passphrase typed twice, a warning when it is weak (never a
 * refusal), the file name the package will get and this computer's key fingerprint. While the
 * package is built, saved and recorded, a progress bar and a status line say where it stands
 * and nothing can be pressed twice. The passphrase lives in this dialog's fields only: it
 * goes to the backend with the one export request and is forgotten when the dialog closes.
 */
export function ExportPackageDialog({
  document,
  revisions,
  onClose,
}: {
  document: AssessmentDocument;
  revisions: AssessmentSummary[] | null;
  /** The dialog is done (closed, cancelled, or the package saved): unmount it. */
  onClose(): void;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const ids = {
    title: useId(),
    intro: useId(),
    passphrase: useId(),
    confirm: useId(),
    hint: useId(),
    warning: useId(),
    mismatch: useId(),
    show: useId(),
    status: useId(),
  };
  const dialogRef = useRef<HTMLDialogElement>(null);
  const passphraseRef = useRef<HTMLInputElement>(null);
  const confirmRef = useRef<HTMLInputElement>(null);
  const submitRef = useRef<HTMLButtonElement>(null);
  const [passphrase, setPassphrase] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const [visible, setVisible] = useState(false);
  const [attempted, setAttempted] = useState(false);

  const phase = usePackagesStore((state) => (state.exportingFor === document.id ? state.phase : 'idle'));
  const encrypting = usePackagesStore((state) => state.encrypting);
  const lastExport = usePackagesStore((state) => (state.lastExport?.assessmentId === document.id ? state.lastExport.outcome : null));
  const exportPackage = usePackagesStore((state) => state.exportPackage);
  const clearLastExport = usePackagesStore((state) => state.clearLastExport);
  const busy = phase !== 'idle';
  const shell = desktopShell() !== null;

  // Opened as a modal: the page behind becomes inert. The first field takes the focus.
  useEffect(() => {
    const dialog = dialogRef.current;
    if (dialog && !dialog.open) dialog.showModal();
    passphraseRef.current?.focus();
  }, []);
  // An earlier export's outcome is not news in a dialog just opened.
  useEffect(() => clearLastExport(), [clearLastExport]);

  // Disabled controls lose the focus: keep it in the dialog while busy, give it back after.
  // Should the browser have closed the dialog meanwhile (it may let a repeated Escape through),
  // it is done once the export is.
  const wasBusy = useRef(false);
  useEffect(() => {
    if (busy) dialogRef.current?.focus();
    else if (wasBusy.current) {
      if (dialogRef.current?.open) submitRef.current?.focus();
      else onClose();
    }
    wasBusy.current = busy;
  }, [busy, onClose]);

  const encrypted = passphrase !== '';
  const fileName = packageFileName(document.office.code ?? '', document.cycle, document.revision, encrypted);
  const warning = encrypted ? passphraseWarning(passphrase) : null;
  const mismatched = passphrase !== confirmation;
  // Said once Export was pressed, not when the field is left: appearing on blur, the message would
  // push the buttons down between the press and the release of the click that caused the blur.
  const showMismatch = mismatched && attempted;

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    setAttempted(true);
    if (mismatched) {
      confirmRef.current?.focus();
      return;
    }
    const outcome = await exportPackage(document.id, encrypted ? passphrase : undefined);
    if (outcome.kind === 'saved') onClose();
  };

  /** Tab and Shift+Tab wrap around inside the dialog. */
  const onKeyDown = (event: KeyboardEvent<HTMLDialogElement>) => {
    if (event.key !== 'Tab') return;
    const dialog = dialogRef.current;
    if (!dialog) return;
    const focusable = [...dialog.querySelectorAll<HTMLElement>(FOCUSABLE)].filter((element) => element.getClientRects().length > 0);
    const first = focusable[0];
    const last = focusable.at(-1);
    if (!first || !last) {
      event.preventDefault();
      return;
    }
    const active = window.document.activeElement;
    if (event.shiftKey && (active === first || active === dialog)) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && active === last) {
      event.preventDefault();
      first.focus();
    }
  };

  const status = statusKey(phase, encrypting, shell);
  const describedBy = [ids.hint, warning ? ids.warning : null].filter(Boolean).join(' ');

  return (
    <dialog
      ref={dialogRef}
      className="modal export-dialog"
      aria-labelledby={ids.title}
      aria-describedby={ids.intro}
      tabIndex={-1}
      onKeyDown={onKeyDown}
      onCancel={(event) => {
        // Escape closes, except while the package is on its way (it would still be saved).
        if (busy) event.preventDefault();
      }}
      onClose={() => {
        if (!busy) onClose();
      }}
    >
      <form noValidate onSubmit={(event) => void onSubmit(event)} aria-busy={busy}>
        <h2 id={ids.title}>{t('packages.dialog.title')}</h2>
        <p id={ids.intro}>{t('packages.dialog.intro')}</p>

        <dl className="facts export-facts">
          <div className="fact">
            <dt>{t('packages.dialog.fileName')}</dt>
            <dd>
              <bdi className="file-name">{fileName}</bdi>
            </dd>
          </div>
        </dl>

        <fieldset disabled={busy} className="passphrase-fields">
          <legend>{t('packages.dialog.passphraseLegend')}</legend>
          <p id={ids.hint} className="hint">
            {t('packages.dialog.passphraseHint')}
          </p>
          <div className="form-field">
            <label htmlFor={ids.passphrase}>{t('packages.dialog.passphrase')}</label>
            <input
              ref={passphraseRef}
              id={ids.passphrase}
              type={visible ? 'text' : 'password'}
              className="input-passphrase"
              autoComplete="new-password"
              spellCheck={false}
              autoCapitalize="off"
              maxLength={MAX_PASSPHRASE_LENGTH}
              value={passphrase}
              aria-describedby={describedBy}
              onChange={(event) => setPassphrase(event.target.value)}
            />
          </div>
          <div className={showMismatch ? 'form-field has-error' : 'form-field'}>
            <label htmlFor={ids.confirm}>{t('packages.dialog.confirm')}</label>
            {showMismatch && (
              <p id={ids.mismatch} className="field-error">
                {t('packages.dialog.mismatch')}
              </p>
            )}
            <input
              ref={confirmRef}
              id={ids.confirm}
              type={visible ? 'text' : 'password'}
              className="input-passphrase"
              autoComplete="new-password"
              spellCheck={false}
              autoCapitalize="off"
              maxLength={MAX_PASSPHRASE_LENGTH}
              value={confirmation}
              aria-invalid={showMismatch}
              aria-describedby={showMismatch ? ids.mismatch : undefined}
              onChange={(event) => setConfirmation(event.target.value)}
            />
          </div>
          <div className="checkbox-field">
            <input id={ids.show} type="checkbox" checked={visible} onChange={(event) => setVisible(event.target.checked)} />
            <label htmlFor={ids.show}>{t('packages.dialog.show')}</label>
          </div>
          {/* Always present, so that a warning appearing while typing is announced. */}
          <div aria-live="polite" className="passphrase-warning-region">
            {warning && (
              <p id={ids.warning} className="alert alert-warning passphrase-warning">
                {t(`packages.dialog.warning.${warning}`, { min: formatInteger(MIN_PASSPHRASE_LENGTH, language) })}
              </p>
            )}
          </div>
        </fieldset>

        <div className="export-key">
          <InstallationKey />
          <p className="hint">{t('packages.dialog.keyHint')}</p>
        </div>

        <div role="status" className="export-status">
          {status && (
            <>
              <progress aria-labelledby={ids.status} />
              <p id={ids.status}>{t(status)}</p>
            </>
          )}
          {!busy && lastExport?.kind === 'cancelled' && <p>{t('packages.dialog.cancelled')}</p>}
        </div>
        {!busy && lastExport?.kind === 'failed' && (
          <ErrorAlert error={lastExport.error}>
            {lastExport.error.messageKey === 'packages.errors.office_code_required' && (
              <OfficeCodeAction document={document} revisions={revisions} onAct={onClose} />
            )}
          </ErrorAlert>
        )}

        <div className="form-actions">
          <button ref={submitRef} type="submit" className="button button-primary" disabled={busy}>
            {t('packages.dialog.submit')}
          </button>
          <button type="button" className="button" disabled={busy} onClick={onClose}>
            {t('packages.dialog.close')}
          </button>
        </div>
      </form>
    </dialog>
  );
}
