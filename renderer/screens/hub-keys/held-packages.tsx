import { useTranslation } from 'react-i18next';
import type { HeldPackage, HubKey } from '../../../shared/api/hub-contract';
import { formatDateTime, formatInteger, formatYear } from '../../i18n/format';
import { useLanguage } from '../../i18n/use-language';
import { FingerprintText } from '../hub/fingerprint-text';

/** The packages held back for one office and one new key: decided together. */
export interface HeldGroup {
  officeId: string;
  officeCode: string;
  officeName: string;
  fingerprint: string;
  packages: HeldPackage[];
  /** The keys the hub trusts for this office, to compare with. */
  trusted: string[];
}

export function heldGroups(held: readonly HeldPackage[], keys: readonly HubKey[]): HeldGroup[] {
  const groups = new Map<string, HeldGroup>();
  for (const row of held) {
    const id = `${row.officeId} ${row.fingerprint}`;
    const group = groups.get(id);
    if (group) {
      group.packages.push(row);
      continue;
    }
    const trusted = keys
      .filter((key) => key.status === 'trusted' && (key.officeId === row.officeId || (key.officeId === undefined && key.officeCode === row.officeCode)))
      .map((key) => key.fingerprint);
    groups.set(id, { officeId: row.officeId, officeCode: row.officeCode, officeName: row.officeName, fingerprint: row.fingerprint, packages: [row], trusted });
  }
  return [...groups.values()];
}

/**
 * One card per office and new key: the packages waiting, the new key and the office's trusted
 * key(s) one above the other in large groups, what to do (phone the office) and the two
 * decisions.
 */
export function HeldPackages({ groups, onAccept, onReject }: { groups: readonly HeldGroup[]; onAccept(group: HeldGroup): void; onReject(group: HeldGroup): void }) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <ul className="held-groups">
      {groups.map((group) => (
        <li key={`${group.officeId} ${group.fingerprint}`} className="held-group panel" data-office={group.officeCode}>
          <h3>
            <bdi>{group.officeCode}</bdi> <span className="office-name-inline">{group.officeName}</span>
          </h3>
          <ul className="held-list">
            {group.packages.map((row) => (
              <li key={row.packageSha256}>
                {t('hub.keys.heldPackage', {
                  cycle: formatYear(row.cycle, language),
                  revision: formatInteger(row.revision, language),
                  at: formatDateTime(row.receivedAt, language),
                })}{' '}
                <bdi className="file-name">{row.receivedFrom}</bdi>
              </li>
            ))}
          </ul>
          <div className="key-compare">
            <p className="fingerprint-label">{t('hub.keys.newKey')}</p>
            <p data-testid="held-new-key">
              <FingerprintText fingerprint={group.fingerprint} large />
            </p>
            <p className="fingerprint-label">{t('hub.keys.trustedKey', { office: group.officeCode })}</p>
            {group.trusted.length === 0 ? (
              <p className="muted">{t('hub.keys.noTrustedKey')}</p>
            ) : (
              group.trusted.map((fingerprint) => (
                <p key={fingerprint} data-testid="held-trusted-key">
                  <FingerprintText fingerprint={fingerprint} large />
                </p>
              ))
            )}
          </div>
          <p className="held-instruction">{t('hub.keys.compareInstruction')}</p>
          <p className="section-actions">
            <button type="button" className="button button-primary" aria-haspopup="dialog" onClick={() => onAccept(group)}>
              {t('hub.keys.accept')}
              <span className="visually-hidden"> {t('hub.keys.forOffice', { office: group.officeCode })}</span>
            </button>{' '}
            <button type="button" className="button" aria-haspopup="dialog" onClick={() => onReject(group)}>
              {t('hub.keys.reject')}
              <span className="visually-hidden"> {t('hub.keys.forOffice', { office: group.officeCode })}</span>
            </button>
          </p>
        </li>
      ))}
    </ul>
  );
}
