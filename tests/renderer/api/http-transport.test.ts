import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Backend } from '../../../electron/backend/backend-types';
import { startBridgeServer, type BridgeServer } from '../../../electron/bridge/bridge-server';
import { ApiError } from '../../../renderer/api/api-error';
import { createApi } from '../../../renderer/api/create-api';
import { httpTransport } from '../../../renderer/api/http-transport';
import { freshDataDir, openTestBackend } from '../backend-fixture';

const TOKEN = 'test-token-0123456789abcdef';

async function rejection(promise: Promise<unknown>): Promise<ApiError> {
  const error = await promise.then(
    () => null,
    (thrown: unknown) => thrown,
  );
  if (!(error instanceof ApiError)) throw new Error(`expected an ApiError, got ${String(error)}`);
  return error;
}

describe('httpTransport + createApi against the real bridge', () => {
  let dataDir: string;
  let backend: Backend;
  let bridge: BridgeServer;
  let baseUrl: string;

  beforeEach(async () => {
    dataDir = freshDataDir();
    backend = await openTestBackend(dataDir);
    bridge = await startBridgeServer({ backend, rendererDir: dataDir, port: 0, token: TOKEN });
    baseUrl = `http://127.0.0.1:${bridge.port}/`;
  });

  afterEach(async () => {
    await bridge.close();
    await backend.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('unwraps values: create, then list and get return what the database holds', async () => {
    const api = createApi(httpTransport(baseUrl, TOKEN));
    expect((await api['app.status']({})).database.state).toBe('ready');
    const created = await api['assessments.create']({
      office: { name: 'UNIDO Country Office in Ethiopia', currentTier: 'country_office', region: 'africa', hostCountry: 'ETH' },
      cycle: 2023,
    });
    expect(created).toMatchObject({ officeName: 'UNIDO Country Office in Ethiopia', hostCountry: 'ETH', cycle: 2023, status: 'draft' });
    expect((await api['assessments.list']({})).map((summary) => summary.id)).toEqual([created.id]);
    expect((await api['assessments.get']({ id: created.id })).office.name).toBe('UNIDO Country Office in Ethiopia');
  });

  it('throws ApiError with the backend error data for a refused request', async () => {
    const api = createApi(httpTransport(baseUrl, TOKEN));
    const invalid = await rejection(
      api['assessments.create']({
        office: { name: '', currentTier: 'country_office', region: 'africa', hostCountry: 'ETH' },
        cycle: 2023,
      }),
    );
    expect(invalid.data.code).toBe('invalid_request');
    expect(invalid.data.messageKey).toBe('errors.invalid_request');
    expect(invalid.data.problems?.map((problem) => problem.path)).toContain('office.name');
    expect(await api['assessments.list']({})).toEqual([]);

    const missing = await rejection(api['assessments.get']({ id: '00000000-0000-4000-8000-000000000000' }));
    expect(missing.data.code).toBe('not_found');
  });

  it('turns a wrong token into errors.session_expired', async () => {
    const api = createApi(httpTransport(baseUrl, 'not-the-token'));
    const error = await rejection(api['app.status']({}));
    expect(error.data).toMatchObject({ code: 'forbidden', messageKey: 'errors.session_expired' });
  });

  it('turns a closed port into errors.backend_unreachable', async () => {
    await bridge.close();
    const api = createApi(httpTransport(baseUrl, TOKEN));
    const error = await rejection(api['app.status']({}));
    expect(error.data).toMatchObject({ code: 'internal', messageKey: 'errors.backend_unreachable' });
    bridge = await startBridgeServer({ backend, rendererDir: dataDir, port: 0, token: TOKEN }); // for afterEach
  });
});

describe('httpTransport against a server that is not Fieldscore', () => {
  it('reports an answer that is not an envelope as errors.backend_unreachable', async () => {
    const server = http.createServer((_req, res) => {
      res.writeHead(200, { 'Content-Type': 'text/html' });
      res.end('<html>captive portal</html>');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const { port } = server.address() as AddressInfo;
      const api = createApi(httpTransport(`http://127.0.0.1:${port}/`, TOKEN));
      const error = await rejection(api['settings.get']({}));
      expect(error.data.messageKey).toBe('errors.backend_unreachable');
    } finally {
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });

  it('sends POST /api/<operation> with the bearer token and a JSON body', async () => {
    const seen: { method?: string; url?: string; authorization?: string; contentType?: string; body?: string } = {};
    const server = http.createServer((req, res) => {
      let body = '';
      req.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
      req.on('end', () => {
        Object.assign(seen, {
          method: req.method,
          url: req.url,
          authorization: req.headers.authorization,
          contentType: req.headers['content-type'],
          body,
        });
        res.writeHead(200, { 'Content-Type': 'application/json' });
        res.end(JSON.stringify({ ok: true, value: { language: 'fr' } }));
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const { port } = server.address() as AddressInfo;
      const api = createApi(httpTransport(`http://127.0.0.1:${port}/`, TOKEN));
      expect(await api['settings.update']({ language: 'fr' })).toEqual({ language: 'fr' });
      expect(seen).toEqual({
        method: 'POST',
        url: '/api/settings.update',
        authorization: `Bearer ${TOKEN}`,
        contentType: 'application/json',
        body: '{"language":"fr"}',
      });
    } finally {
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });
});
