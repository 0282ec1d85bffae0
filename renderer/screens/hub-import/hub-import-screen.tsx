import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../app/confirm-dialog';
import { ScreenHeading } from '../../app/screen-heading';
import { formatInteger } from '../../i18n/format';
import { useLanguage } from '../../i18n/use-language';
import { isImportable, needsPassphrase } from '../../state/hub-import-batch';
import type { FinishedRun } from '../../state/hub-store';
import { useHubStore } from '../../state/stores-context';
import { DecidedByField } from '../hub/decided-by-field';
import { FingerprintText } from '../hub/fingerprint-text';
import '../hub/hub.css';
import { FileDropZone } from './file-drop-zone';
import { ImportProgress } from './import-progress';
import { ImportResults, PreviewSummary } from './import-summary';
import { ImportTable } from './import-table';
import { PassphrasePanel } from './passphrase-panel';

/**
 * "Import packages": the files of the offices (.fieldscore, .fieldscore.age) and other hubs'
 * consolidated files (.fieldscore-set), chosen one by one, as a folder or dropped. Each is
 * checked first (the dry run: nothing is written) and listed with what importing it would do;
 * only when the person confirms, under their name, is anything imported — one file at a time,
 * each all or nothing, one bad file never stopping the others — and the list then says what was
 * done.
 */
