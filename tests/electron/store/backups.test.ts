import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { BACKUPS_KEPT, listBackups, takeBackup, verifyDatabaseFile } from '../../../electron/store/backups';
import { backupsDir } from '../../../electron/store/store-paths';
import { tempFolders } from '../../fixtures/store/store-fixtures';

const folders = tempFolders();
afterEach(() => folders.cleanup());

function liveDatabase(dataDir: string): Database.Database {
  const db = new Database(path.join(dataDir, 'fieldscore.sqlite'));
  db.pragma('journal_mode = WAL');
  db.exec('CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT NOT NULL) STRICT');
  return db;
}

const at = (minute: number) => new Date(Date.UTC(2025, 2, 1, 9, minute, 0));

describe('backups', () => {
  it(`keeps the newest ${BACKUPS_KEPT}, each a sound self-contained copy`, async () => {
    const dataDir = folders.make();
    const db = liveDatabase(dataDir);
    for (let minute = 0; minute < BACKUPS_KEPT + 3; minute += 1) {
      db.prepare('INSERT INTO notes (text) VALUES (?)').run(`note ${minute}`);
      await takeBackup(db, dataDir, at(minute));
    }
    db.close();

    const backups = listBackups(dataDir);
    expect(backups).toHaveLength(BACKUPS_KEPT);
    expect(backups[0]).toMatchObject({ file: 'fieldscore-2025-03-01T091200.000Z.sqlite', createdAt: '2025-03-01T09:12:00.000Z' });
    expect(backups.at(-1)?.createdAt).toBe('2025-03-01T09:03:00.000Z');
    // Only verified backups remain: no partial copies, no WAL sidecars.
    expect(fs.readdirSync(backupsDir(dataDir)).sort()).toEqual(backups.map((backup) => backup.file).sort());

    const newest = new Database(path.join(backupsDir(dataDir), backups[0]?.file ?? ''), { readonly: true });
    expect(newest.prepare('SELECT count(*) AS n FROM notes').get()).toEqual({ n: BACKUPS_KEPT + 3 });
    expect(newest.pragma('journal_mode', { simple: true })).toBe('delete');
    newest.close();
  });

  it('names a backup after the newest one when the clock went backwards, so rotation keeps it', async () => {
    const dataDir = folders.make();
    const db = liveDatabase(dataDir);
    for (let minute = 0; minute < BACKUPS_KEPT; minute += 1) await takeBackup(db, dataDir, at(30 + minute));
    const taken = await takeBackup(db, dataDir, new Date(Date.UTC(2000, 0, 1)));
    db.close();
    expect(listBackups(dataDir)[0]).toEqual(taken);
    expect(taken.createdAt).toBe('2025-03-01T09:39:00.001Z');
    expect(listBackups(dataDir)).toHaveLength(BACKUPS_KEPT);
  });

  it('deletes no older backup when a new one fails, and leaves no partial file', async () => {
    const dataDir = folders.make();
    const db = liveDatabase(dataDir);
    for (let minute = 0; minute < BACKUPS_KEPT; minute += 1) await takeBackup(db, dataDir, at(minute));
    const before = listBackups(dataDir);
    db.close();
    await expect(takeBackup(db, dataDir, at(59))).rejects.toThrow();
    expect(listBackups(dataDir)).toEqual(before);
    expect(fs.readdirSync(backupsDir(dataDir))).toHaveLength(BACKUPS_KEPT);
  });

  it('lists only backup files, newest first', () => {
    const dataDir = folders.make();
    fs.mkdirSync(backupsDir(dataDir));
    for (const name of [
      'fieldscore-2025-03-01T090000.000Z.sqlite',
      'fieldscore-2025-03-02T090000.000Z.sqlite',
      'fieldscore-2025-03-03T090000.000Z.sqlite.partial',
      'notes.txt',
      'fieldscore-latest.sqlite',
    ]) {
      fs.writeFileSync(path.join(backupsDir(dataDir), name), 'x');
    }
    expect(listBackups(dataDir).map((backup) => backup.file)).toEqual([
      'fieldscore-2025-03-02T090000.000Z.sqlite',
      'fieldscore-2025-03-01T090000.000Z.sqlite',
    ]);
  });

  it('verifyDatabaseFile rejects a file that is not a database', () => {
    const file = path.join(folders.make(), 'copy.sqlite');
    fs.writeFileSync(file, 'not a database at all, just text '.repeat(100));
    expect(() => verifyDatabaseFile(file)).toThrow(/not a database/);
  });
});
