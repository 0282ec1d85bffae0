import { useTranslation } from 'react-i18next';
import type { HubKey } from '../../../shared/api/hub-contract';
import { DataTable } from '../../app/data-table';
import { formatDateTime } from '../../i18n/format';
import { useLanguage } from '../../i18n/use-language';
import { FingerprintText } from '../hub/fingerprint-text';

/**
 * The trust list: per office, each key with its status, how it came to be known (first seen,
 * registered, accepted), who decided and when, and the hub whose file brought the decision.
 * A trusted key bound to an office can be revoked.
 */
export function KeysTable({ keys, onRevoke }: { keys: readonly HubKey[]; onRevoke(key: HubKey): void }) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <DataTable
      className="keys-table"
      caption={t('hub.keys.caption')}
      columns={[
        t('hub.keys.column.office'),
        t('hub.keys.column.fingerprint'),
        t('hub.keys.column.status'),
        t('hub.keys.column.source'),
        t('hub.keys.column.decided'),
        t('hub.keys.column.via'),
        t('hub.keys.column.action'),
      ]}
    >
      {keys.map((key) => (
        <tr key={key.id} data-office={key.officeCode} data-fingerprint={key.fingerprint}>
          <th scope="row">
            <bdi>{key.officeCode}</bdi>
          </th>
          <td>
            <FingerprintText fingerprint={key.fingerprint} large />
            {!key.hasPublicKey && <span className="key-note muted">{t('hub.keys.fingerprintOnly')}</span>}
          </td>
          <td>
            <span className={`key-status key-status-${key.status}`}>{t(`hub.keys.status.${key.status}`)}</span>
          </td>
          <td>{t(`hub.keys.source.${key.source}`)}</td>
          <td>
            <bdi>{key.decidedBy}</bdi>
            <span className="key-when muted">{formatDateTime(key.decidedAt, language)}</span>
          </td>
          <td>{key.via ? <FingerprintText fingerprint={key.via} /> : <span className="muted">{t('hub.keys.viaNone')}</span>}</td>
          <td>
            {key.status === 'trusted' && key.officeId !== undefined ? (
              <button type="button" className="button button-small" aria-haspopup="dialog" onClick={() => onRevoke(key)}>
                {t('hub.keys.revoke')}
                <span className="visually-hidden"> {t('hub.keys.revokeWhich', { office: key.officeCode, fingerprint: key.fingerprint })}</span>
              </button>
            ) : key.status === 'trusted' ? (
              <span className="muted">{t('hub.keys.notBound')}</span>
            ) : null}
          </td>
        </tr>
      ))}
    </DataTable>
  );
}
