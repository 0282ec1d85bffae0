import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppErrorData } from '../../../shared/api/app-error';
import type { ReportInputRequest, ReportRequest } from '../../../shared/api/report-contract';
import { isRightToLeft } from '../../../shared/i18n/languages';
import { ErrorAlert } from '../../app/error-alert';
import { routeHref } from '../../app/route';
import { ScreenHeading } from '../../app/screen-heading';
import { useLanguage } from '../../i18n/use-language';
import { useReportsStore } from '../../state/stores-context';
import { defaultPaper } from './default-paper';
import { PrintStatus } from './print-status';
import { ReportPreview, type RenderedPreview } from './report-preview';
import { ReportSettings, type ReportChoice } from './report-settings';
import './report-screen.css';

function backHref(report: ReportRequest): string {
  if (report.kind === 'regional') return routeHref({ screen: 'hubSet' });
  return report.from === 'field' ? routeHref({ screen: 'assessment', id: report.assessmentId }) : routeHref({ screen: 'hubOffice', assessmentId: report.assessmentId });
}

/**
 * Print a report (docs/reports.md): its language and paper, a preview that is the report page
 * itself, then Print and Save as PDF — through the desktop app's printing, or in the browser the
 * preview's own print dialog and a PDF made by the backend's Chromium. Routes:
 * #/assessments/<id>/report, #/hub/offices/<id>/report, #/hub/report.
 */
export function ReportScreen({ report }: { report: ReportRequest }) {
  const { t } = useTranslation();
  const uiLanguage = useLanguage();
  const [choice, setChoice] = useState<ReportChoice>(() => ({ language: uiLanguage, paper: defaultPaper(navigator.languages) }));
  const request: ReportInputRequest = useMemo(
    () => ({
      report: report.kind === 'regional' && choice.region ? { ...report, region: choice.region } : report,
      language: choice.language,
      paper: choice.paper,
    }),
    [report, choice],
  );
  const key = JSON.stringify(request);
  const input = useReportsStore((state) => (state.inputFor === key ? state.input : null));
  const inputError = useReportsStore((state) => (state.inputFor === key ? state.inputError : null));
  const phase = useReportsStore((state) => state.phase);
  const outcome = useReportsStore((state) => state.outcome);
  const load = useReportsStore((state) => state.load);
  const printWithShell = useReportsStore((state) => state.printWithShell);
  const savePdf = useReportsStore((state) => state.savePdf);
  const printedInBrowser = useReportsStore((state) => state.printedInBrowser);
  const clearOutcome = useReportsStore((state) => state.clearOutcome);
  const frame = useRef<HTMLIFrameElement>(null);
  const [rendered, setRendered] = useState<{ key: string; preview: RenderedPreview } | null>(null);
  const [renderError, setRenderError] = useState<{ key: string; error: AppErrorData } | null>(null);

  useEffect(() => {
    clearOutcome();
    void load(request);
  }, [load, clearOutcome, request]);

  const onRendered = useCallback((preview: RenderedPreview) => setRendered({ key, preview }), [key]);
  const onError = useCallback((error: AppErrorData) => setRenderError({ key, error }), [key]);
  const preview = rendered?.key === key ? rendered.preview : null;
  const previewError = renderError?.key === key ? renderError.error : null;
  const ready = input !== null && preview !== null && previewError === null;
  const busy = phase !== 'idle';

  const print = async () => {
    if (await printWithShell(request)) return;
    // In the browser: the preview's own print dialog prints the report page, with its @page rules.
    frame.current?.contentWindow?.print();
    printedInBrowser();
  };

  return (
    <section className="screen report-screen">
      <p className="back-link">
        <a href={backHref(report)}>{t(report.kind === 'regional' ? 'reports.screen.backToHub' : report.from === 'field' ? 'reports.screen.backToAssessment' : 'reports.screen.backToHub')}</a>
      </p>
      <ScreenHeading text={t('reports.screen.title')} />
      {preview && input && (
        // The document's title is in the report's language, which may not be the screen's: isolated, in its own direction.
        <p className="report-document-title">
          <bdi lang={input.language} dir={isRightToLeft(input.language) ? 'rtl' : 'ltr'}>
            {preview.title}
          </bdi>
        </p>
      )}
      <ReportSettings choice={choice} regional={report.kind === 'regional'} disabled={busy} onChange={setChoice} />
      <div className="report-actions">
        <button type="button" className="button" disabled={!ready || busy} onClick={() => void print()}>
          {t('reports.screen.print')}
        </button>
        <button type="button" className="button button-primary" disabled={!ready || busy} onClick={() => void savePdf(request)}>
          {t('reports.screen.savePdf')}
        </button>
      </div>
      <PrintStatus preparing={!ready && !inputError && !previewError} phase={phase} outcome={outcome} />
      {inputError && <ErrorAlert error={inputError} />}
      {previewError && <ErrorAlert error={previewError} />}
      <p className="report-hint">{t('reports.screen.previewHint')}</p>
      <ReportPreview frame={frame} input={input} onRendered={onRendered} onError={onError} />
    </section>
  );
}
