import { expect, test } from '@playwright/test';
import { createAssessment, NAIROBI_HUB, openScreen } from './fixtures/assessments';
import { startBackend, type BackendServer } from './fixtures/backend-server';
import { tabTo } from './fixtures/keyboard';

let backend: BackendServer;

test.beforeEach(async () => {
  backend = await startBackend();
});

test.afterEach(async () => {
  await backend?.dispose();
});

const NAIROBI_2024 = { office: NAIROBI_HUB, cycle: 2024, assessor: 'A. Wanjiru' };

test('the profile and the covered countries are edited with the keyboard alone, and survive a reload', async ({ page }) => {
  const id = await createAssessment(backend, NAIROBI_2024);
  await openScreen(page, backend, `#/assessments/${id}`);
  await expect(page.getByRole('heading', { level: 1, name: 'UNIDO Regional Hub in Nairobi' })).toBeVisible();

  // — Profile: open the form, check as you type, save.
  const edit = page.getByRole('button', { name: 'Edit the profile' });
  await tabTo(edit);
  await page.keyboard.press('Enter');
  const name = page.getByRole('textbox', { name: 'Office name' });
  await expect(name).toBeFocused();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('Backspace');
  // The message appears while typing, without leaving the field, and is tied to the field.
  await expect(page.getByText('Enter the name of the office.')).toBeVisible();
  await expect(name).toHaveAttribute('aria-invalid', 'true');
  await expect(name).toHaveAccessibleDescription(/Enter the name of the office\./);
  await page.keyboard.type('UNIDO Regional Office for Eastern Africa');
  await expect(page.getByText('Enter the name of the office.')).toHaveCount(0);
  await expect(name).toHaveAttribute('aria-invalid', 'false');

  const tier = page.getByRole('combobox', { name: 'Current tier' });
  await tabTo(tier);
  await page.keyboard.press('ArrowDown'); // regional hub → regional office
  await expect(tier).toHaveValue('regional_office');

  const assessor = page.getByRole('textbox', { name: /Assessor/ });
  await tabTo(assessor);
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type('B. Otieno');
  await page.keyboard.press('Enter'); // submits the form
  await expect(page.getByRole('status').filter({ hasText: 'The profile has been saved.' })).toBeAttached();
  await expect(edit).toBeFocused();
  await expect(page.getByRole('heading', { level: 1, name: 'UNIDO Regional Office for Eastern Africa' })).toBeVisible();
  const profile = page.getByRole('region', { name: 'Office profile' });
  await expect(profile).toContainText('Regional office');
  await expect(page.getByRole('region', { name: 'Assessment' })).toContainText('B. Otieno');

  // — Covered countries: search, choose, toggle resident.
  const search = page.getByRole('combobox', { name: 'Add a covered country' });
  await tabTo(search);
  await page.keyboard.type('Ken');
  await expect(page.getByRole('option', { name: /Kenya/ })).toBeVisible();
  await page.keyboard.press('Enter');
  const kenya = page.getByRole('checkbox', { name: 'Resident in Kenya' });
  // The host country is resident by default.
  await expect(kenya).toBeChecked();
  await expect(page.getByRole('status').filter({ hasText: 'Kenya added as a resident country.' })).toBeAttached();
  await expect(search).toBeFocused();
  await expect(search).toHaveValue('');

  await page.keyboard.type('uga');
  await expect(page.getByRole('option', { name: /Uganda/ })).toBeVisible();
  await page.keyboard.press('Enter');
  const uganda = page.getByRole('checkbox', { name: 'Resident in Uganda' });
  await expect(uganda).not.toBeChecked();
  await expect(page.getByRole('status').filter({ hasText: 'Uganda added as a non-resident country.' })).toBeAttached();
  // Already chosen countries are not offered again.
  await page.keyboard.type('Kenya');
  await expect(page.getByRole('option', { name: 'No country matches.' })).toBeVisible();
  await page.keyboard.press('Escape');

  await tabTo(uganda);
  await page.keyboard.press('Space');
  await expect(uganda).toBeChecked();
  await expect(page.getByRole('status').filter({ hasText: 'Uganda: the office is resident there.' })).toBeAttached();
  await expect(page.getByText(/^Saved: /)).toBeVisible();
  const coverage = page.getByRole('region', { name: /Countries covered by the office/ });
  await expect(coverage).toContainText('Countries covered: 2, of which resident: 2');

  // — Persisted: the database, and the page after a reload.
  const stored = await backend.callOk('assessments.get', { id });
  expect(stored.office.name).toBe('UNIDO Regional Office for Eastern Africa');
  expect(stored.answers['P2.1']).toEqual({
    state: 'answered',
    value: [
      { code: 'KEN', resident: true },
      { code: 'UGA', resident: true },
    ],
  });
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'UNIDO Regional Office for Eastern Africa' })).toBeVisible();
  await expect(page.getByRole('checkbox', { name: 'Resident in Kenya' })).toBeChecked();
  await expect(page.getByRole('checkbox', { name: 'Resident in Uganda' })).toBeChecked();
  await expect(page.getByRole('row', { name: /Kenya/ })).toContainText('Host country');

  // — Removing, by keyboard too.
  await tabTo(page.getByRole('button', { name: 'Remove Uganda' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('checkbox', { name: 'Resident in Uganda' })).toHaveCount(0);
  await expect(search).toBeFocused();
});

