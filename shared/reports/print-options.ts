/**
 * The one set of print options every report is printed with, whichever Chromium prints it:
 * Playwright's page.pdf (the CLI, "Save as PDF" in browser mode) or Electron's printToPDF (the
 * desktop app). Both default to US Letter and to different margins; with preferCSSPageSize the
 * report's own stylesheet (@page size and margins, renderer/reports/report.css) decides the page,
 * so the two paths print the same document.
 */
export const REPORT_PRINT_OPTIONS = {
  /** The page size and margins come from the report's @page rules (A4 or Letter, a landscape named page). */
  preferCSSPageSize: true,
  /** Band patterns and table rules are backgrounds: without this they vanish from the paper. */
  printBackground: true,
  /** A tagged PDF: structure for screen readers, /Lang from <html lang>. */
  tagged: true,
  /** Bookmarks from the headings; Chromium writes them only when tagging is on too. */
  outline: true,
} as const;

export type ReportPrintOptions = typeof REPORT_PRINT_OPTIONS;

/** The options under Playwright's names (page.pdf); margins are the stylesheet's. */
export function playwrightPdfOptions(options: ReportPrintOptions = REPORT_PRINT_OPTIONS) {
  return {
    preferCSSPageSize: options.preferCSSPageSize,
    printBackground: options.printBackground,
    tagged: options.tagged,
    outline: options.outline,
    displayHeaderFooter: false,
  };
}

/**
 * The options under Electron's names (webContents.printToPDF). Electron's own default margin is
 * 1 cm; the @page margins replace it (Blink takes the page's margins from @page when it sets them).
 */
export function electronPrintToPdfOptions(options: ReportPrintOptions = REPORT_PRINT_OPTIONS) {
  return {
    preferCSSPageSize: options.preferCSSPageSize,
    printBackground: options.printBackground,
    generateTaggedPDF: options.tagged,
    generateDocumentOutline: options.outline,
    displayHeaderFooter: false,
  };
}
