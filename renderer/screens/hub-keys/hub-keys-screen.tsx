import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { HubKey } from '../../../shared/api/hub-contract';
import { ConfirmDialog } from '../../app/confirm-dialog';
import { EmptyState } from '../../app/empty-state';
import { ErrorAlert } from '../../app/error-alert';
import { LoadState } from '../../app/load-state';
import { routeHref } from '../../app/route';
import { ScreenHeading } from '../../app/screen-heading';
import { formatInteger, formatYear } from '../../i18n/format';
import { useLanguage } from '../../i18n/use-language';
import type { KeyOutcome } from '../../state/hub-store';
import { useHubStore } from '../../state/stores-context';
import { DecidedByField } from '../hub/decided-by-field';
import { FingerprintText } from '../hub/fingerprint-text';
import '../hub/hub.css';
import { resultStatusKey } from '../hub/import-status';
import { HeldPackages, heldGroups, type HeldGroup } from './held-packages';
import { KeysTable } from './keys-table';
import { RegisterKeyForm } from './register-key-form';

type Pending = { kind: 'accept' | 'reject'; group: HeldGroup } | { kind: 'revoke'; key: HubKey };

/** What the last decision did, in words. */
function OutcomeText({ outcome }: { outcome: KeyOutcome }) {
  const { t } = useTranslation();
  const language = useLanguage();
  switch (outcome.kind) {
    case 'accepted':
      return (
        <>
          <p>{t('hub.keys.outcome.accepted', { office: outcome.officeCode, files: formatInteger(outcome.results.length, language) })}</p>
          {outcome.results.length > 0 && (
            <ul>
              {outcome.results.map((result, position) => (
                <li key={position}>
                  {t('hub.keys.outcome.result', {
                    office: result.office?.code ?? outcome.officeCode,
                    cycle: result.cycle === undefined ? '' : formatYear(result.cycle, language),
                    revision: result.revision === undefined ? '' : formatInteger(result.revision, language),
                  })}{' '}
                  {t(resultStatusKey(result))}
                </li>
              ))}
            </ul>
          )}
        </>
      );
    case 'rejected':
      return <p>{t('hub.keys.outcome.rejected', { office: outcome.officeCode, files: formatInteger(outcome.discarded, language) })}</p>;
    case 'revoked':
      return <p>{t('hub.keys.outcome.revoked', { office: outcome.key.officeCode })}</p>;
    case 'registered':
      return <p>{t('hub.keys.outcome.registered', { office: outcome.key.officeCode })}</p>;
  }
}

/**
 * "Office keys": the packages held back because another key signed them (with the new and the
 * trusted fingerprints to compare by phone, and Accept / Reject), the trust list with Revoke,
 * and the registration of a key before any package of the office arrives.
 */
