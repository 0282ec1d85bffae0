// `npm run screenshots`: renders the main screens in English and Arabic into docs/screenshots/
// from a fresh data folder seeded through the real API (the same bridge the browser mode uses).
// Run after `npm run build`. Uses Debian's Chromium, like the end-to-end tests.
import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Page } from '@playwright/test';
import type { Answers } from '../shared/assessment/answer';
import os from 'node:os';
import { generateDemoNetwork } from '../electron/packages/demo/generate-demo-network';
import { startBackend, type BackendServer } from '../tests/e2e/fixtures/backend-server';
import { importDemoNetwork, shootPicture } from './screenshots-picture';

const ROOT = path.resolve(import.meta.dirname, '..');
const OUT = path.join(ROOT, 'docs', 'screenshots');

async function value<T>(backend: BackendServer, operation: string, payload: unknown): Promise<T> {
  const result = (await backend.call(operation, payload)) as { ok: boolean; value?: T; error?: unknown };
  if (!result.ok) throw new Error(`${operation} failed: ${JSON.stringify(result.error)}`);
  return result.value as T;
}

// A fictional office; the figures are illustrative inputs, not facts about any office.
const ANSWERS: Answers = {
  'P1.1': { state: 'answered', value: 'regional_hub' },
  'P1.2': { state: 'answered', value: 'subregional_office' },
  'P1.3': { state: 'answered', value: ['technical_cooperation', 'normative_work', 'convening_partnerships'] },
  'P1.4': { state: 'answered', value: 'yes' },
  'P1.5': { state: 'answered', value: 'interim' },
  'P1.7': { state: 'answered', value: 58 },
  'P2.1': {
    state: 'answered',
    value: [
      { code: 'KEN', resident: true },
      { code: 'UGA', resident: false },
      { code: 'TZA', resident: false },
      { code: 'RWA', resident: false },
    ],
  },
  'P2.2': { state: 'answered', value: 75 },
  'P2.3': { state: 'answered', value: 100 },
  'P2.4': { state: 'answered', value: 50 },
  'P3.1': { state: 'answered', value: 35, justification: 'Two posts were vacant while delivery fell; see the cost-benefit note.' },
  'P3.2': { state: 'answered', value: 'yes' },
  'P4.6': { state: 'answered', value: 12_500_000 },
  'P4.7': { state: 'answered', value: 3_100_000 },
};

async function shoot(page: Page, name: string): Promise<void> {
  await page.waitForLoadState('networkidle');
  await page.screenshot({ path: path.join(OUT, `${name}.png`), fullPage: false });
  console.log(`docs/screenshots/${name}.png`);
}

async function main(): Promise<void> {
  fs.mkdirSync(OUT, { recursive: true });
  const backend = await startBackend();
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  try {
    const offices = [
      { name: 'Nairobi Regional Hub', code: 'KEN-RH', currentTier: 'regional_hub', region: 'africa', hostCountry: 'KEN' },
      { name: 'Hanoi Country Office', code: 'VNM-CO', currentTier: 'country_office', region: 'asia_pacific', hostCountry: 'VNM' },
    ];
    let featured = '';
    for (const office of offices) {
      const summary = await value<{ id: string }>(backend, 'assessments.create', { office, cycle: 2025, assessor: 'A. Representative' });
      if (!featured) featured = summary.id;
    }
    for (const [indicatorId, answer] of Object.entries(ANSWERS)) {
      await value(backend, 'answers.set', { assessmentId: featured, indicatorId, answer });
    }

    const page = await browser.newPage({ viewport: { width: 1280, height: 860 } });
    await page.goto(backend.url);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await shoot(page, 'assessment-list-en');
    await page.goto(`${backend.origin}/#/assessments/${featured}`);
    await page.getByRole('heading', { level: 1, name: /Nairobi/ }).waitFor();
    await shoot(page, 'assessment-overview-en');
    await page.goto(`${backend.origin}/#/assessments/${featured}/edit/P3`);
    await page.getByRole('heading', { level: 1, name: /Nairobi/ }).waitFor();
    await shoot(page, 'assessment-editor-en');

    // The package export dialog, on the second office's assessment, submitted.
    const second = (await value<{ id: string; officeCode?: string }[]>(backend, 'assessments.list', {})).find((summary) => summary.officeCode === 'VNM-CO')!;
    await value(backend, 'assessments.submit', { id: second.id });
    await page.goto(`${backend.origin}/#/assessments/${second.id}`);
    await page.getByRole('button', { name: 'Export package…' }).click();
    await page.getByRole('dialog', { name: 'Export the package' }).waitFor();
    await page.getByLabel('Passphrase', { exact: true }).fill('tangerine');
    await shoot(page, 'package-export-en');
    await page.keyboard.press('Escape');

    // The hub: a demo region's packages through the import screen's preview, then the set and the keys.
    const demoDir = fs.mkdtempSync(path.join(os.tmpdir(), 'fieldscore-screens-'));
    for (const pkg of await generateDemoNetwork({ resourcesDir: path.join(ROOT, 'resources'), offices: 8 })) fs.writeFileSync(path.join(demoDir, pkg.fileName), pkg.bytes);
    await page.goto(`${backend.origin}/#/hub/import`);
    await page.getByTestId('hub-folder-input').setInputFiles(demoDir);
    await page.getByTestId('hub-preview-summary').getByText(/Files checked: (\d+) of \1\./).waitFor({ timeout: 60_000 });
    await shoot(page, 'hub-import-en');
    await page.getByLabel('Your name').fill('A. Hub');
    await page.getByRole('button', { name: /^Import files/ }).click();
    await page.getByTestId('hub-import-results').waitFor({ timeout: 60_000 });
    await page.goto(`${backend.origin}/#/hub`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await shoot(page, 'hub-set-en');
    await page.goto(`${backend.origin}/#/hub/keys`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await shoot(page, 'hub-keys-en');
    fs.rmSync(demoDir, { recursive: true, force: true });
    // The hub's picture of the whole demo network: set table, coverage map, office types, drill-down.
    await importDemoNetwork(backend, ROOT);
    await shootPicture(page, backend, 'en', shoot);
    await page.goto(`${backend.origin}/#/assessments/${featured}/edit/P3`);
    await page.getByRole('heading', { level: 1, name: /Nairobi/ }).waitFor();

    await value(backend, 'settings.update', { language: 'ar' });
    await page.reload();
    await page.locator('html[dir="rtl"]').waitFor({ state: 'attached' });
    await page.getByRole('heading', { level: 1, name: /Nairobi/ }).waitFor();
    await shoot(page, 'assessment-editor-ar');
    await page.goto(`${backend.origin}/#/`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await shoot(page, 'assessment-list-ar');
    await page.goto(`${backend.origin}/#/hub/import`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await shoot(page, 'hub-import-ar');
    await shootPicture(page, backend, 'ar', shoot);
  } finally {
    await browser.close();
    await backend.dispose();
  }
}

await main();
