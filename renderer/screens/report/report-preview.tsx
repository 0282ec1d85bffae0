import { useEffect, useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppErrorData } from '../../../shared/api/app-error';
import { parseReportFailure, REPORT_ERROR_KEYS } from '../../../shared/reports/report-errors';
import type { ReportInput } from '../../../shared/reports/report-input';

/** What the report page said after rendering: its title, for the screen's subtitle. */
export interface RenderedPreview {
  title: string;
}

interface ReportPreviewProps {
  frame: RefObject<HTMLIFrameElement | null>;
  input: ReportInput | null;
  onRendered: (rendered: RenderedPreview) => void;
  onError: (error: AppErrorData) => void;
}

function renderError(error: unknown): AppErrorData {
  const parsed = parseReportFailure(error instanceof Error ? error.message : String(error));
  const detail = parsed?.detail ?? (error instanceof Error ? error.message : String(error)).slice(0, 300);
  return { code: 'internal', messageKey: parsed?.messageKey ?? REPORT_ERROR_KEYS.renderFailed, params: { detail } };
}

/**
 * The report as it prints: the app's own report page (report.html) in an iframe of the same
 * origin, rendered by the same window.fieldscoreRenderReport the printers call. Nothing of the
 * report is drawn by this screen, so the preview cannot differ from the paper.
 */
export function ReportPreview({ frame, input, onRendered, onError }: ReportPreviewProps) {
  const { t } = useTranslation();
  const [loaded, setLoaded] = useState(false);

  useEffect(() => {
    if (!loaded || !input) return;
    const render = frame.current?.contentWindow?.fieldscoreRenderReport;
    if (!render) {
      onError({ code: 'internal', messageKey: REPORT_ERROR_KEYS.pageMissing, params: { path: 'report.html' } });
      return;
    }
    let current = true;
    render(input).then(
      (rendered) => {
        if (current) onRendered({ title: rendered.title });
      },
      (error: unknown) => {
        if (current) onError(renderError(error));
      },
    );
    return () => {
      current = false;
    };
  }, [loaded, input, frame, onRendered, onError]);

  return <iframe ref={frame} className="report-preview" src="./report.html" title={t('reports.screen.preview')} onLoad={() => setLoaded(true)} />;
}
