// The printing shell end to end: real data (the example package's office report data), the real
// shell (ReportDocument, report.css, page rules, fonts from dist/renderer/fonts), the machine's
// Chromium through playwright-core, the PDFs checked with poppler. The content is a test-only
// component (fixtures/shell-test-report.tsx), so these tests hold whatever the reports print.
// Needs dist/ (the fonts): run under the dist lock, after a build:
//   flock /tmp/fieldscore-dist.lock -c 'node scripts/build.mjs --quiet && npx vitest run tests/electron/reports/report-shell.test.ts'
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readCountryGroups } from '../../../electron/geo/country-groups';
import { readPackageFile } from '../../../electron/packages/package-reader';
import { openReportPrinter, printReportPdf, reportFileName, type ReportPrinter } from '../../../electron/reports/chromium-pdf';
import { officeReportDataOfPackage } from '../../../electron/reports/office-report-data';
import { AppError } from '../../../shared/api/app-error';
import type { OfficeReportData } from '../../../shared/reports/office-report-data';
import { REPORT_ERROR_KEYS } from '../../../shared/reports/report-errors';
import type { Paper, ReportInput } from '../../../shared/reports/report-input';
import type { Language } from '../../../shared/i18n/languages';
import { buildShellTestPage } from './fixtures/build-shell-test-page';
import { fontProblems, hasWords, inkShare, stripBidi, isPaper, pdfFonts, pdfInfo, pdfPagesText, pdfWordBoxes, savePageImages } from './pdf-checks';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const EXAMPLE = path.join(ROOT, 'docs/examples/KEN-RH_2025_r1.fieldscore');

let folder: string;
let page: string;
let printer: ReportPrinter;
let data: OfficeReportData;
const printed = new Map<string, string>();

async function printTo(language: Language, paper: Paper): Promise<string> {
  const key = `${language}-${paper}`;
  const known = printed.get(key);
  if (known) return known;
  const result = await printer.print({ kind: 'office', language, paper, data });
  const file = path.join(folder, `shell-${key}.pdf`);
  fs.writeFileSync(file, result.pdf);
  printed.set(key, file);
  return file;
}

const indicatorsOf = (report: OfficeReportData) => report.framework.perspectives.flatMap((perspective) => perspective.indicators);

beforeAll(async () => {
  folder = fs.mkdtempSync(path.join(os.tmpdir(), 'fieldscore-shell-'));
  const read = await readPackageFile(EXAMPLE);
  if (!read.ok) throw new Error(`the example package does not verify: ${read.reason.code}`);
  data = officeReportDataOfPackage(read.package, readCountryGroups(path.join(ROOT, 'resources')));
  page = await buildShellTestPage(ROOT, path.join(folder, 'page'));
  printer = await openReportPrinter({ reportPage: page });
}, 120_000);

afterAll(async () => {
  await printer?.close();
  fs.rmSync(folder, { recursive: true, force: true });
});

