import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { AppError } from '../../../shared/api/app-error';
import type { AppStatus, AssessmentSummary, RequestOf } from '../../../shared/api/contract';
import { listBackups } from '../../../electron/store/backups';
import { LATEST_SCHEMA_VERSION } from '../../../electron/store/migrations';
import { databasePath, lockPath } from '../../../electron/store/store-paths';
import { backendFixture, deadPid, okValue, writeResources } from '../../fixtures/store/store-fixtures';

const { folders, start, stop, cleanup } = backendFixture();
afterEach(cleanup);

const createRequest: RequestOf<'assessments.create'> = {
  office: { name: 'Country Office Addis Ababa', code: 'ETH-CO', currentTier: 'country_office', region: 'africa', hostCountry: 'ETH' },
  cycle: 2025,
  assessor: 'Head of office',
};

describe('openBackend', () => {
  it('reports a ready database and the options it was started with', async () => {
    const dataDir = folders.make();
    const backend = await start(dataDir, writeResources(folders.make()));
    expect(okValue<AppStatus>(await backend.dispatch('app.status', {}))).toEqual({
      appVersion: '0.1.0-test',
      mode: 'node',
      dataDir,
      database: { state: 'ready', schemaVersion: LATEST_SCHEMA_VERSION },
    });
  });

  it('keeps an assessment across close and reopen', async () => {
    const dataDir = folders.make();
    const resourcesDir = writeResources(folders.make());
    const first = await start(dataDir, resourcesDir);
    const created = okValue<AssessmentSummary>(await first.dispatch('assessments.create', createRequest));
    expect(created).toMatchObject({
      officeName: 'Country Office Addis Ababa',
      officeCode: 'ETH-CO',
      hostCountry: 'ETH',
      status: 'draft',
      revision: 1,
      framework: { id: 'fieldscore-default', version: '1.0.0' },
    });
    await stop(first);
    expect(fs.existsSync(lockPath(dataDir))).toBe(false);

    const second = await start(dataDir, resourcesDir);
    expect(okValue(await second.dispatch('assessments.list', {}))).toEqual([created]);
    expect(okValue(await second.dispatch('assessments.get', { id: created.id }))).toMatchObject({
      id: created.id,
      assessor: 'Head of office',
      office: createRequest.office,
      answers: {},
    });
  });

  it('keeps the chosen language', async () => {
    const dataDir = folders.make();
    const resourcesDir = writeResources(folders.make());
    const first = await start(dataDir, resourcesDir);
    expect(okValue(await first.dispatch('settings.get', {}))).toEqual({ language: 'en' });
    expect(okValue(await first.dispatch('settings.update', { language: 'zh' }))).toEqual({ language: 'zh' });
    await stop(first);
    const second = await start(dataDir, resourcesDir);
    expect(okValue(await second.dispatch('settings.get', {}))).toEqual({ language: 'zh' });
  });

  it('backs up at close only when something changed, and not again at a clean open', async () => {
    const dataDir = folders.make();
    const resourcesDir = writeResources(folders.make());
    await stop(await start(dataDir, resourcesDir)); // installs the framework: a change
    expect(listBackups(dataDir)).toHaveLength(1);
    await stop(await start(dataDir, resourcesDir)); // clean close before: no backup at open; nothing changed
    expect(listBackups(dataDir)).toHaveLength(1);
    const third = await start(dataDir, resourcesDir);
    okValue(await third.dispatch('settings.update', { language: 'fr' }));
    await stop(third); // a change: one at close
    expect(listBackups(dataDir)).toHaveLength(2);
  });

  it('backs up at open after a session that ended without closing', async () => {
    const dataDir = folders.make();
    const resourcesDir = writeResources(folders.make());
    await stop(await start(dataDir, resourcesDir));
    expect(listBackups(dataDir)).toHaveLength(1);
    // A writer that never closes leaves its commits in the WAL file, as a crash or power cut does.
    const crashed = new Database(databasePath(dataDir));
    crashed.pragma('journal_mode = WAL');
    crashed.prepare("INSERT INTO settings (key, value) VALUES ('crash-marker', '1')").run();
    try {
      expect(fs.statSync(`${databasePath(dataDir)}-wal`).size).toBeGreaterThan(0);
      await stop(await start(dataDir, resourcesDir));
      expect(listBackups(dataDir)).toHaveLength(2);
    } finally {
      crashed.close();
    }
  });

  it('refuses a second backend on the same folder while the first is open, then allows it', async () => {
    const dataDir = folders.make();
    const resourcesDir = writeResources(folders.make());
    const first = await start(dataDir, resourcesDir);
    const refused = await start(dataDir, resourcesDir).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(AppError);
    expect((refused as AppError).data).toMatchObject({ code: 'database_locked', messageKey: 'errors.database_locked' });
    expect((refused as AppError).message).toBe('another Fieldscore window is using this data folder');
    // The refused attempt must not have released the first backend's lock.
    expect(fs.readFileSync(lockPath(dataDir), 'utf8')).toBe(String(process.pid));
    expect(okValue(await first.dispatch('assessments.list', {}))).toEqual([]);
    await stop(first);
    await start(dataDir, resourcesDir);
  });

  it('takes over the lock of a crashed app', async () => {
    const dataDir = folders.make();
    fs.writeFileSync(lockPath(dataDir), String(deadPid()));
    const backend = await start(dataDir, writeResources(folders.make()));
    expect(okValue<AppStatus>(await backend.dispatch('app.status', {})).database.state).toBe('ready');
  });

  it('refuses operations after close', async () => {
    const backend = await start(folders.make(), writeResources(folders.make()));
    await stop(backend);
    const result = await backend.dispatch('assessments.list', {});
    expect(result.ok).toBe(false);
  });
});

describe('dispatch through the backend', () => {
  it('rejects an invalid payload with invalid_request and the problems by field, writing nothing', async () => {
    const backend = await start(folders.make(), writeResources(folders.make()));
    const result = await backend.dispatch('assessments.create', {
      office: { name: ' ', currentTier: 'embassy', region: 'africa', hostCountry: 'ke' },
      cycle: 1990,
      extra: true,
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('invalid_request');
    expect(result.error.messageKey).toBe('errors.invalid_request');
    expect(result.error.problems?.map((problem) => problem.path).sort()).toEqual(
      ['', 'cycle', 'office.currentTier', 'office.hostCountry', 'office.name'].sort(),
    );
    expect(okValue(await backend.dispatch('assessments.list', {}))).toEqual([]);
  });

  it('answers unknown_operation, not_found and invalid_request for bad names and ids', async () => {
    const backend = await start(folders.make(), writeResources(folders.make()));
    expect(await backend.dispatch('assessments.drop', {})).toMatchObject({ ok: false, error: { code: 'unknown_operation' } });
    expect(await backend.dispatch('assessments.get', { id: randomUUID() })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(await backend.dispatch('assessments.get', { id: '../../etc' })).toMatchObject({
      ok: false,
      error: { code: 'invalid_request', problems: [{ path: 'id' }] },
    });
    expect(await backend.dispatch('settings.update', { language: 'de' })).toMatchObject({ ok: false, error: { code: 'invalid_request' } });
  });
});
