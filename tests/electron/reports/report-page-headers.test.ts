// The report page is the one page of the app that the app frames (the report screen's preview):
// its responses, from the HTTP bridge and from the desktop shell's app:// protocol, let only the
// app's own origin frame it; every other page keeps frame-ancestors 'none'.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startBridgeServer, type BridgeServer } from '../../../electron/bridge/bridge-server';
import { CONTENT_SECURITY_POLICY, REPORT_PAGE_CONTENT_SECURITY_POLICY, securityHeaders } from '../../../electron/bridge/security-headers';
import { appProtocolResponse } from '../../../electron/shell/app-protocol';
import type { Backend } from '../../../electron/backend/backend-types';

vi.mock('electron', async () => (await import('../shell/electron-fake')).createElectronFake());

let base: string;
let server: BridgeServer;
const backend: Backend = { dispatch: async () => ({ ok: true, value: null }), close: async () => undefined };

beforeAll(async () => {
  base = fs.mkdtempSync(path.join(os.tmpdir(), 'fieldscore-report-headers-'));
  fs.writeFileSync(path.join(base, 'index.html'), '<!doctype html><title>app</title>');
  fs.writeFileSync(path.join(base, 'report.html'), '<!doctype html><title>report</title>');
  server = await startBridgeServer({ backend, rendererDir: base, port: 0 });
});

afterAll(async () => {
  await server.close();
  fs.rmSync(base, { recursive: true, force: true });
});

describe('the report page’s headers', () => {
  it('differ from the app’s in frame-ancestors only', () => {
    expect(CONTENT_SECURITY_POLICY).toContain("frame-ancestors 'none'");
    expect(REPORT_PAGE_CONTENT_SECURITY_POLICY).toBe(CONTENT_SECURITY_POLICY.replace("frame-ancestors 'none'", "frame-ancestors 'self'"));
    expect(securityHeaders('text/html; charset=utf-8', path.join(base, 'report.html'))['Content-Security-Policy']).toBe(REPORT_PAGE_CONTENT_SECURITY_POLICY);
    expect(securityHeaders('text/html; charset=utf-8', path.join(base, 'index.html'))['Content-Security-Policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(securityHeaders('text/html; charset=utf-8', path.join(base, 'not-report.html'))['Content-Security-Policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(securityHeaders('text/html; charset=utf-8')['Content-Security-Policy']).toBe(CONTENT_SECURITY_POLICY);
  });

  it('are served so by the HTTP bridge', async () => {
    const origin = `http://127.0.0.1:${server.port}`;
    expect((await fetch(`${origin}/report.html`)).headers.get('content-security-policy')).toBe(REPORT_PAGE_CONTENT_SECURITY_POLICY);
    expect((await fetch(`${origin}/index.html`)).headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
  });

  it('are served so by the app:// protocol', async () => {
    expect((await appProtocolResponse('GET', 'app://fieldscore/report.html', base)).headers.get('content-security-policy')).toBe(REPORT_PAGE_CONTENT_SECURITY_POLICY);
    expect((await appProtocolResponse('GET', 'app://fieldscore/index.html', base)).headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
  });
});
