import { beforeAll, describe, expect, it, vi } from 'vitest';
import * as electronModule from 'electron';
import { OPERATION_NAMES } from '../../../shared/api/contract';
import { IPC_INVOKE_CHANNEL, IPC_PRINT_REPORT_CHANNEL, IPC_SAVE_FILE_CHANNEL } from '../../../shared/api/ipc-channel';
import type { ElectronFake } from './electron-fake';

// electron/preload.ts sits beside main.ts; its test lives with the other shell tests.
vi.mock('electron', async () => (await import('./electron-fake')).createElectronFake());
const electron = electronModule as unknown as ElectronFake;

let exposed: Record<string, unknown>;
let shell: Record<string, unknown>;

beforeAll(async () => {
  await import('../../../electron/preload');
  const calls = electron.contextBridge.exposeInMainWorld.mock.calls as [string, Record<string, unknown>][];
  expect(calls.map(([key]) => key)).toEqual(['fieldscore', 'fieldscoreShell']);
  exposed = calls[0]![1];
  shell = calls[1]![1];
});

describe('preload', () => {
  it('exposes exactly one function per contract operation and nothing else', () => {
    expect(Object.keys(exposed).sort()).toEqual([...OPERATION_NAMES].sort());
    for (const name of OPERATION_NAMES) expect(typeof exposed[name]).toBe('function');
    expect(exposed).not.toHaveProperty('invoke');
    expect(exposed).not.toHaveProperty('ipcRenderer');
  });

  it('sends each call on the one channel under its own operation name', async () => {
    for (const name of OPERATION_NAMES) {
      electron.ipcRenderer.invoke.mockClear();
      const request = { probe: name };
      await (exposed[name] as (request: unknown) => Promise<unknown>)(request);
      expect(electron.ipcRenderer.invoke).toHaveBeenCalledExactlyOnceWith(IPC_INVOKE_CHANNEL, name, request);
    }
  });

  it('returns what the main process answers', async () => {
    electron.ipcRenderer.invoke.mockResolvedValueOnce({ ok: false, error: { code: 'forbidden', messageKey: 'errors.forbidden' } });
    await expect((exposed['app.status'] as (r: unknown) => Promise<unknown>)({})).resolves.toEqual({
      ok: false,
      error: { code: 'forbidden', messageKey: 'errors.forbidden' },
    });
  });
});

describe('preload: the shell', () => {
  it('exposes only saveFile and printReport; saveFile sends its one argument on the save channel', async () => {
    expect(Object.keys(shell)).toEqual(['saveFile', 'printReport']);
    electron.ipcRenderer.invoke.mockClear();
    electron.ipcRenderer.invoke.mockResolvedValueOnce({ saved: true, path: '/home/a/ETH-CO_2025_r1.fieldscore' });
    const request = { suggestedName: 'ETH-CO_2025_r1.fieldscore', dataBase64: 'UEsDBA==' };
    await expect((shell.saveFile as (r: unknown, extra?: unknown) => Promise<unknown>)(request, 'ignored')).resolves.toEqual({
      saved: true,
      path: '/home/a/ETH-CO_2025_r1.fieldscore',
    });
    expect(electron.ipcRenderer.invoke).toHaveBeenCalledExactlyOnceWith(IPC_SAVE_FILE_CHANNEL, request);
  });

  it('printReport sends its one argument on the print channel, and nothing else', async () => {
    electron.ipcRenderer.invoke.mockClear();
    electron.ipcRenderer.invoke.mockResolvedValueOnce({ printed: true, path: '/home/a/FS-2025-KEN-RH_en.pdf' });
    const request = { report: { kind: 'office', assessmentId: '00000000-0000-4000-8000-000000000000', from: 'field' }, language: 'en', paper: 'a4', action: 'pdf' };
    await expect((shell.printReport as (r: unknown, extra?: unknown) => Promise<unknown>)(request, 'ignored')).resolves.toEqual({
      printed: true,
      path: '/home/a/FS-2025-KEN-RH_en.pdf',
    });
    expect(electron.ipcRenderer.invoke).toHaveBeenCalledExactlyOnceWith(IPC_PRINT_REPORT_CHANNEL, request);
  });
});
