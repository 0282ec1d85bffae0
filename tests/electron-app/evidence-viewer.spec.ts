import { expect } from '@playwright/test';
import { electronSkipReason } from './fixtures/electron-runtime';
import { desktopTest as test } from './fixtures/desktop-app';

// The hub's evidence viewer in the real desktop window: what tests/e2e/hub-office.spec.ts shows in
// Chromium, here under the shell's own policy (app:// CSP, navigation guard, plugins for the PDF
// viewer). tests/electron/shell/evidence-viewer-policy.test.ts checks the same modules with
// electron mocked; this checks what Electron does with them.
const skipReason = electronSkipReason();
test.skip(skipReason !== '', skipReason);

/** A one-page PDF any viewer opens (the demo's evidence is built the same way). */
const PDF = [
  '%PDF-1.4',
  '1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj',
  '2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj',
  '3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >> endobj',
  'trailer << /Root 1 0 R >>',
  '%%EOF',
].join('\n');

test("a blob: image shows and a blob: PDF opens in the built-in viewer inside a frame", async ({ desktop }) => {
  const { window } = desktop;
  const image = await window.evaluate(
    () =>
      new Promise<number>((resolve) => {
        const canvas = document.createElement('canvas');
        canvas.width = 3;
        canvas.height = 2;
        canvas.toBlob((blob) => {
          const img = new Image();
          img.onload = () => resolve(img.naturalWidth);
          img.onerror = () => resolve(-1);
          img.src = URL.createObjectURL(blob!);
        }, 'image/png');
      }),
  );
  expect(image).toBe(3);

  await window.evaluate((text) => {
    const frame = document.createElement('iframe');
    frame.id = 'pdf-probe';
    frame.title = 'PDF';
    frame.src = URL.createObjectURL(new Blob([text], { type: 'application/pdf' }));
    document.body.append(frame);
  }, PDF);
  await expect
    .poll(() => window.evaluate(() => (document.getElementById('pdf-probe') as HTMLIFrameElement).contentDocument?.contentType ?? null))
    .toBe('application/pdf');
});
