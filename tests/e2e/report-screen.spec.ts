// The report screen in the browser mode, against the real backend: the preview is the report
// page itself (an iframe), Save as PDF goes through the backend's Chromium and comes back as a
// download, checked with poppler; the field overview links to it; keyboard and axe.
import fs from 'node:fs';
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { createAssessment, NAIROBI_HUB, openScreen } from './fixtures/assessments';
import { seriousViolations } from './fixtures/axe';
import { startBackend, type BackendServer } from './fixtures/backend-server';
import { tabTo } from './fixtures/keyboard';

const ROOT = path.resolve(import.meta.dirname, '../..');
const EXAMPLE = path.join(ROOT, 'docs/examples/KEN-RH_2025_r1.fieldscore');

let backend: BackendServer;
let heldId: string;

test.beforeEach(async () => {
  backend = await startBackend();
  const bytes = fs.readFileSync(EXAMPLE);
  const preview = await backend.callOk('hub.import', { fileName: path.basename(EXAMPLE), dataBase64: bytes.toString('base64'), decidedBy: 'H. Hub' });
  expect(preview.status).toBe('new');
  const held = await backend.callOk('hub.offices', {});
  heldId = held[0]!.assessmentId;
});

test.afterEach(async () => {
  await backend?.dispose();
});

const previewFrame = (page: Page) => page.frameLocator('iframe.report-preview');

/** pdfinfo's fields and the catalog's /Lang of a downloaded PDF. */
function pdfFacts(file: string): { pages: number; size: string; tagged: boolean; lang: string | undefined } {
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  const field = (name: string) => new RegExp(`^${name}:\\s*(.*)$`, 'm').exec(info)?.[1]?.trim() ?? '';
  const catalog = fs.readFileSync(file).toString('latin1');
  return {
    pages: Number(field('Pages')),
    size: field('Page size'),
    tagged: field('Tagged') === 'yes',
    lang: /\/Type \/Catalog[\s\S]*?\/Lang \(([^)]*)\)/.exec(catalog)?.[1],
  };
}

async function saveAsPdf(page: Page): Promise<{ name: string; file: string }> {
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Save as PDF…' }).click();
  const download = await downloading;
  const file = test.info().outputPath(download.suggestedFilename());
  await download.saveAs(file);
  return { name: download.suggestedFilename(), file };
}

test('the hub’s office report: a preview that is the report page, Save as PDF in the language and paper chosen', async ({ page }) => {
  await openScreen(page, backend, `#/hub/offices/${heldId}/report`);
  await expect(page.getByRole('heading', { level: 1, name: 'Print the report' })).toBeVisible();
  // The preview is the report page, rendered: its own masthead, its own language.
  await expect(previewFrame(page).locator('article.report')).toBeVisible();
  await expect(previewFrame(page).locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.locator('.report-document-title')).toContainText('Nairobi');
  // en-GB (the tests' locale): A4, in the UI's language.
  await expect(page.getByLabel('Language of the report')).toHaveValue('en');
  await expect(page.getByRole('radio', { name: 'A4' })).toBeChecked();

  const english = await saveAsPdf(page);
  expect(english.name).toBe('FS-2025-KEN-RH_en.pdf');
  expect(pdfFacts(english.file)).toMatchObject({ tagged: true, lang: 'en', size: expect.stringContaining('(A4)') as unknown as string });
  await expect(page.getByRole('status')).toHaveText('The PDF FS-2025-KEN-RH_en.pdf was handed to your browser’s downloads.');

  // Arabic on Letter: the preview follows (right to left), and so does the PDF.
  await page.getByLabel('Language of the report').selectOption('ar');
  await page.getByRole('radio', { name: 'US Letter' }).check();
  await expect(previewFrame(page).locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(previewFrame(page).locator('html')).toHaveAttribute('lang', 'ar');
  // The screen itself stays in English.
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  const arabic = await saveAsPdf(page);
  expect(arabic.name).toBe('FS-2025-KEN-RH_ar.pdf');
  expect(pdfFacts(arabic.file)).toMatchObject({ tagged: true, lang: 'ar', size: expect.stringContaining('(letter)') as unknown as string });
});

test('Print opens the browser’s print of the preview; the screen is usable from the keyboard and passes axe', async ({ page }) => {
  await openScreen(page, backend, `#/hub/offices/${heldId}/report`);
  await expect(previewFrame(page).locator('article.report')).toBeVisible();
  // Count the preview's print() calls in the page itself: headless Chromium shows no dialog.
  await page.evaluate(() => {
    const frame = document.querySelector<HTMLIFrameElement>('iframe.report-preview')!;
    const view = frame.contentWindow! as Window & { printed?: number };
    view.printed = 0;
    view.print = () => {
      view.printed! += 1;
    };
  });
  await tabTo(page.getByRole('button', { name: 'Print…' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status')).toHaveText('The report was sent to the print dialog.');
  expect(await page.evaluate(() => (document.querySelector<HTMLIFrameElement>('iframe.report-preview')!.contentWindow as Window & { printed?: number }).printed)).toBe(1);
  expect(await seriousViolations(page)).toEqual([]);
});

test('a submitted assessment’s overview links to its report; a draft has no report, and the screen says why', async ({ page }) => {
  const id = await createAssessment(backend, { office: { ...NAIROBI_HUB, name: 'Field office under test' }, cycle: 2025, assessor: 'A. Assessor' });
  await openScreen(page, backend, `#/assessments/${id}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Field office under test' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Report: print or save as PDF' })).toHaveCount(0);
  await page.goto(`${backend.origin}/#/assessments/${id}/report`);
  await expect(page.getByRole('alert')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Save as PDF…' })).toBeDisabled();

  await backend.callOk('assessments.submit', { id });
  await page.goto(`${backend.origin}/#/assessments/${id}`);
  await page.getByRole('link', { name: 'Report: print or save as PDF' }).click();
  await expect(page).toHaveURL(new RegExp(`#/assessments/${id}/report$`));
  await expect(previewFrame(page).locator('article.report')).toBeVisible();
  await expect(page.locator('.report-document-title')).toContainText('Field office under test');
  const saved = await saveAsPdf(page);
  expect(pdfFacts(saved.file)).toMatchObject({ tagged: true, lang: 'en' });
  await page.getByRole('link', { name: 'Back to the assessment' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Field office under test' })).toBeVisible();
});
