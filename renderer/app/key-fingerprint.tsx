import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { usePackagesStore } from '../state/stores-context';
import { LoadState } from './load-state';

/** "ABCD-EFGH-…" → its groups of four, as they are read out. */
export function fingerprintGroups(fingerprint: string): string[] {
  return fingerprint.split('-').filter(Boolean);
}

/** The groups, left to right in every language (read out and compared group by group), one span each. */
export function FingerprintGroups({ fingerprint }: { fingerprint: string }) {
  const groups = fingerprintGroups(fingerprint);
  return (
    <bdi dir="ltr">
      {groups.map((group, index) => (
        <span key={index} className="fingerprint-group">
          {group}
          {index < groups.length - 1 ? ' ' : ''}
        </span>
      ))}
    </bdi>
  );
}

/**
 * Copies text to the clipboard: the asynchronous API where the page may use it, else the older
 * copy command on a selected, off-screen field (the desktop shell denies the clipboard
 * permission, like every other). The field goes into `container` so that it is not inert
 * behind an open modal dialog.
 */
export async function copyText(text: string, container: HTMLElement): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    // Fall through to the copy command.
  }
  const field = document.createElement('textarea');
  field.value = text;
  field.readOnly = true;
  field.setAttribute('aria-hidden', 'true');
  field.tabIndex = -1;
  field.className = 'copy-buffer';
  container.append(field);
  field.select();
  let copied = false;
  try {
    copied = document.execCommand('copy');
  } catch {
    copied = false;
  }
  field.remove();
  return copied;
}

/**
 * This installation's signing-key fingerprint, large, in monospace groups of four, left to right
 * in every language (it is read out over the phone), with a button that copies it.
 */
export function KeyFingerprint({ fingerprint, labelId }: { fingerprint: string; labelId: string }) {
  const { t } = useTranslation();
  const [copyState, setCopyState] = useState<'idle' | 'copied' | 'failed'>('idle');
  const groupsRef = useRef<HTMLParagraphElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);

  const copy = async () => {
    const container = buttonRef.current?.parentElement ?? document.body;
    const copied = await copyText(fingerprint, container);
    buttonRef.current?.focus();
    if (copied) {
      setCopyState('copied');
      return;
    }
    setCopyState('failed');
    // Selected, so that Ctrl+C copies it by hand.
    const selection = window.getSelection();
    if (groupsRef.current && selection) selection.selectAllChildren(groupsRef.current);
  };

  return (
    <div className="key-fingerprint">
      {/* The paragraph follows the page (right-aligned in Arabic); the groups inside read left to right. */}
      <p ref={groupsRef} className="fingerprint" translate="no">
        <FingerprintGroups fingerprint={fingerprint} />
      </p>
      <p className="fingerprint-actions">
        <button ref={buttonRef} type="button" className="button button-small" aria-describedby={labelId} onClick={() => void copy()}>
          {t('packages.key.copy')}
        </button>
        <span role="status" className="muted">
          {copyState === 'copied' ? t('packages.key.copied') : copyState === 'failed' ? t('packages.key.copyFailed') : ''}
        </span>
      </p>
    </div>
  );
}

/** The fingerprint from the packages store, read once per session, with its label. */
export function InstallationKey({ headingLevel }: { headingLevel?: 'h2' | 'h3' }) {
  const { t } = useTranslation();
  const labelId = useId();
  const key = usePackagesStore((state) => state.installationKey);
  const keyError = usePackagesStore((state) => state.installationKeyError);
  const loadInstallationKey = usePackagesStore((state) => state.loadInstallationKey);

  useEffect(() => {
    void loadInstallationKey();
  }, [loadInstallationKey]);

  const Heading = headingLevel ?? 'p';
  return (
    <div className="installation-key">
      <Heading id={labelId} className="installation-key-label">
        {t('packages.key.label')}
      </Heading>
      <LoadState loaded={key !== null} error={keyError} onRetry={() => void loadInstallationKey()} />
      {key && <KeyFingerprint fingerprint={key.fingerprint} labelId={labelId} />}
    </div>
  );
}

/** "About this installation": where a representative finds the key to read out to the hub. */
export function InstallationPanel() {
  const { t } = useTranslation();
  const headingId = useId();
  return (
    <section className="installation-panel" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('packages.key.sectionTitle')}</h2>
      <InstallationKey headingLevel="h3" />
      <p className="hint">{t('packages.key.hint')}</p>
    </section>
  );
}