export function HubImportScreen() {
  const { t } = useTranslation();
  const language = useLanguage();
  const rows = useHubStore((state) => state.rows);
  const run = useHubStore((state) => state.run);
  const lastRun = useHubStore((state) => state.lastRun);
  const imported = useHubStore((state) => state.imported);
  const skippedFiles = useHubStore((state) => state.skippedFiles);
  const addFiles = useHubStore((state) => state.addFiles);
  const stop = useHubStore((state) => state.stop);
  const checkRemaining = useHubStore((state) => state.checkRemaining);
  const tryPassphrase = useHubStore((state) => state.tryPassphrase);
  const importFiles = useHubStore((state) => state.importFiles);
  const acceptSender = useHubStore((state) => state.acceptSender);
  const clearBatch = useHubStore((state) => state.clearBatch);
  const senderKeys = useHubStore((state) => state.senderKeys);
  const [nameMissing, setNameMissing] = useState(false);
  const [senderRow, setSenderRow] = useState<number | null>(null);
  const nameRef = useRef<HTMLInputElement>(null);
  const resultsRef = useRef<HTMLDivElement>(null);
  const statusRef = useRef<HTMLParagraphElement>(null);

  const importable = rows.filter((row) => row.state === 'checked' && row.preview && isImportable(row.preview));
  const locked = rows.filter((row) => row.state === 'checked' && needsPassphrase(row.preview)).length;
  const unchecked = rows.filter((row) => row.state === 'waiting' || (row.state === 'failed' && !row.result)).length;
  const busy = run !== null;
  const allChecked = rows.length > 0 && rows.every((row) => row.state === 'checked');
  const allIdentical = allChecked && rows.every((row) => row.preview?.status === 'identical');
  const showResults = imported && !busy && lastRun?.kind === 'import';

  // When a run ends its Stop button goes: the reader continues at what the run came to.
  const wasRunning = useRef(false);
  const stopRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (busy) {
      // "Import" went with the form it was in: the focus continues at Stop rather than at the page's start.
      if (!wasRunning.current && (document.activeElement === null || document.activeElement === document.body)) stopRef.current?.focus();
      wasRunning.current = true;
    } else if (wasRunning.current) {
      wasRunning.current = false;
      // Only when the focus went with the Stop button: a person still on "Choose files…" stays there.
      const lost = document.activeElement === null || document.activeElement === document.body;
      if (showResults) resultsRef.current?.focus();
      else if (lost) statusRef.current?.focus();
    }
  }, [busy, showResults]);

  const onImport = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    const outcome = await importFiles();
    if (outcome.kind === 'name_required') {
      setNameMissing(true);
      nameRef.current?.focus();
    }
  };

  /** What the last run came to, in one sentence. */
  const runOutcome = (finished: FinishedRun): string => {
    const files = formatInteger(finished.notSent, language);
    if (finished.stopped) return t(finished.kind === 'preview' ? 'hub.progress.stoppedChecking' : 'hub.progress.stoppedImporting', { files });
    const values = { done: formatInteger(finished.filesDone, language), total: formatInteger(finished.filesTotal, language) };
    return t(finished.kind === 'preview' ? 'hub.progress.finishedChecking' : 'hub.progress.finishedImporting', values);
  };

  const sender = senderRow === null ? null : rows.find((row) => row.id === senderRow);
  const senderName = sender?.preview?.sender?.name ?? '';
  // The key the hub knows for this sender: from the backend's trust list, else one seen in this session.
  const knownFromStore = sender?.preview?.sender?.knownFingerprints?.find((fingerprint) => fingerprint !== sender.preview?.sender?.fingerprint);
  const knownKey = knownFromStore ?? (Object.hasOwn(senderKeys, senderName) ? senderKeys[senderName] : undefined);

  return (
    <section className="screen hub-screen hub-import-screen">
      <ScreenHeading text={t('hub.import.title')} />
      <p className="hint">{t('hub.import.intro')}</p>

      <FileDropZone
        disabled={run?.kind === 'import'}
        onFiles={(files, skipped) => {
          setNameMissing(false);
          void addFiles(files, { skipped });
        }}
      />

      {run ? <ImportProgress run={run} onStop={stop} stopRef={stopRef} /> : lastRun && <ImportProgress run={lastRun} onStop={stop} />}

      {/* Always on the page, so that what a run came to is announced when it ends. */}
      <p ref={statusRef} tabIndex={-1} role="status" className="import-status-line">
        {!busy && lastRun ? runOutcome(lastRun) : ''}
        {!busy && skippedFiles > 0 ? ` ${t('hub.import.skipped', { files: formatInteger(skippedFiles, language) })}` : ''}
      </p>
      {!busy && unchecked > 0 && !imported && (
        <p className="section-actions">
          <button type="button" className="button" onClick={() => void checkRemaining()}>
            {t('hub.import.checkRemaining', { files: formatInteger(unchecked, language) })}
          </button>
        </p>
      )}

      {locked > 0 && !imported && <PassphrasePanel locked={locked} busy={busy} onPassphrase={tryPassphrase} />}

      {showResults && <ImportResults ref={resultsRef} rows={rows} lastRun={lastRun} />}

      {rows.length > 0 && (
        <>
          {!imported && <PreviewSummary rows={rows} />}
          <ImportTable rows={rows} caption={t(imported ? 'hub.import.captionDone' : 'hub.import.caption')} onAcceptSender={setSenderRow} />
        </>
      )}

      {rows.length > 0 && !busy && (
        <form noValidate className="import-confirm" onSubmit={(event) => void onImport(event)}>
          {importable.length > 0 ? (
            <>
              <h2>{t('hub.import.confirmTitle')}</h2>
              <p>{t('hub.import.confirmIntro')}</p>
              <DecidedByField missing={nameMissing} inputRef={nameRef} />
              <div className="form-actions">
                <button type="submit" className="button button-primary">
                  {t(imported ? 'hub.import.submitRemaining' : 'hub.import.submit', { files: formatInteger(importable.length, language) })}
                </button>
                <button type="button" className="button" onClick={clearBatch}>
                  {t('hub.import.clear')}
                </button>
              </div>
            </>
          ) : (
            <div className="form-actions">
              {!imported && allIdentical && (
                <p className="callout nothing-changed" data-testid="hub-nothing-changed">
                  {t('hub.import.nothingChanged')}
                </p>
              )}
              {!imported && !allIdentical && allChecked && <p className="muted">{t('hub.import.nothingToImport')}</p>}
              <button type="button" className="button" onClick={clearBatch}>
                {t('hub.import.clear')}
              </button>
            </div>
          )}
        </form>
      )}

      {sender?.preview?.sender && (
        <ConfirmDialog
          title={t('hub.import.senderDialog.title', { name: sender.preview.sender.name })}
          confirmLabel={t('hub.import.senderDialog.confirm')}
          cancelLabel={t('hub.import.senderDialog.cancel')}
          busy={busy}
          onCancel={() => setSenderRow(null)}
          onConfirm={() => {
            void acceptSender(sender.id).then((outcome) => {
              if (outcome.kind === 'name_required') {
                setNameMissing(true);
                return;
              }
              setSenderRow(null);
              // The row's button is gone with the decision: continue at what it came to.
              window.setTimeout(() => statusRef.current?.focus(), 0);
            });
          }}
          message={
            <>
              <p>{t('hub.import.senderDialog.body', { name: sender.preview.sender.name })}</p>
              <p className="fingerprint-label">{t('hub.import.senderDialog.newKey')}</p>
              <p data-testid="sender-new-key">
                <FingerprintText fingerprint={sender.preview.sender.fingerprint} large />
              </p>
              <p className="fingerprint-label">{t('hub.import.senderDialog.knownKey')}</p>
              {knownKey ? (
                <p data-testid="sender-known-key">
                  <FingerprintText fingerprint={knownKey} large />
                </p>
              ) : (
                <p className="muted">{t('hub.import.senderDialog.knownKeyUnknown')}</p>
              )}
              <p className="hint">{t('hub.import.senderDialog.compare')}</p>
            </>
          }
        >
          <DecidedByField missing={nameMissing} />
        </ConfirmDialog>
      )}
    </section>
  );
}
