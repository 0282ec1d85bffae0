import { useEffect, useId, useMemo, useRef, useState, type FormEvent, type ReactElement } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import type { HubOffice } from '../../../shared/api/hub-contract';
import { CONSOLIDATED_INCLUDES, type ConsolidatedInclude } from '../../../shared/consolidation/consolidated-format';
import type { AggregateBand } from '../../../shared/scoring/band';
import { DataTable } from '../../app/data-table';
import { EmptyState } from '../../app/empty-state';
import { ErrorAlert } from '../../app/error-alert';
import { LoadState } from '../../app/load-state';
import { routeHref } from '../../app/route';
import { ScreenHeading } from '../../app/screen-heading';
import { DOWNLOAD_DESTINATION, folderOf } from '../../files/save-file';
import { formatDateTime, formatInteger, formatYear, intlLocale } from '../../i18n/format';
import { useLanguage } from '../../i18n/use-language';
import { useHubStore } from '../../state/stores-context';
import { formatCoverage, formatScore } from '../assessment-editor/number-format';
import '../assessment-editor/editor.css';
import { BandLabel } from '../assessment-editor/score-badge';
import { FingerprintText } from '../hub/fingerprint-text';
import '../hub/hub.css';
import { officeStateKey } from '../hub/import-status';

/** The contract's limit on the hub's name. */
const MAX_HUB_NAME_LENGTH = 120;

/** Revisions that count in the set: the rest (superseded, not kept) are history, shown on request. */
const IN_SET: ReadonlySet<HubOffice['state']> = new Set(['current', 'conflict', 'merged']);

function isAggregateBand(band: string): band is AggregateBand {
  return band === 'green' || band === 'amber' || band === 'red' || band === 'insufficient_data';
}

const FILE_COMPONENTS: Record<string, ReactElement> = {
  file: <bdi className="file-name" />,
  folder: <bdi className="file-path" dir="ltr" />,
};

/** "Export the consolidated file…": the hub's name (remembered), then the save dialog or a download. */
function ConsolidatedExport() {
  const { t } = useTranslation();
  const id = useId();
  const hubName = useHubStore((state) => state.hubName);
  const setHubName = useHubStore((state) => state.setHubName);
  const exporting = useHubStore((state) => state.exporting);
  const lastExport = useHubStore((state) => (state.lastExport?.what === 'consolidated' ? state.lastExport.outcome : null));
  const exportConsolidated = useHubStore((state) => state.exportConsolidated);
  const offices = useHubStore((state) => state.offices);
  const language = useLanguage();
  const [include, setInclude] = useState<ConsolidatedInclude>('accepted');
  const [missing, setMissing] = useState(false);
  const nameRef = useRef<HTMLInputElement>(null);
  const showMissing = missing && hubName.trim() === '';
  // What the file would carry: each office's current (or merged) revision, accepted or all.
  const inSet = (offices ?? []).filter((office) => office.state === 'current' || office.state === 'merged');

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (exporting) return;
    const outcome = await exportConsolidated(include);
    if (outcome.kind === 'name_required') {
      setMissing(true);
      nameRef.current?.focus();
    }
  };

  return (
    <section className="panel hub-export" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('hub.set.exportTitle')}</h2>
      <p>{t('review.set.exportIntro')}</p>
      <form noValidate onSubmit={(event) => void onSubmit(event)} aria-busy={exporting === 'consolidated'}>
        <div className={showMissing ? 'form-field has-error' : 'form-field'}>
          <label htmlFor={id}>{t('hub.set.hubName')}</label>
          <p id={`${id}-hint`} className="hint">
            {t('hub.set.hubNameHint')}
          </p>
          {showMissing && (
            <p id={`${id}-error`} className="field-error">
              {t('hub.set.hubNameRequired')}
            </p>
          )}
          <input
            ref={nameRef}
            id={id}
            type="text"
            maxLength={MAX_HUB_NAME_LENGTH}
            value={hubName}
            aria-invalid={showMissing}
            aria-describedby={showMissing ? `${id}-error ${id}-hint` : `${id}-hint`}
            onChange={(event) => setHubName(event.target.value)}
          />
        </div>
        <fieldset className="consolidated-include">
          <legend>{t('review.set.includeLegend')}</legend>
          {CONSOLIDATED_INCLUDES.map((choice) => (
            <div key={choice} className="checkbox-field">
              <input
                id={`${id}-include-${choice}`}
                type="radio"
                name={`${id}-include`}
                value={choice}
                checked={include === choice}
                aria-describedby={`${id}-include-${choice}-hint`}
                onChange={() => setInclude(choice)}
              />
              <label htmlFor={`${id}-include-${choice}`}>
                {t(`review.set.include.${choice}`, { count: formatInteger(inSet.filter((office) => choice === 'all' || office.review === 'accepted').length, language) })}
              </label>
              <p id={`${id}-include-${choice}-hint`} className="hint">
                {t(`review.set.includeHint.${choice}`)}
              </p>
            </div>
          ))}
        </fieldset>
        <p className="section-actions">
          <button type="submit" className="button button-primary">
            {t('hub.set.exportConsolidated')}
          </button>
        </p>
      </form>
      <div role="status">
        {exporting === 'consolidated' && <p className="loading">{t('hub.set.exportingConsolidated')}</p>}
        {lastExport?.kind === 'saved' && (
          <div className="callout">
            <p>
              {lastExport.destination === DOWNLOAD_DESTINATION ? (
                <Trans i18nKey="hub.set.consolidatedDownloaded" values={{ fileName: lastExport.fileName }} components={FILE_COMPONENTS} />
              ) : (
                <Trans i18nKey="hub.set.consolidatedSaved" values={{ fileName: lastExport.fileName, folder: folderOf(lastExport.destination) }} components={FILE_COMPONENTS} />
              )}
            </p>
            {lastExport.viaDownload && <p>{t('hub.set.shellRefused')}</p>}
            <p>{t('hub.set.sendUpward')}</p>
          </div>
        )}
        {lastExport?.kind === 'cancelled' && <p>{t('hub.set.exportCancelled')}</p>}
      </div>
      {lastExport?.kind === 'failed' && <ErrorAlert error={lastExport.error} />}
    </section>
  );
}

