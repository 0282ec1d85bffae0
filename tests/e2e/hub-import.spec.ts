import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { DEMO_DEFAULTS } from '../../electron/packages/demo/generate-demo-network';
import { seedBytes } from '../../electron/packages/demo/demo-random';
import { readPackage, type VerifiedPackage } from '../../electron/packages/package-reader';
import { writePackage } from '../../electron/packages/package-writer';
import { generateSigningKey, signingKeyFromSeed, type SigningKey } from '../../electron/packages/signing-key';
import { openScreen } from './fixtures/assessments';
import { seriousViolations } from './fixtures/axe';
import { startBackend, type BackendServer } from './fixtures/backend-server';
import { tabTo } from './fixtures/keyboard';

const run = promisify(execFile);
const ROOT = path.resolve(import.meta.dirname, '../..');
const CLI = path.join(ROOT, 'bin/fieldscore.cjs');
const NAME = 'A. Hub-Officer';

let demoDir: string;
let workDir: string;
let demoFiles: string[];
let demoBytes: number;
let backend: BackendServer;

/** The demo network, written by the CLI as a person would: `fieldscore demo <folder>` (needs the build the suite relies on). */
test.beforeAll(async () => {
  workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'fieldscore-e2e-hub-'));
  demoDir = path.join(workDir, 'demo');
  await run(process.execPath, [CLI, 'demo', demoDir], { cwd: ROOT });
  demoFiles = fs.readdirSync(demoDir).filter((name) => name.endsWith('.fieldscore')).sort();
  expect(demoFiles.length).toBeGreaterThan(100);
  demoBytes = demoFiles.reduce((sum, file) => sum + fs.statSync(path.join(demoDir, file)).size, 0);
});

test.afterAll(() => {
  fs.rmSync(workDir, { recursive: true, force: true });
});

test.beforeEach(async () => {
  backend = await startBackend();
});

test.afterEach(async () => {
  await backend?.dispose();
});

/** The file table (by its class: its caption is in the page's language). */
function importTable(page: Page): Locator {
  return page.locator('table.import-table');
}

/** Rows of the file table whose status cell says `status` (data-status is the backend's word). */
function rowsWithStatus(page: Page, status: string): Locator {
  return importTable(page).locator(`tbody tr:has(td[data-status="${status}"])`);
}

async function readDemo(fileName: string): Promise<VerifiedPackage> {
  const read = await readPackage(fs.readFileSync(path.join(demoDir, fileName)));
  if (!read.ok) throw new Error(`${fileName}: ${read.reason.code}`);
  return read.package;
}

/** A package of another revision made from a demo package's content, signed with `key`. */
async function repackaged(source: VerifiedPackage, key: SigningKey, document: VerifiedPackage['document']): Promise<Buffer> {
  return writePackage({ document, history: [], evidence: [], framework: source.framework, generatorVersion: 'e2e', createdAt: '2025-11-20T09:00:00.000Z' }, key);
}

/** Imports demo files straight through the API (the test's set-up, not what it checks). */
async function importThroughApi(files: readonly string[]): Promise<void> {
  for (const fileName of files) {
    const dataBase64 = fs.readFileSync(path.join(demoDir, fileName)).toString('base64');
    await backend.callOk('hub.import', { fileName, dataBase64, decidedBy: 'Set-up' });
  }
}

