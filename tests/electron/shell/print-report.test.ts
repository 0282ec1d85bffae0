// The desktop shell's printing with `electron` mocked, as the other shell tests do — but what
// stands behind the fake is real: the backend (a real SQLite data folder holding the example
// package), the report page (dist/renderer/report.html) and a real Chromium that renders it and
// prints the PDF the fake window's printToPDF returns (its Electron options mapped back to
// Chromium's). The dialogs are the fake's; the files written are real.
// Needs dist/: run under the dist lock, after a build.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { BrowserWindow, IpcMainInvokeEvent } from 'electron';
import * as electronModule from 'electron';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { createPrintReportHandler, PDF_DIALOG_FILTERS, REPORT_PAGE_URL } from '../../../electron/shell/print-report';
import { readPackageFile } from '../../../electron/packages/package-reader';
import { REPORT_ERROR_KEYS } from '../../../shared/reports/report-errors';
import { ROOT, workflowFixture, type Client } from '../backend/workflow-backend';
import { isPaper, pdfInfo, pdfPagesText } from '../reports/pdf-checks';
import { FakeBrowserWindow, FakeWebContents, type ElectronFake } from './electron-fake';

vi.mock('electron', async () => (await import('./electron-fake')).createElectronFake());
const electron = electronModule as unknown as ElectronFake;

const EXAMPLE = path.join(ROOT, 'docs/examples/KEN-RH_2025_r1.fieldscore');
const REPORT_PAGE = pathToFileURL(path.join(ROOT, 'dist', 'renderer', 'report.html')).href;

interface PrintCall {
  options: Record<string, unknown>;
  callback: (success: boolean, failureReason: string) => void;
}

/** What the shell does to its hidden windows, recorded; rendering and printing done by the real Chromium page. */
let page: Page;
let browser: Browser;
const printCalls: PrintCall[] = [];
const destroyed: FakeBrowserWindow[] = [];
let pdfOptions: Record<string, unknown>[] = [];
let nextPrint: ((call: PrintCall) => void) | null = null;

Object.assign(FakeBrowserWindow.prototype, {
  destroy(this: FakeBrowserWindow) {
    this.destroyed = true;
    destroyed.push(this);
  },
  async loadURL(this: FakeBrowserWindow, url: string) {
    this.loadedUrl = url;
    // app://fieldscore/report.html is dist/renderer/report.html, as app-protocol.ts serves it.
    if (url === REPORT_PAGE_URL) await page.goto(REPORT_PAGE);
  },
});
Object.assign(FakeWebContents.prototype, {
  executeJavaScript: (script: string) => page.evaluate(script),
  printToPDF: async (options: Record<string, unknown>) => {
    pdfOptions.push(options);
    return page.pdf({
      preferCSSPageSize: options.preferCSSPageSize as boolean,
      printBackground: options.printBackground as boolean,
      tagged: options.generateTaggedPDF as boolean,
      outline: options.generateDocumentOutline as boolean,
    });
  },
  print: (options: Record<string, unknown>, callback: PrintCall['callback']) => {
    const call = { options, callback };
    printCalls.push(call);
    nextPrint?.(call);
  },
});

const fixture = workflowFixture();
let hub: Client;
let assessmentId: string;
let folder: string;
const main = new FakeBrowserWindow({});
const mainWindow = main as unknown as BrowserWindow;
const trusted = { sender: main.webContents, senderFrame: main.webContents.mainFrame } as unknown as IpcMainInvokeEvent;
const handler = () => createPrintReportHandler(() => mainWindow, () => hub.backend);
const request = (overrides: Record<string, unknown> = {}) => ({
  report: { kind: 'office', assessmentId, from: 'hub' },
  language: 'en',
  paper: 'a4',
  action: 'pdf',
  ...overrides,
});
const hiddenWindows = () => FakeBrowserWindow.created.filter((window) => window !== main);

beforeAll(async () => {
  folder = fs.mkdtempSync(path.join(os.tmpdir(), 'fieldscore-print-'));
  browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--allow-file-access-from-files'] });
  page = await browser.newPage();
  hub = await fixture.start(undefined, path.join(ROOT, 'resources'));
  const bytes = fs.readFileSync(EXAMPLE);
  await hub.call('hub.import', { fileName: path.basename(EXAMPLE), dataBase64: bytes.toString('base64'), decidedBy: 'H. Hub' });
  const read = await readPackageFile(EXAMPLE);
  if (!read.ok) throw new Error(read.reason.code);
  assessmentId = read.package.document.id;
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await hub?.close();
  fixture.cleanup();
  fs.rmSync(folder, { recursive: true, force: true });
});

beforeEach(() => {
  vi.clearAllMocks();
  FakeBrowserWindow.created.splice(0, FakeBrowserWindow.created.length, main);
  destroyed.length = 0;
  printCalls.length = 0;
  pdfOptions = [];
  nextPrint = null;
});

