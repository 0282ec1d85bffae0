import { expect, test, type Page } from '@playwright/test';
import { createAssessment, MEXICO_OFFICE, NAIROBI_HUB } from './fixtures/assessments';
import { seriousViolations } from './fixtures/axe';
import { startBackend, type BackendServer } from './fixtures/backend-server';

let backend: BackendServer;

test.beforeEach(async () => {
  backend = await startBackend();
});

test.afterEach(async () => {
  await backend?.dispose();
});

/** Two cycles of one office (the second with a change), a superseded revision, and history entries. */
async function seed(): Promise<{ first: string; next: string }> {
  const first = await createAssessment(backend, { office: NAIROBI_HUB, cycle: 2024, assessor: 'A. Wanjiru' });
  await backend.callOk('answers.set', { assessmentId: first, indicatorId: 'P2.1', answer: { state: 'answered', value: [{ code: 'KEN', resident: true }] } });
  await backend.callOk('answers.set', { assessmentId: first, indicatorId: 'P5.6', answer: { state: 'answered', value: 45, note: 'HR report, December.' } });
  await backend.callOk('assessments.submit', { id: first });
  const { id: next } = await backend.callOk('assessments.startNextCycle', { fromId: first, cycle: 2025 });
  await backend.callOk('answers.set', {
    assessmentId: next,
    indicatorId: 'P2.1',
    answer: { state: 'answered', value: [{ code: 'KEN', resident: true }, { code: 'UGA', resident: false }] },
  });
  await createAssessment(backend, { office: MEXICO_OFFICE, cycle: 2024 });
  return { first, next };
}

/** Switches the language and waits until it is saved, so that the next page load opens in it. */
async function switchLanguage(page: Page, language: string): Promise<void> {
  await page.getByLabel('Language').selectOption(language);
  await expect.poll(async () => backend.call('settings.get')).toEqual({ ok: true, value: { language } });
}

interface ScreenLabels {
  language: string;
  addCountry: RegExp;
  editProfile: RegExp;
}

async function scanScreens(page: Page, ids: { first: string; next: string }, labels: ScreenLabels) {
  const open = async (hash: string) => {
    await page.goto(`${backend.origin}/${hash}`);
    // Scanned in the language meant, not in whatever loaded first.
    await expect(page.locator('html')).toHaveAttribute('lang', labels.language);
  };
  // Overview of a draft with a previous cycle, the country list open.
  await open(`#/assessments/${ids.next}`);
  await expect(page.locator('.covered-table')).toBeVisible();
  await page.getByRole('combobox', { name: labels.addCountry }).fill('a');
  await expect(page.getByRole('listbox')).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  await page.keyboard.press('Escape');

  // The profile form, with an error shown.
  await page.getByRole('button', { name: labels.editProfile }).click();
  await page.locator('#office-name').fill('');
  await expect(page.locator('#office-name')).toHaveAttribute('aria-invalid', 'true');
  expect(await seriousViolations(page)).toEqual([]);

  // A submitted (locked) overview, the whole history, one indicator's history, the list.
  await open(`#/assessments/${ids.first}`);
  await expect(page.locator('.callout-locked')).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  await open(`#/assessments/${ids.first}/history`);
  await expect(page.locator('.history-table')).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  await open(`#/assessments/${ids.next}/history/P2.1`);
  await expect(page.locator('.history-table')).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  await open('#/');
  await expect(page.locator('.office-table')).toBeVisible();
  await page.locator('.list-options input[type="checkbox"]').check();
  expect(await seriousViolations(page)).toEqual([]);
}

test('overview, history and list screens have no serious or critical axe violations, in English and in Arabic', async ({ page }) => {
  const ids = await seed();
  await page.goto(backend.url);
  await expect(page.getByRole('heading', { level: 1, name: 'Assessments' })).toBeVisible();
  await scanScreens(page, ids, { language: 'en', addCountry: /^Add a covered country$/, editProfile: /^Edit the profile$/ });

  await switchLanguage(page, 'ar');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await scanScreens(page, ids, { language: 'ar', addCountry: /^إضافة بلد مشمول بالتغطية$/, editProfile: /^تعديل البيانات$/ });
});

test('in Arabic the overview is mirrored and the country picker searches and names countries in Arabic', async ({ page }) => {
  const { next } = await seed();
  await page.goto(backend.url);
  await switchLanguage(page, 'ar');
  await page.goto(`${backend.origin}/#/assessments/${next}`);
  await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');

  const search = page.getByRole('combobox', { name: 'إضافة بلد مشمول بالتغطية' });
  // CLDR's spelling finds the country; the UN's name is the one shown.
  await search.fill('تانز');
  const option = page.getByRole('option', { name: /جمهورية تنزانيا المتحدة/ });
  await expect(option).toBeVisible();
  await search.press('Enter');
  const tanzania = page.getByRole('checkbox', { name: /^مقيم في .*تنزانيا/ });
  await expect(tanzania).not.toBeChecked();
  await expect(page.getByRole('checkbox', { name: 'مقيم في كينيا' })).toBeChecked();
  // Mirrored: the country column starts at the right.
  const table = await page.locator('.covered-table').boundingBox();
  const country = await page.locator('.covered-table thead th').first().boundingBox();
  expect(country!.x + country!.width).toBeGreaterThan(table!.x + table!.width - 2);

  // The change since the previous cycle is written in Arabic too.
  const changes = page.getByRole('region', { name: 'التغييرات منذ دورة 2024' });
  await expect(changes).toContainText('كينيا (مقيم)');
  await expect(changes).toContainText('أوغندا');
});
