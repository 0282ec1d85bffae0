/**
 * The message keys a report's printing can fail with (backend, CLI, desktop shell and report
 * page). Each is a sentence in the six catalogs (renderer/i18n/locales/reports/), saying what
 * went wrong and what to do; tests/renderer/reports-catalog.test.ts checks that every one exists.
 */
export const REPORT_ERROR_KEYS = {
  /** No Chromium, Chrome or Edge found to print with (the CLI, browser mode). */
  noChromium: 'reports.errors.no_chromium',
  /** The Chromium found could not be started. */
  chromiumFailed: 'reports.errors.chromium_failed',
  /** The built report page (dist/renderer/report.html) is not there: the app is not built. */
  pageMissing: 'reports.errors.page_missing',
  /** The page asked for something outside the report's own files (a remote image, a font): refused, nothing printed. */
  remoteRequest: 'reports.errors.remote_request',
  /** Rendering or printing took longer than the bound. */
  timeout: 'reports.errors.print_timeout',
  /** The page refused the report's data or failed to render it. */
  renderFailed: 'reports.errors.render_failed',
  /** This kind of report cannot be made yet, or not from this source (no data builder). */
  notAvailable: 'reports.errors.not_available',
  /** Printing (the PDF or the system's print) failed. */
  printFailed: 'reports.errors.print_failed',
} as const;

export type ReportErrorKey = (typeof REPORT_ERROR_KEYS)[keyof typeof REPORT_ERROR_KEYS];

/**
 * The report page's failures cross into the printers as an Error message only (page.evaluate,
 * executeJavaScript, the preview's iframe), so they start with their key:
 * "reports.errors.render_failed: <detail>". Null for a message that does not.
 */
export function parseReportFailure(message: string): { messageKey: ReportErrorKey; detail: string } | null {
  const keyed = /(reports\.errors\.[a-z_]+): ([^\n]*)/.exec(message);
  const key = keyed?.[1];
  if (!key || !(Object.values(REPORT_ERROR_KEYS) as string[]).includes(key)) return null;
  return { messageKey: key as ReportErrorKey, detail: keyed[2]!.slice(0, 300) };
}
