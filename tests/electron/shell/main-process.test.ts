import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import * as electronModule from 'electron';
import { IPC_INVOKE_CHANNEL, IPC_PRINT_REPORT_CHANNEL, IPC_SAVE_FILE_CHANNEL } from '../../../shared/api/ipc-channel';
import type { ApiResult } from '../../../shared/api/app-error';
import { openBackend } from '../../../electron/backend/open-backend';
import { FakeBrowserWindow, FakeWebContents, type ElectronFake } from './electron-fake';

// electron/main.ts, wired to a fake electron module and the real backend on a temporary folder.
vi.mock('electron', async () => (await import('./electron-fake')).createElectronFake());
const electron = electronModule as unknown as ElectronFake;

type Invoke = (event: unknown, name: unknown, payload: unknown) => Promise<ApiResult<unknown>>;

let base: string;
let dataDir: string;
const savedDataDir = process.env.FIELDSCORE_DATA_DIR;

function resetFake(): void {
  vi.clearAllMocks();
  electron.app.removeAllListeners();
  electron.app.paths = { appData: path.join(base, 'appData') };
  electron.app.appPath = path.join(base, 'app');
  // An app folder without shipped frameworks is enough here; the backend's own tests cover them.
  fs.mkdirSync(path.join(base, 'app', 'resources', 'frameworks'), { recursive: true });
  electron.app.gotLock = true;
  electron.app.isPackaged = false;
  FakeBrowserWindow.created = [];
}

async function launchMain(): Promise<void> {
  vi.resetModules();
  await import('../../../electron/main');
}

function invokeHandler(): Invoke {
  const call = electron.ipcMain.handle.mock.calls[0] as [string, Invoke];
  expect(call[0]).toBe(IPC_INVOKE_CHANNEL);
  return call[1];
}

type SaveHandler = (event: unknown, request: unknown) => Promise<unknown>;

function saveHandler(): SaveHandler {
  const call = electron.ipcMain.handle.mock.calls[1] as [string, SaveHandler];
  expect(call[0]).toBe(IPC_SAVE_FILE_CHANNEL);
  return call[1];
}

beforeEach(() => {
  base = fs.mkdtempSync(path.join(os.tmpdir(), 'fieldscore-main-'));
  dataDir = path.join(base, 'data');
  process.env.FIELDSCORE_DATA_DIR = dataDir;
  resetFake();
});

afterEach(() => {
  if (savedDataDir === undefined) delete process.env.FIELDSCORE_DATA_DIR;
  else process.env.FIELDSCORE_DATA_DIR = savedDataDir;
  fs.rmSync(base, { recursive: true, force: true });
});

describe('main process', () => {
  it('quits at once, touching nothing, when another instance holds the lock', async () => {
    electron.app.gotLock = false;
    await launchMain();
    expect(electron.app.quit).toHaveBeenCalled();
    expect(electron.ipcMain.handle).not.toHaveBeenCalled();
    expect(electron.app.whenReady).not.toHaveBeenCalled();
    expect(fs.existsSync(dataDir)).toBe(false);
  });

  it('opens a secure window on the app URL and serves the real backend over IPC to that window only', async () => {
    await launchMain();
    // userData is pinned to <appData>/Fieldscore, as the browser bridge computes it.
    expect(electron.app.setPath).toHaveBeenCalledWith('userData', path.join(base, 'appData', 'Fieldscore'));
    expect(electron.protocol.registerSchemesAsPrivileged).toHaveBeenCalled();
    await vi.waitFor(() => expect(FakeBrowserWindow.created).toHaveLength(1));
    const window = FakeBrowserWindow.created[0] as FakeBrowserWindow;
    expect(window.loadedUrl).toBe('app://fieldscore/index.html');
    expect(window.options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webviewTag: false,
      preload: path.join(base, 'app', 'dist', 'electron', 'preload.cjs'),
    });
    const session = electron.session.defaultSession;
    expect(session.setPermissionRequestHandler).toHaveBeenCalled();
    expect(session.setPermissionCheckHandler).toHaveBeenCalled();
    expect(session.protocol.handle.mock.calls[0]?.[0]).toBe('app');
    expect(electron.Menu.setApplicationMenu).toHaveBeenCalled();

    const invoke = invokeHandler();
    const trusted = { sender: window.webContents, senderFrame: window.webContents.mainFrame };
    const status = await invoke(trusted, 'app.status', {});
    expect(status).toMatchObject({ ok: true, value: { mode: 'electron', appVersion: '1.2.3', dataDir, database: { state: 'ready' } } });

    const stranger = new FakeWebContents();
    expect(await invoke({ sender: stranger, senderFrame: stranger.mainFrame }, 'app.status', {})).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });

    // The save dialog's channel: attached to this window, refused to anything else. (The third: printing reports.)
    expect(electron.ipcMain.handle).toHaveBeenCalledTimes(3);
    expect(electron.ipcMain.handle.mock.calls[2]?.[0]).toBe(IPC_PRINT_REPORT_CHANNEL);
    const save = saveHandler();
    const target = path.join(base, 'ETH-CO_2025_r1.fieldscore');
    electron.dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: target });
    const request = { suggestedName: 'ETH-CO_2025_r1.fieldscore', dataBase64: Buffer.from('package').toString('base64') };
    expect(await save(trusted, request)).toEqual({ saved: true, path: target });
    expect(electron.dialog.showSaveDialog.mock.calls[0]?.[0]).toBe(window);
    expect(fs.readFileSync(target, 'utf8')).toBe('package');
    expect(await save({ sender: stranger, senderFrame: stranger.mainFrame }, request)).toEqual({ saved: false, error: 'refused' });
    expect(electron.dialog.showSaveDialog).toHaveBeenCalledTimes(1);

    // Every web contents gets the navigation guard.
    const created = new FakeWebContents();
    electron.app.emit('web-contents-created', {}, created);
    expect(created.windowOpenHandler?.({ url: 'https://evil.example/' })).toEqual({ action: 'deny' });

    // A second launch focuses this window.
    window.minimized = true;
    electron.app.emit('second-instance', {}, [], '');
    expect(window.restore).toHaveBeenCalled();
    expect(window.focus).toHaveBeenCalled();

    // Quit waits for the backend to close (lock released), then quits for real.
    const quitEvent = { preventDefault: vi.fn() };
    electron.app.emit('before-quit', quitEvent);
    expect(quitEvent.preventDefault).toHaveBeenCalled();
    await vi.waitFor(() => expect(electron.app.quit).toHaveBeenCalled());
    expect(fs.existsSync(path.join(dataDir, 'fieldscore.lock'))).toBe(false);
    const secondQuit = { preventDefault: vi.fn() };
    electron.app.emit('before-quit', secondQuit);
    expect(secondQuit.preventDefault).not.toHaveBeenCalled();
  });

  it('tells the user in their language and exits when the data folder cannot be opened', async () => {
    const holder = await openBackend({ dataDir, resourcesDir: path.join(base, 'none'), appVersion: '0', mode: 'node', log: () => undefined });
    try {
      await launchMain();
      await vi.waitFor(() => expect(electron.app.exit).toHaveBeenCalledWith(1));
      const [title, message] = electron.dialog.showErrorBox.mock.calls[0] as [string, string];
      expect(title).toBe('Fieldscore');
      expect(message).toContain('Fieldscore ne peut pas ouvrir son dossier de données.');
      expect(message).toContain(dataDir);
      expect(FakeBrowserWindow.created).toHaveLength(0);
    } finally {
      await holder.close();
    }
  });
});