export function HubKeysScreen() {
  const { t } = useTranslation();
  const language = useLanguage();
  const keys = useHubStore((state) => state.keys);
  const held = useHubStore((state) => state.held);
  const keysError = useHubStore((state) => state.keysError);
  const loadKeys = useHubStore((state) => state.loadKeys);
  const loadOffices = useHubStore((state) => state.loadOffices);
  const offices = useHubStore((state) => state.offices);
  const keyBusy = useHubStore((state) => state.keyBusy);
  const keyOutcome = useHubStore((state) => state.keyOutcome);
  const keyError = useHubStore((state) => state.keyError);
  const acceptKey = useHubStore((state) => state.acceptKey);
  const rejectKey = useHubStore((state) => state.rejectKey);
  const revokeKey = useHubStore((state) => state.revokeKey);
  const clearKeyOutcome = useHubStore((state) => state.clearKeyOutcome);
  const [pending, setPending] = useState<Pending | null>(null);
  const [nameMissing, setNameMissing] = useState(false);
  const outcomeRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    clearKeyOutcome();
    void loadKeys();
    void loadOffices();
  }, [clearKeyOutcome, loadKeys, loadOffices]);

  const groups = useMemo(() => heldGroups(held ?? [], keys ?? []), [held, keys]);
  const sortedKeys = useMemo(() => [...(keys ?? [])].sort((a, b) => a.officeCode.localeCompare(b.officeCode, 'en') || a.decidedAt.localeCompare(b.decidedAt)), [keys]);
  const officeCodes = useMemo(() => [...new Set((offices ?? []).map((office) => office.officeCode))].sort(), [offices]);

  const decide = async () => {
    if (!pending) return;
    const outcome =
      pending.kind === 'revoke'
        ? await revokeKey(pending.key.officeId!, pending.key.fingerprint)
        : pending.kind === 'accept'
          ? await acceptKey(pending.group.officeId, pending.group.fingerprint)
          : await rejectKey(pending.group.officeId, pending.group.fingerprint);
    if (outcome.kind === 'name_required') {
      setNameMissing(true);
      return;
    }
    setPending(null);
    setNameMissing(false);
    // The card or the button that opened the dialog may be gone: continue at what was done.
    window.setTimeout(() => outcomeRef.current?.focus(), 0);
  };

  let dialog = null;
  if (pending) {
    const office = pending.kind === 'revoke' ? pending.key.officeCode : pending.group.officeCode;
    const fingerprint = pending.kind === 'revoke' ? pending.key.fingerprint : pending.group.fingerprint;
    const files = pending.kind === 'revoke' ? 0 : pending.group.packages.length;
    dialog = (
      <ConfirmDialog
        title={t(`hub.keys.dialog.${pending.kind}.title`, { office })}
        confirmLabel={t(`hub.keys.dialog.${pending.kind}.confirm`)}
        cancelLabel={t('hub.keys.dialog.cancel')}
        busy={keyBusy}
        onCancel={() => setPending(null)}
        onConfirm={() => void decide()}
        message={
          <>
            <p className="fingerprint-label">{t('hub.keys.dialog.key')}</p>
            <p>
              <FingerprintText fingerprint={fingerprint} large />
            </p>
            {pending.kind !== 'revoke' && (
              <>
                <p className="fingerprint-label">{t('hub.keys.trustedKey', { office })}</p>
                {pending.group.trusted.length === 0 ? (
                  <p className="muted">{t('hub.keys.noTrustedKey')}</p>
                ) : (
                  pending.group.trusted.map((trusted) => (
                    <p key={trusted}>
                      <FingerprintText fingerprint={trusted} large />
                    </p>
                  ))
                )}
              </>
            )}
            <p>{t(`hub.keys.dialog.${pending.kind}.body`, { office, files: formatInteger(files, language) })}</p>
          </>
        }
      >
        <DecidedByField missing={nameMissing} />
      </ConfirmDialog>
    );
  }

  return (
    <section className="screen hub-screen hub-keys-screen">
      <ScreenHeading text={t('hub.keys.title')} />
      <p className="hint">{t('hub.keys.intro')}</p>
      <LoadState loaded={keys !== null} error={keysError} onRetry={() => void loadKeys()} announce />

      <div ref={outcomeRef} tabIndex={-1} role="status" className="key-outcome">
        {keyOutcome && (
          <div className="callout">
            <OutcomeText outcome={keyOutcome} />
          </div>
        )}
      </div>
      {keyError && <ErrorAlert error={keyError} />}

      {keys && held && (
        <>
          <section className="hub-section" aria-labelledby="held-heading">
            <h2 id="held-heading">{t('hub.keys.heldTitle')}</h2>
            {groups.length === 0 ? (
              <p className="muted">{t('hub.keys.heldNone')}</p>
            ) : (
              <HeldPackages groups={groups} onAccept={(group) => setPending({ kind: 'accept', group })} onReject={(group) => setPending({ kind: 'reject', group })} />
            )}
          </section>

          <section className="hub-section" aria-labelledby="trust-heading">
            <h2 id="trust-heading">{t('hub.keys.trustTitle')}</h2>
            {sortedKeys.length === 0 ? (
              <EmptyState message={t('hub.keys.empty')}>
                <a className="button" href={routeHref({ screen: 'hubImport' })}>
                  {t('hub.nav.import')}
                </a>
              </EmptyState>
            ) : (
              <KeysTable keys={sortedKeys} onRevoke={(key) => setPending({ kind: 'revoke', key })} />
            )}
          </section>

          <RegisterKeyForm officeCodes={officeCodes} />
        </>
      )}
      {dialog}
    </section>
  );
}
