import fs from 'node:fs';
import path from 'node:path';
import { expect } from '@playwright/test';
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

// FOR THE PACKAGE-EXPORT WORK (issue 11): package export has a backend operation
// (packages.export) but no screen yet. When the screen lands, replace test.fixme by test and
// fill in the steps below; the flow above shows how to create and answer through the UI.
//   1. Launch (launchDesktopApp), create an assessment with an office code, answer every
//      indicator and submit it (through the UI, or window.fieldscore for the answers).
//   2. Export from the screen. If the shell asks where to save with a native dialog, answer it
//      from the main process before clicking, e.g.
//        await desktop.app.evaluate(({ dialog }, file) => {
//          dialog.showSaveDialog = async () => ({ canceled: false, filePath: file });
//        }, path.join(home.appDataDir, 'export.fieldscore'));
//   3. Check the file exists and reads back (electron/packages/package-reader.ts), and that the
//      assessment's export history (packages.exports) lists it — also after a restart.
test.fixme(
  'export a submitted assessment as a package from the desktop app',
  { annotation: { type: 'fixme', description: 'Package export has no screen yet: fill in this test when it lands (issue 11)' } },
  async ({ desktop }) => {
    await expect(desktop.window.getByRole('heading', { level: 1, name: 'Assessments' })).toBeVisible();
  },
);
