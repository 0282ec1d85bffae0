import fs from 'node:fs';
import path from 'node:path';
import type { WebContents } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../../electron/bridge/security-headers';
import { isAppBlobUrl } from '../../../electron/shell/navigation-policy';
import { guardWebContents } from '../../../electron/shell/web-contents-guard';
import { secureWebPreferences } from '../../../electron/shell/window-options';
import { FakeWebContents } from './electron-fake';

// What the hub's evidence viewer needs of the security policy (renderer/screens/hub-office/evidence-viewer.tsx):
// images and PDFs from blob: URLs the page makes, and nothing wider.

const APP_BLOB = 'blob:app://fieldscore/0d5c2f4e-8b9a-4c3d-9e1f-2a3b4c5d6e7f';

/** "img-src 'self' data: blob:" → { img-src: ["'self'", 'data:', 'blob:'] }. */
function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter((words) => words[0])
      .map(([name, ...sources]) => [name!, sources]),
  );
}

describe('the content-security policy and the evidence viewer', () => {
  const policy = directives(CONTENT_SECURITY_POLICY);

  it('allows blob: for images and frames only, and keeps plugins, scripts and styles off it', () => {
    expect(policy.get('img-src')).toEqual(["'self'", 'data:', 'blob:']);
    expect(policy.get('frame-src')).toEqual(["'self'", 'blob:']);
    const withBlob = [...policy].filter(([, sources]) => sources.includes('blob:')).map(([name]) => name);
    expect(withBlob.sort()).toEqual(['frame-src', 'img-src']);
    expect(policy.get('object-src')).toEqual(["'none'"]);
    expect(policy.get('script-src')).toEqual(["'self'"]);
    expect(policy.get('default-src')).toEqual(["'self'"]);
    // No wildcard, no remote scheme anywhere.
    expect([...policy.values()].flat().filter((source) => /^(\*|https?:|data:.*\*|filesystem:)/.test(source))).toEqual([]);
  });

  it("is granted the same by the page's own meta policy (both policies apply, so they must agree)", () => {
    const html = fs.readFileSync(path.resolve(import.meta.dirname, '../../../renderer/index.html'), 'utf8');
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html);
    expect(meta).not.toBeNull();
    const page = directives(meta![1]!);
    expect(page.get('img-src')).toEqual(policy.get('img-src'));
    expect(page.get('frame-src')).toEqual(policy.get('frame-src'));
    expect(page.get('object-src')).toEqual(["'none'"]);
  });
});

describe('the desktop shell and the evidence viewer', () => {
  function navigationRefused(isMainFrame: boolean | undefined, url: string): boolean {
    const contents = new FakeWebContents();
    guardWebContents(contents as unknown as WebContents);
    const event = { url, isMainFrame, preventDefault: vi.fn() };
    contents.emit('will-frame-navigate', event);
    return event.preventDefault.mock.calls.length > 0;
  }

  it("lets a frame show a blob the app's page made, never the window", () => {
    expect(navigationRefused(false, APP_BLOB)).toBe(false);
    expect(navigationRefused(true, APP_BLOB)).toBe(true);
    // An event that does not say which frame is treated as the window.
    expect(navigationRefused(undefined, APP_BLOB)).toBe(true);
    for (const url of [
      'blob:https://evil.example/0d5c2f4e-8b9a-4c3d-9e1f-2a3b4c5d6e7f',
      'blob:null/0d5c2f4e-8b9a-4c3d-9e1f-2a3b4c5d6e7f',
      'blob:app://fieldscore.evil/0d5c2f4e-8b9a-4c3d-9e1f-2a3b4c5d6e7f',
      `${APP_BLOB}#page=2`,
      `${APP_BLOB}/../x`,
      'data:application/pdf;base64,JVBERi0=',
      'file:///tmp/evidence.pdf',
      'https://evil.example/report.pdf',
    ]) {
      expect(navigationRefused(false, url), url).toBe(true);
      expect(isAppBlobUrl(url), url).toBe(false);
    }
  });

  it('a main-frame navigation to the blob is refused by will-navigate as before', () => {
    const contents = new FakeWebContents();
    guardWebContents(contents as unknown as WebContents);
    const event = { url: APP_BLOB, preventDefault: vi.fn() };
    contents.emit('will-navigate', event);
    expect(event.preventDefault).toHaveBeenCalled();
  });

  it("enables Electron's built-in PDF viewer and nothing else changes in the window's isolation", () => {
    const prefs = secureWebPreferences('/p.cjs', false);
    expect(prefs.plugins).toBe(true);
    expect(prefs).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, nodeIntegrationInSubFrames: false, webviewTag: false });
  });
});
