import type { Paper } from '../../shared/reports/report-input';

/**
 * The @page rules of a report, generated because three things in them are data: the paper, the
 * side each margin box goes (margin-box names are physical, so Arabic swaps left and right
 * itself) and the document symbol printed in the running header. Chromium prints margin boxes
 * since version 131; it has no running elements, string-set or target-counter
 * (docs/reports.md, "What Chromium cannot do").
 */

/** Page sizes in PostScript points, as pdfinfo reports them (A4 is 595.28 × 841.89). */
export const PAPER_SIZES: Record<Paper, { css: string; widthPt: number; heightPt: number }> = {
  a4: { css: 'A4', widthPt: 595.28, heightPt: 841.89 },
  letter: { css: 'letter', widthPt: 612, heightPt: 792 },
};

/** The named page for wide tables: `page: wide` on a section (class report-wide) prints it landscape. */
export const WIDE_PAGE = 'wide';

/** Margins in millimetres: the top and bottom ones hold the running header and the page number. */
export const PAGE_MARGINS_MM = { top: 20, bottom: 18, inline: 18 } as const;

export interface PageRuleOptions {
  paper: Paper;
  dir: 'ltr' | 'rtl';
  /** The document symbol: the header's start side, on every page. */
  symbol: string;
  /** A short title for the header's end side (e.g. office and cycle); none when absent. */
  runningTitle?: string;
  /** The report's font-family list (report-fonts.ts): margin boxes do not inherit the document's. */
  fontFamily: string;
}

/**
 * A CSS string literal for any text: every character outside a small safe set becomes a hex
 * escape, so a symbol or title holding quotes, backslashes, line breaks or "}" cannot end the
 * string or the rule.
 */
export function cssString(text: string): string {
  let out = '"';
  for (const char of text) {
    out += /^[\p{L}\p{N} ./_:()-]$/u.test(char) && char !== '\\' ? char : `\\${char.codePointAt(0)!.toString(16)} `;
  }
  return `${out}"`;
}

export function pageRules({ paper, dir, symbol, runningTitle, fontFamily }: PageRuleOptions): string {
  const size = PAPER_SIZES[paper].css;
  const [start, end] = dir === 'rtl' ? (['right', 'left'] as const) : (['left', 'right'] as const);
  const box = (content: string) => `{ content: ${content}; font-family: ${fontFamily}; font-size: 8pt; color: #000; direction: ${dir}; }`;
  const margin = `${PAGE_MARGINS_MM.top}mm ${PAGE_MARGINS_MM.inline}mm ${PAGE_MARGINS_MM.bottom}mm`;
  return [
    '@page {',
    `  size: ${size} portrait;`,
    `  margin: ${margin};`,
    `  @top-${start} ${box(cssString(symbol))}`,
    ...(runningTitle ? [`  @top-${end} ${box(cssString(runningTitle))}`] : []),
    `  @bottom-${end} ${box('counter(page) "/" counter(pages)')}`,
    '}',
    `@page ${WIDE_PAGE} {`,
    `  size: ${size} landscape;`,
    `  margin: ${margin};`,
    '}',
  ].join('\n');
}
