import type { BrowserWindow, IpcMainInvokeEvent } from 'electron';
import { describe, expect, it } from 'vitest';
import { createInvokeHandler } from '../../../electron/shell/ipc-invoke-handler';
import { fakeBackend } from '../bridge/fake-backend';
import { FakeBrowserWindow } from './electron-fake';

describe('createInvokeHandler', () => {
  const fake = new FakeBrowserWindow({});
  const window = fake as unknown as BrowserWindow;
  const trusted = { sender: fake.webContents, senderFrame: fake.webContents.mainFrame } as unknown as IpcMainInvokeEvent;

  it("dispatches calls from the app's window to the backend", async () => {
    const backend = fakeBackend();
    const handler = createInvokeHandler(() => backend, () => window);
    expect(await handler(trusted, 'app.status', {})).toEqual({ ok: true, value: { echo: 'app.status', payload: {} } });
    expect(backend.calls).toEqual([{ name: 'app.status', payload: {} }]);
  });

  it('answers forbidden to any other sender without reaching the backend', async () => {
    const backend = fakeBackend();
    const other = new FakeBrowserWindow({});
    const handler = createInvokeHandler(() => backend, () => window);
    const result = await handler(
      { sender: other.webContents, senderFrame: other.webContents.mainFrame } as unknown as IpcMainInvokeEvent,
      'app.status',
      {},
    );
    expect(result).toMatchObject({ ok: false, error: { code: 'forbidden', messageKey: 'errors.forbidden' } });
    expect(backend.calls).toEqual([]);
  });

  it('answers an error envelope while the backend is closed', async () => {
    const handler = createInvokeHandler(() => null, () => window);
    expect(await handler(trusted, 'app.status', {})).toMatchObject({ ok: false, error: { code: 'internal' } });
  });
});
