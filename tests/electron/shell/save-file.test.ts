import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { BrowserWindow, IpcMainInvokeEvent } from 'electron';
import * as electronModule from 'electron';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createSaveFileHandler, SAVE_DIALOG_FILTERS, writeFileAtomically } from '../../../electron/shell/save-file';
import { FakeBrowserWindow, type ElectronFake } from './electron-fake';

// The dialog is the fake's; the folder and the files written are real.
vi.mock('electron', async () => (await import('./electron-fake')).createElectronFake());
const electron = electronModule as unknown as ElectronFake;

let folder: string;
const fake = new FakeBrowserWindow({});
const window = fake as unknown as BrowserWindow;
const trusted = { sender: fake.webContents, senderFrame: fake.webContents.mainFrame } as unknown as IpcMainInvokeEvent;
const NAME = 'ETH-CO_2025_r1.fieldscore';
const BYTES = Buffer.from('PK\u0003\u0004 a package, more or less');
const request = { suggestedName: NAME, dataBase64: BYTES.toString('base64') };

function chooses(filePath: string): void {
  electron.dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath });
}

/** What the folder holds, names sorted: proof that no temporary file was left behind. */
function listing(): string[] {
  return fs.readdirSync(folder).sort();
}

beforeEach(() => {
  vi.clearAllMocks();
  folder = fs.mkdtempSync(path.join(os.tmpdir(), 'fieldscore-save-'));
});

afterEach(() => {
  fs.rmSync(folder, { recursive: true, force: true });
});

