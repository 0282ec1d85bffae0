// The office report printed end to end: real data (demo packages imported into a real hub data
// folder, a returned review recorded there), the real report page (dist/renderer/report.html,
// OfficeReport in the shell, its fonts), the machine's Chromium through playwright-core, the
// PDFs read back with poppler. Needs dist/: run under the dist lock, after a build:
//   flock /tmp/fieldscore-dist.lock -c 'node scripts/build.mjs --quiet && npx vitest run tests/electron/reports/office-report-pdf.test.ts'
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { StoreSession } from '../../../electron/backend/store-session';
import { readCountryGroups } from '../../../electron/geo/country-groups';
import { generateDemoNetwork } from '../../../electron/packages/demo/generate-demo-network';
import { openReportPrinter, type ReportPrinter } from '../../../electron/reports/chromium-pdf';
import { officeReportData } from '../../../electron/reports/office-report-data';
import { acquireStoreLock } from '../../../electron/store/store-lock';
import type { Language } from '../../../shared/i18n/languages';
import type { OfficeReportData } from '../../../shared/reports/office-report-data';
import type { Paper } from '../../../shared/reports/report-input';
import { backendOptions, recordingLog } from '../../fixtures/store/store-fixtures';
import { ROOT, workflowFixture } from '../backend/workflow-backend';
import { fontProblems, hasWords, inkShare, isPaper, pdfFonts, pdfInfo, pdfPagesText, pdfWordBoxes, savePageImages } from './pdf-checks';

const REPORT_PAGE = path.join(ROOT, 'dist/renderer/report.html');
const SCREENSHOTS = path.join(ROOT, 'docs/screenshots');
const COMMENT = 'Please attach the signed terms of reference — merci.';
const fixture = workflowFixture();

let folder: string;
let printer: ReportPrinter;
let data: OfficeReportData;
const printed = new Map<string, string>();

async function printTo(language: Language, paper: Paper): Promise<string> {
  const key = `${language}-${paper}`;
  const known = printed.get(key);
  if (known) return known;
  const result = await printer.print({ kind: 'office', language, paper, data });
  const file = path.join(folder, `office-${key}.pdf`);
  fs.writeFileSync(file, result.pdf);
  printed.set(key, file);
  return file;
}

/**
 * A page's text in the order Chromium drew it (pdftotext -raw): a table cell's wrapped lines stay
 * together, where the -layout text interleaves them with the next column's.
 */
const rawPageText = (file: string, page: number) => execFileSync('pdftotext', ['-raw', '-f', String(page), '-l', String(page), file, '-'], { encoding: 'utf8' });

/**
 * The text of a band of the page between x0 and x1 (points from the left), every page: one
 * column of a table, so that a cell's wrapped lines are not interleaved with its neighbours'.
 */
function columnText(file: string, x0: number, x1: number, onlyFirstPage = false): string {
  const { pages, pageSizes } = pdfInfo(file);
  return Array.from({ length: onlyFirstPage ? 1 : pages }, (_, index) => {
    const { height } = pageSizes[index]!;
    const args = ['-layout', '-f', String(index + 1), '-l', String(index + 1), '-x', String(Math.round(x0)), '-y', '0', '-W', String(Math.round(x1 - x0)), '-H', String(Math.ceil(height))];
    return execFileSync('pdftotext', [...args, file, '-'], { encoding: 'utf8' });
  }).join('\n');
}

/** Margins of 18 mm (renderer/reports/page-rules.ts); the indicator column is 22 % of the rest (office-report.css). */
const MARGIN_PT = (18 / 25.4) * 72;
function indicatorColumn(file: string, dir: 'ltr' | 'rtl'): string {
  const width = pdfInfo(file).pageSizes[0]!.width;
  const column = (width - 2 * MARGIN_PT) * 0.22;
  return dir === 'ltr' ? columnText(file, MARGIN_PT - 4, MARGIN_PT + column + 2) : columnText(file, width - MARGIN_PT - column - 2, width - MARGIN_PT + 4);
}

/** Scores as the report prints them in English (one decimal at most, no grouping below 1,000). */
const score = (value: number | null) => (value === null ? '—' : new Intl.NumberFormat('en', { maximumFractionDigits: 1 }).format(value));
const perspectives = () => data.framework.perspectives;

