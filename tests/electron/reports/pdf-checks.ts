/**
 * Checking printed reports with poppler (pdfinfo, pdffonts, pdftotext, pdftoppm), for every
 * report's tests (the shell's, the office report's, the regional report's). Each helper runs the
 * real tool on the real file and parses what it prints; nothing here renders or guesses.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '../../..');
/** Where page images go: kept as test artefacts (test-results/ is not committed). */
export const REPORT_ARTEFACTS = path.join(ROOT, 'test-results', 'reports');

function run(tool: string, args: string[]): string {
  return execFileSync(tool, args, { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
}

/** A4 is 595.28 × 841.89 pt and Letter 612 × 792; Chromium writes A4 as 594.96 × 841.92. */
export const PAGE_SIZES_PT = { a4: { width: 595.28, height: 841.89 }, letter: { width: 612, height: 792 } } as const;
export const PAGE_SIZE_TOLERANCE_PT = 1.5;

export interface PdfInfo {
  pages: number;
  /** Every page's size in points, in order (a landscape page is wider than high). */
  pageSizes: { width: number; height: number }[];
  tagged: boolean;
  title: string;
  /** The document catalog's /Lang (pdfinfo does not show it). */
  lang: string | null;
  /** The catalog has an outline (bookmarks). */
  outline: boolean;
}

/**
 * The catalog's /Lang and /Outlines, read from the file's bytes: Chromium (Skia) writes the
 * catalog as a plain object (only streams are compressed), and no qpdf is installed here.
 */
function catalogOf(file: string): string {
  const text = fs.readFileSync(file).toString('latin1');
  const start = text.lastIndexOf('/Type /Catalog');
  if (start < 0) throw new Error(`${file}: no document catalog found`);
  const end = text.indexOf('endobj', start);
  return text.slice(start, end < 0 ? undefined : end);
}

export function pdfInfo(file: string): PdfInfo {
  const summary = run('pdfinfo', [file]);
  const field = (name: string) => new RegExp(`^${name}:\\s*(.*)$`, 'm').exec(summary)?.[1]?.trim() ?? '';
  const pages = Number(field('Pages'));
  const sizes = run('pdfinfo', ['-f', '1', '-l', String(pages), file]);
  const pageSizes = [...sizes.matchAll(/^Page\s+\d+\s+size:\s+([\d.]+) x ([\d.]+) pts/gm)].map((match) => ({
    width: Number(match[1]),
    height: Number(match[2]),
  }));
  const catalog = catalogOf(file);
  return {
    pages,
    pageSizes,
    tagged: field('Tagged') === 'yes',
    title: field('Title'),
    lang: /\/Lang\s*\(([^)]*)\)/.exec(catalog)?.[1] ?? null,
    outline: /\/Outlines\s+\d+\s+\d+\s+R/.test(catalog),
  };
}

/** True when `size` is the paper, upright or turned (a landscape page of the same paper). */
export function isPaper(size: { width: number; height: number }, paper: keyof typeof PAGE_SIZES_PT, orientation: 'portrait' | 'landscape'): boolean {
  const expected = PAGE_SIZES_PT[paper];
  const [width, height] = orientation === 'portrait' ? [expected.width, expected.height] : [expected.height, expected.width];
  return Math.abs(size.width - width) <= PAGE_SIZE_TOLERANCE_PT && Math.abs(size.height - height) <= PAGE_SIZE_TOLERANCE_PT;
}

export interface PdfFontRow {
  /** The embedded name without its subset tag: "NotoSans-Regular" for "AAAAAA+NotoSans-Regular". */
  name: string;
  type: string;
  encoding: string;
  embedded: boolean;
  subset: boolean;
  unicode: boolean;
}

/** pdffonts' table, one row per font, split at the columns its header's dashes mark. */
export function pdfFonts(file: string): PdfFontRow[] {
  const lines = run('pdffonts', [file]).split('\n');
  const rule = lines[1] ?? '';
  const columns: [number, number][] = [];
  for (const match of rule.matchAll(/-+/g)) columns.push([match.index!, match.index! + match[0].length]);
  if (columns.length < 6) throw new Error(`pdffonts printed no table for ${file}`);
  return lines
    .slice(2)
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const cell = (index: number) => line.slice(columns[index]![0], index + 1 < columns.length ? columns[index + 1]![0] : undefined).trim();
      return {
        name: cell(0).replace(/^[A-Z]{6}\+/, ''),
        type: cell(1),
        encoding: cell(2),
        embedded: cell(3) === 'yes',
        subset: cell(4) === 'yes',
        unicode: cell(5) === 'yes',
      };
    });
}

/**
 * The embedded names of the report's own fonts (scripts/report-fonts.mjs): Noto Sans, Noto Sans
 * Arabic, and fontsource's Noto Sans SC, whose name table calls every instance "Thin".
 */
export const REPORT_FONT_NAMES = [
  'NotoSans-Regular',
  'NotoSans-Bold',
  'NotoSansArabic-Regular',
  'NotoSansArabic-Bold',
  'NotoSansSCThin-Regular',
  'NotoSansSCThin-Bold',
] as const;

/**
 * What is wrong with a PDF's fonts, one line each (empty: nothing): a font not embedded, without
 * a ToUnicode map, of Type 3 (glyphs as drawings, no real text), or not one of ours (a system
 * font that something fell back to).
 */