describe('save file handler', () => {
  it('shows the save dialog on the app window with the suggested name and the package filter, then writes the file there', async () => {
    const target = path.join(folder, 'renamed.fieldscore');
    chooses(target);
    const handler = createSaveFileHandler(() => window);
    expect(await handler(trusted, request)).toEqual({ saved: true, path: target });
    const [parent, options] = electron.dialog.showSaveDialog.mock.calls[0] as [unknown, Record<string, unknown>];
    expect(parent).toBe(window);
    expect(options).toMatchObject({ defaultPath: NAME, filters: [{ name: 'Fieldscore package', extensions: ['fieldscore', 'age'] }] });
    expect(options.filters).toEqual(SAVE_DIALOG_FILTERS);
    expect(fs.readFileSync(target)).toEqual(BYTES);
    expect(listing()).toEqual(['renamed.fieldscore']);
  });

  it('offers the filter of what is saved: a consolidated file, a spreadsheet; refuses any other kind of name', async () => {
    const handler = createSaveFileHandler(() => window);
    for (const [name, filter] of [
      ['Nairobi-hub_2026-01-15.fieldscore-set', { name: 'Fieldscore consolidated file', extensions: ['fieldscore-set'] }],
      ['KEN-RH_2025_r1_returned.fieldscore-review', { name: 'Fieldscore review file', extensions: ['fieldscore-review'] }],
      ['fieldscore-set_2026-01-15.xlsx', { name: 'Excel workbook', extensions: ['xlsx'] }],
      ['fieldscore-set_2026-01-15.csv', { name: 'CSV', extensions: ['csv'] }],
    ] as const) {
      electron.dialog.showSaveDialog.mockClear();
      chooses(path.join(folder, name));
      expect(await handler(trusted, { ...request, suggestedName: name })).toEqual({ saved: true, path: path.join(folder, name) });
      const [, options] = electron.dialog.showSaveDialog.mock.calls[0] as [unknown, Record<string, unknown>];
      expect(options.filters).toEqual([filter]);
    }
    expect(await handler(trusted, { ...request, suggestedName: 'setup.exe' })).toEqual({ saved: false, error: 'refused' });
  });

  it('replaces an existing file whole', async () => {
    const target = path.join(folder, NAME);
    fs.writeFileSync(target, 'an older export, longer than the new one will be'.repeat(10));
    chooses(target);
    expect(await createSaveFileHandler(() => window)(trusted, request)).toEqual({ saved: true, path: target });
    expect(fs.readFileSync(target)).toEqual(BYTES);
    expect(listing()).toEqual([NAME]);
  });

  it('writes nothing when the dialog is cancelled', async () => {
    electron.dialog.showSaveDialog.mockResolvedValueOnce({ canceled: true, filePath: path.join(folder, NAME) });
    expect(await createSaveFileHandler(() => window)(trusted, request)).toEqual({ saved: false });
    expect(listing()).toEqual([]);
  });

  it('refuses another sender, and a closed window, without showing a dialog', async () => {
    const other = new FakeBrowserWindow({});
    const stranger = { sender: other.webContents, senderFrame: other.webContents.mainFrame } as unknown as IpcMainInvokeEvent;
    expect(await createSaveFileHandler(() => window)(stranger, request)).toEqual({ saved: false, error: 'refused' });
    const subframe = {
      sender: fake.webContents,
      senderFrame: { ...fake.webContents.mainFrame, routingId: 2, parent: fake.webContents.mainFrame },
    } as unknown as IpcMainInvokeEvent;
    expect(await createSaveFileHandler(() => window)(subframe, request)).toEqual({ saved: false, error: 'refused' });
    expect(await createSaveFileHandler(() => null)(trusted, request)).toEqual({ saved: false, error: 'refused' });
    expect(electron.dialog.showSaveDialog).not.toHaveBeenCalled();
  });

  it('refuses a name that is not one plain file name', async () => {
    const handler = createSaveFileHandler(() => window);
    const names = [
      '',
      '.',
      '..',
      '../x.fieldscore',
      'a/b.fieldscore',
      'a\\b.fieldscore',
      '/etc/passwd',
      'C:x.fieldscore',
      '.hidden.fieldscore',
      'x..fieldscore',
      'x\u0000.fieldscore',
      'x\u202Eerocsdleif.exe',
      'x y.fieldscore',
      `${'a'.repeat(256)}.fieldscore`,
    ];
    for (const suggestedName of names) {
      expect(await handler(trusted, { ...request, suggestedName }), JSON.stringify(suggestedName)).toEqual({ saved: false, error: 'refused' });
    }
    expect(electron.dialog.showSaveDialog).not.toHaveBeenCalled();
  });

  it('refuses data that is not strict base64, is empty or too large, and payloads of another shape', async () => {
    const handler = createSaveFileHandler(() => window, { maxBytes: 12 });
    const payloads: unknown[] = [
      { ...request, dataBase64: '' },
      { ...request, dataBase64: 'UEsD BA==' },
      { ...request, dataBase64: 'UEsDBA' },
      { ...request, dataBase64: 'UEsDBB==' }, // non-zero padding bits
      { ...request, dataBase64: 'UEsDBA==\n' },
      { suggestedName: NAME, dataBase64: Buffer.alloc(13).toString('base64') },
      { ...request, extra: true },
      { suggestedName: NAME },
      'a string',
      null,
      [NAME, request.dataBase64],
    ];
    for (const payload of payloads) {
      expect(await handler(trusted, payload), JSON.stringify(payload)).toEqual({ saved: false, error: 'refused' });
    }
    expect(electron.dialog.showSaveDialog).not.toHaveBeenCalled();
    chooses(path.join(folder, NAME));
    expect(await handler(trusted, { suggestedName: NAME, dataBase64: Buffer.alloc(12).toString('base64') })).toMatchObject({ saved: true });
  });

  it('reports a failed write and leaves neither half a file nor its temporary file', async () => {
    const handler = createSaveFileHandler(() => window);
    // The failure is logged for support; kept out of the test output.
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    chooses(path.join(folder, 'no-such-folder', NAME));
    expect(await handler(trusted, request)).toEqual({ saved: false, error: 'write_failed', detail: 'ENOENT' });

    // The rename fails (a folder is in the way): the folder is untouched and the temporary file gone.
    const inTheWay = path.join(folder, NAME);
    fs.mkdirSync(inTheWay);
    fs.writeFileSync(path.join(inTheWay, 'keep.txt'), 'kept');
    chooses(inTheWay);
    expect(await handler(trusted, request)).toMatchObject({ saved: false, error: 'write_failed' });
    expect(errors).toHaveBeenCalledTimes(2);
    errors.mockRestore();
    expect(listing()).toEqual([NAME]);
    expect(fs.readdirSync(inTheWay)).toEqual(['keep.txt']);
  });
});

describe('writeFileAtomically', () => {
  it('never shows a partial file under the target name: the content appears whole on rename', async () => {
    const target = path.join(folder, NAME);
    fs.writeFileSync(target, 'previous');
    const big = Buffer.alloc(8 * 1024 * 1024, 7);
    const renames = vi.spyOn(fs.promises, 'rename');
    await writeFileAtomically(target, big);
    // Written under another name in the same folder, then renamed onto the target.
    const [from, to] = renames.mock.calls[0] as [string, string];
    renames.mockRestore();
    expect(path.dirname(from)).toBe(folder);
    expect(path.basename(from)).toMatch(/^\.ETH-CO_2025_r1\.fieldscore\.[0-9a-f]{12}\.part$/);
    expect(to).toBe(target);
    expect(fs.readFileSync(target).equals(big)).toBe(true);
    expect(listing()).toEqual([NAME]);
  });
});
