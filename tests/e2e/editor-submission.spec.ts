import { expect, test } from '@playwright/test';
import { createAssessment, MEXICO_OFFICE, openScreen } from './fixtures/assessments';
import { startBackend, type BackendServer } from './fixtures/backend-server';

let backend: BackendServer;

test.beforeEach(async () => {
  backend = await startBackend();
});

test.afterEach(async () => {
  await backend?.dispose();
});

async function statusOf(id: string): Promise<string> {
  return (await backend.callOk('assessments.get', { id })).status;
}

test('a red indicator without justification blocks submission, says why, links to it; justified, it submits', async ({ page }) => {
  const id = await createAssessment(backend, { office: MEXICO_OFFICE, cycle: 2025 });
  await openScreen(page, backend, `#/assessments/${id}/edit`);

  const p15 = page.locator('[id="indicator-P1.5"]');
  await p15.getByRole('radio', { name: 'Interim arrangement' }).check();
  await page.locator('[id="indicator-P1.6"]').getByRole('radio', { name: 'Yes' }).check();
  // Red at once, and the justification becomes required.
  await expect(p15.getByTestId('score-P1.5')).toHaveText('60');
  await expect(p15.locator('.band')).toHaveText('Red');
  const justification = page.locator('[id="indicator-P1.5-justification"]');
  await expect(justification).toHaveAttribute('aria-required', 'true');
  await expect(p15.getByText('Write a justification: an assessment with a red score cannot be submitted without one.')).toBeVisible();

  const panel = page.getByRole('complementary', { name: 'Progress' });
  await expect(panel.getByRole('heading', { name: 'Blocks submission: 1' })).toBeVisible();
  await expect(page.locator('[data-save-status]')).toContainText('All changes saved');

  await panel.getByRole('button', { name: 'Submit the assessment' }).click();
  const alert = panel.getByRole('alert');
  await expect(alert).toContainText('The assessment cannot be submitted yet.');
  await expect(alert).toContainText('Red score without a justification');
  expect(await statusOf(id)).toBe('draft');

  // The link in the refusal takes the keyboard focus to the justification itself.
  await page.locator('main').evaluate(() => window.scrollTo(0, 0));
  await alert.getByRole('link', { name: /P1\.5 Head-of-office post filled/ }).click();
  await expect(justification).toBeFocused();
  await page.keyboard.type('The representative retired in March; recruitment is under way and an interim head was appointed.');
  await page.keyboard.press('Tab');
  await expect(panel.getByRole('heading', { name: 'Blocks submission: 0' })).toBeVisible();
  await expect(panel.getByText('Nothing blocks submission.')).toBeVisible();
  await expect(alert).not.toContainText('Red score without a justification');

  await panel.getByRole('button', { name: 'Submit the assessment' }).click();
  await expect(page.getByRole('note')).toContainText('This assessment is locked');
  expect(await statusOf(id)).toBe('submitted');
  await expect(page.locator('[id="indicator-P1.6"]').getByRole('radio', { name: 'No' })).toBeDisabled();
  await expect(justification).toHaveAttribute('readonly', '');
});
