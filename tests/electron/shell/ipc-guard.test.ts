import type { BrowserWindow } from 'electron';
import { describe, expect, it } from 'vitest';
import { isTrustedSender, type InvokeSender } from '../../../electron/shell/ipc-guard';
import { FakeBrowserWindow, type FakeFrame, type FakeWebContents } from './electron-fake';

function setup() {
  const fake = new FakeBrowserWindow({});
  const window = fake as unknown as BrowserWindow;
  const event = (frame: FakeFrame | null, sender: FakeWebContents = fake.webContents) =>
    ({ sender, senderFrame: frame }) as unknown as InvokeSender;
  return { fake, window, event };
}

describe('isTrustedSender', () => {
  it("accepts the main frame of the app's window showing the app", () => {
    const { fake, window, event } = setup();
    expect(isTrustedSender(event(fake.webContents.mainFrame), window)).toBe(true);
  });

  it('rejects a subframe of the app window, even one showing the app', () => {
    const { fake, window, event } = setup();
    const sub: FakeFrame = { processId: 7, routingId: 2, parent: fake.webContents.mainFrame, url: 'app://fieldscore/index.html' };
    expect(isTrustedSender(event(sub), window)).toBe(false);
  });

  it('rejects a frame that claims no parent but is not the main frame', () => {
    const { window, event } = setup();
    expect(isTrustedSender(event({ processId: 8, routingId: 1, parent: null, url: 'app://fieldscore/index.html' }), window)).toBe(false);
    expect(isTrustedSender(event({ processId: 7, routingId: 9, parent: null, url: 'app://fieldscore/index.html' }), window)).toBe(false);
  });

  it('rejects the main frame once it shows another URL', () => {
    const { fake, window, event } = setup();
    for (const url of ['https://evil.example/', 'file:///tmp/x.html', 'data:text/html,x', 'app://other/index.html']) {
      fake.webContents.mainFrame.url = url;
      expect(isTrustedSender(event(fake.webContents.mainFrame), window)).toBe(false);
    }
  });

  it('rejects another window', () => {
    const { window } = setup();
    const other = new FakeBrowserWindow({});
    const otherEvent = { sender: other.webContents, senderFrame: other.webContents.mainFrame } as unknown as InvokeSender;
    expect(isTrustedSender(otherEvent, window)).toBe(false);
  });

  it('rejects a destroyed frame, a destroyed window and no window', () => {
    const { fake, window, event } = setup();
    expect(isTrustedSender(event(null), window)).toBe(false);
    expect(isTrustedSender(event(fake.webContents.mainFrame), null)).toBe(false);
    fake.destroyed = true;
    expect(isTrustedSender(event(fake.webContents.mainFrame), window)).toBe(false);
  });
});
