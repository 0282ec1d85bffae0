import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { generateDemoNetwork } from '../../electron/packages/demo/generate-demo-network';
import { readPackage, type VerifiedPackage } from '../../electron/packages/package-reader';
import type { HubOffice } from '../../shared/api/hub-contract';
import { seriousViolations } from './fixtures/axe';
import { startBackend, type BackendServer } from './fixtures/backend-server';
import { tabTo } from './fixtures/keyboard';

// The hub's drill-down (issue 9): a fresh data folder imports the demo network's folder, then one
// office's assessment is read from the set — answers, scores, history — and its evidence files
// opened: a picture and a PDF inside the app, a text only as a download.

const ROOT = path.resolve(import.meta.dirname, '../..');
const NAME = 'E. Drill-Down';

let workDir: string;
let demoDir: string;
let backend: BackendServer;
let offices: HubOffice[];
/** The office read in the tests: a current revision with a picture, a PDF and a CSV file, and a long history. */
let target: { fileName: string; read: VerifiedPackage };

const en = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 });

/** The demo network's folder (what `fieldscore demo` writes: the same generator), imported through the hub's folder picker as a person would. */
test.beforeAll(async ({ browser }) => {
  test.setTimeout(300_000);
  workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'fieldscore-e2e-hub-office-'));
  demoDir = path.join(workDir, 'demo');
  fs.mkdirSync(demoDir);
  for (const pkg of await generateDemoNetwork({ resourcesDir: path.join(ROOT, 'resources') })) fs.writeFileSync(path.join(demoDir, pkg.fileName), pkg.bytes);
  const files = fs.readdirSync(demoDir).filter((name) => name.endsWith('.fieldscore')).sort();

  backend = await startBackend();
  const page = await browser.newPage();
  await page.goto(backend.url);
  await page.goto(`${backend.origin}/#/hub/import`);
  await page.getByTestId('hub-folder-input').setInputFiles(demoDir);
  await expect(page.locator('.import-progress-label')).toHaveText('Check finished (nothing was written)', { timeout: 180_000 });
  await page.getByLabel('Your name').fill(NAME);
  await page.getByRole('button', { name: `Import files (${files.length})` }).click();
  await expect(page.locator('.import-progress-label')).toHaveText('Import finished', { timeout: 180_000 });
  await page.close();

  offices = await backend.callOk('hub.offices');
  expect(offices).toHaveLength(files.length);
  const current = new Set(offices.filter((office) => office.state === 'current').map((office) => office.assessmentId));
  const candidates: { fileName: string; read: VerifiedPackage }[] = [];
  for (const fileName of files) {
    const read = await readPackage(fs.readFileSync(path.join(demoDir, fileName)));
    if (!read.ok) throw new Error(`${fileName}: ${read.reason.code}`);
    const types = new Set(read.package.evidence.map((file) => file.info.mediaType));
    if (current.has(read.package.document.id) && ['image/png', 'application/pdf', 'text/csv'].every((type) => types.has(type))) candidates.push({ fileName, read: read.package });
  }
  // A history longer than one page of the screen (50) when the demo has one.
  target = candidates.find((candidate) => candidate.read.history.length > 50) ?? candidates[0]!;
  expect(target).toBeDefined();
});

test.afterAll(async () => {
  await backend?.dispose();
  if (workDir) fs.rmSync(workDir, { recursive: true, force: true });
});

/**
 * Keeps the type of every blob the page makes, by its URL: what the viewer and the downloads
 * were given. It observes URL.createObjectURL and changes nothing it does.
 */
async function recordBlobTypes(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const types = new Map<string, string>();
    const create = URL.createObjectURL.bind(URL);
    URL.createObjectURL = (object: Blob | MediaSource) => {
      const url = create(object);
      types.set(url, object instanceof Blob ? object.type : '');
      return url;
    };
    (window as unknown as { blobTypes: Map<string, string> }).blobTypes = types;
  });
}

const blobType = (page: Page, url: string) => page.evaluate((key) => (window as unknown as { blobTypes: Map<string, string> }).blobTypes.get(key) ?? null, url);

/** The evidence file of the target revision with this type. */
function evidenceOf(mediaType: string) {
  return target.read.evidence.find((file) => file.info.mediaType === mediaType)!;
}

