import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_BODY_BYTES, startBridgeServer, type BridgeServer } from '../../../electron/bridge/bridge-server';
import { CONTENT_SECURITY_POLICY } from '../../../electron/bridge/security-headers';
import { fakeBackend, type FakeBackend } from './fake-backend';
import { rawRequest, type RawRequest } from './http-request';

const SECRET = 'TOP-SECRET-OUTSIDE-RENDERER';
const TOKEN = 'test-token_0123456789abcdefghijklmnopqrstuvw';

let base: string;
let backend: FakeBackend;
let server: BridgeServer;

beforeAll(async () => {
  base = fs.mkdtempSync(path.join(os.tmpdir(), 'fieldscore-bridge-'));
  const renderer = path.join(base, 'renderer');
  fs.mkdirSync(path.join(renderer, 'assets'), { recursive: true });
  fs.writeFileSync(path.join(renderer, 'index.html'), '<!doctype html><title>Fieldscore</title><script type="module" src="./assets/app.js"></script>');
  fs.writeFileSync(path.join(renderer, 'assets', 'app.js'), 'console.log("app");');
  fs.writeFileSync(path.join(renderer, 'assets', 'app.css'), 'body{}');
  // Files beside the renderer folder that no URL may reach.
  fs.writeFileSync(path.join(base, 'package.json'), JSON.stringify({ secret: SECRET }));
  fs.writeFileSync(path.join(base, 'secret.txt'), SECRET);
  fs.mkdirSync(path.join(base, 'renderer-private'));
  fs.writeFileSync(path.join(base, 'renderer-private', 'secret.txt'), SECRET);
  fs.symlinkSync(path.join(base, 'secret.txt'), path.join(renderer, 'assets', 'link.txt'));
  backend = fakeBackend();
  server = await startBridgeServer({ backend, rendererDir: renderer, port: 0, token: TOKEN });
});

afterAll(async () => {
  await server.close();
  fs.rmSync(base, { recursive: true, force: true });
});

function api(name: string, body: string | Buffer | undefined, headers: Record<string, string> = {}, extra: Partial<RawRequest> = {}) {
  return rawRequest({
    port: server.port,
    method: 'POST',
    path: `/api/${name}`,
    headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json', ...headers },
    body,
    ...extra,
  });
}