beforeAll(async () => {
  folder = fs.mkdtempSync(path.join(os.tmpdir(), 'fieldscore-office-pdf-'));
  // Nairobi's 2025 was reopened: its revision 2, with 2024 before it, returned by the hub with a comment.
  const demo = (await generateDemoNetwork({ resourcesDir: path.join(ROOT, 'resources'), offices: 6 })).filter((pkg) => pkg.office.code === 'KEN-RH');
  const hub = await fixture.start();
  for (const pkg of demo) await hub.call('hub.import', { fileName: pkg.fileName, dataBase64: Buffer.from(pkg.bytes).toString('base64'), decidedBy: 'H. Hub' });
  const latest = demo.find((pkg) => pkg.cycle === 2025 && pkg.revision === 2)!;
  await hub.call('hub.review.set', { assessmentId: latest.assessmentId, status: 'returned', comments: [{ indicatorId: 'P1.4', text: COMMENT }], decidedBy: 'Hana Hub' });
  await hub.close();
  const log = recordingLog();
  const session = new StoreSession(backendOptions(hub.dataDir, hub.resourcesDir, log), acquireStoreLock(hub.dataDir), log);
  await session.open();
  try {
    const context = { repositories: session.repositories(), key: session.installationKey(), appVersion: session.appVersion, groups: readCountryGroups(path.join(ROOT, 'resources')) };
    data = await officeReportData(context, { kind: 'held', assessmentId: latest.assessmentId });
  } finally {
    await session.close();
  }
  expect(data.previousCycle?.cycle).toBe(2024);
  expect(data.review?.comments).toHaveLength(1);
  printer = await openReportPrinter({ reportPage: REPORT_PAGE });
}, 180_000);

afterAll(async () => {
  await printer?.close();
  await fixture.cleanup();
  fs.rmSync(folder, { recursive: true, force: true });
});

describe('the office report in English', () => {
  it('holds the key figures: office, symbol, fingerprint, SHA-256, every score, the change and the review', async () => {
    const file = await printTo('en', 'a4');
    const pages = pdfPagesText(file);
    const all = pages.join('\n');
    const first = pages[0]!;
    const firstRaw = rawPageText(file, 1);
    const { masthead } = data;
    expect(masthead.symbol).toBe('FS/2025/KEN-RH/Rev.1');
    for (const phrase of [`Office assessment report: ${masthead.officeName}, 2025`, masthead.symbol, data.package.signerFingerprint, data.package.sha256, 'Distr.: Restricted', 'Original: English']) {
      expect({ phrase, found: hasWords(first, phrase) }).toEqual({ phrase, found: true });
    }
    // The one-page summary: every perspective's score and the overall score on page 1, with the office type.
    for (const perspective of data.score.perspectives) {
      const title = perspectives().find((entry) => entry.id === perspective.perspectiveId)!.title.en!;
      expect({ perspective: perspective.perspectiveId, found: hasWords(firstRaw, `${perspective.perspectiveId} ${title} ${score(perspective.score)}`) }).toEqual({
        perspective: perspective.perspectiveId,
        found: true,
      });
    }
    expect(hasWords(first, `Overall score ${score(data.score.overall.score)}`)).toBe(true);
    expect(hasWords(first, 'Office type under the two-tier model')).toBe(true);
    // Every indicator is printed with its whole title, and the symbol heads every page with its number n/N.
    // A title hyphenated at a line's end ("non-" / "resident") is one word again.
    const column = indicatorColumn(file, 'ltr').replace(/-[ \t]*\n\s*/g, '-');
    for (const indicator of perspectives().flatMap((perspective) => perspective.indicators)) {
      expect({ indicator: indicator.id, found: hasWords(column, `${indicator.id} ${indicator.title.en!}`) }).toEqual({ indicator: indicator.id, found: true });
    }
    pages.forEach((text, index) => {
      expect({ page: index + 1, symbol: text.includes(masthead.symbol), number: text.includes(`${index + 1}/${pages.length}`) }).toEqual({ page: index + 1, symbol: true, number: true });
    });
    // Countries with the map's disclaimer, the change since 2024 and the hub's comment.
    expect(hasWords(all, 'The boundaries and names shown and the designations used on this map do not imply official endorsement or acceptance by the United Nations.')).toBe(true);
    expect(hasWords(all, 'Change since 2024')).toBe(true);
    const overall = data.previousCycle!.overall;
    expect(hasWords(all, `Overall score ${score(overall.previous)} ${score(overall.current)}`)).toBe(true);
    expect(hasWords(all, 'Returned to the office for revision.')).toBe(true);
    // The comment column: the right 60 % of the review table (office-report.css).
    const width = pdfInfo(file).pageSizes[0]!.width;
    expect(hasWords(columnText(file, MARGIN_PT + (width - 2 * MARGIN_PT) * 0.4, width - MARGIN_PT + 4), COMMENT)).toBe(true);
  });

  it('is tagged, titled, in English, A4 on every page; Letter on every page too, with the summary still on page 1', async () => {
    for (const paper of ['a4', 'letter'] as const) {
      const file = await printTo('en', paper);
      const info = pdfInfo(file);
      expect(info.pages).toBeGreaterThanOrEqual(4);
      expect(info.pages).toBeLessThanOrEqual(12);
      expect(info.pageSizes.every((size) => isPaper(size, paper, 'portrait'))).toBe(true);
      expect(info.tagged).toBe(true);
      expect(info.lang).toBe('en');
      expect(info.outline).toBe(true);
      expect(info.title).toBe(`Office assessment report: ${data.masthead.officeName}, 2025`);
      const first = pdfPagesText(file)[0]!;
      expect({ paper, summary: hasWords(first, 'Tier the data supports:') }).toEqual({ paper, summary: true });
      // No page is (nearly) blank.
      for (let page = 1; page <= info.pages; page += 1) expect({ page, inked: inkShare(file, page) > 0.005 }).toEqual({ page, inked: true });
    }
  });
});

