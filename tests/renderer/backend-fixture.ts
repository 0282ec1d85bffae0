import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { OPERATION_NAMES, type CreateAssessmentRequest, type FieldscoreTransport, type OperationName } from '../../shared/api/contract';
import type { Backend } from '../../electron/backend/backend-types';
import { openBackend } from '../../electron/backend/open-backend';
import { createApi } from '../../renderer/api/create-api';
import { createStores, type Stores } from '../../renderer/state/stores';

const RESOURCES_DIR = path.resolve(import.meta.dirname, '../../resources');

/** The office most renderer tests assess. */
export const NAIROBI: CreateAssessmentRequest = {
  office: { name: 'UNIDO Regional Hub in Nairobi', code: 'KEN-RH', currentTier: 'regional_hub', region: 'africa', hostCountry: 'KEN' },
  cycle: 2024,
  assessor: 'A. Wanjiru',
};

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

export interface OpenedStores {
  stores: Stores;
  backend: Backend;
  dataDir: string;
}

/** Backends opened by openStores in this test file, until closeStores. */
const opened: { backend: Backend; dataDir: string }[] = [];

/**
 * Fresh stores over the real backend, on a new data folder or on `dataDir` (a second session on
 * the same data). Call closeStores after each test: it closes them and removes their folders.
 */
export async function openStores(dataDir = freshDataDir()): Promise<OpenedStores> {
  const backend = await openTestBackend(dataDir);
  opened.push({ backend, dataDir });
  return { stores: createStores(createApi(dispatchTransport(backend)), 'en'), backend, dataDir };
}

/** Ends one session early (its folder stays, e.g. to be opened again); closeStores then skips it. */
export async function closeBackend(backend: Backend): Promise<void> {
  const index = opened.findIndex((entry) => entry.backend === backend);
  if (index >= 0) opened.splice(index, 1);
  await backend.close();
}

export async function closeStores(): Promise<void> {
  for (const { backend, dataDir } of opened.splice(0)) {
    await backend.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

/** Calls the backend directly (as another window would), unwrapping the envelope. */
export async function call<T>(backend: Backend, operation: string, payload: unknown): Promise<T> {
  const result = await backend.dispatch(operation, payload);
  if (!result.ok) throw new Error(`${operation} failed: ${JSON.stringify(result.error)}`);
  return result.value as T;
}
