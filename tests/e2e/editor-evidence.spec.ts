import { expect, test } from '@playwright/test';
import { createAssessment, openScreen } from './fixtures/assessments';
import { startBackend, type BackendServer } from './fixtures/backend-server';

let backend: BackendServer;

test.beforeEach(async () => {
  backend = await startBackend();
});

test.afterEach(async () => {
  await backend?.dispose();
});

/** A real 1×1 PNG. */
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');
/** A minimal PDF. */
const PDF = Buffer.from('%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n', 'latin1');
/** The start of a Windows program: "MZ", then the PE header the detector looks for. */
function executable(): Buffer {
  const bytes = Buffer.alloc(512, 0);
  bytes.write('MZ', 0, 'latin1');
  bytes.writeUInt32LE(0x80, 0x3c);
  bytes.write('PE\0\0', 0x80, 'latin1');
  return bytes;
}

test('oversized and disguised attachments are refused with their messages, and nothing is stored', async ({ page }) => {
  const id = await createAssessment(backend, {
    office: { name: 'UNIDO Country Office in Ethiopia', currentTier: 'country_office', region: 'africa', hostCountry: 'ETH' },
    cycle: 2025,
  });
  const listed = () => backend.callOk('evidence.list', { assessmentId: id });

  await openScreen(page, backend, `#/assessments/${id}/edit`);
  const indicator = page.locator('[id="indicator-P1.4"]');
  await indicator.getByText('Note and attached files (0)').click();
  const input = indicator.getByLabel('Attach a file');
  await expect(indicator.getByText('at most 10 MB per file')).toBeVisible();
  const error = page.locator('[id="indicator-P1.4-file-error"]');

  // Larger than 10 MiB: refused before it is even read.
  await input.setInputFiles({ name: 'annual-report.pdf', mimeType: 'application/pdf', buffer: Buffer.concat([PDF, Buffer.alloc(10 * 1024 * 1024)]) });
  await expect(error).toHaveText('“annual-report.pdf” is larger than 10 MB, the limit for one file. Attach a smaller file, for example a PDF of the relevant pages only.');
  await expect(input).toHaveAttribute('aria-invalid', 'true');

  // PNG bytes under a .pdf name: the backend reads the content, not the name.
  await input.setInputFiles({ name: 'terms-of-reference.pdf', mimeType: 'application/pdf', buffer: PNG });
  await expect(error).toHaveText('“terms-of-reference.pdf” is named as a .pdf file but its content is image/png. Attach the original file under its real type.');

  // A program, honestly named.
  await input.setInputFiles({ name: 'setup.exe', mimeType: 'application/octet-stream', buffer: executable() });
  await expect(error).toContainText('“setup.exe” cannot be attached: files of this type');

  expect(await listed()).toEqual([]);
  await expect(indicator.getByText('No files attached.')).toBeVisible();

  // A real PDF is accepted, listed with its detected type and size, and can be removed.
  await input.setInputFiles({ name: 'terms-of-reference.pdf', mimeType: 'application/pdf', buffer: PDF });
  const item = indicator.locator('.evidence-item');
  await expect(item).toContainText('terms-of-reference.pdf');
  await expect(item).toContainText('PDF, 125 byte');
  await expect(error).toHaveText('');
  expect(await listed()).toHaveLength(1);
  await item.getByRole('button', { name: 'Remove terms-of-reference.pdf' }).click();
  await item.getByRole('button', { name: 'Remove terms-of-reference.pdf for good' }).click();
  await expect(indicator.getByText('No files attached.')).toBeVisible();
  expect(await listed()).toEqual([]);
});