describe('Save as PDF in the desktop app', () => {
  it('renders the backend’s report in a hidden sandboxed window, prints it with the shared options, saves where the user chose', async () => {
    const target = path.join(folder, 'chosen.pdf');
    electron.dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: target });
    expect(await handler()(trusted, request({ language: 'ar', paper: 'letter' }))).toEqual({ printed: true, path: target });

    const [hidden, ...others] = hiddenWindows();
    expect(others).toEqual([]);
    expect(hidden!.options).toMatchObject({ show: false, webPreferences: { sandbox: true, contextIsolation: true, nodeIntegration: false, devTools: false } });
    expect(hidden!.options.webPreferences).not.toHaveProperty('preload');
    expect(hidden!.loadedUrl).toBe('app://fieldscore/report.html');
    expect(destroyed).toEqual([hidden]);
    expect(pdfOptions).toEqual([
      { preferCSSPageSize: true, printBackground: true, generateTaggedPDF: true, generateDocumentOutline: true, displayHeaderFooter: false },
    ]);

    const [parent, dialogOptions] = electron.dialog.showSaveDialog.mock.calls[0] as [unknown, Record<string, unknown>];
    expect(parent).toBe(mainWindow);
    expect(dialogOptions).toMatchObject({ defaultPath: 'FS-2025-KEN-RH_ar.pdf', filters: PDF_DIALOG_FILTERS });

    const info = pdfInfo(target);
    expect(info).toMatchObject({ tagged: true, lang: 'ar', outline: true });
    expect(info.pageSizes.every((size) => isPaper(size, 'letter', 'portrait') || isPaper(size, 'letter', 'landscape'))).toBe(true);
    for (const text of pdfPagesText(target)) expect(text).toContain('FS/2025/KEN-RH');
    expect(fs.readdirSync(folder).filter((name) => name.includes('.part'))).toEqual([]);
  }, 60_000);

  it('writes nothing when the save dialog is closed', async () => {
    electron.dialog.showSaveDialog.mockResolvedValueOnce({ canceled: true });
    const before = fs.readdirSync(folder);
    expect(await handler()(trusted, request())).toEqual({ printed: false, cancelled: true });
    expect(fs.readdirSync(folder)).toEqual(before);
    expect(destroyed).toHaveLength(1);
  }, 60_000);
});

describe('Print in the desktop app', () => {
  it('opens the system’s print dialog on the rendered report and says what became of it', async () => {
    nextPrint = (call) => call.callback(true, '');
    expect(await handler()(trusted, request({ action: 'print' }))).toEqual({ printed: true });
    expect(printCalls[0]!.options).toEqual({ silent: false, printBackground: true });
    // The page the dialog prints is the rendered report: its title is the document's.
    expect(await page.title()).toContain('Nairobi');

    nextPrint = (call) => call.callback(false, 'cancelled');
    expect(await handler()(trusted, request({ action: 'print' }))).toEqual({ printed: false, cancelled: true });
    nextPrint = (call) => call.callback(false, 'Printer offline');
    expect(await handler()(trusted, request({ action: 'print' }))).toEqual({
      printed: false,
      error: { code: 'internal', messageKey: REPORT_ERROR_KEYS.printFailed, params: { detail: 'Printer offline' } },
    });
    expect(destroyed).toHaveLength(3);
    expect(electron.dialog.showSaveDialog).not.toHaveBeenCalled();
  }, 60_000);
});

describe('what the shell refuses', () => {
  it('answers only the app’s own window, and opens nothing for anyone else', async () => {
    const stranger = new FakeWebContents();
    const result = await handler()({ sender: stranger, senderFrame: stranger.mainFrame } as unknown as IpcMainInvokeEvent, request());
    expect(result).toEqual({ printed: false, error: { code: 'forbidden', messageKey: 'errors.forbidden' } });
    const subframe = { ...main.webContents.mainFrame, parent: main.webContents.mainFrame, routingId: 9 };
    expect(await handler()({ sender: main.webContents, senderFrame: subframe } as unknown as IpcMainInvokeEvent, request())).toMatchObject({ printed: false });
    expect(hiddenWindows()).toEqual([]);
  });

  it('takes exactly its payload: no data of the page’s own, no other action, no unknown key', async () => {
    for (const payload of [
      { ...request(), input: { kind: 'office', data: {} } },
      request({ action: 'email' }),
      request({ paper: 'a3' }),
      request({ report: { kind: 'office', assessmentId: '../../etc', from: 'hub' } }),
      'pdf',
      null,
    ]) {
      expect(await handler()(trusted, payload)).toEqual({ printed: false, error: { code: 'invalid_request', messageKey: 'errors.invalid_request' } });
    }
    expect(hiddenWindows()).toEqual([]);
  });

  it('passes on why the backend could not make the report, without opening a window', async () => {
    const result = await handler()(trusted, request({ report: { kind: 'office', assessmentId, from: 'field' } }));
    expect(result).toMatchObject({ printed: false, error: { code: 'not_found' } });
    const draft = await hub.create();
    expect(await handler()(trusted, request({ report: { kind: 'office', assessmentId: draft.id, from: 'field' } }))).toMatchObject({
      printed: false,
      error: { messageKey: 'packages.errors.not_submitted' },
    });
    expect(hiddenWindows()).toEqual([]);
  });

  it('says the report could not be rendered when the page fails, and closes the window', async () => {
    const failing = vi.spyOn(FakeWebContents.prototype as unknown as { executeJavaScript: () => Promise<unknown> }, 'executeJavaScript');
    failing.mockRejectedValueOnce(new Error('Script failed to execute: reports.errors.render_failed: masthead: Required'));
    expect(await handler()(trusted, request())).toEqual({
      printed: false,
      error: { code: 'internal', messageKey: REPORT_ERROR_KEYS.renderFailed, params: { detail: 'masthead: Required' } },
    });
    failing.mockRestore();
    expect(destroyed).toHaveLength(1);
  });
});
