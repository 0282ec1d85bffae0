import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Framework } from '../../../shared/framework/framework-schema';
import type { EvidenceOf } from '../../../shared/packages/package-contents';
import { DataTable } from '../../app/data-table';
import { formatDateTime, formatFileSize } from '../../i18n/format';
import { useLanguage } from '../../i18n/use-language';
import { useHubOfficeStore } from '../../state/stores-context';
import { indicatorIndex, indicatorLabel } from '../history/indicator-index';
import { DownloadStatus } from './download-status';
import { evidenceKind, formatName } from './evidence-kinds';

/**
 * The revision's evidence files, in framework order: a picture or a PDF is viewed inside the app
 * (onView opens the viewer), anything else is only offered for download, its type and size said
 * on the button. Types come from the package's index, which the reader checked against the bytes;
 * the viewer decides again on the type detected when the file is read.
 */
export function EvidenceList({ files, framework, onView }: { files: readonly EvidenceOf[]; framework: Framework; onView(file: EvidenceOf): void }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const headingId = useId();
  const downloadEvidence = useHubOfficeStore((state) => state.downloadEvidence);
  const index = indicatorIndex(framework);
  const order = new Map([...index.keys()].map((id, position) => [id, position]));
  const sorted = [...files].sort((a, b) => (order.get(a.indicatorId) ?? order.size) - (order.get(b.indicatorId) ?? order.size) || a.addedAt.localeCompare(b.addedAt));

  return (
    <section className="panel hub-office-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('hubOffice.evidence.heading')}</h2>
      {sorted.length === 0 ? (
        <p className="muted">{t('hubOffice.evidence.none')}</p>
      ) : (
        <>
          <p className="hint">{t('hubOffice.evidence.intro')}</p>
          <DataTable
            className="hub-evidence-table"
            caption={t('hubOffice.evidence.caption')}
            columns={[
              t('hubOffice.evidence.column.file'),
              t('hubOffice.evidence.column.indicator'),
              t('hubOffice.evidence.column.type'),
              t('hubOffice.evidence.column.size'),
              t('hubOffice.evidence.column.added'),
              t('hubOffice.evidence.column.open'),
            ]}
          >
            {sorted.map((file) => {
              const kind = evidenceKind(file.mediaType);
              const type = formatName(file.mediaType);
              const size = formatFileSize(file.sizeBytes, language);
              return (
                <tr key={file.id} data-evidence={file.sha256} data-kind={kind}>
                  <th scope="row">
                    <bdi className="file-name">{file.fileName}</bdi>
                  </th>
                  <td>{indicatorLabel(file.indicatorId, index.get(file.indicatorId)?.indicator, language)}</td>
                  <td>{type}</td>
                  <td className="nowrap">{size}</td>
                  <td className="nowrap">
                    <time dateTime={file.addedAt}>{formatDateTime(file.addedAt, language)}</time>
                  </td>
                  <td>
                    {kind === 'download' ? (
                      <button type="button" className="button button-small" onClick={() => void downloadEvidence(file.sha256)}>
                        {t('hubOffice.evidence.download', { type, size })}
                        <span className="visually-hidden"> {file.fileName}</span>
                      </button>
                    ) : (
                      <button type="button" className="button button-small" aria-haspopup="dialog" onClick={() => onView(file)}>
                        {t(kind === 'image' ? 'hubOffice.evidence.viewImage' : 'hubOffice.evidence.viewPdf')}
                        <span className="visually-hidden"> {file.fileName}</span>
                      </button>
                    )}
                  </td>
                </tr>
              );
            })}
          </DataTable>
          <DownloadStatus />
        </>
      )}
    </section>
  );
}
