import { expect, test } from '@playwright/test';
import { startBackend, type BackendServer } from './fixtures/backend-server';

let backend: BackendServer;

test.beforeEach(async () => {
  backend = await startBackend();
});

test.afterEach(async () => {
  await backend?.dispose();
});

test('switching to Arabic mirrors the page and the choice survives a reload', async ({ page }) => {
  await page.goto(backend.url);
  const html = page.locator('html');
  await expect(html).toHaveAttribute('lang', 'en');
  await expect(html).toHaveAttribute('dir', 'ltr');
  await expect(page.getByRole('heading', { level: 1, name: 'Assessments' })).toBeVisible();

  await page.getByLabel('Language').selectOption('ar');
  await expect(html).toHaveAttribute('lang', 'ar');
  await expect(html).toHaveAttribute('dir', 'rtl');
  await expect(page.getByRole('heading', { level: 1, name: 'التقييمات' })).toBeVisible();
  await expect(page.getByText('لا توجد تقييمات بعد. أنشئ التقييم الأول لمكتبك.')).toBeVisible();
  // Mirrored: the app name now sits to the right of the language switcher.
  const brand = await page.getByText('Fieldscore', { exact: true }).boundingBox();
  const switcher = await page.getByLabel('اللغة').boundingBox();
  expect(brand!.x).toBeGreaterThan(switcher!.x);

  // The setting is in the database, and the session token in sessionStorage: a reload keeps both.
  await expect.poll(async () => backend.call('settings.get')).toEqual({ ok: true, value: { language: 'ar' } });
  await page.reload();
  await expect(html).toHaveAttribute('dir', 'rtl');
  await expect(html).toHaveAttribute('lang', 'ar');
  await expect(page.getByRole('heading', { level: 1, name: 'التقييمات' })).toBeVisible();
  await expect(page.getByLabel('اللغة')).toHaveValue('ar');

  await page.getByLabel('اللغة').selectOption('fr');
  await expect(html).toHaveAttribute('dir', 'ltr');
  await expect(page.getByRole('heading', { level: 1, name: 'Évaluations' })).toBeVisible();
});
