import type { TFunction } from 'i18next';
import type { ComponentType } from 'react';
import { flushSync } from 'react-dom';
import { createRoot, type Root } from 'react-dom/client';
import type { Language } from '../../shared/i18n/languages';
import { REPORT_ERROR_KEYS } from '../../shared/reports/report-errors';
import { checkReportInput, type ReportInput, type ReportKind } from '../../shared/reports/report-input';
import { ReportContext } from './report-context';
import { loadReportFonts } from './report-fonts';
import { reportTranslation } from './report-i18n';

/** What a report's content component receives (the agreed signature: `OfficeReport({ data, t, language })`). */
export interface ReportBodyProps<Data> {
  data: Data;
  t: TFunction;
  language: Language;
}

export type ReportBodies = {
  [Kind in ReportKind]: ComponentType<ReportBodyProps<Extract<ReportInput, { kind: Kind }>['data']>>;
};

export interface RenderedReport {
  /** Not known before printing (Chromium paginates only when it prints); kept for the printers' contract. */
  pages?: number;
  /** The document's title and symbol as rendered (a PDF's file name is made from them). */
  title: string;
  symbol: string;
}

export type RenderReport = (input: unknown) => Promise<RenderedReport>;

/**
 * Failures cross into the printers as an Error message only (page.evaluate, executeJavaScript),
 * so it starts with the message key: "reports.errors.render_failed: <detail>".
 */
function failure(messageKey: string, detail: string): Error {
  return new Error(`${messageKey}: ${detail}`);
}

/**
 * Installs window.fieldscoreRenderReport on the report page. The printers (chromium-pdf.ts, the
 * desktop shell's print-report.ts, the app's preview iframe) call it with a ReportInput: it
 * validates it, renders the report synchronously, loads every font face the text needs, waits
 * for images, and fails if the page tried to reach anything but its own files (the CSP refuses
 * it; the refusal is reported here so nothing is printed without it).
 */
export function installReportRenderer(bodies: ReportBodies, container: HTMLElement): RenderReport {
  let root: Root | null = null;
  // React 19 reports a render error to the root's handler instead of throwing it from render.
  let renderError: unknown = null;
  const violations: string[] = [];
  document.addEventListener('securitypolicyviolation', (event) => {
    violations.push(`${event.violatedDirective} ${event.blockedURI}`);
  });

  const render: RenderReport = async (raw) => {
    const check = checkReportInput(raw);
    if (!check.ok) throw failure(REPORT_ERROR_KEYS.renderFailed, check.problems.join('; '));
    const input = check.input;
    const { t, dir, language } = reportTranslation(input.language);
    violations.length = 0;
    document.documentElement.lang = language;
    document.documentElement.dir = dir;
    root ??= createRoot(container, {
      onUncaughtError: (error) => {
        renderError = error;
      },
    });
    renderError = null;
    const settings = { language, dir, paper: input.paper, t };
    try {
      // Synchronous commit: the document is complete (title and page rules included) when this returns.
      flushSync(() => {
        root!.render(<ReportContext.Provider value={settings}>{renderBody(bodies, input, t, language)}</ReportContext.Provider>);
      });
    } catch (error) {
      renderError = error;
    }
    if (renderError !== null) {
      const error = renderError;
      // The next report renders into a fresh root: this one unmounted itself on the error.
      root.unmount();
      root = null;
      throw failure(REPORT_ERROR_KEYS.renderFailed, error instanceof Error ? error.message : String(error));
    }
    const marginText = [...document.querySelectorAll('[data-margin-text]')].map((element) => element.getAttribute('data-margin-text')).join(' ');
    try {
      await loadReportFonts(`${document.title} ${marginText} ${container.innerText}`);
    } catch (error) {
      throw failure(REPORT_ERROR_KEYS.renderFailed, error instanceof Error ? error.message : String(error));
    }
    await Promise.all([...container.querySelectorAll('img')].map((image) => image.decode().catch(() => undefined)));
    // A refused load is reported by an event queued after the refusal: let it arrive.
    await new Promise((resolve) => setTimeout(resolve, 0));
    if (violations.length > 0) throw failure(REPORT_ERROR_KEYS.remoteRequest, [...new Set(violations)].join(', '));
    return { title: document.title, symbol: container.querySelector('[data-symbol]')?.getAttribute('data-symbol') ?? '' };
  };
  return render;
}

function renderBody(bodies: ReportBodies, input: ReportInput, t: TFunction, language: Language) {
  if (input.kind === 'office') {
    const Office = bodies.office;
    return <Office data={input.data} t={t} language={language} />;
  }
  const Regional = bodies.regional;
  return <Regional data={input.data} t={t} language={language} />;
}
