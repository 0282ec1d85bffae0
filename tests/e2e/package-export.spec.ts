import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Download, type Page } from '@playwright/test';
import { readPackage } from '../../electron/packages/package-reader';
import { createAssessmentThroughForm } from './fixtures/assessment-form';
import { createAssessment, MEXICO_OFFICE, NAIROBI_HUB, openScreen } from './fixtures/assessments';
import { seriousViolations } from './fixtures/axe';
import { startBackend, type BackendServer } from './fixtures/backend-server';
import { tabTo } from './fixtures/keyboard';

const run = promisify(execFile);
const ROOT = path.resolve(import.meta.dirname, '../..');
const CLI = path.join(ROOT, 'bin/fieldscore.cjs');

/** Four random-looking words: no warning. */
const STRONG = 'mango-ledger-quartz-violin';

let backend: BackendServer;
let outDir: string;

test.beforeEach(async () => {
  backend = await startBackend();
  outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'fieldscore-e2e-packages-'));
});

test.afterEach(async () => {
  await backend?.dispose();
  fs.rmSync(outDir, { recursive: true, force: true });
});

/**
 * Checks a saved package the way a hub would: `fieldscore validate` must say OK, with the office,
 * cycle, revision and this installation's key; the verifying reader must find this assessment.
 */
async function expectValidPackage(
  file: string,
  passphrase: string | null,
  expected: { assessmentId: string; fingerprint: string; office: string; cycle: number },
) {
  const args = [CLI, 'validate', file];
  if (passphrase !== null) {
    const passphraseFile = path.join(outDir, 'passphrase.txt');
    fs.writeFileSync(passphraseFile, `${passphrase}\n`, { mode: 0o600 });
    args.push('--passphrase-file', passphraseFile);
  }
  // Rejects on a non-zero exit (an invalid file), with the CLI's output in the error.
  const { stdout } = await run(process.execPath, args, { cwd: ROOT });
  const [line, ...more] = stdout.trim().split('\n');
  expect(more).toEqual([]);
  expect(line).toMatch(/^OK /);
  for (const part of [file, `office ${expected.office}`, `cycle ${expected.cycle}`, 'revision 1', `signer ${expected.fingerprint}`]) {
    expect(line).toContain(part);
  }
  const read = await readPackage(fs.readFileSync(file), passphrase === null ? {} : { passphrase });
  if (!read.ok) throw new Error(`${path.basename(file)} was refused: ${JSON.stringify(read.reason)}`);
  expect(read.package.encrypted).toBe(passphrase !== null);
  expect(read.package.document.id).toBe(expected.assessmentId);
}

async function saveDownload(download: Download, name: string): Promise<string> {
  const file = path.join(outDir, name);
  await download.saveAs(file);
  return file;
}

/**
 * seriousViolations (fixtures/axe.ts) for a page with a modal dialog open: axe then checks the
 * dialog only (the page behind is inert), so the page-level rules that fixture insists on
 * (html-has-lang, document-title) are not run; the dialog's own must pass instead.
 */
async function seriousViolationsInDialog(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
    .analyze();
  expect(results.passes.map((rule) => rule.id)).toEqual(expect.arrayContaining(['color-contrast', 'label', 'button-name']));
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.impact} ${violation.id}: ${violation.help} — ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
}

function exportDialog(page: Page) {
  return page.getByRole('dialog', { name: 'Export the package' });
}

