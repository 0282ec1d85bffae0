import { expect, test } from '@playwright/test';
import { startBackend, type BackendServer } from './fixtures/backend-server';
import { createAssessmentThroughForm } from './fixtures/assessment-form';
import { seriousViolations } from './fixtures/axe';

let backend: BackendServer;

test.beforeEach(async () => {
  backend = await startBackend();
});

test.afterEach(async () => {
  await backend?.dispose();
});

test('list, form and view screens have no serious or critical axe violations', async ({ page }) => {
  await page.goto(backend.url);
  await expect(page.getByText('No assessments yet.', { exact: false })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);

  await page.getByRole('link', { name: 'New assessment' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'New assessment' })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);

  // The form with its errors and the country list open.
  await page.getByRole('button', { name: 'Create assessment' }).click();
  await expect(page.getByRole('alert')).toBeVisible();
  await page.getByRole('combobox', { name: 'Host country' }).fill('Ma');
  await expect(page.getByRole('listbox')).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);

  await page.getByRole('combobox', { name: 'Host country' }).fill('');
  await createAssessmentThroughForm(page, { name: 'UNIDO Regional Office in Mexico', tier: 'Regional office', region: 'Latin America and the Caribbean', country: 'Mexico' });
  await expect(page.getByRole('heading', { level: 1, name: 'UNIDO Regional Office in Mexico' })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);

  await page.getByRole('link', { name: 'Back to the list of assessments' }).click();
  await expect(page.getByRole('row', { name: /UNIDO Regional Office in Mexico/ })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);

  // The mirrored layout too.
  await page.getByLabel('Language').selectOption('ar');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  expect(await seriousViolations(page)).toEqual([]);
});
