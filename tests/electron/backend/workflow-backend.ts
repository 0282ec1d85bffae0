/** Set-up shared by the field-workflow backend tests: a backend on the real default framework. */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import type { ApiResult, AppErrorData } from '../../../shared/api/app-error';
import type { AssessmentSummary, OperationName, RequestOf, ResponseOf } from '../../../shared/api/contract';
import type { Backend } from '../../../electron/backend/backend-types';
import { databasePath } from '../../../electron/store/store-paths';
import { backendFixture, recordingLog, writeResources } from '../../fixtures/store/store-fixtures';

export const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

/** The shipped default framework (35 indicators of every input type), copied so tests do not depend on other files in resources/. */
export function writeDefaultResources(dir: string): string {
  const file = path.join(ROOT, 'resources/frameworks/fieldscore-default-1.0.0.json');
  return writeResources(dir, { 'fieldscore-default-1.0.0.json': JSON.parse(fs.readFileSync(file, 'utf8')) as unknown });
}

export function workflowFixture() {
  const backends = backendFixture();
  const { folders } = backends;
  return {
    folders,
    async start(dataDir = folders.make(), resourcesDir = writeDefaultResources(folders.make())): Promise<Client> {
      const log = recordingLog();
      const backend = await backends.start(dataDir, resourcesDir, log);
      return client(backend, { dataDir, resourcesDir, log }, () => backends.stop(backend));
    },
    cleanup: backends.cleanup,
  };
}

export interface Client {
  backend: Backend;
  dataDir: string;
  resourcesDir: string;
  /** What the backend logged (errors of handlers included). */
  log: ReturnType<typeof recordingLog>;
  /** Calls an operation and returns its value; throws with the error envelope if it failed. */
  call<Name extends OperationName>(name: Name, request: RequestOf<Name>): Promise<ResponseOf<Name>>;
  /** Calls an operation that must fail and returns its error. */
  fail<Name extends OperationName>(name: Name, request: RequestOf<Name>): Promise<AppErrorData>;
  /** A new draft for an office (the default is a country office in Addis Ababa, cycle 2025). */
  create(overrides?: Partial<RequestOf<'assessments.create'>>): Promise<AssessmentSummary>;
  close(): Promise<void>;
}

function client(backend: Backend, folders: Pick<Client, 'dataDir' | 'resourcesDir' | 'log'>, close: () => Promise<void>): Client {
  const call = async <Name extends OperationName>(name: Name, request: RequestOf<Name>) => {
    const result: ApiResult<unknown> = await backend.dispatch(name, request);
    if (!result.ok) throw new Error(`${name} failed: ${JSON.stringify(result.error)}`);
    return result.value as ResponseOf<Name>;
  };
  return {
    backend,
    ...folders,
    call,
    async fail(name, request) {
      const result = await backend.dispatch(name, request);
      if (result.ok) throw new Error(`${name} was expected to fail but returned ${JSON.stringify(result.value).slice(0, 200)}`);
      return result.error;
    },
    create: (overrides = {}) =>
      call('assessments.create', {
        office: { name: 'Country Office Addis Ababa', code: 'ETH-CO', currentTier: 'country_office', region: 'africa', hostCountry: 'ETH' },
        cycle: 2025,
        assessor: 'Amina Bekele',
        ...overrides,
      }),
    close,
  };
}

/** Counts rows of a table straight from the database file (read-only, beside the open backend). */
export function countRows(dataDir: string, table: 'answers' | 'change_log' | 'evidence' | 'evidence_files' | 'assessments'): number {
  const db = new Database(databasePath(dataDir), { readonly: true });
  try {
    return (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
  } finally {
    db.close();
  }
}

export function integrityCheck(dataDir: string): string[] {
  const db = new Database(databasePath(dataDir), { readonly: true });
  try {
    return (db.pragma('integrity_check') as { integrity_check: string }[]).map((row) => row.integrity_check);
  } finally {
    db.close();
  }
}
