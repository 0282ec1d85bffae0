import { useTranslation } from 'react-i18next';
import { IMPORT_STATUSES, type ImportPreview } from '../../../shared/api/hub-contract';
import { DataTable } from '../../app/data-table';
import { useErrorMessage } from '../../app/error-alert';
import { formatFileSize, formatInteger, formatYear } from '../../i18n/format';
import { useLanguage } from '../../i18n/use-language';
import type { HubFileRow } from '../../state/hub-store';
import { FingerprintText } from '../hub/fingerprint-text';
import { previewStatusKey, resultStatusKey } from '../hub/import-status';

/** A different key: the one that signed, and the ones the hub trusts for the office, to compare by phone. */
function KeyComparison({ preview }: { preview: ImportPreview }) {
  const { t } = useTranslation();
  const trusted = preview.trustedFingerprints ?? [];
  return (
    <div className="key-comparison">
      <p>
        {t('hub.import.signedWith')} <FingerprintText fingerprint={preview.fingerprint ?? ''} />
      </p>
      <p>
        {t('hub.import.trustedFor', { office: preview.office?.code ?? '' })}{' '}
        {trusted.length === 0
          ? t('hub.import.noneTrusted')
          : trusted.map((fingerprint) => (
              <span key={fingerprint} className="fingerprint-line">
                <FingerprintText fingerprint={fingerprint} />
              </span>
            ))}
      </p>
      <p className="hint">{t('hub.import.compareByPhone')}</p>
    </div>
  );
}

/** A consolidated file: who sent it, whether their key is the one known, and its packages by status. */
function SenderDetails({ preview, shownResult, onAcceptSender }: { preview: ImportPreview; shownResult: boolean; onAcceptSender?: () => void }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const sender = preview.sender;
  if (!sender) return null;
  const members = IMPORT_STATUSES.filter((status) => (preview.members?.[status] ?? 0) > 0);
  return (
    <div className="sender-details">
      <p>
        {t('hub.import.sender', { name: sender.name })} <FingerprintText fingerprint={sender.fingerprint} />
      </p>
      <p>{t(`hub.import.senderStatus.${sender.status}`)}</p>
      {sender.status === 'different_key' && !shownResult && (
        <div className="alert alert-warning">
          <p>{t('hub.import.senderChanged', { name: sender.name })}</p>
          {onAcceptSender && (
            <p>
              <button type="button" className="button" aria-haspopup="dialog" onClick={onAcceptSender}>
                {t('hub.import.acceptSender')}
              </button>
            </p>
          )}
        </div>
      )}
      {members.length > 0 && (
        <>
          <p className="member-counts-label">{t('hub.import.members')}</p>
          <ul className="member-counts">
            {members.map((status) => (
              <li key={status}>
                {t(`hub.status.package.${status}`)}: {formatInteger(preview.members?.[status] ?? 0, language)}
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}

function StatusCell({ row, onAcceptSender }: { row: HubFileRow; onAcceptSender?: () => void }) {
  const { t } = useTranslation();
  const message = useErrorMessage();
  const shown = row.result ?? row.preview;
  let words: string;
  if (row.state === 'checking') words = t('hub.import.checking');
  else if (row.state === 'importing') words = t('hub.import.importing');
  else if (row.state === 'failed') words = row.result || row.preview ? t('hub.import.importFailed') : t('hub.import.checkFailed');
  else if (!shown) words = t('hub.import.notChecked');
  else words = t(row.result ? resultStatusKey(row.result) : previewStatusKey(shown));
  const status = shown?.status;
  return (
    <td className="import-status-cell" data-status={row.state === 'failed' ? 'failed' : (status ?? row.state)}>
      <strong className="import-status-words">{words}</strong>
      {row.state === 'failed' && row.error && <p className="field-error">{message(row.error)}</p>}
      {shown?.reason && <p>{t(`packages.reasons.${shown.reason.code}`, shown.reason.params)}</p>}
      {shown && shown.kind === 'package' && (status === 'different_key' || status === 'revoked_key' || status === 'rejected_key') && <KeyComparison preview={shown} />}
      {shown?.kind === 'consolidated' && <SenderDetails preview={shown} shownResult={row.result !== null && row.result.status !== 'different_key'} onAcceptSender={onAcceptSender} />}
      {row.hasPassphrase && <p className="muted">{t('hub.import.opened')}</p>}
    </td>
  );
}

/** One row per file: what importing it would do (or did), its office, cycle, revision and signer. */
export function ImportTable({ rows, caption, onAcceptSender }: { rows: readonly HubFileRow[]; caption: string; onAcceptSender(rowId: number): void }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const imported = rows.some((row) => row.result !== null);
  return (
    <DataTable
      className="import-table"
      scrollable
      caption={caption}
      columns={[
        t('hub.import.column.file'),
        t(imported ? 'hub.import.column.result' : 'hub.import.column.status'),
        t('hub.import.column.office'),
        t('hub.import.column.cycle'),
        t('hub.import.column.revision'),
        t('hub.import.column.signer'),
      ]}
    >
      {rows.map((row) => {
        const shown = row.result ?? row.preview;
        const canAccept = shown?.kind === 'consolidated' && shown.status === 'different_key' && row.state === 'checked';
        return (
          <tr key={row.id} data-file={row.fileName}>
            <th scope="row">
              <bdi className="file-name">{row.fileName}</bdi>
              <span className="file-size muted">{formatFileSize(row.sizeBytes, language)}</span>
            </th>
            <StatusCell row={row} onAcceptSender={canAccept ? () => onAcceptSender(row.id) : undefined} />
            <td>
              {shown?.office && (
                <>
                  <bdi className="office-code-text">{shown.office.code}</bdi>
                  <span className="office-name">{shown.office.name}</span>
                </>
              )}
              {shown?.kind === 'consolidated' && shown.sender && <span className="office-name">{shown.sender.name}</span>}
            </td>
            <td>{shown?.cycle !== undefined ? formatYear(shown.cycle, language) : ''}</td>
            <td>{shown?.revision !== undefined ? formatInteger(shown.revision, language) : ''}</td>
            <td>{shown?.fingerprint ? <FingerprintText fingerprint={shown.fingerprint} /> : shown?.sender ? <FingerprintText fingerprint={shown.sender.fingerprint} /> : ''}</td>
          </tr>
        );
      })}
    </DataTable>
  );
}
