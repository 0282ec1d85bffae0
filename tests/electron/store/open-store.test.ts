import fs from 'node:fs';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { listBackups } from '../../../electron/store/backups';
import { LATEST_SCHEMA_VERSION } from '../../../electron/store/migrations';
import { openStore } from '../../../electron/store/open-store';
import { backupsDir, databasePath } from '../../../electron/store/store-paths';
import { damageMiddle, recordingLog, tempFolders } from '../../fixtures/store/store-fixtures';
import { modeOf, posixModes, withOpenUmask } from './file-modes';

const folders = tempFolders();
afterEach(() => folders.cleanup());

/** A real database with enough rows to span many pages, closed cleanly (WAL checkpointed). */
function writeDatabase(file: string, userVersion: number): void {
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.exec('CREATE TABLE filler (id INTEGER PRIMARY KEY, text TEXT NOT NULL) STRICT');
  const insert = db.prepare('INSERT INTO filler (text) VALUES (?)');
  db.transaction(() => {
    for (let row = 0; row < 2000; row += 1) insert.run(`row ${row} `.repeat(20));
  })();
  db.pragma(`user_version = ${userVersion}`);
  db.close();
}

describe('openStore', () => {
  it('creates a new database in WAL mode with foreign keys and synchronous=FULL, without a backup', async () => {
    const dataDir = folders.make();
    const opening = await openStore(dataDir, { log: recordingLog() });
    if (opening.state !== 'ready') throw new Error(`expected ready, got ${opening.state}`);
    const { db } = opening.store;
    expect(opening.schemaVersion).toBe(LATEST_SCHEMA_VERSION);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('synchronous', { simple: true })).toBe(2);
    expect(db.pragma('busy_timeout', { simple: true })).toBe(5000);
    expect(listBackups(dataDir)).toEqual([]);
    db.close();
  });

  it('backs an existing database up before migrating it', async () => {
    const dataDir = folders.make();
    writeDatabase(databasePath(dataDir), 0);
    const opening = await openStore(dataDir, { log: recordingLog() });
    if (opening.state !== 'ready') throw new Error(`expected ready, got ${opening.state}`);
    expect(opening.migrated.length).toBe(LATEST_SCHEMA_VERSION);
    opening.store.db.close();

    const backups = listBackups(dataDir);
    expect(backups).toHaveLength(1);
    const copy = new Database(`${backupsDir(dataDir)}/${backups[0]?.file}`, { readonly: true });
    expect(copy.pragma('user_version', { simple: true })).toBe(0);
    expect(copy.prepare('SELECT count(*) AS n FROM filler').get()).toEqual({ n: 2000 });
    copy.close();
  });

  it('refuses a database from a newer version and leaves it byte-identical', async () => {
    const dataDir = folders.make();
    const file = databasePath(dataDir);
    writeDatabase(file, LATEST_SCHEMA_VERSION + 3);
    const before = fs.readFileSync(file);

    const opening = await openStore(dataDir, { log: recordingLog() });
    expect(opening).toEqual({
      state: 'newer_version',
      fileVersion: LATEST_SCHEMA_VERSION + 3,
      supportedVersion: LATEST_SCHEMA_VERSION,
    });
    expect(fs.readFileSync(file).equals(before)).toBe(true);
    expect(fs.readdirSync(dataDir)).toEqual(['fieldscore.sqlite']);
  });

  it('reports a database with garbage over its middle as corrupt and leaves it untouched', async () => {
    const dataDir = folders.make();
    const file = databasePath(dataDir);
    writeDatabase(file, 1);
    damageMiddle(file, 3 * 4096);
    const damaged = fs.readFileSync(file);

    const opening = await openStore(dataDir, { log: recordingLog() });
    expect(opening.state).toBe('corrupt');
    if (opening.state === 'corrupt') expect(opening.detail).not.toBe('');
    expect(fs.readFileSync(file).equals(damaged)).toBe(true);
    expect(listBackups(dataDir)).toEqual([]);
  });

  it('reports a file that is not a database as corrupt and leaves it untouched', async () => {
    const dataDir = folders.make();
    const file = databasePath(dataDir);
    const text = Buffer.from('These are meeting notes, not a database.\n'.repeat(200));
    fs.writeFileSync(file, text);

    const opening = await openStore(dataDir, { log: recordingLog() });
    expect(opening).toEqual({ state: 'corrupt', detail: 'file is not a database' });
    expect(fs.readFileSync(file).equals(text)).toBe(true);
  });

  it.skipIf(!posixModes)('creates the database, its WAL and SHM 0600 whatever the umask', async () => {
    const dataDir = folders.make();
    const opening = await withOpenUmask(() => openStore(dataDir, { log: recordingLog() }));
    if (opening.state !== 'ready') throw new Error(`expected ready, got ${opening.state}`);
    opening.store.run("INSERT INTO settings (key, value) VALUES ('probe', '1')");
    const file = databasePath(dataDir);
    const modes = [file, `${file}-wal`, `${file}-shm`].map(modeOf);
    console.log('database, WAL, SHM modes:', modes.join(' '));
    expect(modes).toEqual(['600', '600', '600']);
    opening.store.db.close();
  });

  it.skipIf(!posixModes)('sets an existing 0644 database and its sidecars to 0600 before SQLite opens them', async () => {
    const dataDir = folders.make();
    const file = databasePath(dataDir);
    writeDatabase(file, LATEST_SCHEMA_VERSION);
    fs.chmodSync(file, 0o644);
    const opening = await openStore(dataDir, { log: recordingLog() });
    if (opening.state !== 'ready') throw new Error(`expected ready, got ${opening.state}`);
    expect([file, `${file}-wal`, `${file}-shm`].map(modeOf)).toEqual(['600', '600', '600']);
    opening.store.db.close();
  });
});
