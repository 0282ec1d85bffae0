// The regional report printed end to end: the 48-office demo network consolidated into a real
// signed file, its report data built by the backend, the real report page (dist/renderer/
// report.html: RegionalReport in the shell, its fonts), the machine's Chromium through
// playwright-core, the PDFs read back with poppler. Needs dist/: run under the dist lock, after a build:
//   flock /tmp/fieldscore-dist.lock -c 'node scripts/build.mjs --quiet && npx vitest run tests/electron/reports/regional-report-pdf.test.ts'
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readCountryGroups } from '../../../electron/geo/country-groups';
import { openReportPrinter, type ReportPrinter } from '../../../electron/reports/chromium-pdf';
import { regionalReportDataOfConsolidated } from '../../../electron/reports/regional-report-data';
import type { Language } from '../../../shared/i18n/languages';
import type { Stats } from '../../../shared/picture/picture-types';
import type { RegionalReportData } from '../../../shared/reports/regional-report-data';
import type { Paper } from '../../../shared/reports/report-input';
import { catalogs, type Catalog } from '../../../renderer/i18n/catalogs';
import { ROOT } from '../backend/workflow-backend';
import { demoSet } from './fixtures/regional-demo-set';
import { arabicLetterRun, fontProblems, hasWords, inkShare, isPaper, pdfFonts, pdfInfo, pdfPagesText, pdfWordBoxes, savePageImages, wordsOf } from './pdf-checks';

const REPORT_PAGE = path.join(ROOT, 'dist/renderer/report.html');
const SCREENSHOTS = path.join(ROOT, 'docs/screenshots');
const SYMBOL = 'FS/2025/REG.NET';

let folder: string;
let printer: ReportPrinter;
let data: RegionalReportData;
const printed = new Map<string, string>();

async function printTo(language: Language, paper: Paper): Promise<string> {
  const key = `${language}-${paper}`;
  const known = printed.get(key);
  if (known) return known;
  const result = await printer.print({ kind: 'regional', language, paper, data });
  const file = path.join(folder, `regional-${key}.pdf`);
  fs.writeFileSync(file, result.pdf);
  printed.set(key, file);
  return file;
}

/** A text of the catalogs, with its variables filled in: what the report must print, read from the catalog files themselves. */
function message(language: Language, key: string, values: Record<string, string> = {}): string {
  let node: string | Catalog | undefined = catalogs[language];
  for (const part of key.split('.')) node = typeof node === 'object' ? node[part] : undefined;
  if (typeof node !== 'string') throw new Error(`no text ${key} in ${language}`);
  return node.replace(/\{\{(\w+)\}\}/g, (_, name: string) => values[name] ?? `{{${name}}}`);
}

/** Scores as the report prints them: one decimal, Latin digits in every language, no grouping below 1,000. */
const score = (value: number) => new Intl.NumberFormat('en', { maximumFractionDigits: 1 }).format(value);
const codes = () => data.offices.map((office) => office.officeCode);
/**
 * A printed line's cells' words. pdftotext wraps each right-to-left run in bidi controls and puts
 * no space between two cells of an Arabic line ("‪ZMB-CO‬‫أفريقيا‬"): the controls separate words here.
 */
const cellWords = (line: string) => line.split(/[\s\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]+/u).filter(Boolean);
/** The office codes among a line's words (codes are printed left to right in every language). */
const codesIn = (line: string) => cellWords(line).filter((word) => codes().includes(word));

/** The pages printed landscape: where the offices × perspectives table runs. */
function landscapePages(file: string): number[] {
  return pdfInfo(file)
    .pageSizes.map((size, index) => ({ index, landscape: size.width > size.height }))
    .filter((page) => page.landscape)
    .map((page) => page.index);
}

function isTableHeader(line: string, language: Language): boolean {
  const office = message(language, 'reports.regional.table.office');
  const overall = message(language, 'reports.regional.figures.overall');
  if (language === 'ar') return arabicLetterRun(line).includes(arabicLetterRun(office)) && arabicLetterRun(line).includes(arabicLetterRun(overall));
  return hasWords(line, office) && hasWords(line, overall);
}

beforeAll(async () => {
  folder = fs.mkdtempSync(path.join(os.tmpdir(), 'fieldscore-regional-'));
  const set = await demoSet(path.join(ROOT, 'resources'));
  data = regionalReportDataOfConsolidated(set.consolidated, readCountryGroups(path.join(ROOT, 'resources')));
  expect(data.offices).toHaveLength(48);
  printer = await openReportPrinter({ reportPage: REPORT_PAGE });
}, 240_000);

