import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { createAssessment } from './fixtures/assessments';
import { startBackend, type BackendServer } from './fixtures/backend-server';

/**
 * The review loop end to end, in Chromium, on two real data folders: a field office submits an
 * assessment and sends its package (through the API: set-up), the hub imports it, returns it with
 * a comment in the review panel and exports the review file; the office imports that file,
 * reopens the assessment and finds the comment beside the indicator. Then the same in Arabic.
 */
const HUB_NAME = 'Regional Hub Nairobi';
const COMMENT = 'Attach the signed terms of reference, not the draft.';
const P14 = 'Office terms of reference updated to the current field-office terms of reference';

let field: BackendServer;
let hub: BackendServer;
let workDir: string;

test.beforeEach(async () => {
  workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'fieldscore-e2e-review-'));
  field = await startBackend();
  hub = await startBackend();
});

test.afterEach(async () => {
  await field?.dispose();
  await hub?.dispose();
  fs.rmSync(workDir, { recursive: true, force: true });
});

/** Serious and critical axe violations inside one part of the page (the panel this spec is about). */
async function violationsIn(page: Page, selector: string, mustPass: readonly string[] = ['color-contrast', 'label']): Promise<string[]> {
  const results = await new AxeBuilder({ page }).include(selector).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze();
  // A scan that checked nothing would pass as clean: what the part is known to have must have been checked.
  expect(results.passes.map((rule) => rule.id)).toEqual(expect.arrayContaining([...mustPass]));
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.impact} ${violation.id}: ${violation.help} — ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
}

async function open(page: Page, backend: BackendServer, route: string): Promise<void> {
  await page.goto(backend.url);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.goto(`${backend.origin}/${route}`);
}

/** The field's submitted assessment, its package exported and recorded as the app does, imported at the hub. */
async function submittedAndSent(): Promise<string> {
  const id = await createAssessment(field, {
    office: { name: 'UNIDO Regional Hub in Nairobi', code: 'KEN-RH', currentTier: 'regional_hub', region: 'africa', hostCountry: 'KEN' },
    cycle: 2025,
    assessor: 'A. Field',
  });
  await field.callOk('answers.set', { assessmentId: id, indicatorId: 'P1.4', answer: { state: 'answered', value: 'yes' } });
  await field.callOk('assessments.submit', { id });
  const exported = await field.callOk('packages.export', { assessmentId: id });
  await field.callOk('packages.recordExport', { assessmentId: id, fileName: exported.fileName, destination: 'download', sha256: exported.sha256, sizeBytes: exported.sizeBytes, encrypted: false });
  await hub.callOk('hub.import', { fileName: exported.fileName, dataBase64: exported.dataBase64, decidedBy: 'Set-up' });
  return id;
}

const direction = (locator: Locator) => locator.evaluate((element) => getComputedStyle(element).direction);

