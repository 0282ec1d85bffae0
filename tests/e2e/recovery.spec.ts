import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { createAssessment } from './fixtures/assessments';
import { startBackend, type BackendServer } from './fixtures/backend-server';

let backend: BackendServer;

test.afterEach(async () => {
  await backend?.dispose();
});

/** Overwrites the database with bytes that are not SQLite, as a failing disk or a cut-off copy would. */
function corruptDatabase(dataDir: string): void {
  const garbage = Buffer.alloc(64 * 1024);
  for (let i = 0; i < garbage.length; i += 1) garbage[i] = (i * 7919 + 13) % 251;
  fs.writeFileSync(path.join(dataDir, 'fieldscore.sqlite'), garbage);
  for (const suffix of ['-wal', '-shm']) fs.rmSync(path.join(dataDir, `fieldscore.sqlite${suffix}`), { force: true });
}

test('a damaged database shows the recovery screen, and restoring a backup brings the work back', async ({ page }) => {
  backend = await startBackend();
  await createAssessment(backend, {
    office: { name: 'UNIDO Country Office in Senegal', currentTier: 'country_office', region: 'africa', hostCountry: 'SEN' },
    cycle: 2024,
  });
  await backend?.stop(); // a normal close takes a backup into <dataDir>/backups/
  expect(fs.readdirSync(path.join(backend.dataDir, 'backups')).length).toBeGreaterThan(0);
  corruptDatabase(backend.dataDir);

  await backend.restart();
  await page.goto(backend.url);
  await expect(page.getByRole('heading', { level: 1, name: 'The data file is damaged' })).toBeVisible();
  await expect(page.getByText('Nothing has been deleted', { exact: false })).toBeVisible();
  // No way to start over empty: the list and the form are not offered.
  await expect(page.getByRole('link', { name: 'New assessment' })).toHaveCount(0);

  const backups = page.getByRole('table', { name: 'Available backups' });
  await expect(backups).toBeVisible();
  const restore = backups.getByRole('button', { name: 'Restore this backup' }).first();
  await expect(restore).toBeVisible();
  await restore.click();

  await expect(page.getByRole('heading', { level: 1, name: 'Assessments' })).toBeVisible();
  await expect(page.getByRole('row', { name: /UNIDO Country Office in Senegal/ })).toBeVisible();
});

test('a damaged database with no backup says so and offers no way to start empty', async ({ page }) => {
  backend = await startBackend();
  await backend?.stop();
  fs.rmSync(path.join(backend.dataDir, 'backups'), { recursive: true, force: true });
  corruptDatabase(backend.dataDir);

  await backend.restart();
  await page.goto(backend.url);
  await expect(page.getByRole('heading', { level: 1, name: 'The data file is damaged' })).toBeVisible();
  await expect(page.getByText('No backup is available.', { exact: false })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Restore this backup' })).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'New assessment' })).toHaveCount(0);
});