describe('the printed shell', () => {
  it('prints A4 pages, a landscape page for the wide section, tagged, titled, in the report’s language, with an outline', async () => {
    const file = await printTo('en', 'a4');
    const info = pdfInfo(file);
    expect(info.pages).toBeGreaterThanOrEqual(3);
    expect(info.pageSizes).toHaveLength(info.pages);
    const texts = pdfPagesText(file);
    const wide = texts.findIndex((text) => text.includes('WIDE-SECTION'));
    expect(wide).toBeGreaterThan(0);
    info.pageSizes.forEach((size, index) => {
      const landscape = texts[index]!.includes('WIDE-HEADER');
      expect({ page: index + 1, ok: isPaper(size, 'a4', landscape ? 'landscape' : 'portrait') }).toEqual({ page: index + 1, ok: true });
    });
    expect(isPaper(info.pageSizes[wide]!, 'a4', 'landscape')).toBe(true);
    expect(info.tagged).toBe(true);
    expect(info.title).toBe(`${data.masthead.officeName} ${data.masthead.cycle}`);
    expect(info.lang).toBe('en');
    expect(info.outline).toBe(true);
    // The section after the wide one asked for a new page: it is back to portrait.
    const last = texts.findIndex((text) => text.includes('LAST-SECTION'));
    expect(last).toBeGreaterThan(wide);
    expect(isPaper(info.pageSizes[last]!, 'a4', 'portrait')).toBe(true);
    for (const [index] of info.pageSizes.entries()) expect(inkShare(file, index + 1)).toBeGreaterThan(0.002);
    expect(savePageImages(file, 'shell-en-a4', { first: 1, last: 2 })).toHaveLength(2);
  });

  it('prints US Letter when asked', async () => {
    const info = pdfInfo(await printTo('ar', 'letter'));
    const texts = pdfPagesText(await printTo('ar', 'letter'));
    info.pageSizes.forEach((size, index) => {
      expect(isPaper(size, 'letter', texts[index]!.includes('WIDE-HEADER') ? 'landscape' : 'portrait')).toBe(true);
    });
    expect(info.pageSizes.some((size) => isPaper(size, 'letter', 'landscape'))).toBe(true);
    expect(info.lang).toBe('ar');
    expect(info.tagged).toBe(true);
  });

  it('puts the document symbol in the header and "n/N" in the footer of every page', async () => {
    for (const [language, paper] of [['en', 'a4'], ['ar', 'letter']] as const) {
      const file = await printTo(language, paper);
      const texts = pdfPagesText(file);
      texts.forEach((text, index) => {
        const lines = text.split('\n').filter((line) => line.trim() !== '');
        expect({ language, page: index + 1, header: lines[0]!.includes(data.masthead.symbol) }).toEqual({ language, page: index + 1, header: true });
        expect({ language, page: index + 1, footer: stripBidi(lines.at(-1)!).trim() }).toEqual({ language, page: index + 1, footer: `${index + 1}/${texts.length}` });
      });
    }
  });

  it('mirrors the margin boxes for Arabic: the symbol on the right and the page number on the left', async () => {
    const sides = (file: string, pageNumber: number, pages: number) => {
      const words = pdfWordBoxes(file, pageNumber);
      const width = pdfInfo(file).pageSizes[pageNumber - 1]!.width;
      const symbol = words.find((word) => word.text === data.masthead.symbol)!;
      const number = words.find((word) => word.text === `${pageNumber}/${pages}`)!;
      expect(symbol).toBeDefined();
      expect(number).toBeDefined();
      return { symbol: symbol.xMin > width / 2 ? 'right' : 'left', number: number.xMin > width / 2 ? 'right' : 'left' };
    };
    const english = await printTo('en', 'a4');
    const arabic = await printTo('ar', 'letter');
    for (const pageNumber of [1, 2]) {
      expect(sides(english, pageNumber, pdfInfo(english).pages)).toEqual({ symbol: 'left', number: 'right' });
      expect(sides(arabic, pageNumber, pdfInfo(arabic).pages)).toEqual({ symbol: 'right', number: 'left' });
    }
  });

  it('embeds only the report’s own fonts, every one with a ToUnicode map and none of Type 3, for all six scripts', async () => {
    for (const [language, paper] of [['en', 'a4'], ['ar', 'letter'], ['zh', 'a4']] as const) {
      const rows = pdfFonts(await printTo(language, paper));
      expect({ language, problems: fontProblems(rows) }).toEqual({ language, problems: [] });
      // Latin and Cyrillic, Arabic and Chinese all printed: the table holds every language's titles.
      const names = new Set(rows.map((row) => row.name));
      expect([...names].filter((name) => /^NotoSans(-|Arabic-|SCThin-)/.test(name)).length).toBeGreaterThanOrEqual(3);
      expect(names.has('NotoSansArabic-Regular')).toBe(true);
      expect(names.has('NotoSansSCThin-Regular')).toBe(true);
    }
  });

  it('prints the text itself: Arabic word by word once bidi controls are stripped, Chinese characters, each row exactly once', async () => {
    const indicators = indicatorsOf(data);
    const arabic = pdfPagesText(await printTo('ar', 'letter')).join('\n');
    const english = pdfPagesText(await printTo('en', 'a4')).join('\n');
    const chinese = pdfPagesText(await printTo('zh', 'a4')).join('\n');
    // An Arabic title printed as a paragraph, whole: its words in their logical order.
    const title = indicators[1]!.title.ar!;
    expect(title.split(' ').length).toBeGreaterThanOrEqual(3);
    expect(hasWords(arabic, title)).toBe(true);
    expect(hasWords(arabic, title.split(' ').reverse().join(' '))).toBe(false);
    // Every Arabic title, ligatures and marks included ("الأداء" extracts as "األداء").
    const missing = indicators.map((indicator) => indicator.title.ar!).filter((text) => !hasWords(arabic, text));
    expect(missing).toEqual([]);
    expect(indicators.some((indicator) => /\u0644[\u0622\u0623\u0625\u0627]/.test(indicator.title.ar!))).toBe(true);
    expect(/\p{Script=Han}{4}/u.test(chinese)).toBe(true);
    for (const indicator of indicators) {
      expect({ id: indicator.id, count: english.split(`ROW-${indicator.id}`).length - 1 }).toEqual({ id: indicator.id, count: 1 });
    }
    // Long words wrap inside their cell: nothing clipped, all eight repetitions are there.
    expect((english.match(/Supercalifragilisticexpialidocious/g) ?? []).length).toBeGreaterThanOrEqual(5 * 7);
  });

  it('repeats the table’s header row at the top of every page the table runs onto', async () => {
    for (const [language, paper] of [['en', 'a4'], ['ar', 'letter']] as const) {
      const texts = pdfPagesText(await printTo(language, paper));
      const tablePages = texts.filter((text) => text.includes('ROW-'));
      expect(tablePages.length).toBeGreaterThanOrEqual(2);
      for (const text of tablePages) {
        const lines = text.split('\n');
        const firstRow = lines.findIndex((line) => line.includes('ROW-'));
        const header = lines.findIndex((line) => ['ID', 'ar', 'zh', 'en', 'fr', 'ru', 'es'].every((word) => line.split(/\s+/).includes(word)));
        expect({ language, header: header >= 0 && header < firstRow }).toEqual({ language, header: true });
      }
    }
  });

  it('names the file after the symbol and the language', async () => {
    const result = await printer.print({ kind: 'office', language: 'fr', paper: 'a4', data });
    expect(result.symbol).toBe(data.masthead.symbol);
    expect(reportFileName(result, 'fr')).toBe(`${data.masthead.symbol.replace(/[^A-Za-z0-9.]+/g, '-')}_fr.pdf`);
    expect(reportFileName({ symbol: '', title: 'Ц' }, 'ru')).toBe('report_ru.pdf');
  });
});

