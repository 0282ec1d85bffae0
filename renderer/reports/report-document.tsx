import { useLayoutEffect, type ReactNode } from 'react';
import { pageRules } from './page-rules';
import { useReportSettings } from './report-context';
import { reportFontFamily } from './report-fonts';

export interface ReportDocumentProps {
  /** The document's title: the PDF's Title (pdfinfo) and the page's <title>. */
  title: string;
  /** The document symbol (the same in every language), in the running header of every page. */
  symbol: string;
  /** A short text for the header's other side (e.g. office code and cycle). */
  runningTitle?: string;
  /** The masthead: organ, title, symbol, distribution, date, "Original: …" — the content's own. */
  masthead: ReactNode;
  children: ReactNode;
}

/**
 * The shell of every printed report. The content (office report, regional report) renders its
 * masthead and body inside it; the shell owns what every report shares: <html lang dir> (set by
 * the page before rendering), the title, the print stylesheet's page rules — paper, margins,
 * running header with the symbol, "n/N" page numbers, mirrored for Arabic — and the report's fonts.
 * Class names content must use are listed in report.css and docs/reports.md.
 */
export function ReportDocument({ title, symbol, runningTitle, masthead, children }: ReportDocumentProps) {
  const { paper, dir, language } = useReportSettings();
  const fontFamily = reportFontFamily(language);
  // Layout effect: committed within the page's flushSync, so the title is set before printing starts.
  useLayoutEffect(() => {
    document.title = title;
  }, [title]);
  const rules = pageRules({ paper, dir, symbol, fontFamily, ...(runningTitle ? { runningTitle } : {}) });
  return (
    <article className="report" style={{ fontFamily }} data-symbol={symbol} data-margin-text={`${symbol} ${runningTitle ?? ''}`}>
      <style>{`${rules}\n:root { font-family: ${fontFamily}; }`}</style>
      <header className="report-masthead">{masthead}</header>
      <div className="report-body">{children}</div>
    </article>
  );
}
