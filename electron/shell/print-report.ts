import path from 'node:path';
import { BrowserWindow, dialog, type IpcMainInvokeEvent, type WebPreferences } from 'electron';
import { z } from 'zod';
import { AppError, type AppErrorData } from '../../shared/api/app-error';
import type { ShellPrintResult } from '../../shared/api/ipc-channel';
import { reportInputRequest } from '../../shared/api/report-contract';
import { electronPrintToPdfOptions, REPORT_PRINT_OPTIONS } from '../../shared/reports/print-options';
import { REPORT_ERROR_KEYS } from '../../shared/reports/report-errors';
import { reportFileName } from '../../shared/reports/report-file-name';
import type { ReportInput } from '../../shared/reports/report-input';
import type { Backend } from '../backend/backend-types';
import { DEFAULT_PRINT_TIMEOUT_MS, firstLine, pageFailure, withDeadline } from '../reports/report-failure';
import { APP_ORIGIN } from './app-origin';
import { isTrustedSender, type InvokeSender } from './ipc-guard';
import { writeFileAtomically } from './save-file';
import { isolatedWebPreferences } from './window-options';

/** The report page, from the app's own origin (app-protocol.ts serves dist/renderer). */
export const REPORT_PAGE_URL = `${APP_ORIGIN}/report.html`;

export const PDF_DIALOG_FILTERS = [{ name: 'PDF', extensions: ['pdf'] }];

/** The payload: which report, its language and paper (what reports.input takes), and what to do with it. Nothing else. */
export const shellPrintRequestSchema = reportInputRequest.extend({ action: z.enum(['pdf', 'print']) }).strict();

/**
 * The hidden window's page runs imported data through our own report page only: no preload (it
 * calls nothing), its own sandboxed process, no Node, no devtools, and the same navigation,
 * permission and CSP rules as every web contents of the app (main.ts applies them to all).
 */
export function reportWindowPreferences(): WebPreferences {
  return { ...isolatedWebPreferences(), devTools: false, javascript: true };
}

export interface PrintReportOptions {
  /** The bound on rendering (and making the PDF); the print dialog itself waits for the user. */
  timeoutMs?: number;
}

function failed(error: unknown): ShellPrintResult {
  if (error instanceof AppError) return { printed: false, error: error.data };
  console.error('fieldscore: printing the report failed', error);
  const data: AppErrorData = { code: 'internal', messageKey: REPORT_ERROR_KEYS.printFailed, params: { detail: firstLine(error) } };
  return { printed: false, error: data };
}

/** Renders the input in the hidden window; resolves with the document's title and symbol, as the page reports them. */
async function render(window: BrowserWindow, input: ReportInput, timeoutMs: number): Promise<{ title: string; symbol: string }> {
  await window.loadURL(REPORT_PAGE_URL);
  // The input is JSON from the backend; as a JavaScript literal it is data, never code.
  const script = `window.fieldscoreRenderReport(${JSON.stringify(input)}).then((done) => ({ title: done.title, symbol: done.symbol }))`;
  try {
    return (await withDeadline(window.webContents.executeJavaScript(script, true), timeoutMs, () => window.destroy())) as { title: string; symbol: string };
  } catch (error) {
    throw error instanceof AppError ? error : pageFailure(error);
  }
}

/** webContents.print as a promise: the system's print dialog, on the report's own page. */
function printWithDialog(window: BrowserWindow): Promise<ShellPrintResult> {
  return new Promise((resolve) => {
    window.webContents.print({ silent: false, printBackground: REPORT_PRINT_OPTIONS.printBackground }, (success, failureReason) => {
      if (success) resolve({ printed: true });
      else if (failureReason === 'cancelled') resolve({ printed: false, cancelled: true });
      else resolve({ printed: false, error: { code: 'internal', messageKey: REPORT_ERROR_KEYS.printFailed, params: { detail: String(failureReason).slice(0, 300) } } });
    });
  });
}

/**
 * The listener for IPC_PRINT_REPORT_CHANNEL. The same sender check as the contract's channel and
 * a strict payload; the report's data comes from the backend (reports.input), never from the
 * page. One print at a time: a second request waits for the first.
 */
export function createPrintReportHandler(
  getWindow: () => BrowserWindow | null,
  getBackend: () => Backend | null,
  options: PrintReportOptions = {},
): (event: IpcMainInvokeEvent, request: unknown) => Promise<ShellPrintResult> {
  const timeoutMs = options.timeoutMs ?? DEFAULT_PRINT_TIMEOUT_MS;
  let queue: Promise<unknown> = Promise.resolve();

  const printOne = async (parent: BrowserWindow, request: z.infer<typeof shellPrintRequestSchema>): Promise<ShellPrintResult> => {
    const backend = getBackend();
    if (!backend) return { printed: false, error: { code: 'internal', messageKey: 'errors.internal' } };
    const { action, ...inputRequest } = request;
    const built = await backend.dispatch('reports.input', inputRequest);
    if (!built.ok) return { printed: false, error: built.error };
    const input = built.value as ReportInput;
    const window = new BrowserWindow({ show: false, width: 900, height: 1200, webPreferences: reportWindowPreferences() });
    try {
      const rendered = await render(window, input, timeoutMs);
      if (action === 'print') return await printWithDialog(window);
      const pdf = await withDeadline(window.webContents.printToPDF(electronPrintToPdfOptions()), timeoutMs, () => window.destroy());
      const choice = await dialog.showSaveDialog(parent, {
        defaultPath: reportFileName(rendered, input.language),
        filters: PDF_DIALOG_FILTERS,
        properties: ['createDirectory', 'showOverwriteConfirmation'],
      });
      if (choice.canceled || !choice.filePath) return { printed: false, cancelled: true };
      const target = path.resolve(choice.filePath);
      try {
        await writeFileAtomically(target, pdf);
      } catch (error) {
        const detail = (error as NodeJS.ErrnoException).code ?? 'EIO';
        return { printed: false, error: { code: 'internal', messageKey: 'packages.errors.save_failed', params: { detail } } };
      }
      return { printed: true, path: target };
    } catch (error) {
      return failed(error);
    } finally {
      if (!window.isDestroyed()) window.destroy();
    }
  };

  return async (event, request) => {
    const parent = getWindow();
    if (!parent || !isTrustedSender(event as InvokeSender, parent)) {
      return { printed: false, error: { code: 'forbidden', messageKey: 'errors.forbidden' } };
    }
    const parsed = shellPrintRequestSchema.safeParse(request);
    if (!parsed.success) return { printed: false, error: { code: 'invalid_request', messageKey: 'errors.invalid_request' } };
    const result = queue.then(() => printOne(parent, parsed.data));
    queue = result.catch(() => undefined);
    return result;
  };
}
