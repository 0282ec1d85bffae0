import { useEffect, useRef, useState, type ReactElement } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import type { AssessmentSummary, PackageExportInfo } from '../../../shared/api/contract';
import type { AssessmentDocument } from '../../../shared/assessment/assessment-document';
import { ErrorAlert } from '../../app/error-alert';
import { LoadState } from '../../app/load-state';
import { DOWNLOAD_DESTINATION, folderOf } from '../../files/save-file';
import { formatDateTimeLong, formatInteger } from '../../i18n/format';
import { useLanguage } from '../../i18n/use-language';
import { usePackagesStore } from '../../state/stores-context';
import { ExportPackageDialog } from './export-package-dialog';
import { OfficeCodeAction } from './office-code-action';

/** File names and paths keep their own direction inside a sentence in any language. */
const FILE_COMPONENTS: Record<string, ReactElement> = {
  file: <bdi className="file-name" />,
  folder: <bdi className="file-path" dir="ltr" />,
};

/** "Last exported 12 March 2025 14:02 as ETH-CO_2025_r1.fieldscore to /home/…/Desktop (encrypted)". */
function ExportLine({ entry }: { entry: PackageExportInfo }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const downloaded = entry.destination === DOWNLOAD_DESTINATION;
  return (
    <>
      <Trans
        i18nKey={downloaded ? 'packages.panel.lastDownloaded' : 'packages.panel.lastSaved'}
        values={{ date: formatDateTimeLong(entry.at, language), fileName: entry.fileName, folder: folderOf(entry.destination) }}
        components={FILE_COMPONENTS}
      />{' '}
      {t(entry.encrypted ? 'packages.panel.encrypted' : 'packages.panel.notEncrypted')}
    </>
  );
}

function ExportHistory({ assessmentId }: { assessmentId: string }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const exports = usePackagesStore((state) => (state.exportsFor === assessmentId ? state.exports : null));
  const exportsError = usePackagesStore((state) => (state.exportsFor === assessmentId ? state.exportsError : null));
  const loadExports = usePackagesStore((state) => state.loadExports);

  if (!exports) return <LoadState loaded={false} error={exportsError} onRetry={() => void loadExports(assessmentId)} />;
  const [newest] = exports;
  if (!newest) return <p className="last-export muted">{t('packages.panel.notExported')}</p>;
  return (
    <>
      <p className="last-export">
        <ExportLine entry={newest} />
      </p>
      {exports.length > 1 && (
        <details className="export-list">
          <summary>{t('packages.panel.allExports', { count: formatInteger(exports.length, language) })}</summary>
          <ol>
            {exports.map((entry) => (
              <li key={entry.id}>
                <ExportLine entry={entry} />
              </li>
            ))}
          </ol>
        </details>
      )}
    </>
  );
}

/** What the last export of this assessment in this session came to, once the dialog has closed. */
function SavedMessage({ assessmentId }: { assessmentId: string }) {
  const { t } = useTranslation();
  const outcome = usePackagesStore((state) => (state.lastExport?.assessmentId === assessmentId ? state.lastExport.outcome : null));
  if (outcome?.kind !== 'saved') return null;
  const downloaded = outcome.destination === DOWNLOAD_DESTINATION;
  return (
    <div className="callout export-saved">
      <p>
        <Trans
          i18nKey={downloaded ? 'packages.panel.downloaded' : 'packages.panel.savedTo'}
          values={{ fileName: outcome.fileName, folder: folderOf(outcome.destination) }}
          components={FILE_COMPONENTS}
        />
      </p>
      <p>{t('packages.panel.sendHint')}</p>
    </div>
  );
}

/**
 * The package for the regional hub, on the overview: for a submitted revision, when and where it
 * was last exported and "Export package…"; for a draft, why it cannot be exported yet. A missing
 * office code (which a package needs) is said before anything is tried, with the way to add it.
 */
export function PackageExportPanel({ document, revisions }: { document: AssessmentDocument; revisions: AssessmentSummary[] | null }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const openerRef = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef(false);
  const loadExports = usePackagesStore((state) => state.loadExports);
  const recordError = usePackagesStore((state) =>
    state.lastExport?.assessmentId === document.id && state.lastExport.outcome.kind === 'saved' ? state.lastExport.outcome.recordError : undefined,
  );
  const submitted = document.status === 'submitted';
  const hasCode = Boolean(document.office.code?.trim());

  useEffect(() => {
    if (submitted) void loadExports(document.id);
  }, [loadExports, document.id, submitted]);

  // Back on "Export package…" once the dialog is gone.
  useEffect(() => {
    if (!open && returnFocus.current) {
      returnFocus.current = false;
      openerRef.current?.focus();
    }
  }, [open]);

  const close = () => {
    returnFocus.current = true;
    setOpen(false);
  };

  return (
    <section className="panel panel-wide package-export" aria-labelledby="package-export-heading">
      <h2 id="package-export-heading">{t('packages.panel.title')}</h2>
      {!submitted && (
        <>
          <p>{t('packages.panel.draft')}</p>
          {!hasCode && (
            <div className="callout">
              <p>{t('packages.panel.draftNeedsCode')}</p>
              <p className="section-actions">
                <OfficeCodeAction document={document} revisions={revisions} />
              </p>
            </div>
          )}
        </>
      )}
      {submitted && (
        <>
          <p>{t('packages.panel.intro')}</p>
          <ExportHistory assessmentId={document.id} />
          {hasCode ? (
            <p className="section-actions">
              <button ref={openerRef} type="button" className="button button-primary" aria-haspopup="dialog" onClick={() => setOpen(true)}>
                {t('packages.panel.export')}
              </button>
            </p>
          ) : (
            <div className="alert alert-warning">
              <p>{t('packages.errors.office_code_required')}</p>
              <p className="section-actions">
                <OfficeCodeAction document={document} revisions={revisions} />
              </p>
            </div>
          )}
          <div role="status">
            <SavedMessage assessmentId={document.id} />
          </div>
          {recordError && (
            <ErrorAlert error={recordError}>
              <p>{t('packages.panel.notRecorded')}</p>
            </ErrorAlert>
          )}
        </>
      )}
      {open && <ExportPackageDialog document={document} revisions={revisions} onClose={close} />}
    </section>
  );
}