/** "Spreadsheet (.xlsx)" and "Spreadsheet (.csv)": the set for analysts, downloaded. */
function SpreadsheetExport() {
  const { t } = useTranslation();
  const language = useLanguage();
  const id = useId();
  const exporting = useHubStore((state) => state.exporting);
  const lastExport = useHubStore((state) => (state.lastExport && state.lastExport.what !== 'consolidated' ? state.lastExport.outcome : null));
  const exportSpreadsheet = useHubStore((state) => state.exportSpreadsheet);
  const run = (format: 'xlsx' | 'csv') => {
    if (!exporting) void exportSpreadsheet(format, language);
  };
  return (
    <section className="panel hub-export" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('hub.set.spreadsheetTitle')}</h2>
      <p>{t('hub.set.spreadsheetIntro')}</p>
      <p className="section-actions">
        <button type="button" className="button" onClick={() => run('xlsx')}>
          {t('hub.set.xlsx')}
        </button>{' '}
        <button type="button" className="button" onClick={() => run('csv')}>
          {t('hub.set.csv')}
        </button>
      </p>
      <div role="status">
        {(exporting === 'xlsx' || exporting === 'csv') && <p className="loading">{t('hub.set.exportingSpreadsheet')}</p>}
        {lastExport?.kind === 'downloaded' && (
          <p>
            {t('hub.set.spreadsheetDone')}{' '}
            {lastExport.fileNames.map((name, position) => (
              <span key={name}>
                {position > 0 ? ', ' : ''}
                <bdi className="file-name">{name}</bdi>
              </span>
            ))}
          </p>
        )}
      </div>
      {lastExport?.kind === 'failed' && <ErrorAlert error={lastExport.error} />}
    </section>
  );
}

/**
 * "Hub set": the packages this hub holds, one row per office, cycle and revision, with its state
 * (current, superseded, in conflict…), overall score, band and coverage, signer and arrival;
 * what needs a decision; and the exports: the consolidated file passed upward, spreadsheets.
 */