describe('what the printer refuses', () => {
  async function failureOf(work: Promise<unknown>): Promise<AppError> {
    const error = await work.then(
      () => null,
      (thrown: unknown) => thrown,
    );
    expect(error).toBeInstanceOf(AppError);
    return error as AppError;
  }

  it('fails, printing nothing, when the report would load anything from the network', async () => {
    const remote: ReportInput = { kind: 'office', language: 'en', paper: 'a4', data: { ...data, masthead: { ...data.masthead, officeName: 'https://example.org/logo.png' } } };
    const error = await failureOf(printer.print(remote));
    expect(error.data).toMatchObject({ code: 'forbidden', messageKey: REPORT_ERROR_KEYS.remoteRequest });
    expect(String(error.data.params?.detail)).toContain('https://example.org/logo.png');
  });

  it('refuses data that is not a report, with the problems', async () => {
    const error = await failureOf(printer.print({ kind: 'office', language: 'en', paper: 'a4', data: { schema: 'something else' } } as unknown as ReportInput));
    expect(error.data.messageKey).toBe(REPORT_ERROR_KEYS.renderFailed);
    expect(String(error.data.params?.detail)).toContain('schema');
    const wrongPaper = await failureOf(printer.print({ kind: 'office', language: 'en', paper: 'a3', data } as unknown as ReportInput));
    expect(String(wrongPaper.data.params?.detail)).toContain('paper');
  });

  it('gives up at its time bound with a clear error, and prints again afterwards', async () => {
    const hasty = await openReportPrinter({ reportPage: page, timeoutMs: 1 });
    try {
      const error = await failureOf(hasty.print({ kind: 'office', language: 'en', paper: 'a4', data }));
      expect(error.data).toMatchObject({ messageKey: REPORT_ERROR_KEYS.timeout, params: { seconds: 0 } });
    } finally {
      await hasty.close();
    }
    expect(pdfInfo(await printTo('en', 'a4')).pages).toBeGreaterThan(0);
  });

  it('says what is missing when no Chromium is found', async () => {
    const error = await failureOf(printReportPdf({ kind: 'office', language: 'en', paper: 'a4', data }, { reportPage: page, env: { PATH: path.join(folder, 'empty') } }));
    expect(error.data).toMatchObject({ code: 'not_found', messageKey: REPORT_ERROR_KEYS.noChromium });
    const pointed = await failureOf(printReportPdf({ kind: 'office', language: 'en', paper: 'a4', data }, { reportPage: page, env: { FIELDSCORE_CHROMIUM: path.join(folder, 'no-such-browser') } }));
    expect(String(pointed.data.params?.looked)).toContain('no-such-browser');
  });

  it('says the app is not built when the report page is missing', async () => {
    const error = await failureOf(printReportPdf({ kind: 'office', language: 'en', paper: 'a4', data }, { appDir: folder }));
    expect(error.data).toMatchObject({ code: 'not_found', messageKey: REPORT_ERROR_KEYS.pageMissing });
  });
});
