import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../app/error-alert';
import { useHubOfficeStore } from '../../state/stores-context';

/**
 * What the last "Download" of this evidence file came to, in a live region (one beside the list,
 * one inside the viewer: the page behind a modal dialog is inert, its announcements unheard).
 */
export function DownloadStatus({ sha256 }: { sha256?: string }) {
  const { t } = useTranslation();
  const download = useHubOfficeStore((state) => (state.download && (sha256 === undefined || state.download.sha256 === sha256) ? state.download : null));
  return (
    <>
      <p role="status" className="evidence-download-status">
        {download?.kind === 'preparing' && t('hubOffice.evidence.preparing')}
        {download?.kind === 'downloaded' && (
          <>
            {t('hubOffice.evidence.downloaded')} <bdi className="file-name">{download.fileName}</bdi>
          </>
        )}
      </p>
      {download?.kind === 'failed' && <ErrorAlert error={download.error} />}
    </>
  );
}
