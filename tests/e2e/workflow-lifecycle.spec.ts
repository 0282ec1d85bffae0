import { expect, test } from '@playwright/test';
import { createAssessment, MEXICO_OFFICE, NAIROBI_HUB, openScreen, type Office } from './fixtures/assessments';
import { startBackend, type BackendServer } from './fixtures/backend-server';

let backend: BackendServer;

test.beforeEach(async () => {
  backend = await startBackend();
});

test.afterEach(async () => {
  await backend?.dispose();
});

async function submittedAssessment(office: Office, cycle: number, countries: { code: string; resident: boolean }[]): Promise<string> {
  const id = await createAssessment(backend, { office, cycle, assessor: 'A. Wanjiru' });
  await backend.callOk('answers.set', { assessmentId: id, indicatorId: 'P2.1', answer: { state: 'answered', value: countries } });
  await backend.callOk('assessments.submit', { id });
  return id;
}

test('reopening a submitted assessment creates revision 2; revision 1 stays submitted and read-only', async ({ page }) => {
  const first = await submittedAssessment(NAIROBI_HUB, 2024, [{ code: 'KEN', resident: true }]);
  await openScreen(page, backend, `#/assessments/${first}`);

  const status = page.getByRole('region', { name: 'Status and next steps' });
  await expect(status).toContainText(/Submitted on .*2\d{3}/);
  await expect(status).toContainText('It is locked: it can no longer be changed, and it is ready to export.');
  // Locked: nothing on the page edits it.
  await expect(page.getByRole('button', { name: 'Edit the profile' })).toHaveCount(0);
  await expect(page.getByRole('combobox', { name: 'Add a covered country' })).toHaveCount(0);
  await expect(page.getByRole('checkbox')).toHaveCount(0);
  await expect(page.getByRole('row', { name: /Kenya/ })).toContainText('Resident');

  await page.getByRole('button', { name: 'Reopen as new revision' }).click();
  await expect(page).not.toHaveURL(new RegExp(first));
  await expect(page.locator('.overview-subtitle')).toContainText('Revision 2');
  await expect(page.locator('.overview-subtitle')).toContainText('Draft');
  await expect(page.getByRole('button', { name: 'Edit the profile' })).toBeVisible();
  await expect(page.getByRole('checkbox', { name: 'Resident in Kenya' })).toBeChecked(); // same answers
  const revisions = page.getByRole('region', { name: 'Revisions' });
  await expect(revisions.getByRole('listitem')).toHaveCount(2);
  await expect(revisions.getByRole('listitem').nth(0)).toContainText(/Revision 1\s*Submitted\s*superseded/);
  await expect(revisions.locator('[aria-current="page"]')).toHaveText('Revision 2');

  // Revision 1 is unchanged: still submitted, still locked, and it points at its successor.
  await revisions.getByRole('link', { name: 'Revision 1' }).click();
  await expect(page).toHaveURL(new RegExp(`#/assessments/${first}$`));
  await expect(status).toContainText('Revision 2 has replaced this one.');
  await expect(page.getByRole('button', { name: 'Reopen as new revision' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Edit the profile' })).toHaveCount(0);
  await expect(page.getByRole('checkbox')).toHaveCount(0);
  const stored = await backend.callOk('assessments.get', { id: first });
  expect(stored).toMatchObject({ status: 'submitted', revision: 1 });
  await status.getByRole('link', { name: 'Open revision 2' }).click();
  await expect(page.locator('.overview-subtitle')).toContainText('Revision 2');
});

test('starting the next cycle asks the year and shows what changes from the previous cycle', async ({ page }) => {
  const previous = await submittedAssessment(NAIROBI_HUB, 2024, [{ code: 'KEN', resident: true }]);
  await openScreen(page, backend, `#/assessments/${previous}`);

  const start = page.getByRole('button', { name: 'Start next cycle' });
  await start.click();
  await expect(start).toHaveAttribute('aria-expanded', 'true');
  const year = page.getByRole('textbox', { name: 'Cycle year of the new assessment' });
  await expect(year).toBeFocused();
  await expect(year).toHaveValue('2025'); // cycle + 1 by default
  // Checked as the user types.
  await year.fill('20');
  await expect(year).toHaveAttribute('aria-invalid', 'true');
  await expect(year).toHaveAccessibleDescription(/Enter the cycle as a year between 2018 and 2100\./);
  // A year the backend refuses: its reason is shown, nothing is created.
  await year.fill('2023');
  await expect(year).toHaveAttribute('aria-invalid', 'false');
  await page.getByRole('button', { name: 'Start the new cycle' }).click();
  await expect(page.getByRole('alert')).toContainText('The next cycle must come after cycle 2024.');
  await year.fill('2025');
  await year.press('Enter');

  await expect(page).not.toHaveURL(new RegExp(previous));
  await expect(page.locator('.overview-subtitle')).toContainText('Cycle 2025');
  await expect(page.locator('.overview-subtitle')).toContainText('Draft');
  const changes = page.getByRole('region', { name: 'Changes since cycle 2024' });
  await expect(changes).toContainText('Nothing has changed since cycle 2024 yet.');

  // Change an answer and the profile in the new cycle: both appear against last cycle's values.
  const search = page.getByRole('combobox', { name: 'Add a covered country' });
  await search.fill('Tanz');
  await search.press('Enter');
  await expect(page.getByRole('checkbox', { name: 'Resident in United Republic of Tanzania' })).not.toBeChecked();
  const row = changes.getByRole('row', { name: /P2\.1 Countries covered by the office/ });
  await expect(row.getByRole('cell').nth(0)).toHaveText('Kenya (resident)');
  await expect(row.getByRole('cell').nth(1)).toHaveText('Kenya (resident) and United Republic of Tanzania');
  await expect(changes.getByRole('columnheader', { name: 'Cycle 2024' })).toBeVisible();
  await expect(changes.getByRole('columnheader', { name: 'Cycle 2025' })).toBeVisible();

  await page.getByRole('button', { name: 'Edit the profile' }).click();
  await page.getByRole('combobox', { name: 'Current tier' }).selectOption('regional_office');
  await page.getByRole('button', { name: 'Save the profile' }).click();
  const tier = changes.getByRole('row', { name: /Current tier/ });
  await expect(tier.getByRole('cell').nth(0)).toHaveText('Regional hub');
  await expect(tier.getByRole('cell').nth(1)).toHaveText('Regional office');
  await expect(changes).toContainText('Changes: 2');

  // The previous cycle is one link away and unchanged.
  await changes.getByRole('link', { name: 'Open the assessment of cycle 2024' }).click();
  await expect(page.locator('.overview-subtitle')).toContainText('Cycle 2024');
  await expect(page.getByRole('row', { name: /Tanzania/ })).toHaveCount(0);
});

test('the list shows two offices × two cycles side by side, superseded revisions hidden until asked for', async ({ page }) => {
  const nairobi2024 = await submittedAssessment(NAIROBI_HUB, 2024, [{ code: 'KEN', resident: true }]);
  await backend.callOk('assessments.startNextCycle', { fromId: nairobi2024, cycle: 2025 });
  const mexico2024 = await submittedAssessment(MEXICO_OFFICE, 2024, [{ code: 'MEX', resident: true }]);
  const mexicoRevision2 = await backend.callOk('assessments.reopen', { id: mexico2024 });
  await backend.callOk('assessments.startNextCycle', { fromId: mexicoRevision2.id, cycle: 2025 });

  await openScreen(page, backend, '#/');
  const table = page.getByRole('table', { name: 'Assessments by office (rows) and cycle (columns)' });
  await expect(table.getByRole('columnheader')).toHaveText(['Office', 'Host country', 'Cycle 2024', 'Cycle 2025']);
  const rows = table.getByRole('row');
  await expect(rows).toHaveCount(1 + 2);
  await expect(rows.nth(1).getByRole('rowheader')).toContainText('UNIDO Regional Hub in Nairobi');
  await expect(rows.nth(2).getByRole('rowheader')).toContainText('UNIDO Regional Office in Mexico');

  const cell = (row: number, column: number) => rows.nth(row).getByRole('cell').nth(column);
  await expect(cell(1, 0)).toHaveText('Kenya');
  await expect(cell(1, 1)).toContainText(/Submitted\s*Revision 1/);
  await expect(cell(1, 2)).toContainText(/Draft\s*Revision 1/);
  await expect(cell(2, 0)).toHaveText('Mexico');
  // Mexico 2024 was reopened: its draft revision 2 shows, the submitted revision 1 is hidden.
  await expect(cell(2, 1)).toContainText(/Draft\s*Revision 2/);
  await expect(cell(2, 1)).not.toContainText('Revision 1');
  await expect(page.getByText('Superseded revisions hidden: 1')).toBeVisible();

  const toggle = page.getByRole('checkbox', { name: 'Show superseded revisions' });
  await toggle.focus();
  await page.keyboard.press('Space');
  await expect(toggle).toBeChecked();
  await expect(cell(2, 1).getByRole('link')).toHaveCount(2);
  await expect(cell(2, 1)).toContainText(/Submitted\s*Revision 1\s*Superseded by a newer revision/);
  await expect(page.getByText('Superseded revisions shown: 1')).toBeVisible();

  // Each link names its office and cycle, for a screen reader's list of links.
  await page.getByRole('link', { name: /^UNIDO Regional Hub in Nairobi, cycle 2025: Draft/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'UNIDO Regional Hub in Nairobi' })).toBeVisible();
  await expect(page.locator('.overview-subtitle')).toContainText('Cycle 2025');
});