test('the demo network comes in through the folder picker: checked with progress, imported under a name, 48 offices; the same files again change nothing', async ({ page }) => {
  test.setTimeout(240_000);
  await openScreen(page, backend, '#/hub/import');
  await expect(page.getByRole('heading', { level: 1, name: 'Import packages' })).toBeVisible();
  await expect(importTable(page)).toHaveCount(0);
  await expect(page.getByRole('navigation', { name: 'Main sections' }).getByRole('link', { name: 'Import packages' })).toHaveAttribute('aria-current', 'page');
  expect(await seriousViolations(page)).toEqual([]);

  // The folder, as the folder picker hands it over: every file under it.
  const progressText = page.getByTestId('hub-progress-text');
  await page.getByTestId('hub-folder-input').setInputFiles(demoDir);
  await expect(page.getByRole('progressbar')).toBeVisible();
  await expect(progressText).toHaveText(new RegExp(`^\\d+ of ${demoFiles.length} files \\(`));
  // Stop: the file under way finishes, no other is sent; what was checked stays.
  await page.getByRole('button', { name: 'Stop checking' }).click();
  const progressLabel = page.locator('.import-progress-label');
  await expect(progressLabel).toHaveText('Check stopped (nothing was written)');
  const statusLine = page.locator('.import-status-line');
  await expect(statusLine).toBeFocused();
  await expect(statusLine).toHaveText(/^Checking stopped: files not checked: \d+\. The files already checked stay in the list\.$/);
  const notChecked = Number(/not checked: (\d+)/.exec((await statusLine.textContent()) ?? '')![1]);
  expect(notChecked).toBeGreaterThan(0);
  await expect(importTable(page).locator('tbody tr', { hasText: 'Not checked yet' })).toHaveCount(notChecked);
  await expect(rowsWithStatus(page, 'new')).toHaveCount(demoFiles.length - notChecked);
  await expect(progressText).toHaveText(new RegExp(`^${demoFiles.length - notChecked} of ${demoFiles.length} files`));
  // Going on continues the same count.
  await page.getByRole('button', { name: `Check the files not checked yet (${notChecked})` }).click();
  await expect(progressLabel).toHaveText('Check finished (nothing was written)', { timeout: 120_000 });
  await expect(statusLine).toHaveText(`Check finished: ${demoFiles.length} of ${demoFiles.length} files checked, nothing written.`);
  const megabytes = new Intl.NumberFormat('en', { style: 'unit', unit: 'megabyte', unitDisplay: 'short', maximumFractionDigits: 1 }).format(demoBytes / 1e6);
  await expect(progressText).toHaveText(`${demoFiles.length} of ${demoFiles.length} files (${megabytes} of ${megabytes})`);
  await expect(importTable(page).locator('tbody tr')).toHaveCount(demoFiles.length);

  // The preview is each file against what the hub holds (nothing yet) and the files before it:
  // revisions 1 are new, the revisions 2 after them newer.
  const firstRevisions = demoFiles.filter((name) => name.endsWith('_r1.fieldscore')).length;
  const previewSummary = page.getByTestId('hub-preview-summary');
  await expect(previewSummary).toContainText(`Files checked: ${demoFiles.length} of ${demoFiles.length}.`);
  await expect(previewSummary.locator('[data-count="new"]')).toHaveText(`New: ${firstRevisions}`);
  await expect(rowsWithStatus(page, 'new')).toHaveCount(firstRevisions);
  await expect(rowsWithStatus(page, 'newer')).toHaveCount(demoFiles.length - firstRevisions);
  const kenya = importTable(page).locator('tr[data-file="KEN-RH_2025_r1.fieldscore"]');
  await expect(kenya).toContainText('New');
  await expect(kenya).toContainText('KEN-RH');
  await expect(kenya.locator('td').nth(2)).toHaveText('2025');
  expect(await seriousViolations(page, ['th-has-data-cells'])).toEqual([]);
  // Nothing is written by the check.
  expect(await backend.callOk('hub.offices')).toEqual([]);

  // "Your name" is required before anything is imported.
  const submit = page.getByRole('button', { name: `Import files (${demoFiles.length})` });
  await submit.click();
  const name = page.getByLabel('Your name');
  await expect(name).toBeFocused();
  await expect(name).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByText('Enter your name: it is recorded with the decision.')).toBeVisible();
  await name.fill(NAME);
  await submit.click();
  await expect(progressLabel).toHaveText('Import finished', { timeout: 120_000 });
  await expect(progressText).toHaveText(new RegExp(`^${demoFiles.length} of ${demoFiles.length} files`));
  await expect(statusLine).toHaveText(`Import finished: ${demoFiles.length} of ${demoFiles.length} files sent.`);

  // What the backend did decides what the screen must say: every file counted once.
  const offices = await backend.callOk('hub.offices');
  expect(offices).toHaveLength(demoFiles.length);
  const superseded = offices.filter((office) => office.state === 'superseded').length;
  expect(superseded).toBeGreaterThan(0);
  expect(offices.filter((office) => office.state === 'current')).toHaveLength(demoFiles.length - superseded);
  const results = page.getByTestId('hub-import-results');
  await expect(results).toBeFocused();
  await expect(results.getByRole('heading', { name: 'Import done' })).toBeVisible();
  await expect(results.locator('[data-count="imported"]')).toHaveText(`Imported: ${demoFiles.length}`);
  await expect(results.locator('li[data-count]')).toHaveCount(1);
  await expect(results).not.toContainText('Nothing changed');
  // Revisions 2 were sent after the revisions 1 they reopened: "newer", never "older".
  await expect(rowsWithStatus(page, 'newer')).toHaveCount(superseded);
  await expect(rowsWithStatus(page, 'older')).toHaveCount(0);
  await expect(importTable(page).locator('tr[data-file="CHN-RO_2025_r2.fieldscore"]')).toContainText('Imported: now the current revision');
  expect(await seriousViolations(page, ['th-has-data-cells'])).toEqual([]);
  const keys = await backend.callOk('hub.keys');
  expect(keys.keys).toHaveLength(48);
  expect(keys.keys.every((key) => key.decidedBy === NAME && key.source === 'first_seen')).toBe(true);

  // The set: 48 offices, by keyboard from the results.
  await results.getByRole('link', { name: 'See the offices in the hub set' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Hub set' })).toBeVisible();
  const summary = page.getByTestId('hub-set-summary');
  await expect(summary.locator('[data-count="offices"]')).toHaveText('Offices: 48');
  await expect(summary.locator('[data-count="revisions"]')).toHaveText(`Revisions held: ${demoFiles.length}`);
  const setTable = page.getByRole('table', { name: 'Packages held by this hub' });
  await expect(setTable.locator('tbody tr')).toHaveCount(demoFiles.length - superseded);
  await page.getByLabel('Also show superseded revisions and revisions not kept').check();
  await expect(setTable.locator('tbody tr')).toHaveCount(demoFiles.length);
  await expect(setTable.locator('tr[data-state="superseded"]').first()).toContainText('Superseded by a newer revision');
  expect(await seriousViolations(page)).toEqual([]);

  // Spreadsheets: downloaded, one .xlsx; two CSV files.
  const xlsx = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Spreadsheet (.xlsx)' }).click();
  expect((await xlsx).suggestedFilename()).toMatch(/\.xlsx$/);
  const csvNames: string[] = [];
  page.on('download', (download) => csvNames.push(download.suggestedFilename()));
  await page.getByRole('button', { name: 'Spreadsheet (.csv)' }).click();
  await expect.poll(() => csvNames.length).toBe(2);
  expect(csvNames.every((file) => file.endsWith('.csv'))).toBe(true);

  // The consolidated file: the hub's name is asked, remembered; a download in the browser.
  const hubName = page.getByLabel('Name of this hub');
  await page.getByRole('button', { name: 'Export the consolidated file…' }).click();
  await expect(hubName).toBeFocused();
  await hubName.fill('Regional Hub Nairobi');
  // Nothing is accepted in review yet: carry every current revision (the default, accepted only, would be empty).
  await page.getByLabel(/^Every current revision \(\d+\), whatever its review status$/).check();
  const consolidated = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export the consolidated file…' }).click();
  expect((await consolidated).suggestedFilename()).toMatch(/^Regional-Hub-Nairobi_\d{4}-\d{2}-\d{2}\.fieldscore-set$/);
  await expect(page.getByRole('status').filter({ hasText: 'The consolidated file' })).toContainText("was handed to your browser's downloads");

  // The same folder again, in a new visit: every file identical, nothing to import, nothing changed; the name remembered.
  await page.reload();
  await page.getByRole('navigation', { name: 'Main sections' }).getByRole('link', { name: 'Import packages' }).click();
  await page.getByTestId('hub-folder-input').setInputFiles(demoDir);
  await expect(page.locator('.import-progress-label')).toHaveText('Check finished (nothing was written)', { timeout: 120_000 });
  await expect(page.getByTestId('hub-preview-summary').locator('[data-count="identical"]')).toHaveText(`Identical (skipped): ${demoFiles.length}`);
  await expect(rowsWithStatus(page, 'identical')).toHaveCount(demoFiles.length);
  await expect(page.getByTestId('hub-nothing-changed')).toHaveText('Nothing changed: the hub already holds every one of these files, so there is nothing to import.');
  await expect(page.getByRole('button', { name: /^Import files/ })).toHaveCount(0);
  expect(await backend.callOk('hub.offices')).toHaveLength(demoFiles.length);
  await page.getByRole('button', { name: 'Clear the list' }).click();
  await page.getByTestId('hub-files-input').setInputFiles(path.join(demoDir, 'KEN-RH_2025_r1.fieldscore'));
  await expect(page.getByLabel('Your name')).toHaveCount(0); // identical: no import form
  expect(await page.evaluate(() => window.localStorage.getItem('fieldscore.hub.decidedBy'))).toBe(NAME);
});

test('a diverged revision and a package signed by another key: the conflict resolved by keeping one revision, the new key accepted after comparing fingerprints', async ({ page }) => {
  test.setTimeout(180_000);
  const china = demoFiles.filter((file) => file.startsWith('CHN-RO_'));
  const albania = demoFiles.filter((file) => file.startsWith('ALB-DK_'));
  await importThroughApi([...china, ...albania]);

  // A second revision 2 of China's 2025 cycle, reopened from the same revision 1 on another laptop of the office (its own key).
  const chinaR2 = await readDemo('CHN-RO_2025_r2.fieldscore');
  const officeKey = signingKeyFromSeed(seedBytes(String(DEMO_DEFAULTS.seed), 'CHN-RO'));
  expect(officeKey.fingerprint).toBe(chinaR2.signer.fingerprint);
  const forkId = randomUUID();
  const staff = chinaR2.document.answers['P2.2'];
  const forkStaff = staff?.state === 'answered' && typeof staff.value === 'number' ? staff.value + 7 : 42;
  const fork = await repackaged(chinaR2, officeKey, {
    ...chinaR2.document,
    id: forkId,
    submittedAt: '2025-11-20T08:30:00.000Z',
    answers: { ...chinaR2.document.answers, 'P2.2': { state: 'answered', value: forkStaff, note: 'Counted again on the second laptop' } },
  });
  // A revision 2 of Albania's 2025 cycle signed by a key the hub has never seen (a replaced laptop).
  const albaniaR1 = await readDemo('ALB-DK_2025_r1.fieldscore');
  const newKey = generateSigningKey();
  const foreign = await repackaged(albaniaR1, newKey, {
    ...albaniaR1.document,
    id: randomUUID(),
    revision: 2,
    previousRevisionId: albaniaR1.document.id,
    submittedAt: '2025-11-20T08:45:00.000Z',
  });
  const forkFile = path.join(workDir, 'CHN-RO_2025_r2-second-laptop.fieldscore');
  const foreignFile = path.join(workDir, 'ALB-DK_2025_r2.fieldscore');
  fs.writeFileSync(forkFile, fork);
  fs.writeFileSync(foreignFile, foreign);

  await openScreen(page, backend, '#/hub/import');
  await page.getByTestId('hub-files-input').setInputFiles([forkFile, foreignFile]);
  await expect(page.locator('.import-progress-label')).toHaveText('Check finished (nothing was written)');
  const forkRow = importTable(page).locator('tr[data-file="CHN-RO_2025_r2-second-laptop.fieldscore"]');
  const foreignRow = importTable(page).locator('tr[data-file="ALB-DK_2025_r2.fieldscore"]');
  await expect(forkRow).toContainText('Diverged (a conflict to resolve)');
  await expect(foreignRow).toContainText('Signed by a different key (held back for a decision)');
  // Both fingerprints, to compare with the office by phone.
  await expect(foreignRow.locator('.key-comparison')).toContainText(newKey.fingerprint.replaceAll('-', ' '));
  await expect(foreignRow.locator('.key-comparison')).toContainText(albaniaR1.signer.fingerprint.replaceAll('-', ' '));
  await expect(foreignRow.locator('.key-comparison bdi').first()).toHaveAttribute('dir', 'ltr');
  await page.getByLabel('Your name').fill(NAME);
  await page.getByRole('button', { name: 'Import files (2)' }).click();
  const results = page.getByTestId('hub-import-results');
  await expect(results.locator('[data-count="conflict"]')).toHaveText('Conflicts to resolve: 1');
  await expect(results.locator('[data-count="heldBack"]')).toHaveText('Held back for a key decision: 1');
  expect(await seriousViolations(page, ['th-has-data-cells'])).toEqual([]);

  // The conflict: both revisions side by side with their common ancestor.
  await results.getByRole('link', { name: 'Resolve the conflicts' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Conflicts' })).toBeVisible();
  const list = page.getByRole('table', { name: 'Open conflicts' });
  await expect(list.locator('tbody tr')).toHaveCount(1);
  await expect(list).toContainText('CHN-RO');
  expect(await seriousViolations(page)).toEqual([]);
  await list.getByRole('link', { name: /Compare and decide/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Conflict: CHN-RO, cycle 2025' })).toBeVisible();
  const table = page.getByRole('table', { name: /The diverged revisions of CHN-RO, cycle 2025/ });
  await expect(table.locator('thead th')).toHaveCount(4); // indicator, common earlier revision 1, the two revisions 2
  await expect(table.locator('thead th').nth(1)).toHaveText('Common earlier revision 1');
  const staffRow = table.locator('tr[data-indicator="P2.2"]');
  await expect(staffRow.locator('.differs-mark')).toContainText('Differs: answer');
  await expect(staffRow).toContainText('Counted again on the second laptop');
  const framework = chinaR2.framework.perspectives.flatMap((perspective) => perspective.indicators);
  await expect(table.locator('tbody tr')).toHaveCount(framework.length);
  await page.getByLabel(/^Show only the indicators that differ/).check();
  const differing = await table.locator('tbody tr').count();
  expect(differing).toBeGreaterThan(0);
  expect(differing).toBeLessThan(framework.length);
  await expect(table.locator('tbody tr.row-differs')).toHaveCount(differing);
  expect(await seriousViolations(page, ['th-has-data-cells'])).toEqual([]);

  // Picking per indicator asks for every indicator that differs before anything is sent.
  await page.getByLabel('Pick the answer of each indicator that differs').check();
  await expect(staffRow.getByRole('radio')).toHaveCount(2);
  await page.getByRole('button', { name: 'Use the picked answers…' }).click();
  await expect(page.getByRole('alert')).toHaveText(`Pick an answer for every indicator that differs: left to pick: ${differing}.`);
  await expect(table.locator('tbody tr.row-differs').first().getByRole('radio').first()).toBeFocused();
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await page.getByLabel('Keep one revision whole (the buttons above)').check();

  // Keep the office's first revision 2 (the demo's), by keyboard.
  const detail = await backend.callOk('hub.conflict', { officeId: chinaR2.document.officeId, cycle: 2025 });
  const original = detail.revisions.findIndex((revision) => revision.document.id === chinaR2.document.id);
  expect(original).toBeGreaterThanOrEqual(0);
  const keepOriginal = page.getByRole('button', { name: /^Keep this revision… Revision 2, submitted/ }).nth(original);
  await tabTo(keepOriginal);
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: /^Keep Revision 2, submitted/ });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByLabel('Your name')).toHaveValue(NAME);
  await dialog.getByLabel(/Note on the decision/).fill('The office confirmed the first laptop is the right one.');
  await dialog.getByRole('button', { name: 'Keep this revision' }).click();
  await expect(page).toHaveURL(/#\/hub\/conflicts$/);
  const outcome = page.locator('.resolution-outcome');
  await expect(outcome).toBeFocused();
  await expect(outcome).toContainText('The conflict of CHN-RO, cycle 2025, is resolved: revision 2');
  await expect(outcome).toContainText('The revision not kept is not deleted: it stays readable in the hub set, marked “not kept”.');
  await expect(page.getByText('No conflict is waiting for a decision.')).toBeVisible();
  const states = (await backend.callOk('hub.offices')).filter((office) => office.officeCode === 'CHN-RO' && office.cycle === 2025);
  expect(Object.fromEntries(states.map((office) => [office.assessmentId, office.state]))).toMatchObject({ [chinaR2.document.id]: 'current', [forkId]: 'not_kept' });

  // The key: the new one and the trusted one, then Accept after a confirmation.
  await page.getByRole('navigation', { name: 'Main sections' }).getByRole('link', { name: 'Office keys' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Office keys' })).toBeVisible();
  const card = page.locator('.held-group[data-office="ALB-DK"]');
  await expect(card.getByTestId('held-new-key')).toHaveText(newKey.fingerprint.replaceAll('-', ' '));
  await expect(card.getByTestId('held-trusted-key')).toHaveText(albaniaR1.signer.fingerprint.replaceAll('-', ' '));
  await expect(card.locator('.fingerprint-large').first()).toHaveCSS('font-family', /mono/i);
  await expect(card).toContainText('Cycle 2025, revision 2');
  await expect(card).toContainText('Phone the office');
  expect(await seriousViolations(page)).toEqual([]);
  await card.getByRole('button', { name: 'Accept the new key… for ALB-DK' }).click();
  const accept = page.getByRole('dialog', { name: 'Accept the new key of ALB-DK?' });
  await expect(accept.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await expect(accept).toContainText(newKey.fingerprint.replaceAll('-', ' '));
  await accept.getByRole('button', { name: 'Accept the new key' }).click();
  await expect(accept).toHaveCount(0);
  const keyOutcome = page.locator('.key-outcome');
  await expect(keyOutcome).toContainText('The new key of ALB-DK is trusted. Packages imported from what was held back: 1.');
  await expect(keyOutcome).toContainText('ALB-DK, cycle 2025, revision 2: Imported: now the current revision');
  await expect(page.getByText('No package is waiting for a key decision.')).toBeVisible();
  const accepted = page.getByRole('table', { name: 'Office keys with their status and who decided' }).locator(`tr[data-fingerprint="${newKey.fingerprint}"]`);
  await expect(accepted).toContainText('Trusted');
  await expect(accepted).toContainText('Accepted after a key change');
  await expect(accepted).toContainText(NAME);
  expect(await seriousViolations(page)).toEqual([]);
});

test('in Arabic the import screen is mirrored, says what each file is, and passes axe', async ({ page }) => {
  await backend.callOk('settings.update', { language: 'ar' });
  await openScreen(page, backend, '#/hub/import');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await page.getByTestId('hub-files-input').setInputFiles(demoFiles.slice(0, 3).map((file) => path.join(demoDir, file)));
  await expect(importTable(page).locator('tbody tr')).toHaveCount(3);
  // A file dropped on the drop zone joins the list.
  const dropped = demoFiles[3]!;
  const bytes = [...fs.readFileSync(path.join(demoDir, dropped))];
  const transfer = await page.evaluateHandle(
    ({ name, data }) => {
      const dataTransfer = new DataTransfer();
      dataTransfer.items.add(new File([new Uint8Array(data)], name));
      return dataTransfer;
    },
    { name: dropped, data: bytes },
  );
  await page.locator('.drop-zone').dispatchEvent('dragenter', { dataTransfer: transfer });
  await page.locator('.drop-zone').dispatchEvent('drop', { dataTransfer: transfer });
  await expect(importTable(page).locator('tbody tr')).toHaveCount(4);
  await expect(importTable(page).locator(`tr[data-file="${dropped}"]`)).toBeVisible();
  await expect(rowsWithStatus(page, 'new')).toHaveCount(4);
  // Fingerprints keep their left-to-right order inside the right-to-left page.
  const groups = importTable(page).locator('tbody tr').first().locator('.fingerprint-group');
  const lefts = await groups.evaluateAll((spans) => spans.map((span) => span.getBoundingClientRect().left));
  expect(lefts).toEqual([...lefts].sort((a, b) => a - b));
  // The first column sits on the right.
  const [first, second] = await importTable(page).locator('thead th').evaluateAll((cells) => cells.slice(0, 2).map((cell) => cell.getBoundingClientRect().left));
  expect(first!).toBeGreaterThan(second!);
  expect(await seriousViolations(page, ['th-has-data-cells'])).toEqual([]);
});

test("a consolidated file from a hub whose key changed: both keys shown, imported only once the new key is accepted", async ({ page }) => {
  test.setTimeout(120_000);
  // Two computers of the same hub ("Hub East"), the second a replacement with a key of its own.
  const before = await startBackend();
  const after = await startBackend();
  try {
    const kenya = demoFiles.filter((file) => file.startsWith('KEN-RH_'));
    for (const [hub, files] of [[before, kenya.slice(0, 1)], [after, kenya]] as const) {
      for (const fileName of files) await hub.callOk('hub.import', { fileName, dataBase64: fs.readFileSync(path.join(demoDir, fileName)).toString('base64'), decidedBy: 'East' });
    }
    const first = await before.callOk('hub.exportConsolidated', { hubName: 'Hub East', include: 'all' });
    const second = await after.callOk('hub.exportConsolidated', { hubName: 'Hub East', include: 'all' });
    const firstFile = path.join(workDir, 'east-first.fieldscore-set');
    const secondFile = path.join(workDir, 'east-second.fieldscore-set');
    fs.writeFileSync(firstFile, Buffer.from(first.dataBase64, 'base64'));
    fs.writeFileSync(secondFile, Buffer.from(second.dataBase64, 'base64'));

    await openScreen(page, backend, '#/hub/import');
    await page.getByTestId('hub-files-input').setInputFiles(firstFile);
    const firstRow = importTable(page).locator('tr[data-file="east-first.fieldscore-set"]');
    await expect(firstRow).toContainText('Consolidated file with packages new to this hub');
    await expect(firstRow).toContainText('First file from this hub: its key will be remembered.');
    await expect(firstRow).toContainText('New: 1');
    await page.getByLabel('Your name').fill(NAME);
    await page.getByRole('button', { name: 'Import files (1)' }).click();
    await expect(page.getByTestId('hub-import-results').locator('[data-count="imported"]')).toHaveText('Imported: 1');

    await page.getByTestId('hub-files-input').setInputFiles(secondFile);
    const secondRow = importTable(page).locator('tr[data-file="east-second.fieldscore-set"]');
    await expect(secondRow).toContainText('Consolidated file signed by another key than the one first seen for its hub');
    await expect(page.getByRole('button', { name: /^Import files/ })).toHaveCount(0); // not sent by "Import"
    expect(await seriousViolations(page, ['th-has-data-cells'])).toEqual([]);
    await secondRow.getByRole('button', { name: "Accept this hub's new key and import…" }).click();
    const dialog = page.getByRole('dialog', { name: 'Accept the new key of “Hub East”?' });
    await expect(dialog.getByTestId('sender-new-key')).toHaveText(second.fingerprint.replaceAll('-', ' '));
    await expect(dialog.getByTestId('sender-known-key')).toHaveText(first.fingerprint.replaceAll('-', ' '));
    await dialog.getByRole('button', { name: 'Accept the new key and import' }).click();
    await expect(dialog).toHaveCount(0);
    await expect(secondRow).toContainText("Imported: the consolidated file's packages, decisions and keys");
    expect(await backend.callOk('hub.offices')).toHaveLength(kenya.length);
  } finally {
    await before.dispose();
    await after.dispose();
  }
});

test('encrypted packages: the passphrase is asked once for all, a wrong one leaves them locked, the right one opens them', async ({ page }) => {
  test.setTimeout(120_000);
  const passphrase = 'quartz-meadow-lantern-orbit';
  const encryptedDir = path.join(workDir, 'encrypted');
  const passphraseFile = path.join(workDir, 'passphrase.txt');
  fs.writeFileSync(passphraseFile, `${passphrase}\n`, { mode: 0o600 });
  await run(process.execPath, [CLI, 'demo', encryptedDir, '--offices', '1', '--cycles', '1', '--passphrase-file', passphraseFile], { cwd: ROOT });
  const files = fs.readdirSync(encryptedDir).filter((file) => file.endsWith('.fieldscore.age'));
  expect(files.length).toBeGreaterThan(0);

  await openScreen(page, backend, '#/hub/import');
  await page.getByTestId('hub-folder-input').setInputFiles(encryptedDir);
  await expect(importTable(page).locator('tbody tr')).toHaveCount(files.length);
  await expect(importTable(page)).toContainText('The package is encrypted: enter the passphrase the office gave you.');
  const panel = page.getByRole('region', { name: 'Encrypted files' });
  const field = panel.getByLabel('Passphrase', { exact: true });
  await expect(field).toHaveAttribute('type', 'password');
  await field.fill('not-the-passphrase');
  await panel.getByRole('button', { name: 'Open the encrypted files' }).click();
  await expect(panel.getByRole('status')).toHaveText(`Opened: 0. Still locked (another passphrase is needed): ${files.length}.`, { timeout: 60_000 });
  await expect(importTable(page)).toContainText('The passphrase is not the one this package was encrypted with.');
  await field.fill(passphrase);
  await panel.getByRole('button', { name: 'Open the encrypted files' }).click();
  await expect(panel).toHaveCount(0, { timeout: 60_000 });
  const firstRevisions = files.filter((file) => file.endsWith('_r1.fieldscore.age')).length;
  await expect(rowsWithStatus(page, 'new')).toHaveCount(firstRevisions);
  await expect(rowsWithStatus(page, 'newer')).toHaveCount(files.length - firstRevisions);
  expect(await seriousViolations(page, ['th-has-data-cells'])).toEqual([]);
  await page.getByLabel('Your name').fill(NAME);
  await page.getByRole('button', { name: `Import files (${files.length})` }).click();
  await expect(page.getByTestId('hub-import-results').locator('[data-count="imported"]')).toHaveText(`Imported: ${files.length}`, { timeout: 60_000 });
  expect(await backend.callOk('hub.offices')).toHaveLength(files.length);
});
