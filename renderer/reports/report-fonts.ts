import type { Language } from '../../shared/i18n/languages';

/**
 * The report's own font families (dist/renderer/fonts/fonts.css, written by
 * scripts/report-fonts.mjs): TrueType outlines shipped with the app, so a PDF embeds real text and
 * a laptop without Noto fonts prints the same document. A report names nothing else; the generic
 * family at the end is never meant to be used — tests/electron/reports check that every font in
 * the PDF is one of these.
 */
export const REPORT_FONT_FAMILIES = ['Fieldscore Sans', 'Fieldscore Arabic', 'Fieldscore SC'] as const;
export const REPORT_FONT_WEIGHTS = [400, 700] as const;

/** The script of the report's language first: its punctuation and digits come from its own font. */
export function reportFontFamily(language: Language): string {
  const [sans, arabic, sc] = REPORT_FONT_FAMILIES;
  const order = language === 'ar' ? [arabic, sans, sc] : language === 'zh' ? [sc, sans, arabic] : [sans, arabic, sc];
  return [...order.map((family) => `'${family}'`), 'sans-serif'].join(', ');
}

/** Text always printed in the margin boxes besides the symbol: the page numbers "n/N". */
const PAGE_NUMBER_TEXT = '0123456789/';

/**
 * Loads every face the document uses and waits for it. `document.fonts.ready` alone only covers
 * loads already started, and Chromium starts a face's load when layout first needs it — margin
 * boxes and pages laid out only for print may need a slice the screen layout never did. So each
 * family is loaded, per weight, for all the text the page prints; a face that fails is an error,
 * never a silent fallback.
 */
export async function loadReportFonts(text: string): Promise<void> {
  const sample = `${text}${PAGE_NUMBER_TEXT}`;
  const loads = REPORT_FONT_FAMILIES.flatMap((family) =>
    REPORT_FONT_WEIGHTS.map((weight) => document.fonts.load(`${weight} 12px "${family}"`, sample)),
  );
  await Promise.all(loads);
  await document.fonts.ready;
  const failed = [...document.fonts].filter((face) => face.status === 'error').map((face) => `${face.family} ${face.weight}`);
  if (failed.length > 0) throw new Error(`fonts failed to load: ${[...new Set(failed)].join(', ')}`);
}