/** From the hub set, by the office's link in its row; `linkName` is the link's accessible name when the test knows the language. */
async function openFromSet(page: Page, linkName?: RegExp): Promise<void> {
  await page.goto(backend.url);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.goto(`${backend.origin}/#/hub`);
  const { document } = target.read;
  const row = page.locator(`table.hub-set-table tr[data-office="${document.office.code}"][data-state="current"]`).filter({ hasText: String(document.cycle) });
  await expect(row).toHaveCount(1);
  const link = row.getByRole('link');
  if (linkName) await expect(link).toHaveAccessibleName(linkName);
  await link.click();
  await expect(page).toHaveURL(new RegExp(`#/hub/offices/${document.id}$`));
}

/**
 * seriousViolations (fixtures/axe.ts) with the viewer open: axe then checks the modal dialog only
 * (the page behind is inert), so the page-level rules that fixture insists on (html-has-lang,
 * document-title) do not apply; the dialog's own must pass instead (as in package-export.spec.ts).
 */
async function seriousViolationsInDialog(page: Page, mustPass: readonly string[]): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze();
  const passed = new Set(results.passes.map((rule) => rule.id));
  expect(['color-contrast', 'button-name', ...mustPass].filter((rule) => !passed.has(rule))).toEqual([]);
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.impact} ${violation.id}: ${violation.help} — ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
}

function evidenceRow(page: Page, sha256: string): Locator {
  return page.locator(`tr[data-evidence="${sha256}"]`);
}

