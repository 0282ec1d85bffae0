/**
 * Text sizes by fixed rule, never measured in the DOM: a chart must lay out the same in the
 * app, in a server-side render and in a printed PDF, and a printer has no DOM to ask before it
 * lays out. The widths below are per-character upper bounds in em, taken from the fonts the
 * reports ship (Noto Sans, Noto Sans Arabic, Noto Sans SC, checked in Chromium by
 * tests/renderer/charts/charts-print.test.ts) with a margin for the system fonts the screens use.
 * Over-estimating only wraps a label a little early; under-estimating could make text overlap.
 */

const BOLD_FACTOR = 1.08;

/** Marks that combine with the previous letter, and invisible bidi controls: no advance of their own. */
function isZeroWidth(code: number): boolean {
  return (
    (code >= 0x0300 && code <= 0x036f) ||
    (code >= 0x064b && code <= 0x065f) ||
    code === 0x0670 ||
    (code >= 0x06d6 && code <= 0x06ed) ||
    (code >= 0x200b && code <= 0x200f) ||
    (code >= 0x202a && code <= 0x202e) ||
    (code >= 0x2066 && code <= 0x2069)
  );
}

function isWide(code: number): boolean {
  return (
    (code >= 0x1100 && code <= 0x11ff) ||
    (code >= 0x2e80 && code <= 0x9fff) ||
    (code >= 0xac00 && code <= 0xd7af) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xfe30 && code <= 0xfe4f) ||
    (code >= 0xff00 && code <= 0xff60) ||
    code >= 0x20000
  );
}

const NARROW = new Set([...".,:;'!|il()[]{}`ıI"]);
const WIDE_LATIN = new Set([..."MWmw%@—…"]);
const WIDE_CYRILLIC = new Set([..."ШЩЖЮФЫМшщжюымфЪъ"]);
const WIDE_ARABIC = new Set([..."سشصض"]);

/** The advance of one character in em (an upper bound for the fonts above). */
export function charWidthEm(char: string): number {
  const code = char.codePointAt(0) ?? 0;
  if (isZeroWidth(code)) return 0;
  if (char === ' ' || char === '\u00a0' || char === '\u202f') return 0.3;
  if (NARROW.has(char)) return 0.36;
  if (WIDE_LATIN.has(char)) return 1.02;
  if (WIDE_CYRILLIC.has(char)) return 1.15;
  if (isWide(code)) return 1.04;
  if (code >= 0x30 && code <= 0x39) return 0.6;
  if (code >= 0x61 && code <= 0x7a) return 0.62;
  if (code >= 0x41 && code <= 0x5a) return 0.76;
  if (code >= 0x0600 && code <= 0x06ff) return WIDE_ARABIC.has(char) ? 1.04 : 0.6;
  if (code >= 0x0400 && code <= 0x04ff) return char === char.toLowerCase() ? 0.72 : 0.82;
  if (code >= 0xc0 && code <= 0x24f) return char === char.toLowerCase() ? 0.64 : 0.78;
  return 0.78;
}

/** The width of a one-line text in user units at `fontSize`. */
export function textWidth(text: string, fontSize: number, bold = false): number {
  let em = 0;
  for (const char of text) em += charWidthEm(char);
  return em * fontSize * (bold ? BOLD_FACTOR : 1);
}

const CAN_BREAK_AFTER = /[\s\-–—/]/u;

/** Pieces a line may break between: words with their trailing space or dash, and single wide (CJK) characters. */
function breakPieces(text: string): string[] {
  const pieces: string[] = [];
  let current = '';
  for (const char of text) {
    const wide = isWide(char.codePointAt(0) ?? 0);
    if (wide && current !== '') {
      pieces.push(current);
      current = '';
    }
    current += char;
    if (wide || CAN_BREAK_AFTER.test(char)) {
      pieces.push(current);
      current = '';
    }
  }
  if (current !== '') pieces.push(current);
  return pieces;
}

/** A piece wider than a whole line is cut by characters: better broken than overlapping its neighbour. */
function cutToWidth(piece: string, maxWidth: number, fontSize: number, bold: boolean): string[] {
  const parts: string[] = [];
  let current = '';
  for (const char of piece) {
    if (current !== '' && textWidth(current + char, fontSize, bold) > maxWidth) {
      parts.push(current);
      current = '';
    }
    current += char;
  }
  if (current !== '') parts.push(current);
  return parts;
}

/**
 * Greedy line breaking by the widths above: every line fits `maxWidth` (a single character
 * wider than the line stands alone). Spaces that end a line are dropped.
 */
export function wrapText(text: string, maxWidth: number, fontSize: number, bold = false): string[] {
  const lines: string[] = [];
  let line = '';
  for (const piece of breakPieces(text.trim().replace(/\s+/gu, ' '))) {
    const candidate = line + piece;
    if (textWidth(candidate.trimEnd(), fontSize, bold) <= maxWidth) {
      line = candidate;
      continue;
    }
    if (line !== '') lines.push(line.trimEnd());
    line = '';
    if (textWidth(piece.trimEnd(), fontSize, bold) <= maxWidth) {
      line = piece;
      continue;
    }
    const word = piece.trimEnd();
    const parts = cutToWidth(word, maxWidth, fontSize, bold);
    lines.push(...parts.slice(0, -1));
    line = (parts.at(-1) ?? '') + piece.slice(word.length);
  }
  if (line.trim() !== '') lines.push(line.trimEnd());
  return lines.length > 0 ? lines : [''];
}