test('the hub returns an assessment with a comment; the office imports the review file and sees the comment beside the indicator, in English and in Arabic', async ({ page }) => {
  const id = await submittedAndSent();
  const hubFingerprint = (await hub.callOk('packages.installationKey')).fingerprint;

  // ——— The hub: the review panel of the office's revision ———
  await open(page, hub, `#/hub/offices/${id}`);
  const panel = page.getByTestId('review-panel');
  await expect(panel.getByRole('heading', { name: 'Review', exact: true })).toBeVisible();
  await expect(panel).toContainText('Status: Received. Nothing has been decided on this revision yet.');
  const status = panel.getByRole('group', { name: 'Decision on this revision' });
  await expect(status.getByRole('radio', { name: 'Received' })).toBeChecked();
  await expect(panel.getByRole('button', { name: 'Export review file…' })).toHaveAttribute('aria-disabled', 'true');
  expect(await violationsIn(page, '[data-testid="review-panel"]')).toEqual([]);

  // Returned needs a comment: said, and nothing is saved.
  await status.getByRole('radio', { name: 'Returned for revision' }).check();
  await panel.getByLabel('Your name').fill('H. Hub-Officer');
  await panel.getByRole('button', { name: 'Save the decision' }).click();
  await expect(panel.getByRole('alert')).toHaveText('Returning an assessment needs at least one comment: say what the office should correct.');
  expect((await hub.callOk('hub.review', { assessmentId: id })).history).toEqual([]);

  // A comment on P1.4, by keyboard: pick the indicator, add, type.
  await panel.getByLabel('Indicator to comment on').selectOption('P1.4');
  await panel.getByRole('button', { name: 'Add a comment' }).click();
  const commentField = panel.getByLabel(`P1.4 ${P14}`);
  await expect(commentField).toBeFocused();
  await page.keyboard.type(COMMENT);
  await panel.getByRole('button', { name: 'Save the decision' }).click();
  await expect(panel.getByRole('status').first()).toHaveText('Decision saved: Returned for revision.');
  await expect(panel).toContainText('Status: Returned for revision, decided by H. Hub-Officer on');
  const saved = await hub.callOk('hub.review', { assessmentId: id });
  expect(saved.current).toMatchObject({ status: 'returned', decidedBy: 'H. Hub-Officer', comments: [{ indicatorId: 'P1.4', text: COMMENT }] });

  // The review file: the hub's name is asked; a download in the browser.
  const exportButton = panel.getByRole('button', { name: 'Export review file…' });
  await expect(exportButton).toHaveAttribute('aria-disabled', 'false');
  await exportButton.click();
  await expect(panel.getByLabel('Name of this hub')).toBeFocused();
  await panel.getByLabel('Name of this hub').fill(HUB_NAME);
  const download = page.waitForEvent('download');
  await exportButton.click();
  const reviewFile = path.join(workDir, (await download).suggestedFilename());
  expect(path.basename(reviewFile)).toBe('KEN-RH_2025_r1_returned.fieldscore-review');
  await (await download).saveAs(reviewFile);
  await expect(panel).toContainText("The review file KEN-RH_2025_r1_returned.fieldscore-review was handed to your browser's downloads.");
  expect(await violationsIn(page, '[data-testid="review-panel"]')).toEqual([]);

  // ——— The office: import the file on the assessment's overview ———
  await open(page, field, `#/assessments/${id}`);
  const imports = page.getByTestId('review-import-panel');
  await expect(imports).toContainText('No review received for this assessment yet.');
  await imports.getByLabel('Import review file…').setInputFiles(reviewFile);
  const result = imports.getByTestId('review-import-result');
  await expect(result).toContainText(`The review from ${HUB_NAME} was imported: revision 1, Returned for revision.`);
  await expect(result).toContainText(`This is the first review from a hub named ${HUB_NAME}: its key is remembered from now on.`);
  await expect(result.locator('.fingerprint-text')).toHaveText(hubFingerprint.replaceAll('-', ' '));
  await expect(imports.getByTestId('received-review')).toContainText(COMMENT);
  // The same file again: nothing changes, and it says so.
  await imports.getByLabel('Import review file…').setInputFiles(reviewFile);
  await expect(imports.getByTestId('review-import-result')).toHaveAttribute('data-outcome', 'identical');
  await expect(imports.getByTestId('review-import-result')).toContainText('This review file was imported before: nothing changed.');
  await expect(imports.getByTestId('received-review')).toHaveCount(1);

  // Reopen the assessment: the comment is beside its indicator in the questionnaire.
  await page.getByRole('button', { name: 'Reopen as new revision' }).click();
  await expect(page.locator('.overview-subtitle')).toContainText('Revision 2');
  await expect(imports.getByTestId('received-review')).toContainText('On revision 1, which this draft revises.');
  const draftId = /#\/assessments\/([0-9a-f-]{36})$/.exec(page.url())![1]!;
  expect(draftId).not.toBe(id);
  await page.goto(`${field.origin}/#/assessments/${draftId}/edit/P1/P1.4`);
  const note = page.locator('[data-testid="review-comment"][data-indicator="P1.4"]');
  await expect(note).toHaveCount(1);
  await expect(note).toContainText(`Comment from ${HUB_NAME}`);
  await expect(note).toContainText(COMMENT);
  await expect(note).toContainText('Returned for revision, revision 1, by H. Hub-Officer');
  // Beside its own indicator, not another's.
  await expect(page.locator('[data-testid="review-comment"]')).toHaveCount(1);
  await expect(page.locator('section', { has: note }).first()).toContainText(P14);

  // ——— In Arabic: the panel and the office's comment right to left ———
  await hub.callOk('settings.update', { language: 'ar' });
  await field.callOk('settings.update', { language: 'ar' });
  await open(page, hub, `#/hub/offices/${id}`);
  const arabicPanel = page.getByTestId('review-panel');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(arabicPanel.getByRole('heading', { name: 'الاستعراض', exact: true })).toBeVisible();
  await expect(arabicPanel.getByRole('radio', { name: 'أُعيدت للتصحيح' })).toBeChecked();
  expect(await direction(arabicPanel)).toBe('rtl');
  expect(await violationsIn(page, '[data-testid="review-panel"]')).toEqual([]);

  await page.goto(`${field.origin}/#/assessments/${draftId}/edit/P1/P1.4`);
  const arabicNote = page.locator('[data-testid="review-comment"][data-indicator="P1.4"]');
  await expect(arabicNote).toContainText(`تعليق من ${HUB_NAME}`);
  expect(await direction(arabicNote)).toBe('rtl');
  // The comment is English: it keeps its own direction inside the right-to-left block.
  expect(await direction(arabicNote.locator('.review-comment-text'))).toBe('ltr');
  expect(await violationsIn(page, '[data-testid="review-comment"]', ['color-contrast', 'aria-allowed-role'])).toEqual([]);
});

test('a review file changed on the way is refused with its reason, and nothing is written', async ({ page }) => {
  const id = await submittedAndSent();
  await hub.callOk('hub.review.set', { assessmentId: id, status: 'returned', comments: [{ indicatorId: 'P1.4', text: COMMENT }], decidedBy: 'H. Hub' });
  const file = await hub.callOk('hub.review.export', { assessmentId: id, hubName: HUB_NAME });
  const bytes = Buffer.from(file.dataBase64, 'base64');
  // One letter of the comment changed inside the signed payload (base64), as a careless edit would.
  const text = bytes.toString('utf8');
  const at = text.indexOf('"payload":"') + 40;
  const changed = `${text.slice(0, at)}${text[at] === 'A' ? 'B' : 'A'}${text.slice(at + 1)}`;
  const tampered = path.join(workDir, file.fileName);
  fs.writeFileSync(tampered, changed);

  await open(page, field, `#/assessments/${id}`);
  const imports = page.getByTestId('review-import-panel');
  await imports.getByLabel('Import review file…').setInputFiles(tampered);
  const refused = imports.getByTestId('review-import-refused');
  await expect(refused).toContainText(`The file ${file.fileName} was not imported.`);
  await expect(refused).toHaveAttribute('data-reason', /^(signature_invalid|envelope_invalid)$/);
  expect(await field.callOk('reviews.ofAssessment', { assessmentId: id })).toEqual([]);
  await expect(imports).toContainText('No review received for this assessment yet.');
});