afterAll(async () => {
  await printer?.close();
  fs.rmSync(folder, { recursive: true, force: true });
});

describe('the regional report of the 48-office demo set, printed', () => {
  it('A4 and Letter in English and Arabic: tagged, in the report’s language, titled, with an outline; landscape pages exactly where the table runs', async () => {
    for (const [language, paper] of [['en', 'a4'], ['en', 'letter'], ['ar', 'a4'], ['ar', 'letter']] as const) {
      const file = await printTo(language, paper);
      const info = pdfInfo(file);
      const title = message(language, 'reports.regional.title', { scope: message(language, 'reports.regional.scope.network'), cycle: '2025' });
      expect(info).toMatchObject({ tagged: true, lang: language, outline: true, title });
      expect(info.pageSizes).toHaveLength(info.pages);
      // Masthead and summary, medians, four or more landscape pages of 48 rows, six rankings, distributions, types, coverage, lines.
      expect(info.pages).toBeGreaterThanOrEqual(20);
      const wide = landscapePages(file);
      expect(wide.length).toBeGreaterThanOrEqual(2);
      // One block of pages, the table's: it opens with the table's heading, and portrait pages come before and after it.
      expect(wide).toEqual(Array.from({ length: wide.length }, (_, index) => wide[0]! + index));
      const texts = pdfPagesText(file);
      expect(hasWords(texts[wide[0]!]!, message(language, 'reports.regional.table.heading'))).toBe(true);
      expect(wide[0]).toBeGreaterThan(0);
      expect(wide.at(-1)).toBeLessThan(info.pages - 1);
      info.pageSizes.forEach((size, index) => {
        expect({ language, paper, page: index + 1, ok: isPaper(size, paper, wide.includes(index) ? 'landscape' : 'portrait') }).toEqual({ language, paper, page: index + 1, ok: true });
      });
    }
  }, 180_000);

  it('prints the symbol in the running header and the page as n/N on every page', async () => {
    for (const language of ['en', 'ar'] as const) {
      const texts = pdfPagesText(await printTo(language, 'a4'));
      texts.forEach((text, index) => {
        expect({ language, page: index + 1, symbol: text.includes(SYMBOL) }).toEqual({ language, page: index + 1, symbol: true });
        expect(wordsOf(text)).toContain(`${index + 1}/${texts.length}`);
      });
    }
  });

  it('prints the key figures: medians and quartiles per score, the overall median in the summary, every office code', async () => {
    const rows: Array<{ label: string; stats: Stats; then: number | null }> = [
      { label: 'overall', stats: data.benchmarks.scope.overall!, then: data.trend.overall.then },
      ...data.perspectives.map((perspective) => ({ label: perspective.id, stats: data.benchmarks.scope.perspectives[perspective.id]!, then: data.trend.perspectives[perspective.id]!.then })),
    ];
    for (const language of ['en', 'ar'] as const) {
      const texts = pdfPagesText(await printTo(language, 'a4'));
      const all = texts.join('\n');
      for (const row of rows) {
        const cells = [String(row.stats.n), score(row.stats.min), score(row.stats.q1), score(row.stats.median), score(row.stats.q3), score(row.stats.max), score(row.then!)];
        // Columns run from the right in Arabic: pdftotext lists a line's cells from the left.
        const sequence = (language === 'ar' ? [...cells].reverse() : cells).join(' ');
        expect({ language, row: row.label, printed: hasWords(all, sequence) }).toEqual({ language, row: row.label, printed: true });
      }
      const overall = data.benchmarks.scope.overall!;
      const middle = message(language, 'reports.regional.figures.range', { from: score(overall.q1), to: score(overall.q3) });
      const summary = message(language, 'reports.regional.summary.medianValue', { median: score(overall.median), range: middle, offices: '48' });
      expect({ language, summary: hasWords(texts[0]!, summary) }).toEqual({ language, summary: true });
      expect(hasWords(texts[0]!, message(language, 'reports.regional.summary.heading'))).toBe(true);
      const missing = codes().filter((code) => !wordsOf(all).includes(code));
      expect({ language, missing }).toEqual({ language, missing: [] });
    }
  });

  it('prints every row of the 48-office table exactly once across its pages, never split, and the header row opens every page of the table', async () => {
    for (const [language, paper] of [['en', 'a4'], ['en', 'letter'], ['ar', 'a4']] as const) {
      const file = await printTo(language, paper);
      const texts = pdfPagesText(file);
      const wide = landscapePages(file);
      const seen = new Map<string, number>();
      for (const [position, page] of wide.entries()) {
        const lines = texts[page]!.split('\n').filter((line) => line.trim() !== '');
        const header = lines.findIndex((line) => isTableHeader(line, language));
        const rowLines = lines.map((line, index) => ({ line, index, codes: codesIn(line) })).filter((entry) => entry.codes.length > 0);
        expect({ language, paper, page: page + 1, header: header >= 0 }).toEqual({ language, paper, page: page + 1, header: true });
        expect(rowLines.length).toBeGreaterThan(0);
        expect(rowLines.every((entry) => entry.index > header)).toBe(true);
        // Past the first page of the table, nothing but the running header comes before the header row.
        if (position > 0) expect(lines.slice(0, header).every((line) => line.includes(SYMBOL))).toBe(true);
        for (const entry of rowLines) {
          expect(entry.codes).toHaveLength(1);
          const office = data.offices.find((candidate) => candidate.officeCode === entry.codes[0])!;
          // The office code and the first line of each of its cells print on one line: the row is whole on this page.
          expect({ office: office.officeCode, overall: cellWords(entry.line).includes(score(office.overall.score!)) }).toEqual({ office: office.officeCode, overall: true });
          seen.set(office.officeCode, (seen.get(office.officeCode) ?? 0) + 1);
        }
      }
      const counts = codes().map((code) => [code, seen.get(code) ?? 0]);
      expect({ language, paper, counts }).toEqual({ language, paper, counts: codes().map((code) => [code, 1]) });
    }
  });

  it('prints the rankings at a readable size, each ranking naming every office once', async () => {
    const file = await printTo('en', 'a4');
    const texts = pdfPagesText(file);
    const titles = [
      message('en', 'reports.regional.rankings.overall', { scope: message('en', 'reports.regional.scope.network'), cycle: '2025' }),
      ...data.perspectives.map((perspective) =>
        message('en', 'reports.regional.rankings.perspective', {
          perspective: `${perspective.id} ${perspective.name.en}`,
          scope: message('en', 'reports.regional.scope.network'),
          cycle: '2025',
        }),
      ),
    ];
    for (const title of titles) {
      const pages = texts.map((text, index) => ({ text, index })).filter((page) => hasWords(page.text, title));
      expect({ title, pages: pages.length > 0 }).toEqual({ title, pages: true });
      const words = pages.flatMap((page) => pdfWordBoxes(file, page.index + 1)).filter((word) => codes().includes(word.text));
      expect({ title, codes: words.map((word) => word.text).sort() }).toEqual({ title, codes: [...codes()].sort() });
      // 11-unit labels in a chart drawn about 1:1: the text never shrinks to fit more rows.
      const smallest = Math.min(...words.map((word) => word.yMax - word.yMin));
      expect(smallest).toBeGreaterThanOrEqual(9);
    }
  });

  it('embeds every font with a ToUnicode map, none of Type 3, only the report’s own', async () => {
    for (const language of ['en', 'ar'] as const) {
      const rows = pdfFonts(await printTo(language, 'a4'));
      expect(rows.length).toBeGreaterThan(0);
      expect({ language, problems: fontProblems(rows) }).toEqual({ language, problems: [] });
    }
  });

  // A page holding only the running header and its number has about 0.2 % of ink (measured: 0.18 %); one that ends a section with a single paragraph, 0.5 %.
  it('has ink on every page; saves the first pages as artefacts and page 1 in English and Arabic for the docs', async () => {
    for (const language of ['en', 'ar'] as const) {
      const file = await printTo(language, 'a4');
      const { pages } = pdfInfo(file);
      const blank = Array.from({ length: pages }, (_, index) => index + 1).filter((page) => inkShare(file, page) < 0.003);
      expect({ language, blank }).toEqual({ language, blank: [] });
      expect(savePageImages(file, `regional-${language}`, { first: 1, last: 4 })).toHaveLength(4);
      const target = path.join(SCREENSHOTS, `report-regional-${language}-p1`);
      execFileSync('pdftoppm', ['-r', '96', '-png', '-singlefile', '-f', '1', '-l', '1', file, target]);
      expect(fs.statSync(`${target}.png`).size).toBeGreaterThan(20_000);
    }
  });
});
