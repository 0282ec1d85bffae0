import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { OPERATION_NAMES, type FieldscoreTransport, type OperationName } from '../../shared/api/contract';
import type { Backend } from '../../electron/backend/backend-types';
import { openBackend } from '../../electron/backend/open-backend';

const RESOURCES_DIR = path.resolve(import.meta.dirname, '../../resources');

export function freshDataDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'fieldscore-renderer-'));
}

/** The real backend on a real SQLite file in a temp folder; the backend's own log is kept quiet. */
export function openTestBackend(dataDir: string): Promise<Backend> {
  return openBackend({ dataDir, resourcesDir: RESOURCES_DIR, appVersion: '0.0.0-test', mode: 'node', log: () => {} });
}

/** What the Electron preload does: each operation forwarded to dispatch, envelope back. */
export function dispatchTransport(backend: Backend): FieldscoreTransport {
  const transport: Partial<Record<OperationName, (request: unknown) => Promise<unknown>>> = {};
  for (const name of OPERATION_NAMES) transport[name] = (request) => backend.dispatch(name, request);
  return transport as FieldscoreTransport;
}
