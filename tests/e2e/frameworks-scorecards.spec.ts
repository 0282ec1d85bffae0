import fs from 'node:fs';
import ExcelJS from 'exceljs';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { createAssessment, openScreen } from './fixtures/assessments';
import { seriousViolations } from './fixtures/axe';
import { startBackend, type BackendServer } from './fixtures/backend-server';

let backend: BackendServer;

test.beforeEach(async () => {
  backend = await startBackend();
});

test.afterEach(async () => {
  await backend?.dispose();
});

async function openFrameworks(page: Page): Promise<void> {
  await page.goto(backend.url);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.getByRole('navigation', { name: 'Main sections' }).getByRole('link', { name: 'Scorecards' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Scorecard frameworks' })).toBeVisible();
}

function frameworkRows(page: Page): Locator {
  return page.getByRole('table', { name: 'Installed scorecard frameworks' }).locator('tbody tr');
}

/** Clicks "Export to Excel" of a framework row and returns the downloaded file's name and bytes. */
async function exportRow(page: Page, row: Locator): Promise<{ name: string; bytes: Buffer }> {
  const downloading = page.waitForEvent('download');
  await row.getByRole('button', { name: /Export to Excel/ }).click();
  const download = await downloading;
  const file = await download.path();
  return { name: download.suggestedFilename(), bytes: fs.readFileSync(file) };
}

async function workbookOf(bytes: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  return workbook;
}

function column(sheet: ExcelJS.Worksheet, header: string): number {
  const index = (sheet.getRow(1).values as unknown[]).indexOf(header);
  if (index < 1) throw new Error(`no column "${header}" in ${sheet.name}`);
  return index;
}

function setFrameworkValue(workbook: ExcelJS.Workbook, key: string, value: string): void {
  const sheet = workbook.getWorksheet('framework')!;
  sheet.eachRow((row) => {
    if (row.getCell(column(sheet, 'key')).value === key) row.getCell(column(sheet, 'value')).value = value;
  });
}

async function importWorkbook(page: Page, name: string, workbook: ExcelJS.Workbook): Promise<void> {
  const buffer = Buffer.from(await workbook.xlsx.writeBuffer());
  await page.getByLabel('Import from Excel or JSON').setInputFiles({
    name,
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer,
  });
}

test('exports the default scorecard as a real workbook, refuses a broken revision with located problems, installs a valid one', async ({ page }) => {
  await openFrameworks(page);
  await expect(frameworkRows(page)).toHaveCount(1);
  const defaultRow = frameworkRows(page).first();
  await expect(defaultRow).toContainText('Fieldscore default scorecard for UN field offices');
  await expect(defaultRow).toContainText('1.0.0');
  await expect(defaultRow).toContainText('Default for new assessments');

  const exported = await exportRow(page, defaultRow);
  expect(exported.name).toBe('fieldscore-default-1.0.0.xlsx');
  await expect(page.getByRole('status').filter({ hasText: 'The workbook fieldscore-default-1.0.0.xlsx was downloaded.' })).toBeVisible();
  const workbook = await workbookOf(exported.bytes);
  expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['framework', 'perspectives', 'indicators', 'choices', 'translations']);
  const indicators = workbook.getWorksheet('indicators')!;
  expect(indicators.getRow(2).getCell(column(indicators, 'id')).value).toBe('P1.1');

  // A revision with a weight typed as text: refused, every problem located, nothing installed.
  setFrameworkValue(workbook, 'version', '1.1.0');
  const weight = indicators.getRow(5).getCell(column(indicators, 'weight'));
  weight.value = 'abc';
  await importWorkbook(page, 'scorecard-1.1.0.xlsx', workbook);
  await expect(page.getByRole('alert')).toContainText('scorecard-1.1.0.xlsx was not installed because it has problems (1).');
  const problems = page.getByRole('table', { name: 'Problems found in scorecard-1.1.0.xlsx' });
  await expect(problems.locator('tbody tr')).toHaveCount(1);
  await expect(problems.locator('tbody tr').first()).toContainText('indicators!O5 (weight)');
  await expect(problems.locator('tbody tr').first()).toContainText('weight must be a number, not "abc"');
  await expect(frameworkRows(page)).toHaveCount(1);

  // Corrected, with another weight changed: installed as the new default, the old version kept.
  weight.value = 2;
  await importWorkbook(page, 'scorecard-1.1.0.xlsx', workbook);
  await expect(page.getByRole('status').filter({ hasText: 'version 1.1.0, was installed from scorecard-1.1.0.xlsx' })).toBeVisible();
  await expect(problems).toHaveCount(0);
  await expect(frameworkRows(page)).toHaveCount(2);
  await expect(frameworkRows(page).first()).toContainText('1.1.0');
  await expect(frameworkRows(page).first()).toContainText('Default for new assessments');
  await expect(frameworkRows(page).nth(1)).toContainText('1.0.0');
  await expect(frameworkRows(page).nth(1)).not.toContainText('Default for new assessments');
  const listed = (await backend.call('frameworks.list')) as { value: { version: string }[] };
  expect(listed.value.map((framework) => framework.version)).toEqual(['1.1.0', '1.0.0']);
});

test('the import control is reached and used with the keyboard', async ({ page }) => {
  await openFrameworks(page);
  const input = page.getByLabel('Import from Excel or JSON');
  await page.getByRole('button', { name: /Export to Excel/ }).focus();
  await page.keyboard.press('Tab');
  await expect(input).toBeFocused();
  const chooser = page.waitForEvent('filechooser');
  // Subscribing turns on file-chooser interception asynchronously; a round trip to the page makes
  // sure it is on before the key press (a click waits for it by itself, a key press does not).
  await page.evaluate(() => undefined);
  await page.keyboard.press('Enter');
  await (await chooser).setFiles({ name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('not a scorecard') });
  await expect(page.getByRole('alert')).toContainText('notes.txt was not installed');
  await expect(page.getByRole('table', { name: 'Problems found in notes.txt' })).toContainText('The whole file');
});

test('the frameworks screen has no serious or critical axe violations, in English and Arabic, with problems shown', async ({ page }) => {
  await openFrameworks(page);
  await expect(frameworkRows(page)).toHaveCount(1);
  expect(await seriousViolations(page)).toEqual([]);

  const workbook = await workbookOf((await exportRow(page, frameworkRows(page).first())).bytes);
  const indicators = workbook.getWorksheet('indicators')!;
  indicators.getRow(3).getCell(column(indicators, 'rule')).value = 'guess';
  await importWorkbook(page, 'broken.xlsx', workbook);
  await expect(page.getByRole('table', { name: 'Problems found in broken.xlsx' })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);

  await page.getByLabel('Language').selectOption('ar');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.getByRole('heading', { level: 1, name: 'أطر بطاقات الأداء' })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});

test('the office-type panel shows the suggested tier with every rule, and saves the fragile-context flag', async ({ page }) => {
  const id = await createAssessment(backend, {
    office: { name: 'Country Office Addis Ababa', currentTier: 'country_office', region: 'africa', hostCountry: 'ETH' },
    cycle: 2025,
  });
  const answers = {
    'P2.1': [
      { code: 'ETH', resident: true },
      { code: 'DJI', resident: false },
    ],
    'P4.6': 5_000_000,
    'P4.7': 2_500_000,
  };
  for (const [indicatorId, value] of Object.entries(answers)) {
    await backend.callOk('answers.set', { assessmentId: id, indicatorId, answer: { state: 'answered', value } });
  }

  await openScreen(page, backend, `#/assessments/${id}`);
  const panel = page.getByRole('region', { name: 'Office type under the two-tier model' });
  await expect(panel.getByText('Tier the data supports', { exact: true })).toBeVisible();
  await expect(panel.locator('.office-type-suggestion-tier')).toHaveText('Country office');
  const rules = panel.getByRole('listitem').filter({ hasText: /^Rule \d/ });
  await expect(rules).toHaveCount(3);
  await expect(rules.nth(0)).toContainText('Rule 1: subregional office');
  await expect(rules.nth(0)).toContainText('Does not apply');
  await expect(rules.nth(0)).toContainText('Countries covered: 2; at least 4 needed');
  await expect(rules.nth(0)).toContainText('Portfolio $5,000,000; at least $10,000,000 needed');
  await expect(rules.nth(1)).toContainText('Rule 2: country office');
  await expect(rules.nth(1)).toContainText('Applies');
  await expect(rules.nth(1)).toContainText('Delivery in the host country $2,500,000 a year; at least $2,000,000 needed');
  await expect(rules.nth(2)).toContainText('Rule 3: non-resident coverage from a subregional office');
  await expect(panel).toContainText('The host country is a least developed country (UN list).');
  await expect(panel).not.toContainText('The office works in a fragile or conflict-affected context.');
  expect(await seriousViolations(page)).toEqual([]);

  const fragile = panel.getByRole('checkbox', { name: 'The host country is a fragile or conflict-affected context' });
  await fragile.check();
  await expect(panel).toContainText('The office works in a fragile or conflict-affected context.');
  const stored = (await backend.call('assessments.get', { id })) as { value: { office: { fragileContext?: boolean } } };
  expect(stored.value.office.fragileContext).toBe(true);
  await page.reload();
  await expect(page.getByRole('checkbox', { name: 'The host country is a fragile or conflict-affected context' })).toBeChecked();
});