describe('bridge server: launch URL and binding', () => {
  it('puts the token in the fragment of a 127.0.0.1 URL', () => {
    expect(server.url).toBe(`http://127.0.0.1:${server.port}/#token=${TOKEN}`);
    expect(server.url).toMatch(/http:\/\/127\.0\.0\.1:\d+\/#token=[A-Za-z0-9_-]+/);
  });

  it('generates a fresh 32-byte base64url token when none is given', async () => {
    const a = await startBridgeServer({ backend: fakeBackend(), rendererDir: base, port: 0 });
    const b = await startBridgeServer({ backend: fakeBackend(), rendererDir: base, port: 0 });
    try {
      expect(a.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
      expect(a.token).not.toBe(b.token);
    } finally {
      await a.close();
      await b.close();
    }
  });

  const external = Object.values(os.networkInterfaces())
    .flat()
    .find((info) => info && info.family === 'IPv4' && !info.internal)?.address;
  it.skipIf(!external)('is not reachable on a non-loopback address', async () => {
    const error = await new Promise<NodeJS.ErrnoException | null>((resolve) => {
      const req = http.get({ host: external, port: server.port, path: '/' }, () => resolve(null));
      req.on('error', resolve);
    });
    expect(error?.code).toBe('ECONNREFUSED');
  });

  it('falls back to a free port only when asked to', async () => {
    const taken = server.port;
    await expect(startBridgeServer({ backend: fakeBackend(), rendererDir: base, port: taken })).rejects.toMatchObject({
      code: 'EADDRINUSE',
    });
    const other = await startBridgeServer({ backend: fakeBackend(), rendererDir: base, port: taken, fallbackToAnyPort: true });
    try {
      expect(other.port).not.toBe(taken);
      expect(other.port).toBeGreaterThan(0);
    } finally {
      await other.close();
    }
  });
});

describe('bridge server: static files', () => {
  it('serves index.html for / with the strict CSP and hardening headers', async () => {
    const res = await rawRequest({ port: server.port, path: '/' });
    expect(res.status).toBe(200);
    expect(res.body).toContain('<title>Fieldscore</title>');
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(res.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['referrer-policy']).toBe('no-referrer');
  });

  it('states the required policy directives', () => {
    for (const directive of [
      "default-src 'self'", "script-src 'self'", "style-src 'self' 'unsafe-inline'", "img-src 'self' data: blob:", "frame-src 'self' blob:",
      "font-src 'self'", "connect-src 'self'", "object-src 'none'", "base-uri 'none'", "frame-ancestors 'none'",
      "form-action 'none'",
    ]) {
      expect(CONTENT_SECURITY_POLICY.split('; ')).toContain(directive);
    }
  });

  it('serves assets with their content types', async () => {
    const js = await rawRequest({ port: server.port, path: '/assets/app.js?v=1' });
    expect(js.status).toBe(200);
    expect(js.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(js.headers['x-content-type-options']).toBe('nosniff');
    const css = await rawRequest({ port: server.port, path: '/assets/app.css' });
    expect(css.headers['content-type']).toBe('text/css; charset=utf-8');
  });

  it('answers HEAD without a body and refuses other methods', async () => {
    const head = await rawRequest({ port: server.port, method: 'HEAD', path: '/' });
    expect(head.status).toBe(200);
    expect(head.body).toBe('');
    const put = await rawRequest({ port: server.port, method: 'PUT', path: '/index.html', body: 'x' });
    expect(put.status).toBe(405);
  });

  it('returns 404 for a missing file or a directory', async () => {
    expect((await rawRequest({ port: server.port, path: '/nope.js' })).status).toBe(404);
    expect((await rawRequest({ port: server.port, path: '/assets' })).status).toBe(404);
  });

  it.each([
    '/../package.json',
    '/../secret.txt',
    '/..%2fpackage.json',
    '/%2e%2e/package.json',
    '/%2e%2e%2fpackage.json',
    '/%2E%2E%2Fsecret.txt',
    '/assets/..%2f..%2fsecret.txt',
    '/assets%2f..%2f..%2fsecret.txt',
    '/..%5csecret.txt',
    '/%2e%2e%5c%2e%2e%5csecret.txt',
    '/..%252fsecret.txt',
    '/../renderer-private/secret.txt',
    '/..%2frenderer-private%2fsecret.txt',
    '/%00../secret.txt',
    '/assets/link.txt',
    '//etc/passwd',
  ])('does not leak files outside the renderer folder: %s', async (target) => {
    const res = await rawRequest({ port: server.port, path: target });
    expect(res.status).not.toBe(200);
    expect(res.body).not.toContain(SECRET);
  });

  it('does not serve an absolute path given percent-encoded', async () => {
    const res = await rawRequest({ port: server.port, path: '/' + encodeURIComponent(path.join(base, 'secret.txt')) });
    expect(res.status).toBe(404);
    expect(res.body).not.toContain(SECRET);
  });
});

describe('bridge server: Host and Origin checks', () => {
  it('refuses a foreign Host header (DNS rebinding) on pages and API', async () => {
    const page = await rawRequest({ port: server.port, path: '/', headers: { host: `evil.example:${server.port}` } });
    expect(page.status).toBe(403);
    const call = await api('app.status', '{}', { host: `evil.example:${server.port}` });
    expect(call.status).toBe(403);
    const wrongPort = await rawRequest({ port: server.port, path: '/', headers: { host: `127.0.0.1:${server.port + 1}` } });
    expect(wrongPort.status).toBe(403);
  });

  it('refuses a request without a Host header', async () => {
    const res = await rawRequest({ port: server.port, path: '/', headers: { host: '' } });
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect(res.body).not.toContain('<title>');
  });

  it('accepts localhost:<port> as well as 127.0.0.1:<port>', async () => {
    const res = await rawRequest({ port: server.port, path: '/', headers: { host: `localhost:${server.port}` } });
    expect(res.status).toBe(200);
  });

  it('refuses a foreign or null Origin even with a good token', async () => {
    const before = backend.calls.length;
    for (const origin of ['http://evil.example', `http://127.0.0.1:${server.port + 1}`, 'null', `https://127.0.0.1:${server.port}`]) {
      const res = await api('app.status', '{}', { origin });
      expect(res.status).toBe(403);
    }
    expect(backend.calls.length).toBe(before);
  });

  it('accepts its own Origin', async () => {
    const res = await api('app.status', '{}', { origin: `http://127.0.0.1:${server.port}` });
    expect(res.status).toBe(200);
  });
});

describe('bridge server: API', () => {
  it('dispatches a call with a good token and returns the ApiResult', async () => {
    const res = await api('assessments.get', JSON.stringify({ id: 'abc' }));
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(JSON.parse(res.body)).toEqual({ ok: true, value: { echo: 'assessments.get', payload: { id: 'abc' } } });
    expect(backend.calls.at(-1)).toEqual({ name: 'assessments.get', payload: { id: 'abc' } });
  });

  it('passes an empty body as no payload', async () => {
    const res = await api('app.status', '');
    expect(res.status).toBe(200);
    expect(backend.calls.at(-1)).toEqual({ name: 'app.status', payload: undefined });
  });

  it.each([
    ['no token', {}],
    ['a wrong token', { authorization: 'Bearer wrong-token' }],
    ['the token with one character changed', { authorization: `Bearer ${TOKEN.slice(0, -1)}x` }],
    ['the token as a prefix', { authorization: `Bearer ${TOKEN}${TOKEN}` }],
    ['another scheme', { authorization: `Basic ${TOKEN}` }],
    ['the token without a scheme', { authorization: TOKEN }],
  ])('refuses %s with 403 and a forbidden envelope', async (_label, headers: Record<string, string>) => {
    const before = backend.calls.length;
    const res = await rawRequest({
      port: server.port,
      method: 'POST',
      path: '/api/app.status',
      headers: { 'content-type': 'application/json', ...headers },
      body: '{}',
    });
    expect(res.status).toBe(403);
    expect(JSON.parse(res.body)).toMatchObject({ ok: false, error: { code: 'forbidden', messageKey: 'errors.forbidden' } });
    expect(backend.calls.length).toBe(before);
  });

  it('refuses non-POST API requests with 405', async () => {
    const res = await rawRequest({ port: server.port, path: '/api/app.status', headers: { authorization: `Bearer ${TOKEN}` } });
    expect(res.status).toBe(405);
    expect(res.headers.allow).toBe('POST');
  });

  it('refuses a body that is not declared as JSON with 415', async () => {
    const res = await api('app.status', '{}', { 'content-type': 'text/plain' });
    expect(res.status).toBe(415);
  });

  it('answers invalid JSON with 400 and an invalid_request envelope', async () => {
    const before = backend.calls.length;
    const res = await api('app.status', '{"oops":');
    expect(res.status).toBe(400);
    expect(JSON.parse(res.body)).toMatchObject({ ok: false, error: { code: 'invalid_request' } });
    expect(backend.calls.length).toBe(before);
  });

  it('refuses an oversize body declared by Content-Length with 413', async () => {
    const before = backend.calls.length;
    const body = Buffer.alloc(MAX_BODY_BYTES + 1, 0x20);
    const res = await api('app.status', body);
    expect(res.status).toBe(413);
    expect(JSON.parse(res.body)).toMatchObject({ ok: false, error: { code: 'invalid_request' } });
    expect(backend.calls.length).toBe(before);
  });

  it('refuses an oversize chunked body with 413', async () => {
    const before = backend.calls.length;
    const body = Buffer.alloc(MAX_BODY_BYTES * 2, 0x20);
    const res = await api('app.status', body, {}, { chunked: true });
    expect(res.status).toBe(413);
    expect(backend.calls.length).toBe(before);
  });

  it('accepts a body just under the limit', async () => {
    const payload = JSON.stringify({ pad: 'x'.repeat(MAX_BODY_BYTES - 20) });
    expect(Buffer.byteLength(payload)).toBeLessThanOrEqual(MAX_BODY_BYTES);
    const res = await api('app.status', payload);
    expect(res.status).toBe(200);
  });

  it('passes an unknown operation name to the backend to refuse', async () => {
    const res = await api('..%2Fetc', '{}');
    expect(res.status).toBe(200);
    expect(backend.calls.at(-1)?.name).toBe('../etc');
  });

  it('keeps the server healthy after refusals', async () => {
    const res = await api('app.status', '{}');
    expect(res.status).toBe(200);
  });
});
