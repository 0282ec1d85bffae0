import { expect, test } from '@playwright/test';
import { createAssessment, openScreen } from './fixtures/assessments';
import { seriousViolations } from './fixtures/axe';
import { startBackend, type BackendServer } from './fixtures/backend-server';

/** Rules the editor's form controls always exercise. */
const EDITOR_RULES = ['label', 'aria-valid-attr-value'];

let backend: BackendServer;

test.beforeEach(async () => {
  backend = await startBackend();
});

test.afterEach(async () => {
  await backend?.dispose();
});

test('the editor has no serious or critical axe violations, in English and in Arabic, in every state', async ({ page }) => {
  test.setTimeout(120_000);
  const id = await createAssessment(backend, {
    office: { name: 'UNIDO Regional Hub in Nairobi', currentTier: 'regional_hub', region: 'africa', hostCountry: 'KEN' },
    cycle: 2024,
  });
  await openScreen(page, backend, `#/assessments/${id}/edit`);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Questionnaire');
  expect(await seriousViolations(page, EDITOR_RULES)).toEqual([]);

  // A red score (required justification and its message), an out-of-range value, notes and files open.
  await page.locator('[id="indicator-P1.5"]').getByRole('radio', { name: 'Interim arrangement' }).check();
  await page.locator('[id="indicator-P1.7-input"]').fill('150');
  await expect(page.locator('[id="indicator-P1.7-error"]')).toHaveText('Enter a value from 0 to 100.');
  await expect(page.locator('[id="indicator-P1.7-input"]')).toHaveAttribute('aria-invalid', 'true');
  await page.locator('[id="indicator-P1.4"]').getByText('Note and attached files (0)').click();
  await page.locator('[id="indicator-P1.3"]').getByRole('button', { name: "Don't know" }).click();
  await page.getByRole('complementary').getByText('Show the list').click();
  // The backend refuses the out-of-range value: the editor says so, for the field and overall.
  await expect(page.locator('[data-save-status]')).toContainText('A change was not saved. Enter a value from 0 to 100.');
  await expect(page.locator('[id="indicator-P1.7"] [data-save-state]')).toHaveText('Not saved');
  expect(await seriousViolations(page, EDITOR_RULES)).toEqual([]);

  // A second perspective with a scale and numbers with units.
  await page.getByRole('link', { name: /^Next: P2/ }).click();
  await expect(page.locator('[id="editor-perspective-heading"]')).toBeFocused();
  expect(await seriousViolations(page, EDITOR_RULES)).toEqual([]);

  // Mirrored.
  await page.getByLabel('Language').selectOption('ar');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('الاستبيان');
  expect(await seriousViolations(page, EDITOR_RULES)).toEqual([]);

  // Submitted: read-only controls and the locked notice.
  await page.locator('#language-select').selectOption('en');
  await page.getByRole('link', { name: /^Previous: P1/ }).click();
  await page.locator('[id="indicator-P1.7-input"]').fill('62.75');
  await page.locator('[id="indicator-P1.5-justification"]').fill('Interim head appointed; recruitment under way.');
  await page.locator('[id="indicator-P1.5-justification"]').blur();
  await page.getByRole('button', { name: 'Submit the assessment' }).click();
  await expect(page.getByRole('note')).toContainText('This assessment is locked');
  expect(await seriousViolations(page, EDITOR_RULES)).toEqual([]);
});

test('the focus is always visible in the editor', async ({ page }) => {
  const id = await createAssessment(backend, {
    office: { name: 'UNIDO Programme Office in Lebanon', currentTier: 'programme_office', region: 'arab_states', hostCountry: 'LBN' },
    cycle: 2024,
  });
  await openScreen(page, backend, `#/assessments/${id}/edit`);
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  // Every control reached by Tab shows an outline of at least 2px.
  for (let press = 0; press < 40; press += 1) {
    await page.keyboard.press('Tab');
    const focus = await page.evaluate(() => {
      const element = document.activeElement as HTMLElement;
      const style = getComputedStyle(element);
      return { tag: element.tagName, outline: style.outlineStyle, width: parseFloat(style.outlineWidth) };
    });
    expect(focus, `Tab ${press + 1}`).toMatchObject({ outline: 'solid' });
    expect(focus.width, `Tab ${press + 1} (${focus.tag})`).toBeGreaterThanOrEqual(2);
  }
});
