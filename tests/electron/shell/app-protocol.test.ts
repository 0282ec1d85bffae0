import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import * as electronModule from 'electron';
import { CONTENT_SECURITY_POLICY } from '../../../electron/bridge/security-headers';
import { APP_SCHEME } from '../../../electron/shell/app-origin';
import { appProtocolResponse, registerAppScheme, serveAppProtocol } from '../../../electron/shell/app-protocol';
import type { ElectronFake } from './electron-fake';

vi.mock('electron', async () => (await import('./electron-fake')).createElectronFake());
const electron = electronModule as unknown as ElectronFake;

let base: string;
let renderer: string;

beforeAll(() => {
  base = fs.mkdtempSync(path.join(os.tmpdir(), 'fieldscore-app-protocol-'));
  renderer = path.join(base, 'renderer');
  fs.mkdirSync(path.join(renderer, 'assets'), { recursive: true });
  fs.writeFileSync(path.join(renderer, 'index.html'), '<!doctype html><title>Fieldscore</title>');
  fs.writeFileSync(path.join(renderer, 'assets', 'app.js'), 'export {};');
  fs.writeFileSync(path.join(base, 'secret.txt'), 'SECRET');
});

afterAll(() => fs.rmSync(base, { recursive: true, force: true }));

describe('app:// protocol', () => {
  it('registers a standard, secure scheme without CSP bypass or cross-origin reads', () => {
    registerAppScheme();
    const [schemes] = electron.protocol.registerSchemesAsPrivileged.mock.calls[0] as [Array<{ scheme: string; privileges: Record<string, boolean> }>];
    expect(schemes).toHaveLength(1);
    expect(schemes[0]?.scheme).toBe(APP_SCHEME);
    expect(schemes[0]?.privileges).toMatchObject({ standard: true, secure: true });
    for (const risky of ['bypassCSP', 'corsEnabled', 'allowServiceWorkers']) expect(schemes[0]?.privileges[risky]).toBeFalsy();
  });

  it('serves index.html with the CSP', async () => {
    const res = await appProtocolResponse('GET', 'app://fieldscore/index.html', renderer);
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('<title>Fieldscore</title>');
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(res.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('serves scripts with a JavaScript type, as module scripts require', async () => {
    const res = await appProtocolResponse('GET', 'app://fieldscore/assets/app.js', renderer);
    expect(res.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
  });

  it.each(['app://fieldscore/../secret.txt', 'app://fieldscore/..%2fsecret.txt', 'app://fieldscore/%2e%2e%2fsecret.txt', 'app://other/index.html', 'app://fieldscore/missing.js'])(
    'answers 404 for %s',
    async (url) => {
      const res = await appProtocolResponse('GET', url, renderer);
      expect(res.status).toBe(404);
      expect(await res.text()).not.toContain('SECRET');
    },
  );

  it('refuses methods other than GET and HEAD', async () => {
    expect((await appProtocolResponse('POST', 'app://fieldscore/index.html', renderer)).status).toBe(405);
    const head = await appProtocolResponse('HEAD', 'app://fieldscore/index.html', renderer);
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
  });

  it('installs its handler on the session for the app scheme', async () => {
    const session = electron.session.defaultSession;
    serveAppProtocol(session as unknown as Electron.Session, renderer);
    const [scheme, handler] = session.protocol.handle.mock.calls.at(-1) as [string, (request: Request) => Promise<Response>];
    expect(scheme).toBe('app');
    const res = await handler(new Request('app://fieldscore/'));
    expect(res.status).toBe(200);
  });
});
