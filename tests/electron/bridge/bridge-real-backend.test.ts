import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiResult } from '../../../shared/api/app-error';
import type { AppStatus } from '../../../shared/api/contract';
import type { Backend } from '../../../electron/backend/backend-types';
import { openBackend } from '../../../electron/backend/open-backend';
import { startBridgeServer, type BridgeServer } from '../../../electron/bridge/bridge-server';
import { rawRequest } from './http-request';

const root = path.resolve(import.meta.dirname, '../../..');

let dataDir: string;
let backend: Backend;
let server: BridgeServer;

beforeAll(async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'fieldscore-bridge-real-'));
  backend = await openBackend({
    dataDir,
    resourcesDir: path.join(root, 'resources'),
    appVersion: '9.9.9',
    mode: 'browser',
    log: () => undefined,
  });
  server = await startBridgeServer({ backend, rendererDir: dataDir, port: 0 });
});

afterAll(async () => {
  await server.close();
  await backend.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

async function call(name: string, payload: unknown, token = server.token) {
  const res = await rawRequest({
    port: server.port,
    method: 'POST',
    path: `/api/${encodeURIComponent(name)}`,
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify(payload),
  });
  return { status: res.status, result: JSON.parse(res.body) as ApiResult<unknown> };
}

describe('bridge server with the real backend', () => {
  it('answers app.status from the real store', async () => {
    const { status, result } = await call('app.status', {});
    expect(status).toBe(200);
    expect(result.ok).toBe(true);
    const value = (result as { ok: true; value: AppStatus }).value;
    expect(value).toMatchObject({ appVersion: '9.9.9', mode: 'browser', dataDir, database: { state: 'ready' } });
  });

  it('relays the backend validation of a bad payload as an invalid_request envelope', async () => {
    const { status, result } = await call('assessments.get', { id: 'not-a-uuid' });
    expect(status).toBe(200);
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_request' } });
  });

  it('relays an unknown operation as unknown_operation', async () => {
    const { result } = await call('database.drop', {});
    expect(result).toMatchObject({ ok: false, error: { code: 'unknown_operation' } });
  });

  it('writes nothing when the token is wrong', async () => {
    const before = await call('settings.get', {});
    expect(before.result.ok).toBe(true);
    const current = (before.result as { ok: true; value: { language: string } }).value.language;
    const other = current === 'fr' ? 'es' : 'fr';
    const refused = await call('settings.update', { language: other }, 'x'.repeat(43));
    expect(refused.status).toBe(403);
    const after = await call('settings.get', {});
    expect(after.result).toEqual({ ok: true, value: { language: current } });
    const accepted = await call('settings.update', { language: other });
    expect(accepted.result).toEqual({ ok: true, value: { language: other } });
  });
});