export function fontProblems(rows: PdfFontRow[]): string[] {
  const ours = new Set<string>(REPORT_FONT_NAMES);
  return rows.flatMap((row) => [
    ...(row.embedded ? [] : [`${row.name}: not embedded`]),
    ...(row.unicode ? [] : [`${row.name}: no ToUnicode map`]),
    ...(row.type.startsWith('Type 3') ? [`${row.name}: Type 3`] : []),
    ...(ours.has(row.name) ? [] : [`${row.name}: not one of the report's fonts`]),
  ]);
}

/** One page's text laid out as printed (pdftotext -layout), pages numbered from 1. */
export function pdfTextByPage(file: string, page: number): string {
  return run('pdftotext', ['-layout', '-f', String(page), '-l', String(page), file, '-']);
}

/** Every page's text, in order. */
export function pdfPagesText(file: string): string[] {
  const { pages } = pdfInfo(file);
  return Array.from({ length: pages }, (_, index) => pdfTextByPage(file, index + 1));
}

/**
 * pdftotext writes right-to-left text in logical order, wrapped in bidi controls (embeddings and
 * overrides U+202A–202E, isolates U+2066–2069) and with marks (U+200E, U+200F, U+061C): removed.
 */
export function stripBidi(text: string): string {
  return text.replace(/[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/g, '');
}

/** The words of a text, bidi controls removed. */
export function wordsOf(text: string): string[] {
  return stripBidi(text).split(/\s+/u).filter(Boolean);
}

/**
 * Arabic as pdftotext gives it back, made comparable. Its words come in logical order, but: a
 * ligature glyph (lam-alef "لا", "لأ", lam-alef-maksura "لى") comes out with its two letters the
 * other way round ("الأداء" → "األداء", "إلى" → "إىل"); a mark (harakat, shadda) comes before
 * the letter it sits on, and a space may be put beside it inside a word ("الموقَّعة" → "الموَّق
 * عة"); punctuation and brackets of a right-to-left line move to its ends. So both sides are
 * reduced to their letters and digits in order — marks, tatweel, spaces and punctuation dropped,
 * and each word's runs of lams and alefs (where a swapped pair can only be) written in one order — and the
 * phrase must occur in the page as one run: its words all there, in their order, next to each other.
 */
export function arabicLetterRun(text: string): string {
  return stripBidi(text)
    .replace(/[\u064B-\u065F\u0670\u0640]/g, '')
    .split(/\s+/u)
    .map((word) => word.replace(/[^\p{L}\p{N}]/gu, '').replace(/[\u0644\u0622\u0623\u0625\u0627\u0649]{2,}/g, (run) => [...run].sort().join('')))
    .join('');
}

/**
 * True when `phrase` is printed in `text`: its words one after another (line breaks and spacing
 * aside); for a phrase with Arabic in it, as one run of letters (arabicLetterRun).
 */
export function hasWords(text: string, phrase: string): boolean {
  if (/\p{Script=Arabic}/u.test(phrase)) return arabicLetterRun(text).includes(arabicLetterRun(phrase));
  const words = wordsOf(text);
  const wanted = wordsOf(phrase);
  if (wanted.length === 0) return true;
  for (let start = 0; start + wanted.length <= words.length; start += 1) {
    if (wanted.every((word, offset) => words[start + offset] === word)) return true;
  }
  return false;
}

export interface PdfWord {
  text: string;
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
}

/** One page's words with their boxes in points from the top left (pdftotext -bbox). */
export function pdfWordBoxes(file: string, page: number): PdfWord[] {
  const xhtml = run('pdftotext', ['-bbox', '-f', String(page), '-l', String(page), file, '-']);
  const decode = (text: string) => text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
  return [...xhtml.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)].map((match) => ({
    xMin: Number(match[1]),
    yMin: Number(match[2]),
    xMax: Number(match[3]),
    yMax: Number(match[4]),
    text: stripBidi(decode(match[5]!)),
  }));
}

/**
 * Page images at 72 dpi (pdftoppm -png) into test-results/reports/<name>-<page>.png, kept as
 * artefacts of the run; returns the files written.
 */
export function savePageImages(file: string, name: string, { first = 1, last = 2 }: { first?: number; last?: number } = {}): string[] {
  fs.mkdirSync(REPORT_ARTEFACTS, { recursive: true });
  const prefix = path.join(REPORT_ARTEFACTS, name);
  for (const old of fs.readdirSync(REPORT_ARTEFACTS).filter((entry) => entry.startsWith(`${name}-`) && entry.endsWith('.png'))) {
    fs.rmSync(path.join(REPORT_ARTEFACTS, old));
  }
  run('pdftoppm', ['-r', '72', '-png', '-f', String(first), '-l', String(last), file, prefix]);
  return fs
    .readdirSync(REPORT_ARTEFACTS)
    .filter((entry) => entry.startsWith(`${name}-`) && entry.endsWith('.png'))
    .sort()
    .map((entry) => path.join(REPORT_ARTEFACTS, entry));
}

/**
 * The share of a page image's pixels that are not white (pdftoppm's grey output, PGM), 0–1: a
 * page with almost no ink is a defect (notes/printing.md). Reads the image pdftoppm writes, no
 * image library needed.
 */
export function inkShare(file: string, page: number): number {
  const pgm = execFileSync('pdftoppm', ['-r', '36', '-gray', '-f', String(page), '-l', String(page), file], { maxBuffer: 64 * 1024 * 1024 });
  // Header "P5\n<width> <height>\n255\n", then one byte per pixel.
  const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(pgm.subarray(0, 64).toString('latin1'));
  if (!header) throw new Error('pdftoppm -gray did not write a PGM image');
  const pixels = pgm.subarray(header[0].length);
  let inked = 0;
  for (const value of pixels) if (value < 200) inked += 1;
  return inked / pixels.length;
}
