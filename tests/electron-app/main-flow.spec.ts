import fs from 'node:fs';
import path from 'node:path';
import { expect } from '@playwright/test';
import { readPackageFile } from '../../electron/packages/package-reader';
import { createAssessmentThroughForm } from '../e2e/fixtures/assessment-form';
import { electronSkipReason } from './fixtures/electron-runtime';
import { desktopTest as test, launchDesktopApp, type DesktopApp } from './fixtures/desktop-app';

// The desktop shell itself, in the real Electron runtime: the flow the browser-mode suite
// (tests/e2e) walks, through IPC and the app:// origin instead of the HTTP bridge.
const skipReason = electronSkipReason();
test.skip(skipReason !== '', skipReason);

test('create an assessment, answer, quit, start again: the assessment and its answer are there', async ({ home }) => {
  test.setTimeout(120_000);
  const launched: DesktopApp[] = [];
  const launch = async () => {
    const desktop = await launchDesktopApp(home);
    launched.push(desktop);
    return desktop;
  };
  try {
    await walkTheMainFlow(home.dataDir, launch);
  } finally {
    for (const desktop of launched) await desktop.close();
  }
});

async function walkTheMainFlow(dataDir: string, launch: () => Promise<DesktopApp>): Promise<void> {
  let desktop = await launch();
  let page = desktop.window;
  await expect(page.getByText('No assessments yet. Create the first assessment of your office.')).toBeVisible();

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
  await expect(page.getByRole('heading', { level: 1, name: 'UNIDO Regional Hub in Nairobi' })).toBeVisible();
  await page.getByRole('link', { name: 'Fill in the questionnaire' }).click();
  const p16 = page.locator('[id="indicator-P1.6"]');
  await p16.getByRole('radio', { name: 'Yes' }).check();
  await expect(page.locator('[data-save-status]')).toContainText('All changes saved');
  expect(desktop.pageErrors).toEqual([]);

  // Quit: the backend closes the database and releases its lock before the process ends.
  await desktop.close();
  expect(fs.existsSync(path.join(dataDir, 'fieldscore.sqlite'))).toBe(true);
  expect(fs.existsSync(path.join(dataDir, 'fieldscore.lock'))).toBe(false);

  desktop = await launch();
  page = desktop.window;
  const row = page.getByRole('row', { name: /UNIDO Regional Hub in Nairobi/ });
  await expect(row).toContainText('Kenya');
  await expect(row).toContainText('2024');
  await expect(row).toContainText('Draft');
  await row.getByRole('link', { name: 'UNIDO Regional Hub in Nairobi' }).click();
  await expect(page.getByRole('region', { name: 'Office profile' })).toContainText('KEN-RH');
  await page.getByRole('link', { name: 'Fill in the questionnaire' }).click();
  await expect(page.locator('[id="indicator-P1.6"]').getByRole('radio', { name: 'Yes' })).toBeChecked();
  expect(desktop.pageErrors).toEqual([]);
}

// Package export through the desktop shell's own save dialog (electron/shell/save-file.ts): the
// dialog is answered from the main process, the file must verify, and the export is listed on
// the overview, also after a restart.
test('export a submitted assessment as a package from the desktop app', async ({ home }) => {
  test.setTimeout(120_000);
  const launched: DesktopApp[] = [];
  try {
    let desktop = await launchDesktopApp(home);
    launched.push(desktop);
    let page = desktop.window;
    await page.getByRole('link', { name: 'New assessment' }).click();
    await createAssessmentThroughForm(page, {
      name: 'UNIDO Regional Hub in Nairobi',
      code: 'KEN-RH',
      tier: 'Regional hub',
      region: 'Africa',
      country: 'Kenya',
      cycle: '2025',
      assessor: 'A. Wanjiru',
    });
    await expect(page).toHaveURL(/#\/assessments\/[0-9a-f-]{36}$/);
    const id = /#\/assessments\/([0-9a-f-]{36})$/.exec(page.url())![1]!;
    await page.getByRole('link', { name: 'Fill in the questionnaire' }).click();
    await page.locator('[id="indicator-P1.6"]').getByRole('radio', { name: 'Yes' }).check();
    await expect(page.locator('[data-save-status]')).toContainText('All changes saved');
    await page.getByRole('complementary', { name: 'Progress' }).getByRole('button', { name: 'Submit the assessment' }).click();
    await expect(page.getByRole('note')).toContainText('This assessment is locked');
    await page.evaluate((assessmentId) => (window.location.hash = `#/assessments/${assessmentId}`), id);

    const target = path.join(home.appDataDir, 'KEN-RH_2025_r1.fieldscore');
    await desktop.app.evaluate(({ dialog }, file) => {
      dialog.showSaveDialog = (async () => ({ canceled: false, filePath: file })) as typeof dialog.showSaveDialog;
    }, target);
    const panel = page.getByRole('region', { name: 'Package for the regional hub' });
    await panel.getByRole('button', { name: 'Export package…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Export the package' });
    await dialog.getByRole('button', { name: 'Export', exact: true }).click();
    await expect(panel.getByRole('status')).toContainText('The package was saved as KEN-RH_2025_r1.fieldscore');

    const read = await readPackageFile(target);
    expect(read.ok).toBe(true);
    const exports = await page.evaluate((assessmentId) => {
      const api = (window as unknown as { fieldscore: Record<string, (request: unknown) => Promise<unknown>> }).fieldscore;
      return api['packages.exports']!({ assessmentId });
    }, id);
    expect(exports).toMatchObject({ ok: true, value: [{ destination: target, encrypted: false }] });
    expect(desktop.pageErrors).toEqual([]);

    await desktop.close();
    desktop = await launchDesktopApp(home);
    launched.push(desktop);
    page = desktop.window;
    await page.evaluate((assessmentId) => (window.location.hash = `#/assessments/${assessmentId}`), id);
    await expect(page.getByRole('region', { name: 'Package for the regional hub' })).toContainText('KEN-RH_2025_r1.fieldscore');
  } finally {
    for (const desktop of launched) await desktop.close();
  }
});