test('a submitted assessment is exported plain and encrypted; both files validate and the overview says when and how', async ({ page }) => {
  test.setTimeout(120_000);
  const { fingerprint } = await backend.callOk('packages.installationKey');

  // A new assessment through the form, answered a little and submitted in the questionnaire.
  await openScreen(page, backend, '#/new');
  await createAssessmentThroughForm(page, {
    name: 'UNIDO Country Office in Ethiopia',
    code: 'ETH-CO',
    tier: 'Country office',
    region: 'Africa',
    country: 'Ethiopia',
    cycle: '2025',
    assessor: 'T. Bekele',
  });
  await expect(page).toHaveURL(/#\/assessments\/[0-9a-f-]{36}$/);
  const id = /#\/assessments\/([0-9a-f-]{36})$/.exec(page.url())![1]!;

  // A draft offers no export, and says why.
  const panel = page.getByRole('region', { name: 'Package for the regional hub' });
  await expect(panel).toContainText('Only a submitted assessment can be exported for consolidation: submit it first.');
  await expect(panel.getByRole('button', { name: 'Export package…' })).toHaveCount(0);

  await page.goto(`${backend.origin}/#/assessments/${id}/edit`);
  await page.locator('[id="indicator-P1.6"]').getByRole('radio', { name: 'Yes' }).check();
  await expect(page.locator('[data-save-status]')).toContainText('All changes saved');
  await page.getByRole('complementary', { name: 'Progress' }).getByRole('button', { name: 'Submit the assessment' }).click();
  await expect(page.getByRole('note')).toContainText('This assessment is locked');

  await page.goto(`${backend.origin}/#/assessments/${id}`);
  await expect(panel).toContainText('Not exported yet.');
  const opener = panel.getByRole('button', { name: 'Export package…' });

  // The dialog: labelled, the passphrase field focused, the file name and the key printed.
  await opener.click();
  const dialog = exportDialog(page);
  await expect(dialog).toBeVisible();
  const passphrase = dialog.getByLabel('Passphrase', { exact: true });
  const confirmation = dialog.getByLabel('Passphrase again');
  await expect(passphrase).toBeFocused();
  await expect(passphrase).toHaveAttribute('type', 'password');
  await expect(dialog).toContainText('Fieldscore never stores the passphrase');
  await expect(dialog).toContainText('over the phone');
  await expect(dialog.locator('.export-facts')).toContainText('ETH-CO_2025_r1.fieldscore');
  await expect(dialog.locator('.fingerprint')).toHaveText(fingerprint.replaceAll('-', ' '));
  await expect(dialog).toContainText("This computer's signing key");
  expect(await seriousViolationsInDialog(page)).toEqual([]);

  // Focus stays inside: Shift+Tab from the first field wraps to the last button, Tab wraps back.
  await page.keyboard.press('Shift+Tab');
  await expect(dialog.getByRole('button', { name: 'Close' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(passphrase).toBeFocused();
  // Escape closes it and gives the focus back to the button that opened it.
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await expect(opener).toBeFocused();

  // Without a passphrase: a download named after the office, cycle and revision.
  await page.keyboard.press('Enter');
  await expect(dialog).toBeVisible();
  const plainDownload = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Export', exact: true }).click();
  const plain = await plainDownload;
  expect(plain.suggestedFilename()).toBe('ETH-CO_2025_r1.fieldscore');
  const plainFile = await saveDownload(plain, 'plain.fieldscore');
  await expect(dialog).toHaveCount(0);
  await expect(opener).toBeFocused();
  await expect(panel.getByRole('status')).toContainText("The package ETH-CO_2025_r1.fieldscore was handed to your browser's downloads.");
  const [first] = await backend.callOk('packages.exports', { assessmentId: id });
  // The date spelled out in the language of the page (English here), with the time.
  const when = new Intl.DateTimeFormat('en', { dateStyle: 'long', timeStyle: 'short' }).format(new Date(first!.at));
  await expect(panel.locator('.last-export')).toHaveText(`Last exported ${when} as ETH-CO_2025_r1.fieldscore, downloaded (not encrypted)`);

  // With a passphrase: a weak one is warned about (never refused), the name gains .age.
  await opener.click();
  await passphrase.fill('abc123');
  const warning = dialog.locator('.passphrase-warning');
  await expect(warning).toHaveText('Weak passphrase: it has fewer than 12 characters. Four or five random words are stronger. You can still export with it.');
  await expect(passphrase).toHaveAccessibleDescription(/Weak passphrase: it has fewer than 12 characters/);
  await passphrase.fill('aaaaaaaaaaaaaaaa');
  await expect(warning).toContainText('it repeats the same short piece');
  await passphrase.fill('aabbaabbccaabb');
  await expect(warning).toContainText('it uses very few different characters');
  await expect(dialog.locator('.export-facts')).toContainText('ETH-CO_2025_r1.fieldscore.age');
  await passphrase.fill(STRONG);
  await expect(warning).toHaveCount(0);

  // The two fields must agree; nothing is exported until they do.
  await confirmation.fill(`${STRONG}!`);
  await dialog.getByRole('button', { name: 'Export', exact: true }).click();
  await expect(dialog.getByText('The two passphrases differ: type the same one in both fields.')).toBeVisible();
  await expect(confirmation).toBeFocused();
  await expect(confirmation).toHaveAttribute('aria-invalid', 'true');

  // Show/hide, by keyboard.
  const show = dialog.getByLabel('Show the passphrase');
  await tabTo(show);
  await page.keyboard.press('Space');
  await expect(passphrase).toHaveAttribute('type', 'text');
  await expect(confirmation).toHaveAttribute('type', 'text');
  await confirmation.fill(STRONG);
  await expect(confirmation).toHaveAttribute('aria-invalid', 'false');
  await show.uncheck();
  await expect(passphrase).toHaveAttribute('type', 'password');

  // While it is encrypted: progress and a status line; nothing can be pressed again.
  const encryptedDownload = page.waitForEvent('download');
  const exportButton = dialog.getByRole('button', { name: 'Export', exact: true });
  await exportButton.click();
  await expect(dialog.getByRole('progressbar')).toBeVisible();
  const status = dialog.locator('.export-status');
  await expect(status).toHaveAttribute('role', 'status');
  await expect(status).toHaveText('Building, signing and encrypting the package… Encrypting takes a few seconds.');
  await expect(exportButton).toBeDisabled();
  await expect(dialog.getByRole('button', { name: 'Close' })).toBeDisabled();
  await expect(passphrase).toBeDisabled();
  const encrypted = await encryptedDownload;
  expect(encrypted.suggestedFilename()).toBe('ETH-CO_2025_r1.fieldscore.age');
  const encryptedFile = await saveDownload(encrypted, 'encrypted.fieldscore.age');
  await expect(dialog).toHaveCount(0);
  await expect(panel.locator('.last-export')).toContainText(/as ETH-CO_2025_r1\.fieldscore\.age, downloaded \(encrypted\)$/);
  await expect(panel.getByText('Every export of this revision (2)')).toBeVisible();

  // What the backend recorded: newest first, "download" as the destination.
  const exports = await backend.callOk('packages.exports', { assessmentId: id });
  expect(exports.map((entry) => [entry.fileName, entry.destination, entry.encrypted])).toEqual([
    ['ETH-CO_2025_r1.fieldscore.age', 'download', true],
    ['ETH-CO_2025_r1.fieldscore', 'download', false],
  ]);
  expect(exports[1]!.sizeBytes).toBe(fs.statSync(plainFile).size);
  expect(exports[0]!.sizeBytes).toBe(fs.statSync(encryptedFile).size);

  // Each file is a valid package, signed with this installation's key.
  const expected = { assessmentId: id, fingerprint, office: 'ETH-CO', cycle: 2025 };
  await expectValidPackage(plainFile, null, expected);
  await expectValidPackage(encryptedFile, STRONG, expected);
  expect(await seriousViolations(page)).toEqual([]);
});

test('in the desktop shell: the path chosen in the save dialog is recorded; a closed dialog or a failed write records nothing', async ({ page }) => {
  const id = await createAssessment(backend, { office: NAIROBI_HUB, cycle: 2024 });
  await backend.callOk('assessments.submit', { id });
  // window.fieldscoreShell as electron/preload.ts exposes it, answering what the test tells it to.
  await page.addInitScript(() => {
    const answers: unknown[] = [
      { saved: false },
      { saved: false, error: 'write_failed', detail: 'EACCES' },
      { saved: true, path: '/home/amina/Desktop/KEN-RH_2024_r1.fieldscore' },
    ];
    const requests: unknown[] = [];
    Object.assign(window, {
      shellRequests: requests,
      fieldscoreShell: {
        saveFile: async (request: unknown) => {
          requests.push(request);
          return answers.shift();
        },
      },
    });
  });
  await openScreen(page, backend, `#/assessments/${id}`);
  const panel = page.getByRole('region', { name: 'Package for the regional hub' });
  await panel.getByRole('button', { name: 'Export package…' }).click();
  const dialog = exportDialog(page);
  const exportButton = dialog.getByRole('button', { name: 'Export', exact: true });

  // Closed save dialog: a calm word, nothing recorded, the dialog still open to try again.
  await exportButton.click();
  await expect(dialog.locator('.export-status')).toHaveText(
    'The package was not saved: the save dialog was closed, and nothing was recorded. Export again when you are ready.',
  );
  await expect(dialog.getByRole('alert')).toHaveCount(0);
  await expect(exportButton).toBeFocused();
  expect(await backend.callOk('packages.exports', { assessmentId: id })).toEqual([]);

  // A failed write: said as an error, nothing recorded.
  await exportButton.click();
  await expect(dialog.getByRole('alert')).toHaveText('The package could not be saved there (system message: EACCES). Choose another folder and try again.');
  expect(await backend.callOk('packages.exports', { assessmentId: id })).toEqual([]);

  await exportButton.click();
  await expect(dialog).toHaveCount(0);
  await expect(panel.getByRole('status')).toContainText('The package was saved as KEN-RH_2024_r1.fieldscore in /home/amina/Desktop.');
  await expect(panel.locator('.last-export')).toContainText(/as KEN-RH_2024_r1\.fieldscore to \/home\/amina\/Desktop \(not encrypted\)$/);
  const [record] = await backend.callOk('packages.exports', { assessmentId: id });
  expect(record).toMatchObject({ fileName: 'KEN-RH_2024_r1.fieldscore', destination: '/home/amina/Desktop/KEN-RH_2024_r1.fieldscore', encrypted: false });
  const requests = (await page.evaluate(() => (window as unknown as { shellRequests: { suggestedName: string; dataBase64: string }[] }).shellRequests)) ?? [];
  expect(requests.map((request) => request.suggestedName)).toEqual(Array(3).fill('KEN-RH_2024_r1.fieldscore'));
  expect(Buffer.from(requests[2]!.dataBase64, 'base64').length).toBe(record!.sizeBytes);
  expect(await seriousViolations(page)).toEqual([]);
});

test('the list shows the signing key to read out, with a copy button', async ({ page, context }) => {
  const { fingerprint } = await backend.callOk('packages.installationKey');
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: backend.origin });
  await openScreen(page, backend, '#/');
  const about = page.getByRole('region', { name: 'About this installation' });
  await expect(about.getByRole('heading', { name: "This computer's signing key" })).toBeVisible();
  const groups = about.locator('.fingerprint');
  await expect(groups).toHaveText(fingerprint.replaceAll('-', ' '));
  await expect(groups.locator('bdi')).toHaveAttribute('dir', 'ltr');
  await expect(groups).toHaveCSS('font-family', /mono/i);
  const copy = about.getByRole('button', { name: 'Copy the key' });
  await tabTo(copy);
  await page.keyboard.press('Enter');
  await expect(about.getByRole('status')).toHaveText('Copied.');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(fingerprint);

  // Where the clipboard API is denied (the desktop shell denies every permission), the copy
  // command on a selected field does it.
  await page.evaluate(async () => {
    await navigator.clipboard.writeText('something else');
    navigator.clipboard.writeText = () => Promise.reject(new DOMException('Write permission denied.', 'NotAllowedError'));
  });
  await copy.click();
  await expect(copy).toBeFocused();
  await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(fingerprint);
  await expect(about.locator('textarea')).toHaveCount(0);
  expect(await seriousViolations(page)).toEqual([]);
});

test('a submitted assessment without office code says so and leads to the profile form of a new revision', async ({ page }) => {
  const { code: _code, ...office } = NAIROBI_HUB;
  const id = await createAssessment(backend, { office, cycle: 2024 });
  await backend.callOk('assessments.submit', { id });
  await openScreen(page, backend, `#/assessments/${id}`);

  const panel = page.getByRole('region', { name: 'Package for the regional hub' });
  await expect(panel).toContainText('The package needs the office code (for example ETH-CO), and this assessment has none.');
  await expect(panel.getByRole('button', { name: 'Export package…' })).toHaveCount(0);
  await panel.getByRole('button', { name: 'Reopen as revision 2 to add the code' }).click();

  // Revision 2, a draft, with its profile form open at the office code.
  await expect(page.locator('.overview-subtitle')).toContainText('Revision 2');
  const code = page.getByLabel('Office code');
  await expect(code).toBeFocused();
  await code.fill('KEN-RH');
  await page.getByRole('button', { name: 'Save the profile' }).click();
  await expect(page.getByRole('button', { name: 'Edit the profile' })).toBeFocused();
  await expect(panel).toContainText('Only a submitted assessment can be exported for consolidation: submit it first.');
  await expect(panel).not.toContainText('The package will also need the office code');
  expect((await backend.callOk('assessments.revisions', { id })).map((summary) => [summary.revision, summary.officeCode ?? null])).toEqual([
    [1, null],
    [2, 'KEN-RH'],
  ]);

  // A draft without code says so before it is submitted, and opens its own profile form at the code.
  const draft = await createAssessment(backend, { office: MEXICO_OFFICE, cycle: 2024 });
  await page.goto(`${backend.origin}/#/assessments/${draft}`);
  await expect(panel).toContainText('The package will also need the office code, which this assessment does not have yet');
  await panel.getByRole('button', { name: 'Add the office code' }).click();
  await expect(code).toBeFocused();
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByRole('button', { name: 'Edit the profile' })).toBeFocused();
  await expect(code).toHaveCount(0);
});

test('in Arabic the export dialog is mirrored and passes axe', async ({ page }) => {
  const id = await createAssessment(backend, { office: NAIROBI_HUB, cycle: 2024 });
  await backend.callOk('assessments.submit', { id });
  await backend.callOk('settings.update', { language: 'ar' });
  await openScreen(page, backend, `#/assessments/${id}`);
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  const panel = page.getByRole('region', { name: 'الحزمة الموجهة إلى المركز الإقليمي' });
  await expect(panel).toContainText('لم يُصدَّر بعد.');
  await panel.getByRole('button', { name: 'تصدير الحزمة…' }).click();
  const dialog = page.getByRole('dialog', { name: 'تصدير الحزمة' });
  await expect(dialog.getByLabel('عبارة المرور', { exact: true })).toBeFocused();
  await dialog.getByLabel('عبارة المرور', { exact: true }).fill('قصيرة');
  await expect(dialog.locator('.passphrase-warning')).toContainText('عبارة مرور ضعيفة');
  // The key and the file name keep their left-to-right order inside the right-to-left page.
  await expect(dialog.locator('.fingerprint bdi')).toHaveAttribute('dir', 'ltr');
  const fingerprintBox = (await dialog.locator('.fingerprint').boundingBox())!;
  const groupsBox = (await dialog.locator('.fingerprint bdi').boundingBox())!;
  // Right-aligned with the rest of the page, yet read left to right.
  expect(groupsBox.x + groupsBox.width).toBeCloseTo(fingerprintBox.x + fingerprintBox.width, -1);
  const groupLefts = await dialog.locator('.fingerprint-group').evaluateAll((spans) => spans.map((span) => span.getBoundingClientRect().left));
  expect(groupLefts).toEqual([...groupLefts].sort((a, b) => a - b));
  const [start, end] = await dialog.locator('.form-actions .button').evaluateAll((buttons) =>
    buttons.map((button) => button.getBoundingClientRect().left),
  );
  expect(start!).toBeGreaterThan(end!); // the first button sits on the right
  expect(await seriousViolationsInDialog(page)).toEqual([]);
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  expect(await seriousViolations(page)).toEqual([]);
});
