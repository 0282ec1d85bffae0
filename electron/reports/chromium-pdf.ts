import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, BrowserContext } from 'playwright-core';
import { AppError } from '../../shared/api/app-error';
import { playwrightPdfOptions } from '../../shared/reports/print-options';
import { REPORT_ERROR_KEYS } from '../../shared/reports/report-errors';
import type { ReportInput } from '../../shared/reports/report-input';
export { reportFileName } from '../../shared/reports/report-file-name';
import { findChromium } from './find-chromium';
import { DEFAULT_PRINT_TIMEOUT_MS, firstLine, pageFailure, withDeadline } from './report-failure';
export { DEFAULT_PRINT_TIMEOUT_MS } from './report-failure';
import { reportPagePath } from './report-page';

/**
 * Reports to PDF through a Chromium on this machine, driven by playwright-core (the CLI and the
 * browser mode's "Save as PDF"; the desktop app prints with Electron: electron/shell/print-report.ts).
 * The page is dist/renderer/report.html over file://, rendered by its own
 * window.fieldscoreRenderReport, printed with the shared options (shared/reports/print-options.ts).
 * Offline by construction: every request that is not file: is aborted and fails the print.
 */

export interface ReportPrinterOptions {
  /** A Chromium binary; found by findChromium() when absent. */
  chromiumPath?: string;
  /** The report page; dist/renderer/report.html of the app folder above `appDir` by default. */
  reportPage?: string;
  /** Where to look for the app folder (default: this process's entry file's folder). */
  appDir?: string;
  /** The bound on each report's rendering and printing, in ms. */
  timeoutMs?: number;
  /** Where FIELDSCORE_CHROMIUM and PATH are read (process.env by default). */
  env?: NodeJS.ProcessEnv;
}

export interface PrintedReport {
  pdf: Buffer;
  /** The document's title and symbol as the page rendered them (a file name is made from them). */
  title: string;
  symbol: string;
}

export interface ReportPrinter {
  print(input: ReportInput): Promise<PrintedReport>;
  /** An empty page through the same browser and options: the bench's baseline. */
  printBlank(): Promise<Buffer>;
  close(): Promise<void>;
}

/** Starting the browser has its own bound: a cold start on a slow disk takes seconds. */
const LAUNCH_TIMEOUT_MS = 60_000;

/**
 * Module scripts do not load from file:// without this switch (Chromium treats every file: URL as
 * its own origin). The page itself allows no connections (connect-src 'none'), and this browser
 * runs only our page, in a throwaway profile.
 */
const CHROMIUM_ARGS = [
  '--allow-file-access-from-files',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-default-apps',
  '--disable-extensions',
  '--disable-sync',
  '--disable-quic',
  '--disable-gpu',
  '--no-first-run',
  '--no-default-browser-check',
];

type RenderResult = { title: string; symbol: string };

/** The Chromium to launch, or the error that says what is missing and how to fix it. */
export function chromiumOrError(chromiumPath: string | undefined, env: NodeJS.ProcessEnv = process.env): string {
  if (chromiumPath !== undefined) return chromiumPath;
  const found = findChromium({ env });
  if (found.path !== null) return found.path;
  throw new AppError('not_found', 'no Chromium, Google Chrome or Microsoft Edge found to print with', {
    messageKey: REPORT_ERROR_KEYS.noChromium,
    params: { looked: found.looked.slice(0, 6).join(', ') },
  });
}

/** One browser for several reports (a hub printing a batch, the bench); close() when done. */
export async function openReportPrinter(options: ReportPrinterOptions = {}): Promise<ReportPrinter> {
  const executablePath = chromiumOrError(options.chromiumPath, options.env);
  const page = options.reportPage ?? reportPagePath(options.appDir ?? path.dirname(path.resolve(process.argv[1] ?? '.')));
  const pageUrl = pathToFileURL(page).href;
  const timeoutMs = options.timeoutMs ?? DEFAULT_PRINT_TIMEOUT_MS;
  let browser: Browser;
  try {
    // Loaded when a report is printed, not when the backend starts (the desktop app never needs it).
    const { chromium } = await import('playwright-core');
    browser = await chromium.launch({ executablePath, headless: true, args: CHROMIUM_ARGS, timeout: Math.max(timeoutMs, LAUNCH_TIMEOUT_MS) });
  } catch (error) {
    throw new AppError('internal', `Chromium (${executablePath}) could not be started: ${firstLine(error)}`, {
      messageKey: REPORT_ERROR_KEYS.chromiumFailed,
      params: { path: executablePath, detail: firstLine(error) },
    });
  }

  /** A fresh context per report: nothing (storage, cache, a blocked request) carries from one to the next. */
  const withContext = async <T>(work: (context: BrowserContext, refused: string[]) => Promise<T>): Promise<T> => {
    const context = await browser.newContext({ offline: true, javaScriptEnabled: true, serviceWorkers: 'block' });
    const refused: string[] = [];
    await context.route('**/*', (route) => {
      const url = route.request().url();
      if (url.startsWith('file:')) return route.continue();
      refused.push(url);
      return route.abort('blockedbyclient');
    });
    // Requests refused before routing (the page's CSP) still show here.
    context.on('request', (request) => {
      const url = request.url();
      if (!url.startsWith('file:') && !url.startsWith('data:') && !refused.includes(url)) refused.push(url);
    });
    try {
      return await withDeadline(work(context, refused), timeoutMs, () => void context.close().catch(() => undefined));
    } finally {
      await context.close().catch(() => undefined);
    }
  };

  const refuseRemote = (refused: string[]) => {
    if (refused.length === 0) return;
    const detail = refused.slice(0, 5).join(', ').slice(0, 300);
    throw new AppError('forbidden', `the report tried to load something outside its own files: ${detail}`, {
      messageKey: REPORT_ERROR_KEYS.remoteRequest,
      params: { detail },
    });
  };

  return {
    print: (input) =>
      withContext(async (context, refused) => {
        const tab = await context.newPage();
        await tab.goto(pageUrl, { waitUntil: 'load' });
        let rendered: RenderResult;
        try {
          rendered = await tab.evaluate(async (value) => {
            const render = window.fieldscoreRenderReport;
            if (!render) throw new Error('reports.errors.render_failed: the report page did not start');
            const { title, symbol } = await render(value);
            return { title, symbol };
          }, input as unknown);
        } catch (error) {
          refuseRemote(refused);
          throw pageFailure(error);
        }
        refuseRemote(refused);
        let pdf: Buffer;
        try {
          pdf = await tab.pdf(playwrightPdfOptions());
        } catch (error) {
          throw new AppError('internal', `printing failed: ${firstLine(error)}`, { messageKey: REPORT_ERROR_KEYS.printFailed, params: { detail: firstLine(error) } });
        }
        // Fonts or images requested while printing count as much as those requested while rendering.
        refuseRemote(refused);
        return { pdf, ...rendered };
      }),
    printBlank: () =>
      withContext(async (context) => {
        const tab = await context.newPage();
        await tab.setContent('<!doctype html><html><body></body></html>');
        return tab.pdf(playwrightPdfOptions());
      }),
    close: () => browser.close(),
  };
}

/** One report to PDF: launch, print, close. */
export async function printReportPdf(input: ReportInput, options: ReportPrinterOptions = {}): Promise<PrintedReport> {
  const printer = await openReportPrinter(options);
  try {
    return await printer.print(input);
  } finally {
    await printer.close().catch(() => undefined);
  }
}