describe('the office report in Arabic', () => {
  it('prints the Arabic words, right to left, with the codes left to right', async () => {
    const file = await printTo('ar', 'a4');
    const pages = pdfPagesText(file);
    const first = pages[0]!;
    const all = pages.join('\n');
    for (const phrase of ['تقرير تقييم المكتب', 'التوزيع: مقيَّد', 'الأصل: العربية', 'موجز', 'الدرجة الإجمالية', 'نوع المكتب في إطار النموذج ذي المستويين']) {
      expect({ phrase, found: hasWords(first, phrase) }).toEqual({ phrase, found: true });
    }
    // The scores table fills the right part of page 1 (the chart the left): each perspective's title and score there.
    const width = pdfInfo(file).pageSizes[0]!.width;
    const table = columnText(file, width / 2 - 20, width - MARGIN_PT + 4, true);
    for (const perspective of data.score.perspectives) {
      const title = perspectives().find((entry) => entry.id === perspective.perspectiveId)!.title.ar!;
      expect({ perspective: perspective.perspectiveId, title: hasWords(table, title), score: table.includes(score(perspective.score)) }).toEqual({
        perspective: perspective.perspectiveId,
        title: true,
        score: true,
      });
    }
    // Every indicator's whole Arabic title, in the rightmost column.
    const column = indicatorColumn(file, 'rtl');
    for (const indicator of perspectives().flatMap((perspective) => perspective.indicators)) {
      expect({ indicator: indicator.id, found: hasWords(column, indicator.title.ar!) }).toEqual({ indicator: indicator.id, found: true });
    }
    // Codes and numbers are not Arabic and stay whole.
    for (const code of [data.masthead.symbol, data.package.signerFingerprint, score(data.score.overall.score)]) expect({ code, found: first.includes(code) }).toEqual({ code, found: true });
    expect(hasWords(all, 'أُعيد إلى المكتب للتصحيح.')).toBe(true);
    // Mirrored: the big symbol of the masthead sits on the left of page 1 (the end side), the organ on the right.
    const words = pdfWordBoxes(file, 1);
    const symbol = words.filter((word) => word.text === data.masthead.symbol);
    expect(symbol.length).toBeGreaterThanOrEqual(2); // the running header's and the masthead's
    const masthead = symbol.reduce((lowest, word) => (word.yMin > lowest.yMin ? word : lowest));
    const pageWidth = pdfInfo(file).pageSizes[0]!.width;
    expect(masthead.xMax).toBeLessThan(pageWidth / 2);
    const organ = words.filter((word) => word.text === 'Fieldscore').reduce((highest, word) => (word.yMin < highest.yMin ? word : highest));
    expect(organ.xMin).toBeGreaterThan(pageWidth / 2);
    expect(pdfInfo(file).lang).toBe('ar');
  });

  it('also prints on Letter', async () => {
    const file = await printTo('ar', 'letter');
    const info = pdfInfo(file);
    expect(info.pageSizes.every((size) => isPaper(size, 'letter', 'portrait'))).toBe(true);
    expect(info.tagged).toBe(true);
  });
});

describe('the office report in Chinese', () => {
  it('prints Chinese characters: the title, the perspectives, the bands', async () => {
    const file = await printTo('zh', 'a4');
    const pages = pdfPagesText(file);
    const first = pages[0]!;
    expect((first.match(/\p{Script=Han}/gu) ?? []).length).toBeGreaterThan(200);
    for (const phrase of ['办事处评估报告', '分发：限制', '原文：中文', '总分', ...perspectives().map((perspective) => perspective.title.zh!)]) {
      expect({ phrase, found: first.replace(/\s+/g, '').includes(phrase.replace(/\s+/g, '')) }).toEqual({ phrase, found: true });
    }
    expect(first.includes(data.masthead.symbol)).toBe(true);
    expect(pdfInfo(file).lang).toBe('zh');
  });
});

describe('fonts and page images', () => {
  it('embeds every font with a ToUnicode map, none of Type 3, only the report’s own', async () => {
    for (const language of ['en', 'ar', 'zh'] as const) {
      const rows = pdfFonts(await printTo(language, 'a4'));
      expect(rows.length).toBeGreaterThan(0);
      expect({ language, problems: fontProblems(rows) }).toEqual({ language, problems: [] });
    }
  });

  it('saves the first pages as artefacts, and page 1 in English and Arabic for the docs', async () => {
    for (const language of ['en', 'ar', 'zh'] as const) {
      const images = savePageImages(await printTo(language, 'a4'), `office-${language}`, { first: 1, last: 3 });
      expect(images).toHaveLength(3);
    }
    for (const language of ['en', 'ar'] as const) {
      const target = path.join(SCREENSHOTS, `report-office-${language}-p1`);
      execFileSync('pdftoppm', ['-r', '96', '-png', '-singlefile', '-f', '1', '-l', '1', await printTo(language, 'a4'), target]);
      expect(fs.statSync(`${target}.png`).size).toBeGreaterThan(20_000);
    }
  });
});
