/**
 * Excel stores text as XML, which cannot hold most control characters, normalises "\r\n" to
 * "\n", and reads "_xHHHH_" as an escaped character. Escaping those the way Excel itself does
 * (ECMA-376 ST_Xstring) makes every string survive a write and a read unchanged; exceljs and
 * Excel decode the escapes when reading.
 */
const LITERAL_ESCAPE = /_(x[0-9A-Fa-f]{4}_)/g;
// Control characters other than tab and newline, the two non-characters, and lone surrogates.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const UNSTORABLE = /[\u0000-\u0008\u000B-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function escapeXlsxText(text: string): string {
  return text
    .replace(LITERAL_ESCAPE, '_x005F_$1')
    .replace(UNSTORABLE, (character) => `_x${character.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}_`);
}
