import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FrameworkSummary } from '../../../shared/api/contract';
import { DataTable } from '../../app/data-table';
import { EmptyState } from '../../app/empty-state';
import { ErrorAlert } from '../../app/error-alert';
import { LoadState } from '../../app/load-state';
import { routeHref } from '../../app/route';
import { ScreenHeading } from '../../app/screen-heading';
import { formatDateTime, formatInteger } from '../../i18n/format';
import { useLanguage } from '../../i18n/use-language';
import { useFrameworksStore } from '../../state/stores-context';
import { frameworkTitle, shortHash } from './framework-label';
import './frameworks.css';
import { ImportPanel } from './import-panel';
import { base64ToBytes, saveDownload, XLSX_MEDIA_TYPE } from '../../files/save-download';

/**
 * The scorecard frameworks installed on this computer: each version is kept, so every assessment
 * is scored with the text it was made with. HQ revises a scorecard in Excel: export it, change
 * it, give it a new version, import it.
 */
export function FrameworksScreen() {
  const { t } = useTranslation();
  const language = useLanguage();
  const list = useFrameworksStore((state) => state.list);
  const listError = useFrameworksStore((state) => state.listError);
  const usage = useFrameworksStore((state) => state.usage);
  const load = useFrameworksStore((state) => state.load);
  const exporting = useFrameworksStore((state) => state.exporting);
  const exportError = useFrameworksStore((state) => state.exportError);
  const exportXlsx = useFrameworksStore((state) => state.exportXlsx);
  const [exported, setExported] = useState<string | null>(null);

  // The database is the source of truth: re-read every time the screen is shown.
  useEffect(() => {
    void load();
  }, [load]);

  // The button stays enabled (disabling it would drop the keyboard focus); one export at a time.
  const onExport = async (summary: FrameworkSummary) => {
    if (exporting !== null) return;
    setExported(null);
    const workbook = await exportXlsx(summary.hash);
    if (!workbook) return;
    saveDownload(workbook.fileName, base64ToBytes(workbook.dataBase64), XLSX_MEDIA_TYPE);
    setExported(workbook.fileName);
  };

  return (
    <section className="screen frameworks-screen">
      <p className="back-link">
        <a href={routeHref({ screen: 'list' })}>{t('nav.backToList')}</a>
      </p>
      <ScreenHeading text={t('frameworks.title')} />
      <p className="hint">{t('frameworks.intro')}</p>
      <LoadState loaded={list !== null} error={listError} onRetry={() => void load()} announce />
      {exportError && <ErrorAlert error={exportError} />}
      <p role="status" className="export-status">
        {exporting !== null ? t('frameworks.exporting') : exported ? t('frameworks.exported', { fileName: exported }) : ''}
      </p>
      {list && list.length === 0 && <EmptyState message={t('frameworks.empty')} />}
      {list && list.length > 0 && (
        <DataTable
          className="frameworks-table"
          caption={t('frameworks.caption')}
          columns={[
            t('frameworks.column.title'),
            t('frameworks.column.id'),
            t('frameworks.column.version'),
            t('frameworks.column.hash'),
            t('frameworks.column.installed'),
            t('frameworks.column.assessments'),
            t('frameworks.column.actions'),
          ]}
        >
          {list.map((summary) => {
            const title = frameworkTitle(summary, language);
            return (
              <tr key={summary.hash}>
                <th scope="row">
                  <span lang={title.lang}>{title.text}</span>
                  {summary.isDefault && <span className="framework-default">{t('frameworks.default')}</span>}
                </th>
                <td>
                  <code dir="ltr">{summary.id}</code>
                </td>
                <td>
                  <bdi>{summary.version}</bdi>
                </td>
                <td>
                  <code dir="ltr" title={summary.hash}>
                    {shortHash(summary.hash)}
                  </code>
                </td>
                <td>{formatDateTime(summary.installedAt, language)}</td>
                <td>{usage ? formatInteger(usage[summary.hash] ?? 0, language) : ''}</td>
                <td>
                  <button type="button" className="button" onClick={() => void onExport(summary)}>
                    {t('frameworks.export')}
                    <span className="visually-hidden"> {t('frameworks.exportWhich', { title: title.text, version: summary.version })}</span>
                  </button>
                </td>
              </tr>
            );
          })}
        </DataTable>
      )}
      <ImportPanel />
    </section>
  );
}
