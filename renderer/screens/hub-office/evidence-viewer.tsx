import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { HubEvidenceFile } from '../../../shared/api/hub-office-contract';
import type { EvidenceOf } from '../../../shared/packages/package-contents';
import { DIALOG_FOCUSABLE, keepTabInside } from '../../app/dialog-focus';
import { ErrorAlert } from '../../app/error-alert';
import { base64ToBytes } from '../../files/save-download';
import { formatFileSize } from '../../i18n/format';
import { useLanguage } from '../../i18n/use-language';
import { useHubOfficeStore } from '../../state/stores-context';
import { DownloadStatus } from './download-status';
import { evidenceKind, formatName, viewerBlobType } from './evidence-kinds';

/** What Tab may land on inside the viewer; the PDF's frame is one stop (its viewer has its own keys). */
const FOCUSABLE = `${DIALOG_FOCUSABLE}, iframe`;

/**
 * A blob: URL of the stored bytes for as long as the element shows it, revoked when it goes (the
 * viewer closes, or another file replaces it). Set on the element itself, so nothing re-renders.
 */
function useBlobSource<T extends HTMLImageElement | HTMLIFrameElement>(file: HubEvidenceFile, type: string) {
  const ref = useRef<T>(null);
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const url = URL.createObjectURL(new Blob([base64ToBytes(file.dataBase64)], { type }));
    element.src = url;
    return () => {
      element.removeAttribute('src');
      URL.revokeObjectURL(url);
    };
  }, [file, type]);
  return ref;
}

function EvidenceImage({ file, alt }: { file: HubEvidenceFile; alt: string }) {
  const ref = useBlobSource<HTMLImageElement>(file, viewerBlobType('image', file.mediaType));
  return <img ref={ref} className="evidence-image" alt={alt} />;
}

/** Chromium's own PDF viewer, in a frame of a blob typed application/pdf (never another type). */
function EvidencePdf({ file, title }: { file: HubEvidenceFile; title: string }) {
  const ref = useBlobSource<HTMLIFrameElement>(file, viewerBlobType('pdf', file.mediaType));
  return <iframe ref={ref} className="evidence-pdf" title={title} referrerPolicy="no-referrer" />;
}

/**
 * One evidence file of the revision, in a modal dialog: a picture or a PDF shown from its stored
 * bytes, anything else only offered for download (by the type detected from the bytes, which is
 * what decides, not the list's). Escape or Close closes it; Tab stays inside; the focus goes back
 * to the button that opened it.
 */
export function EvidenceViewer({ info, indicator, onClose }: { info: EvidenceOf; indicator: string; onClose(): void }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const titleId = useId();
  const detailsId = useId();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const closeRef = useRef<HTMLButtonElement>(null);
  const viewing = useHubOfficeStore((state) => (state.viewing?.sha256 === info.sha256 ? state.viewing : null));
  const downloadEvidence = useHubOfficeStore((state) => state.downloadEvidence);
  const file = viewing?.file ?? null;
  const kind = file ? evidenceKind(file.mediaType) : null;
  const type = formatName(file?.mediaType ?? info.mediaType);
  const size = formatFileSize(file?.size ?? info.sizeBytes, language);

  useEffect(() => {
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    const dialog = dialogRef.current;
    if (dialog && !dialog.open) dialog.showModal();
    closeRef.current?.focus();
    return () => {
      if (dialog?.open) dialog.close();
      if (opener?.isConnected) opener.focus();
    };
  }, []);

  return (
    <dialog
      ref={dialogRef}
      className="modal evidence-viewer"
      aria-labelledby={titleId}
      aria-describedby={detailsId}
      onKeyDown={(event) => keepTabInside(event, dialogRef.current, FOCUSABLE)}
      onCancel={(event) => {
        // Escape: closed through the state, so the page and the store agree.
        event.preventDefault();
        onClose();
      }}
    >
      <h2 id={titleId} className="evidence-viewer-title">
        <bdi className="file-name">{info.fileName}</bdi>
      </h2>
      <p id={detailsId} className="muted">
        {t('hubOffice.viewer.details', { type, size, indicator })}
      </p>
      <div className="evidence-viewer-body">
        {viewing?.error && <ErrorAlert error={viewing.error} />}
        {!file && !viewing?.error && (
          <p role="status" className="loading">
            {t('app.loading')}
          </p>
        )}
        {file && kind === 'image' && <EvidenceImage file={file} alt={t('hubOffice.viewer.imageAlt', { name: info.fileName, indicator })} />}
        {file && kind === 'pdf' && <EvidencePdf file={file} title={t('hubOffice.viewer.pdfTitle', { name: info.fileName })} />}
        {file && kind === 'download' && <p className="callout">{t('hubOffice.viewer.notShown')}</p>}
      </div>
      <DownloadStatus sha256={info.sha256} />
      <div className="form-actions">
        <button type="button" className="button" onClick={() => void downloadEvidence(info.sha256)}>
          {t('hubOffice.evidence.download', { type, size })}
        </button>
        <button ref={closeRef} type="button" className="button button-primary" onClick={onClose}>
          {t('hubOffice.viewer.close')}
        </button>
      </div>
    </dialog>
  );
}
