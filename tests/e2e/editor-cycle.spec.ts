import { expect, test } from '@playwright/test';
import { startBackend, type BackendServer } from './fixtures/backend-server';

let backend: BackendServer;

test.beforeEach(async () => {
  backend = await startBackend();
});

test.afterEach(async () => {
  await backend?.dispose();
});

async function ok<T>(operation: string, payload: unknown): Promise<T> {
  const result = (await backend.call(operation, payload)) as { ok: boolean; value: T; error?: unknown };
  expect(result, operation).toMatchObject({ ok: true });
  return result.value;
}

test('a next cycle shows each indicator’s previous answer and marks what changed, in the page’s language', async ({ page }) => {
  const first = await ok<{ id: string }>('assessments.create', {
    office: { name: 'UNIDO Regional Office in Mexico', currentTier: 'regional_office', region: 'latin_america_caribbean', hostCountry: 'MEX' },
    cycle: 2024,
  });
  await ok('answers.set', { assessmentId: first.id, indicatorId: 'P1.7', answer: { state: 'answered', value: 62.75 } });
  await ok('answers.set', { assessmentId: first.id, indicatorId: 'P1.4', answer: { state: 'answered', value: 'yes' } });
  await ok('answers.set', { assessmentId: first.id, indicatorId: 'P1.6', answer: { state: 'not_applicable' } });
  await ok('assessments.submit', { id: first.id });
  const next = await ok<{ id: string; previousCycleId?: string }>('assessments.startNextCycle', { fromId: first.id, cycle: 2025 });
  expect(next.previousCycleId).toBe(first.id);
  await ok('settings.update', { language: 'fr' });

  await page.goto(backend.url);
  await page.goto(`${backend.origin}/#/assessments/${next.id}/edit`);
  const p17 = page.locator('[id="indicator-P1.7"]');
  await expect(p17.locator('.previous-cycle')).toHaveText('Cycle précédent : 62,75 %');
  await expect(page.locator('[id="indicator-P1.6"] .previous-cycle')).toHaveText('Cycle précédent : Sans objet');
  await expect(page.locator('[id="indicator-P1.5"] .previous-cycle')).toHaveText('Cycle précédent : Sans réponse');
  // Pre-filled from the last cycle, in French notation.
  await expect(page.locator('[id="indicator-P1.7-input"]')).toHaveValue('62,75');
  await expect(p17.getByText('Modifié depuis le cycle précédent')).toHaveCount(0);

  await page.locator('[id="indicator-P1.7-input"]').fill('64,5');
  await expect(p17.getByText('Modifié depuis le cycle précédent')).toBeVisible();
  await page.locator('[id="indicator-P1.7-input"]').blur();
  await expect(page.locator('[data-save-status]')).toContainText('Toutes les modifications sont enregistrées');
  const stored = await ok<{ answers: Record<string, unknown> }>('assessments.get', { id: next.id });
  expect(stored.answers['P1.7']).toEqual({ state: 'answered', value: 64.5 });
});