test('an office opened from the set: answers, scores and history as the package says; a picture and a PDF shown inside the app, a CSV only downloaded', async ({ page }) => {
  test.setTimeout(120_000);
  await recordBlobTypes(page);
  await openFromSet(page, new RegExp(`^${target.read.document.office.code} Cycle ${target.read.document.cycle}, Revision ${target.read.document.revision}$`));
  const { document, score, framework, history } = target.read;
  await expect(page.getByRole('heading', { level: 1, name: `Assessment of ${document.office.name} (${document.office.code})` })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Main sections' }).getByRole('link', { name: 'Hub set' })).toHaveAttribute('aria-current', 'page');
  await expect(page.getByTestId('hub-office-state')).toHaveText('Current');
  await expect(page.getByText(target.fileName, { exact: true })).toBeVisible();

  // Scores: the engine's, with the band in words.
  const overall = page.getByTestId('hub-office-overall');
  if (score.overall.score !== null) await expect(overall).toContainText(en.format(score.overall.score));
  await expect(overall).toContainText({ green: 'Green', amber: 'Amber', red: 'Red', insufficient_data: 'Insufficient data' }[score.overall.band]);
  const scores = page.getByRole('table', { name: 'Scores by perspective' });
  await expect(scores.locator('tbody tr')).toHaveCount(score.perspectives.length);
  for (const perspective of score.perspectives) {
    const cell = scores.locator(`tr[data-perspective="${perspective.perspectiveId}"] td`).first();
    await expect(cell).toHaveText(perspective.score === null ? 'No score' : en.format(perspective.score));
  }

  // Answers: a choice in its English label, every indicator's score, a justification in full.
  const indicators = framework.perspectives.flatMap((perspective) => perspective.indicators);
  const choice = indicators.find((indicator) => indicator.input.type === 'choice' && document.answers[indicator.id]?.state === 'answered')!;
  const chosen = document.answers[choice.id] as { value: string };
  const label = choice.input.type === 'choice' ? choice.input.options.find((option) => option.id === chosen.value)!.label.en! : '';
  await expect(page.getByTestId(`value-${choice.id}`)).toHaveText(label);
  for (const indicator of score.indicators.filter((entry) => entry.status === 'scored')) {
    await expect(page.getByTestId(`score-${indicator.indicatorId}`)).toHaveText(en.format(indicator.score!));
  }
  const justified = Object.entries(document.answers).find(([, answer]) => answer.justification?.trim());
  if (justified) await expect(page.locator(`li[data-indicator="${justified[0]}"]`)).toContainText(justified[1].justification!.trim());

  // History: the package's, newest first, by its assessor; a page at a time.
  const historyTable = page.getByRole('table', { name: 'Changes recorded by the office' });
  await expect(page.getByText(`${history.length} recorded changes, newest first`)).toBeVisible();
  await expect(historyTable.locator('tbody tr')).toHaveCount(Math.min(50, history.length));
  await expect(historyTable.locator('tbody tr').first().locator('td').nth(1)).toHaveText(document.assessor!);
  if (history.length > 50) {
    await page.getByRole('button', { name: new RegExp(`^Show ${Math.min(50, history.length - 50)} more`) }).click();
    await expect(historyTable.locator('tbody tr')).toHaveCount(Math.min(100, history.length));
  }
  expect(await seriousViolations(page, ['th-has-data-cells'])).toEqual([]);

  // The picture: shown from its stored bytes, typed as detected; the blob is revoked on close.
  const png = evidenceOf('image/png');
  const viewPicture = evidenceRow(page, png.info.sha256).getByRole('button', { name: `View picture ${png.info.fileName}` });
  await viewPicture.click();
  const dialog = page.getByRole('dialog', { name: png.info.fileName });
  await expect(dialog).toBeVisible();
  const image = dialog.getByRole('img', { name: new RegExp(`^${png.info.fileName}, evidence for `) });
  await expect.poll(() => image.evaluate((element: HTMLImageElement) => element.complete && element.naturalWidth)).toBeGreaterThan(0);
  const imageUrl = await image.evaluate((element: HTMLImageElement) => element.src);
  expect(imageUrl).toMatch(/^blob:/);
  expect(await blobType(page, imageUrl)).toBe('image/png');
  expect(await seriousViolationsInDialog(page, ['image-alt'])).toEqual([]);
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(viewPicture).toBeFocused();
  const revoked = await page.evaluate(
    (url) => new Promise<boolean>((resolve) => Object.assign(new Image(), { onload: () => resolve(false), onerror: () => resolve(true), src: url })),
    imageUrl,
  );
  expect(revoked).toBe(true);

  // The PDF: in Chromium's own viewer, in a frame of a blob typed application/pdf.
  const pdf = evidenceOf('application/pdf');
  await evidenceRow(page, pdf.info.sha256).getByRole('button', { name: `View PDF ${pdf.info.fileName}` }).click();
  const pdfDialog = page.getByRole('dialog', { name: pdf.info.fileName });
  const frame = pdfDialog.locator('iframe');
  await expect(frame).toHaveAttribute('title', `PDF document ${pdf.info.fileName}`);
  await expect.poll(() => frame.evaluate((element: HTMLIFrameElement) => element.contentDocument?.contentType ?? null)).toBe('application/pdf');
  const pdfUrl = await frame.evaluate((element: HTMLIFrameElement) => element.src);
  expect(await blobType(page, pdfUrl)).toBe('application/pdf');
  await expect.poll(() => page.frames().some((candidate) => candidate.url().startsWith('chrome-extension://'))).toBe(true);
  expect(await seriousViolationsInDialog(page, ['frame-title'])).toEqual([]);
  await pdfDialog.getByRole('button', { name: 'Close' }).click();
  await expect(pdfDialog).toHaveCount(0);

  // The CSV: a download only, typed as detected; the page stays where it is and renders nothing.
  const csv = evidenceOf('text/csv');
  const before = page.url();
  const downloading = page.waitForEvent('download');
  await evidenceRow(page, csv.info.sha256).getByRole('button', { name: new RegExp(`^Download \\(CSV, .+\\) ${csv.info.fileName.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`) }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe(csv.info.fileName);
  expect(await blobType(page, download.url())).toBe('text/csv');
  const saved = path.join(workDir, 'downloaded.csv');
  await download.saveAs(saved);
  expect(fs.readFileSync(saved).equals(csv.data)).toBe(true);
  expect(page.url()).toBe(before);
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(page.locator('iframe')).toHaveCount(0);
  await expect(page.getByRole('status').filter({ hasText: "Handed to your browser's downloads:" })).toContainText(csv.info.fileName);
});

test('the same screen in Arabic, right to left, the viewer included', async ({ page }) => {
  await backend.callOk('settings.update', { language: 'ar' });
  await openFromSet(page);
  const assessment = target.read.document;
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
  await expect(page.getByRole('heading', { level: 1, name: `تقييم ${assessment.office.name} (${assessment.office.code})` })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'الدرجات' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'ملفات الأدلة' })).toBeVisible();
  await expect(page.getByTestId('hub-office-state')).toHaveText('حالية');
  expect(await page.evaluate(() => getComputedStyle(document.querySelector('.hub-office-screen')!).direction)).toBe('rtl');
  // Mirrored: the heading's text starts at the right edge of the page's content.
  const gaps = await page.evaluate(() => {
    const range = document.createRange();
    range.selectNodeContents(document.querySelector('h1')!);
    const text = range.getBoundingClientRect();
    const main = document.querySelector('main')!.getBoundingClientRect();
    return { right: main.right - text.right, left: text.left - main.left };
  });
  expect(gaps.right).toBeLessThan(gaps.left);
  const csv = evidenceOf('text/csv');
  await expect(evidenceRow(page, csv.info.sha256).getByRole('button')).toContainText('تنزيل (CSV،');
  expect(await seriousViolations(page)).toEqual([]);

  const png = evidenceOf('image/png');
  await evidenceRow(page, png.info.sha256).getByRole('button').click();
  const dialog = page.getByRole('dialog', { name: png.info.fileName });
  await expect(dialog.getByRole('button', { name: 'إغلاق' })).toBeFocused();
  await expect.poll(() => dialog.getByRole('img').evaluate((element: HTMLImageElement) => element.naturalWidth)).toBeGreaterThan(0);
  await expect(dialog).toContainText('دليل للمؤشر');
  expect(await seriousViolationsInDialog(page, ['image-alt'])).toEqual([]);
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await backend.callOk('settings.update', { language: 'en' });
});