test('the history shows each edit with its old and new values, who made it and when; one indicator on its own', async ({ page }) => {
  const id = await createAssessment(backend, NAIROBI_2024);
  await backend.callOk('answers.set', { assessmentId: id, indicatorId: 'P2.1', answer: { state: 'answered', value: [{ code: 'KEN', resident: true }] } });
  await backend.callOk('answers.set', {
    assessmentId: id,
    indicatorId: 'P2.1',
    answer: { state: 'answered', value: [{ code: 'KEN', resident: true }, { code: 'UGA', resident: false }] },
  });
  await backend.callOk('answers.set', { assessmentId: id, indicatorId: 'P5.6', answer: { state: 'answered', value: 45 } });
  await backend.callOk('assessments.updateProfile', { id, office: { ...NAIROBI_HUB, currentTier: 'regional_office' }, cycle: 2024, assessor: 'A. Wanjiru' });

  await openScreen(page, backend, `#/assessments/${id}`);
  await tabTo(page.getByRole('link', { name: 'Change history of this assessment' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Change history' })).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`#/assessments/${id}/history$`));

  const table = page.getByRole('table', { name: 'Change history' });
  const rows = table.getByRole('row');
  await expect(rows).toHaveCount(1 + 5); // header, then newest first: tier, P5.6, P2.1, P2.1, created
  const cells = (row: number) => rows.nth(row).getByRole('cell');
  await expect(rows.nth(1).getByRole('rowheader')).toHaveText('Current tier');
  await expect(cells(1).nth(0).locator('time')).toHaveAttribute('datetime', /^\d{4}-\d{2}-\d{2}T/);
  await expect(cells(1).nth(0)).toContainText(String(new Date().getFullYear()));
  await expect(cells(1).nth(1)).toHaveText('A. Wanjiru');
  await expect(cells(1).nth(2)).toHaveText('Edited');
  await expect(cells(1).nth(3)).toHaveText('Regional hub');
  await expect(cells(1).nth(4)).toHaveText('Regional office');

  await expect(rows.nth(2).getByRole('rowheader')).toHaveText(/^P5\.6 /);
  await expect(cells(2).nth(3)).toHaveText('Not answered');
  await expect(cells(2).nth(4)).toHaveText(/^45\s?%$/);

  await expect(rows.nth(3).getByRole('rowheader')).toHaveText('P2.1 Countries covered by the office');
  await expect(cells(3).nth(3)).toHaveText('Kenya (resident)');
  await expect(cells(3).nth(4)).toHaveText('Kenya (resident) and Uganda');
  await expect(cells(5).nth(2)).toHaveText('Created');

  // One indicator's history, from its row.
  await rows.nth(3).getByRole('link', { name: 'P2.1 Countries covered by the office' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Change history: P2.1 Countries covered by the office' })).toBeVisible();
  await expect(page.getByRole('table').getByRole('row')).toHaveCount(1 + 2);
  await page.getByRole('link', { name: 'Show all changes to this assessment' }).click();
  await expect(page.getByRole('table').getByRole('row')).toHaveCount(1 + 5);

  // The overview's per-indicator link leads to the same view.
  await page.getByRole('link', { name: 'Back to the assessment' }).click();
  await page.getByRole('region', { name: /Countries covered by the office/ }).getByRole('link', { name: /Change history/ }).click();
  await expect(page).toHaveURL(new RegExp(`#/assessments/${id}/history/P2.1$`));
  await expect(page.getByRole('table').getByRole('row')).toHaveCount(1 + 2);
});
