import fs from 'node:fs';
import { expect } from '@playwright/test';
import { OPERATION_NAMES } from '../../shared/api/contract';
import { CONTENT_SECURITY_POLICY } from '../../electron/bridge/security-headers';
import { electronSkipReason } from './fixtures/electron-runtime';
import { desktopTest as test } from './fixtures/desktop-app';

// The shell's security settings as the running app has them (tests/electron/shell/ checks the
// same modules with electron mocked; this checks that they are what Electron actually applied).
const skipReason = electronSkipReason();
test.skip(skipReason !== '', skipReason);

test('the window runs with contextIsolation and the sandbox, without Node integration; the page sees no Node', async ({ desktop }) => {
  const applied = await desktop.app.evaluate(({ BrowserWindow }) => {
    const windows = BrowserWindow.getAllWindows();
    const contents = windows[0]?.webContents;
    // Undocumented but long-standing (and what the security checks of many Electron apps read):
    // the preferences Electron applied to this web contents, not the ones we asked for.
    const applied = (contents as unknown as { getLastWebPreferences?: () => Record<string, unknown> | null } | undefined)?.getLastWebPreferences?.();
    const pick = (key: string) => applied?.[key];
    return {
      windows: windows.length,
      rendererPid: contents?.getOSProcessId() ?? 0,
      preferences: applied
        ? {
            contextIsolation: pick('contextIsolation'),
            sandbox: pick('sandbox'),
            nodeIntegration: pick('nodeIntegration'),
            nodeIntegrationInSubFrames: pick('nodeIntegrationInSubFrames'),
            nodeIntegrationInWorker: pick('nodeIntegrationInWorker'),
            webviewTag: pick('webviewTag'),
            webSecurity: pick('webSecurity'),
          }
        : 'webContents.getLastWebPreferences() is not there',
    };
  });
  expect(applied.windows).toBe(1);
  expect(applied.preferences).toEqual({
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInSubFrames: false,
    nodeIntegrationInWorker: false,
    webviewTag: false,
    webSecurity: true,
  });
  // The OS sandbox itself: on Linux a sandboxed renderer runs under a seccomp filter (mode 2).
  // Not where Chromium had to run with --no-sandbox (as root), which the test's annotations say.
  if (process.platform === 'linux' && process.getuid?.() !== 0) {
    expect(fs.readFileSync(`/proc/${applied.rendererPid}/status`, 'utf8')).toMatch(/^Seccomp:\s+2$/m);
  }
  const globals = await desktop.window.evaluate(() => ({
    require: typeof (globalThis as { require?: unknown }).require,
    process: typeof (globalThis as { process?: unknown }).process,
    module: typeof (globalThis as { module?: unknown }).module,
    Buffer: typeof (globalThis as { Buffer?: unknown }).Buffer,
  }));
  expect(globals).toEqual({ require: 'undefined', process: 'undefined', module: 'undefined', Buffer: 'undefined' });
  expect(desktop.window.url()).toMatch(/^app:\/\/fieldscore\//);
});

test('window.fieldscore exposes exactly the contract operations, each a function reaching the backend over IPC', async ({ desktop, home }) => {
  // contextBridge works only with contextIsolation on: the object being there is a second proof of it.
  const exposed = await desktop.window.evaluate(() => {
    const api = (window as unknown as { fieldscore: Record<string, unknown> }).fieldscore;
    return Object.keys(api).map((key) => [key, typeof api[key]] as const);
  });
  expect(exposed.map(([key]) => key).sort()).toEqual([...OPERATION_NAMES].sort());
  expect(exposed.filter(([, type]) => type !== 'function')).toEqual([]);
  const status = await desktop.window.evaluate(async () => {
    const api = (window as unknown as { fieldscore: Record<string, (request: unknown) => Promise<unknown>> }).fieldscore;
    return api['app.status']!({});
  });
  expect(status).toMatchObject({ ok: true, value: { mode: 'electron', dataDir: home.dataDir, database: { state: 'ready' } } });
});

test('the page is served with the content-security policy, and an inline script does not run', async ({ desktop }) => {
  const csp = await desktop.window.evaluate(async () => (await fetch(location.href)).headers.get('content-security-policy'));
  expect(csp).toBe(CONTENT_SECURITY_POLICY);
  const inline = await desktop.window.evaluate(
    () =>
      new Promise<{ ran: boolean; directive: string }>((resolve) => {
        document.addEventListener(
          'securitypolicyviolation',
          (event) => resolve({ ran: (window as unknown as { inlineRan?: boolean }).inlineRan === true, directive: event.effectiveDirective }),
          { once: true },
        );
        const script = document.createElement('script');
        script.textContent = 'window.inlineRan = true;';
        document.head.append(script);
      }),
  );
  expect(inline).toEqual({ ran: false, directive: 'script-src-elem' });
});

test('navigating to an external URL, by script or by a link, is refused; the app stays on its page', async ({ desktop }) => {
  await desktop.app.evaluate(({ BrowserWindow }) => {
    const contents = BrowserWindow.getAllWindows()[0]!.webContents;
    const attempts: { url: string; prevented: boolean }[] = [];
    (globalThis as { navigationAttempts?: typeof attempts }).navigationAttempts = attempts;
    // Added after the shell's guard, so it sees the guard's decision.
    contents.on('will-navigate', (event) => attempts.push({ url: event.url, prevented: event.defaultPrevented }));
  });
  const attempts = () => desktop.app.evaluate(() => (globalThis as { navigationAttempts?: unknown }).navigationAttempts);

  await desktop.window.evaluate(() => {
    window.location.href = 'https://example.org/';
  });
  await expect.poll(attempts).toEqual([{ url: 'https://example.org/', prevented: true }]);
  await desktop.window.evaluate(() => {
    const link = document.createElement('a');
    link.href = 'http://127.0.0.1:9/';
    link.textContent = 'a local web server';
    document.body.append(link);
    link.click();
  });
  await expect.poll(attempts).toEqual([
    { url: 'https://example.org/', prevented: true },
    { url: 'http://127.0.0.1:9/', prevented: true },
  ]);

  expect(desktop.window.url()).toMatch(/^app:\/\/fieldscore\//);
  const shown = await desktop.app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]!.webContents.getURL());
  expect(shown).toMatch(/^app:\/\/fieldscore\//);
  await expect(desktop.window.getByRole('heading', { level: 1, name: 'Assessments' })).toBeVisible();
});

test('window.open is refused, for a web page and for the app itself: no second window opens', async ({ desktop }) => {
  const opened = await desktop.window.evaluate(() => [
    window.open('https://example.org/') === null,
    window.open('app://fieldscore/index.html') === null,
  ]);
  expect(opened).toEqual([true, true]);
  // Give a refused window every chance to show up anyway.
  await desktop.window.waitForTimeout(500);
  expect(desktop.app.windows()).toHaveLength(1);
  expect(await desktop.app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length)).toBe(1);
});