test('keyboard only: to the picture, open, Tab stays in the viewer, Escape closes and the focus comes back; the PDF the same; a download by Enter', async ({ page }) => {
  await backend.callOk('settings.update', { language: 'en' });
  await page.goto(backend.url);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.goto(`${backend.origin}/#/hub/offices/${target.read.document.id}`);
  await expect(page.getByRole('heading', { level: 1, name: /^Assessment of / })).toBeFocused();

  const png = evidenceOf('image/png');
  const viewPicture = evidenceRow(page, png.info.sha256).getByRole('button');
  await tabTo(viewPicture, 400);
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: png.info.fileName });
  const close = dialog.getByRole('button', { name: 'Close' });
  await expect(close).toBeFocused();
  await expect.poll(() => dialog.getByRole('img').evaluate((element: HTMLImageElement) => element.naturalWidth)).toBeGreaterThan(0);
  // Around and around: Download, Close, Download… never the page behind.
  for (let presses = 0; presses < 5; presses += 1) {
    await page.keyboard.press('Tab');
    expect(await dialog.evaluate((element) => element.contains(document.activeElement))).toBe(true);
  }
  await page.keyboard.press('Shift+Tab');
  expect(await dialog.evaluate((element) => element.contains(document.activeElement))).toBe(true);
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await expect(viewPicture).toBeFocused();

  const pdf = evidenceOf('application/pdf');
  const viewPdf = evidenceRow(page, pdf.info.sha256).getByRole('button');
  await tabTo(viewPdf, 40);
  await page.keyboard.press('Enter');
  const pdfDialog = page.getByRole('dialog', { name: pdf.info.fileName });
  await expect(pdfDialog.getByRole('button', { name: 'Close' })).toBeFocused();
  await expect.poll(() => pdfDialog.locator('iframe').evaluate((element: HTMLIFrameElement) => element.contentDocument?.contentType ?? null)).toBe('application/pdf');
  // Download and Close are reached from the keyboard inside the viewer; Escape from there closes it.
  await page.keyboard.press('Shift+Tab');
  await expect(pdfDialog.getByRole('button', { name: /^Download \(PDF, / })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(pdfDialog).toHaveCount(0);
  await expect(viewPdf).toBeFocused();

  const csv = evidenceOf('text/csv');
  const downloadButton = evidenceRow(page, csv.info.sha256).getByRole('button');
  await tabTo(downloadButton, 40);
  const downloading = page.waitForEvent('download');
  await page.keyboard.press('Enter');
  expect((await downloading).suggestedFilename()).toBe(csv.info.fileName);
  await expect(page.getByRole('dialog')).toHaveCount(0);
});
