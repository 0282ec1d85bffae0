import type { WebContents } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { guardWebContents } from '../../../electron/shell/web-contents-guard';
import { FakeWebContents } from './electron-fake';

function guarded() {
  const contents = new FakeWebContents();
  guardWebContents(contents as unknown as WebContents);
  return contents;
}

function emitNavigation(contents: FakeWebContents, eventName: string, url: string): boolean {
  const event = { url, preventDefault: vi.fn() };
  contents.emit(eventName, event, url);
  return event.preventDefault.mock.calls.length > 0;
}

describe('guardWebContents', () => {
  it.each(['will-navigate', 'will-frame-navigate', 'will-redirect'])('lets %s stay inside the app', (eventName) => {
    const contents = guarded();
    expect(emitNavigation(contents, eventName, 'app://fieldscore/index.html')).toBe(false);
  });

  it.each(['will-navigate', 'will-frame-navigate', 'will-redirect'])('blocks %s to anything else', (eventName) => {
    const contents = guarded();
    for (const url of ['https://evil.example/', 'file:///etc/passwd', 'javascript:alert(1)', 'data:text/html,x', 'http://127.0.0.1:4873/']) {
      expect(emitNavigation(contents, eventName, url)).toBe(true);
    }
  });

  it('denies every new window, external links included', () => {
    const contents = guarded();
    expect(contents.windowOpenHandler?.({ url: 'https://www.un.org/' })).toEqual({ action: 'deny' });
    expect(contents.windowOpenHandler?.({ url: 'app://fieldscore/index.html' })).toEqual({ action: 'deny' });
  });

  it('refuses to attach webviews', () => {
    const contents = guarded();
    const event = { preventDefault: vi.fn() };
    contents.emit('will-attach-webview', event, {}, { src: 'https://evil.example/' });
    expect(event.preventDefault).toHaveBeenCalled();
  });
});
