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
