import { AppError } from '../../shared/api/app-error';
import { parseReportFailure, REPORT_ERROR_KEYS } from '../../shared/reports/report-errors';

/**
 * Failures of a report's rendering and printing, shared by the two printers (chromium-pdf.ts for
 * the CLI and the browser mode, electron/shell/print-report.ts for the desktop app).
 */

/** Generous for a 48-office report on a slow field laptop; a hung browser still ends. */
export const DEFAULT_PRINT_TIMEOUT_MS = 120_000;

export function firstLine(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0]!.slice(0, 300);
}

/** The page's failures start with their message key (renderer/reports/render-report.tsx). */
export function pageFailure(error: unknown): AppError {
  const parsed = parseReportFailure(error instanceof Error ? error.message : String(error));
  if (parsed?.messageKey === REPORT_ERROR_KEYS.remoteRequest) {
    return new AppError('forbidden', `the report tried to load something outside its own files: ${parsed.detail}`, {
      messageKey: REPORT_ERROR_KEYS.remoteRequest,
      params: { detail: parsed.detail },
    });
  }
  const detail = parsed?.detail ?? firstLine(error);
  return new AppError('internal', `the report could not be rendered: ${detail}`, { messageKey: REPORT_ERROR_KEYS.renderFailed, params: { detail } });
}

/** `work`, or a print_timeout error once `timeoutMs` have passed (`onTimeout` then stops the work). */
export async function withDeadline<T>(work: Promise<T>, timeoutMs: number, onTimeout: () => void): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      onTimeout();
      reject(
        new AppError('internal', `printing the report took longer than ${Math.round(timeoutMs / 1000)} s`, {
          messageKey: REPORT_ERROR_KEYS.timeout,
          params: { seconds: Math.round(timeoutMs / 1000) },
        }),
      );
    }, timeoutMs);
  });
  // The work may still fail after the deadline won (its browser context was closed): not an unhandled rejection.
  work.catch(() => undefined);
  try {
    return await Promise.race([work, deadline]);
  } finally {
    clearTimeout(timer);
  }
}

