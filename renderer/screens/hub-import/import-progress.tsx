import { useId, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { formatFileSize, formatInteger } from '../../i18n/format';
import { useLanguage } from '../../i18n/use-language';
import type { FinishedRun, HubRun } from '../../state/hub-store';

/** How often the progress is said aloud: at the start, each quarter and the end, not at every file. */
const ANNOUNCED_STEPS = 4;

function labelKey(run: HubRun | FinishedRun): string {
  const checking = run.kind === 'preview';
  if ('current' in run) return checking ? 'hub.progress.checking' : 'hub.progress.importing';
  if (run.stopped) return checking ? 'hub.progress.checkingStopped' : 'hub.progress.importingStopped';
  return checking ? 'hub.progress.checkingDone' : 'hub.progress.importingDone';
}

/**
 * The running check or import: a progress bar (by bytes), files done of total and bytes done
 * of total, the file being sent, and Stop. Screen readers hear the count at each quarter, not
 * a hundred updates. Once the run is over its final counts stay, without Stop.
 */
export function ImportProgress({ run, onStop, stopRef }: { run: HubRun | FinishedRun; onStop(): void; stopRef?: Ref<HTMLButtonElement> }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const labelId = useId();
  const textId = useId();
  const checking = run.kind === 'preview';
  const active = 'current' in run ? run : null;
  const values = {
    done: formatInteger(run.filesDone, language),
    total: formatInteger(run.filesTotal, language),
    bytesDone: formatFileSize(run.bytesDone, language),
    bytesTotal: formatFileSize(run.bytesTotal, language),
  };
  const step = run.filesTotal === 0 ? 0 : Math.floor((run.filesDone / run.filesTotal) * ANNOUNCED_STEPS);
  const announcedDone = Math.floor((step * run.filesTotal) / ANNOUNCED_STEPS);

  return (
    <div className={active ? 'import-progress' : 'import-progress is-finished'}>
      <p id={labelId} className="import-progress-label">
        {t(labelKey(run))}
      </p>
      <progress aria-labelledby={labelId} aria-describedby={textId} max={Math.max(run.bytesTotal, 1)} value={run.bytesTotal === 0 ? 1 : run.bytesDone} />
      <p id={textId} className="import-progress-text" data-testid="hub-progress-text">
        {t('hub.progress.count', values)}
      </p>
      {active && (
        <>
          <p className="import-progress-current muted">
            {active.current ? (
              <>
                {t('hub.progress.current')} <bdi className="file-name">{active.current}</bdi>
              </>
            ) : (
              ' '
            )}
          </p>
          <p className="visually-hidden" role="status">
            {t(checking ? 'hub.progress.announceChecking' : 'hub.progress.announceImporting', { done: formatInteger(announcedDone, language), total: values.total })}
          </p>
          <p className="section-actions">
            <button ref={stopRef} type="button" className="button" onClick={onStop}>
              {t(checking ? 'hub.progress.stopChecking' : 'hub.progress.stopImporting')}
            </button>
            {active.stopping && <span className="muted"> {t('hub.progress.stopping')}</span>}
          </p>
        </>
      )}
    </div>
  );
}
