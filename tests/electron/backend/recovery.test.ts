import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import type { AppStatus, AssessmentSummary, RequestOf } from '../../../shared/api/contract';
import { LATEST_SCHEMA_VERSION } from '../../../electron/store/migrations';
import { databasePath } from '../../../electron/store/store-paths';
import { backendFixture, damageMiddle, okValue, writeResources } from '../../fixtures/store/store-fixtures';

const { folders, start, stop, cleanup } = backendFixture();
afterEach(cleanup);

function request(index: number): RequestOf<'assessments.create'> {
  return {
    office: { name: `Office ${index} ${'x'.repeat(100)}`, currentTier: 'country_office', region: 'asia_pacific', hostCountry: 'CHN' },
    cycle: 2024,
  };
}

/** A data folder whose database holds enough assessments to span many pages, closed with backups. */
async function populatedFolder(count: number) {
  const dataDir = folders.make();
  const resourcesDir = writeResources(folders.make());
  const backend = await start(dataDir, resourcesDir);
  const created: AssessmentSummary[] = [];
  for (let index = 0; index < count; index += 1) {
    created.push(okValue<AssessmentSummary>(await backend.dispatch('assessments.create', request(index))));
  }
  await stop(backend);
  return { dataDir, resourcesDir, created };
}

const DATA_OPERATIONS = [
  ['settings.get', {}],
  ['settings.update', { language: 'fr' }],
  ['frameworks.list', {}],
  ['assessments.list', {}],
  ['assessments.create', request(0)],
] as const;

describe('a damaged database', () => {
  it.each([
    ['garbage over the middle of the file', (file: string) => damageMiddle(file, 3 * 4096)],
    ['a file that is not SQLite at all', (file: string) => fs.writeFileSync(file, 'Minutes of the regional meeting.\n'.repeat(300))],
  ])('is reported with its backups, blocks data operations, and is replaced by a restore (%s)', async (_name, damage) => {
    const { dataDir, resourcesDir, created } = await populatedFolder(300);
    const file = databasePath(dataDir);
    damage(file);
    const damagedBytes = fs.readFileSync(file);

    const backend = await start(dataDir, resourcesDir);
    const status = okValue<AppStatus>(await backend.dispatch('app.status', {}));
    if (status.database.state !== 'corrupt') throw new Error(`expected corrupt, got ${status.database.state}`);
    const { backups } = status.database;
    expect(backups.length).toBeGreaterThan(0);
    expect(backups.map((backup) => backup.createdAt)).toEqual(backups.map((backup) => backup.createdAt).sort().reverse());

    for (const [name, payload] of DATA_OPERATIONS) {
      expect(await backend.dispatch(name, payload)).toEqual({
        ok: false,
        error: expect.objectContaining({ code: 'database_corrupt', messageKey: 'errors.database_corrupt' }),
      });
    }
    expect(fs.readFileSync(file).equals(damagedBytes)).toBe(true);

    const restored = okValue<AppStatus>(await backend.dispatch('recovery.restoreBackup', { file: backups[0]?.file }));
    expect(restored.database).toEqual({ state: 'ready', schemaVersion: LATEST_SCHEMA_VERSION });
    // The newest backup was taken when the populated store closed: every assessment is back.
    expect(okValue<AssessmentSummary[]>(await backend.dispatch('assessments.list', {})).map((summary) => summary.id).sort()).toEqual(
      created.map((summary) => summary.id).sort(),
    );
    const kept = fs.readdirSync(dataDir).filter((name) => name.startsWith('fieldscore.sqlite.damaged-'));
    expect(kept).toHaveLength(1);
    expect(fs.readFileSync(path.join(dataDir, kept[0] ?? '')).equals(damagedBytes)).toBe(true);

    await stop(backend);
    const reopened = await start(dataDir, resourcesDir);
    expect(okValue<AppStatus>(await reopened.dispatch('app.status', {})).database.state).toBe('ready');
  });

  it('refuses to restore a backup that does not exist and stays in recovery', async () => {
    const { dataDir, resourcesDir } = await populatedFolder(1);
    fs.writeFileSync(databasePath(dataDir), 'not a database '.repeat(100));
    const backend = await start(dataDir, resourcesDir);
    expect(await backend.dispatch('recovery.restoreBackup', { file: 'fieldscore-1999-01-01T000000.000Z.sqlite' })).toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    });
    expect(await backend.dispatch('recovery.restoreBackup', { file: '../fieldscore.sqlite' })).toMatchObject({
      ok: false,
      error: { code: 'invalid_request' },
    });
    expect(okValue<AppStatus>(await backend.dispatch('app.status', {})).database.state).toBe('corrupt');
  });

  it('refuses to replace a healthy database', async () => {
    const { dataDir, resourcesDir } = await populatedFolder(1);
    const backend = await start(dataDir, resourcesDir);
    const status = okValue<AppStatus>(await backend.dispatch('app.status', {}));
    expect(status.database.state).toBe('ready');
    const [backup] = fs.readdirSync(path.join(dataDir, 'backups'));
    expect(await backend.dispatch('recovery.restoreBackup', { file: backup })).toMatchObject({ ok: false, error: { code: 'conflict' } });
  });
});

describe('damage found while running', () => {
  it('switches to recovery instead of failing with internal errors', async () => {
    const { dataDir, resourcesDir } = await populatedFolder(300);
    const backend = await start(dataDir, resourcesDir);
    expect(okValue<AppStatus>(await backend.dispatch('app.status', {})).database.state).toBe('ready');

    const file = databasePath(dataDir);
    // The whole second half: wherever the pages of the assessments table lie in this schema version.
    damageMiddle(file, Math.floor(fs.statSync(file).size / 2));
    // Another connection's write changes the WAL index, so the backend drops its page cache
    // and reads the damaged pages from disk on its next query.
    const other = new Database(file);
    other.prepare("INSERT INTO settings (key, value) VALUES ('touched', 'yes')").run();
    other.close();

    expect(await backend.dispatch('assessments.list', {})).toMatchObject({ ok: false, error: { code: 'database_corrupt' } });
    const status = okValue<AppStatus>(await backend.dispatch('app.status', {}));
    expect(status.database.state).toBe('corrupt');
    expect(await backend.dispatch('settings.get', {})).toMatchObject({ ok: false, error: { code: 'database_corrupt' } });
  });
});

describe('a database from a newer Fieldscore', () => {
  it('is refused with both versions, blocks every data operation and stays byte-identical', async () => {
    const { dataDir, resourcesDir } = await populatedFolder(2);
    const file = databasePath(dataDir);
    const db = new Database(file);
    db.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 1}`);
    db.close();
    const before = fs.readFileSync(file);

    const backend = await start(dataDir, resourcesDir);
    expect(okValue<AppStatus>(await backend.dispatch('app.status', {})).database).toEqual({
      state: 'newer_version',
      fileVersion: LATEST_SCHEMA_VERSION + 1,
      supportedVersion: LATEST_SCHEMA_VERSION,
    });
    for (const [name, payload] of DATA_OPERATIONS) {
      expect(await backend.dispatch(name, payload)).toMatchObject({
        ok: false,
        error: { code: 'database_newer', messageKey: 'errors.database_newer' },
      });
    }
    const [backup] = fs.readdirSync(path.join(dataDir, 'backups'));
    expect(await backend.dispatch('recovery.restoreBackup', { file: backup })).toMatchObject({ ok: false, error: { code: 'conflict' } });
    await stop(backend);
    expect(fs.readFileSync(file).equals(before)).toBe(true);
  });
});
