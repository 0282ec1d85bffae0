import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../app/error-alert';
import { pickedFile } from '../../files/picked-file';
import { useLanguage } from '../../i18n/use-language';
import { FRAMEWORK_MAX_MB } from '../../state/frameworks-store';
import { useFrameworksStore } from '../../state/stores-context';
import { frameworkTitle } from './framework-label';
import { ImportProblems } from './import-problems';
import { XLSX_MEDIA_TYPE } from '../../files/save-download';

/** Installs a framework from an Excel workbook or a JSON file; a file with any problem installs nothing and lists them all. */
export function ImportPanel() {
  const { t } = useTranslation();
  const language = useLanguage();
  const importing = useFrameworksStore((state) => state.importing);
  const lastImport = useFrameworksStore((state) => state.lastImport);
  const importFile = useFrameworksStore((state) => state.importFile);
  const inputId = useId();

  let outcome = null;
  if (lastImport?.ok) {
    const { framework, fileName, alreadyInstalled } = lastImport;
    const values = { title: frameworkTitle(framework, language).text, version: framework.version, fileName };
    outcome = (
      <div className="callout import-success">
        <p>{t(alreadyInstalled ? 'frameworks.import.alreadyInstalled' : 'frameworks.import.installed', values)}</p>
        {framework.isDefault && !alreadyInstalled && <p>{t('frameworks.import.nowDefault')}</p>}
      </div>
    );
  }

  return (
    <section className="panel import-panel" aria-labelledby="import-heading">
      <h2 id="import-heading">{t('frameworks.import.title')}</h2>
      <p id={`${inputId}-hint`} className="hint">
        {t('frameworks.import.hint', { maxMb: FRAMEWORK_MAX_MB })}
      </p>
      <div className="form-field">
        <label htmlFor={inputId}>{t('frameworks.import.label')}</label>
        <input
          id={inputId}
          type="file"
          accept={`.xlsx,.json,${XLSX_MEDIA_TYPE},application/json`}
          aria-describedby={`${inputId}-hint`}
          onChange={(event) => {
            const file = event.target.files?.[0];
            // Cleared at once so that choosing the same file again (after correcting it) imports it again.
            event.target.value = '';
            if (file) void importFile(pickedFile(file));
          }}
        />
      </div>
      <div role="status">
        {importing !== null && <p className="loading">{t('frameworks.import.importing', { fileName: importing })}</p>}
        {outcome}
      </div>
      {lastImport && !lastImport.ok && (
        <>
          <ErrorAlert error={lastImport.error} />
          {(lastImport.error.problems ?? []).length > 0 && <ImportProblems fileName={lastImport.fileName} problems={lastImport.error.problems ?? []} />}
        </>
      )}
    </section>
  );
}
