import { useTranslation } from 'react-i18next';
import type { DatabaseState } from '../../../shared/api/contract';
import { ScreenHeading } from '../../app/screen-heading';
import { formatDateTime, formatFileSize } from '../../i18n/format';
import { useLanguage } from '../../i18n/use-language';
import { useAppStore } from '../../state/stores-context';

type Corrupt = Extract<DatabaseState, { state: 'corrupt' }>;

/**
 * The data file is damaged. The only way forward offered is a backup: starting empty would
 * look like losing the office's work, and the damaged file may still be rescued by IT.
 */
export function RecoveryScreen({ database, dataDir }: { database: Corrupt; dataDir: string }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const restoring = useAppStore((state) => state.restoring);
  const restoreBackup = useAppStore((state) => state.restoreBackup);
  const backups = [...database.backups].sort((a, b) => b.createdAt.localeCompare(a.createdAt));

  return (
    <section className="screen">
      <ScreenHeading text={t('recovery.title')} />
      <div role="alert" className="alert alert-warning">
        <p>{t('recovery.damaged')}</p>
        <p>
          <strong>{t('recovery.nothingDeleted')}</strong>
        </p>
      </div>
      <p>
        {t('recovery.dataFolder')}{' '}
        <code dir="ltr" className="path">
          {dataDir}
        </code>
      </p>

      {backups.length === 0 ? (
        <p className="callout">{t('recovery.noBackups')}</p>
      ) : (
        <>
          <h2 id="backups-heading">{t('recovery.backupsTitle')}</h2>
          <p>{t('recovery.backupsIntro')}</p>
          <table className="data-table" aria-labelledby="backups-heading">
            <thead>
              <tr>
                <th scope="col">{t('recovery.column.date')}</th>
                <th scope="col">{t('recovery.column.size')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('recovery.column.action')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {backups.map((backup, index) => (
                <tr key={backup.file}>
                  <td id={`backup-date-${index}`}>{formatDateTime(backup.createdAt, language)}</td>
                  <td>{formatFileSize(backup.sizeBytes, language)}</td>
                  <td>
                    <button
                      type="button"
                      className="button button-primary"
                      aria-describedby={`backup-date-${index}`}
                      disabled={restoring !== null}
                      onClick={() => void restoreBackup(backup.file)}
                    >
                      {restoring === backup.file ? t('recovery.restoring') : t('recovery.restore')}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <p className="hint">{t('recovery.keptAside')}</p>
        </>
      )}

      <details className="technical-details">
        <summary>{t('recovery.technicalDetails')}</summary>
        <pre dir="ltr">{database.detail}</pre>
      </details>
    </section>
  );
}
