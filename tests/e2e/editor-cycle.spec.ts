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

test('a next cycle shows each indicator’s previous answer and marks what changed, in the page’s language', async ({ page }) => {
  const first = await createAssessment(backend, { office: MEXICO_OFFICE, cycle: 2024 });
  await backend.callOk('answers.set', { assessmentId: first, indicatorId: 'P1.7', answer: { state: 'answered', value: 62.75 } });
  await backend.callOk('answers.set', { assessmentId: first, indicatorId: 'P1.4', answer: { state: 'answered', value: 'yes' } });
  await backend.callOk('answers.set', { assessmentId: first, indicatorId: 'P1.6', answer: { state: 'not_applicable' } });
  await backend.callOk('assessments.submit', { id: first });
  const next = await backend.callOk('assessments.startNextCycle', { fromId: first, cycle: 2025 });
  expect(next.previousCycleId).toBe(first);
  await backend.callOk('settings.update', { language: 'fr' });

  await openScreen(page, backend, `#/assessments/${next.id}/edit`);
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
  const stored = await backend.callOk('assessments.get', { id: next.id });
  expect(stored.answers['P1.7']).toEqual({ state: 'answered', value: 64.5 });
});
