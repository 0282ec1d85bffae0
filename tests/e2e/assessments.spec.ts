import { expect, test } from '@playwright/test';
import { startBackend, type BackendServer } from './fixtures/backend-server';
import { createAssessmentThroughForm } from './fixtures/assessment-form';

let backend: BackendServer;

test.beforeEach(async () => {
  backend = await startBackend();
});

test.afterEach(async () => {
  await backend?.dispose();
});

test('a fresh data folder shows the empty state with a way to create the first assessment', async ({ page }) => {
  await page.goto(backend.url);
  await expect(page.getByRole('heading', { level: 1, name: 'Assessments' })).toBeVisible();
  await expect(page.getByText('No assessments yet. Create the first assessment of your office.')).toBeVisible();
  await expect(page.getByRole('table')).toHaveCount(0);
  // The token has left the visible address.
  expect(page.url()).not.toContain('token=');

  await page.getByRole('link', { name: 'New assessment' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'New assessment' })).toBeVisible();
});

test('an assessment created through the form survives a restart of the backend', async ({ page }) => {
  await page.goto(backend.url);
  await page.getByRole('link', { name: 'New assessment' }).click();
  await createAssessmentThroughForm(page, {
    name: 'UNIDO Regional Hub in Nairobi',
    code: 'KEN-RH',
    tier: 'Regional hub',
    region: 'Africa',
    country: 'Kenya',
    cycle: '2024',
    assessor: 'A. Wanjiru',
  });
  // Creating opens the new assessment.
  await expect(page.getByRole('heading', { level: 1, name: 'UNIDO Regional Hub in Nairobi' })).toBeVisible();
  await expect(page).toHaveURL(/#\/assessments\/[0-9a-f-]{36}$/);

  await backend.restart();
  await page.goto(backend.url);

  const row = page.getByRole('row', { name: /UNIDO Regional Hub in Nairobi/ });
  await expect(row).toBeVisible();
  await expect(row).toContainText('Kenya');
  await expect(row).toContainText('2024');
  await expect(row).toContainText('Draft');

  await row.getByRole('link', { name: 'UNIDO Regional Hub in Nairobi' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'UNIDO Regional Hub in Nairobi' })).toBeVisible();
  const profile = page.getByRole('region', { name: 'Office profile' });
  await expect(profile).toContainText('KEN-RH');
  await expect(profile).toContainText('Regional hub');
  await expect(profile).toContainText('Africa');
  await expect(profile).toContainText('Kenya');
  const details = page.getByRole('region', { name: 'Assessment' });
  await expect(details).toContainText('A. Wanjiru');
  await expect(details).toContainText('Draft');
  await expect(details).toContainText(/version/);

  await page.getByRole('link', { name: 'Back to the list of assessments' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Assessments' })).toBeVisible();
});

test('submitting without an office name shows the catalog message and creates nothing', async ({ page }) => {
  await page.goto(backend.url);
  await page.getByRole('link', { name: 'New assessment' }).click();
  await createAssessmentThroughForm(page, {
    name: '',
    tier: 'Country office',
    region: 'Asia and the Pacific',
    country: 'Viet Nam',
  });

  await expect(page.getByRole('alert')).toContainText('The assessment was not created.');
  const name = page.getByLabel('Office name');
  await expect(name).toHaveAttribute('aria-invalid', 'true');
  await expect(name).toBeFocused();
  await expect(page.getByText('Enter the name of the office.')).toBeVisible();
  await expect(page.getByText(/office name is required/i)).toHaveCount(0); // zod's English never shows
  await expect(page.getByRole('heading', { level: 1, name: 'New assessment' })).toBeVisible();

  const listed = (await backend.call('assessments.list')) as { ok: boolean; value: unknown[] };
  expect(listed).toEqual({ ok: true, value: [] });

  // Typing a name clears the message as the user goes.
  await name.fill('UNIDO Country Office in Viet Nam');
  await expect(page.getByText('Enter the name of the office.')).toHaveCount(0);
});

test('a page opened without its token says how to connect and calls nothing', async ({ page }) => {
  const apiCalls: string[] = [];
  page.on('request', (request) => {
    if (new URL(request.url()).pathname.startsWith('/api/')) apiCalls.push(request.url());
  });
  await page.goto(`${backend.origin}/`);
  await expect(page.getByRole('heading', { level: 1, name: 'This page is not connected to Fieldscore' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'New assessment' })).toHaveCount(0);
  expect(apiCalls).toEqual([]);
});