export function HubSetScreen() {
  const { t } = useTranslation();
  const language = useLanguage();
  const toggleId = useId();
  const offices = useHubStore((state) => state.offices);
  const officesError = useHubStore((state) => state.officesError);
  const loadOffices = useHubStore((state) => state.loadOffices);
  const conflicts = useHubStore((state) => state.conflicts);
  const held = useHubStore((state) => state.held);
  const loadConflicts = useHubStore((state) => state.loadConflicts);
  const loadKeys = useHubStore((state) => state.loadKeys);
  const [showHistory, setShowHistory] = useState(false);

  useEffect(() => {
    void loadOffices();
    void loadConflicts();
    void loadKeys();
  }, [loadOffices, loadConflicts, loadKeys]);

  const sorted = useMemo(() => {
    const collator = new Intl.Collator(intlLocale(language), { numeric: true });
    return [...(offices ?? [])].sort((a, b) => collator.compare(a.officeCode, b.officeCode) || b.cycle - a.cycle || b.revision - a.revision);
  }, [offices, language]);
  const shown = showHistory ? sorted : sorted.filter((office) => IN_SET.has(office.state));
  const officeCount = new Set((offices ?? []).map((office) => office.officeId)).size;
  const current = (offices ?? []).filter((office) => office.state === 'current').length;

  return (
    <section className="screen hub-screen hub-set-screen">
      <ScreenHeading text={t('hub.set.title')} />
      <p className="hint">{t('hub.set.intro')}</p>
      <LoadState loaded={offices !== null} error={officesError} onRetry={() => void loadOffices()} announce />

      {(conflicts?.length ?? 0) > 0 && (
        <p className="alert alert-warning">
          {t('hub.set.conflictsWaiting', { conflicts: formatInteger(conflicts!.length, language) })}{' '}
          <a href={routeHref({ screen: 'hubConflicts' })}>{t('hub.nav.conflicts')}</a>
        </p>
      )}
      {(held?.length ?? 0) > 0 && (
        <p className="alert alert-warning">
          {t('hub.set.heldWaiting', { held: formatInteger(held!.length, language) })} <a href={routeHref({ screen: 'hubKeys' })}>{t('hub.nav.keys')}</a>
        </p>
      )}

      {offices && offices.length > 0 && (
        <p>
          <a href={routeHref({ screen: 'hubPicture' })}>{t('picture.nav')}</a>
          {' · '}
          <a href={routeHref({ screen: 'regionalReport' })}>{t('hub.set.regionalReport')}</a>
        </p>
      )}

      {offices && offices.length === 0 && (
        <EmptyState message={t('hub.set.empty')}>
          <a className="button button-primary" href={routeHref({ screen: 'hubImport' })}>
            {t('hub.nav.import')}
          </a>
        </EmptyState>
      )}
      {offices && offices.length > 0 && (
        <>
          <ul className="summary-counts" data-testid="hub-set-summary">
            <li data-count="offices">
              {t('hub.set.offices')}: {formatInteger(officeCount, language)}
            </li>
            <li data-count="revisions">
              {t('hub.set.revisions')}: {formatInteger(offices.length, language)}
            </li>
            <li data-count="current">
              {t('hub.set.current')}: {formatInteger(current, language)}
            </li>
          </ul>
          <div className="list-options checkbox-field">
            <input id={toggleId} type="checkbox" checked={showHistory} onChange={(event) => setShowHistory(event.target.checked)} />
            <label htmlFor={toggleId}>{t('hub.set.showHistory')}</label>
          </div>
          <DataTable
            className="hub-set-table"
            scrollable
            caption={t('hub.set.caption')}
            columns={[
              t('hub.set.column.office'),
              t('hub.set.column.cycle'),
              t('hub.set.column.revision'),
              t('hub.set.column.state'),
              t('review.set.column'),
              t('hub.set.column.score'),
              t('hub.set.column.coverage'),
              t('hub.set.column.signer'),
              t('hub.set.column.received'),
            ]}
          >
            {shown.map((office) => (
              <tr key={office.assessmentId} data-office={office.officeCode} data-state={office.state}>
                <th scope="row">
                  <a href={routeHref({ screen: 'hubOffice', assessmentId: office.assessmentId })}>
                    <bdi>{office.officeCode}</bdi>
                    <span className="visually-hidden">
                      {' '}
                      {t('overview.cycle', { cycle: formatYear(office.cycle, language) })}, {t('overview.revision', { revision: formatInteger(office.revision, language) })}
                    </span>
                  </a>
                  <span className="office-name">{office.officeName}</span>
                </th>
                <td>{formatYear(office.cycle, language)}</td>
                <td>{formatInteger(office.revision, language)}</td>
                <td>{t(officeStateKey(office.state))}</td>
                <td data-review={office.review}>{t(`review.status.${office.review}`)}</td>
                <td>
                  {office.overall.score !== null && <span className="score-value">{formatScore(office.overall.score, language)} </span>}
                  {isAggregateBand(office.overall.band) ? <BandLabel band={office.overall.band} /> : <bdi>{office.overall.band}</bdi>}
                </td>
                <td>{formatCoverage(office.overall.coverage, language)}</td>
                <td>
                  <FingerprintText fingerprint={office.fingerprint} />
                </td>
                <td>
                  {formatDateTime(office.receivedAt, language)}
                  <span className="received-from muted">
                    <bdi className="file-name">{office.receivedFrom}</bdi>
                  </span>
                </td>
              </tr>
            ))}
          </DataTable>
          <div className="hub-exports">
            <ConsolidatedExport />
            <SpreadsheetExport />
          </div>
        </>
      )}
    </section>
  );
}
