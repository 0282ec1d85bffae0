import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { MAX_BACKUPS_KEPT, RETENTION_POLICY } from '../../../electron/store/backup-retention';
import { listBackups, takeBackup, verifyDatabaseFile } from '../../../electron/store/backups';
import { backupsDir } from '../../../electron/store/store-paths';
import { tempFolders } from '../../fixtures/store/store-fixtures';
import { modeOf, posixModes, withOpenUmask } from './file-modes';

const folders = tempFolders();
afterEach(() => folders.cleanup());

function liveDatabase(dataDir: string): Database.Database {
  const db = new Database(path.join(dataDir, 'fieldscore.sqlite'));
  db.pragma('journal_mode = WAL');
  db.exec('CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT NOT NULL) STRICT');
  return db;
}

const at = (minute: number) => new Date(Date.UTC(2025, 2, 1, 9, minute, 0));

const { newest: NEWEST } = RETENTION_POLICY;

describe('backups', () => {
  it(`within one day keeps the first and the newest ${NEWEST}, each a sound self-contained copy`, async () => {
    const dataDir = folders.make();
    const db = liveDatabase(dataDir);
    for (let minute = 0; minute < 13; minute += 1) {
      db.prepare('INSERT INTO notes (text) VALUES (?)').run(`note ${minute}`);
      await takeBackup(db, dataDir, at(minute));
    }
    db.close();

    const backups = listBackups(dataDir);
    expect(backups.map((backup) => backup.createdAt)).toEqual([
      '2025-03-01T09:12:00.000Z',
      '2025-03-01T09:11:00.000Z',
      '2025-03-01T09:10:00.000Z',
      '2025-03-01T09:09:00.000Z',
      // The day's (and week's) first: no later backup can push it out.
      '2025-03-01T09:00:00.000Z',
    ]);
    expect(backups[0]).toMatchObject({ file: 'fieldscore-2025-03-01T091200.000Z.sqlite' });
    // Only verified backups remain: no partial copies, no WAL sidecars.
    expect(fs.readdirSync(backupsDir(dataDir)).sort()).toEqual(backups.map((backup) => backup.file).sort());

    const newest = new Database(path.join(backupsDir(dataDir), backups[0]?.file ?? ''), { readonly: true });
    expect(newest.prepare('SELECT count(*) AS n FROM notes').get()).toEqual({ n: 13 });
    expect(newest.pragma('journal_mode', { simple: true })).toBe('delete');
    newest.close();
  });

  it('keeps the backups from before a loop of 20 crashes, each of which took a backup', async () => {
    const dataDir = folders.make();
    const db = liveDatabase(dataDir);
    const note = db.prepare('INSERT INTO notes (text) VALUES (?)');
    // Forty working days, two sessions a day (a backup at each close), Wed 1 Jan – Sun 9 Feb 2025.
    for (let day = 1; day <= 40; day += 1) {
      for (const hour of [12, 17]) {
        note.run(`day ${day} ${hour}h`);
        await takeBackup(db, dataDir, new Date(Date.UTC(2025, 0, day, hour)));
      }
    }
    // Monday 10 Feb: one clean session, then the app crashes at every start, 20 times in a row,
    // and each start after an unclean end takes a backup (open-store.ts).
    note.run('good work on the 10th');
    await takeBackup(db, dataDir, new Date(Date.UTC(2025, 1, 10, 9)));
    for (let crash = 0; crash < 20; crash += 1) await takeBackup(db, dataDir, new Date(Date.UTC(2025, 1, 10, 10, crash)));
    db.close();

    const kept = listBackups(dataDir).map((backup) => backup.createdAt);
    console.log(`after a 20-crash loop, ${kept.length} backups survive:\n  ${kept.join('\n  ')}`);
    expect(kept).toEqual([
      // The loop only ever cycles through the newest slots …
      '2025-02-10T10:19:00.000Z',
      '2025-02-10T10:18:00.000Z',
      '2025-02-10T10:17:00.000Z',
      '2025-02-10T10:16:00.000Z',
      // … while the first backup of each of the last seven days with backups stays, the last
      // good one before the loop among them,
      '2025-02-10T09:00:00.000Z',
      '2025-02-09T12:00:00.000Z',
      '2025-02-08T12:00:00.000Z',
      '2025-02-07T12:00:00.000Z',
      '2025-02-06T12:00:00.000Z',
      '2025-02-05T12:00:00.000Z',
      '2025-02-04T12:00:00.000Z',
      // and the first of each of the last five weeks (Monday to Sunday).
      '2025-02-03T12:00:00.000Z',
      '2025-01-27T12:00:00.000Z',
      '2025-01-20T12:00:00.000Z',
      '2025-01-13T12:00:00.000Z',
    ]);
    expect(kept.length).toBeLessThanOrEqual(MAX_BACKUPS_KEPT);
    const lastGood = new Database(path.join(backupsDir(dataDir), 'fieldscore-2025-02-10T090000.000Z.sqlite'), { readonly: true });
    expect(lastGood.prepare('SELECT text FROM notes ORDER BY id DESC LIMIT 1').get()).toEqual({ text: 'good work on the 10th' });
    lastGood.close();
  });

  it('names a backup after the newest one when the clock went backwards, so rotation keeps it', async () => {
    const dataDir = folders.make();
    const db = liveDatabase(dataDir);
    for (let minute = 0; minute < 10; minute += 1) await takeBackup(db, dataDir, at(30 + minute));
    const taken = await takeBackup(db, dataDir, new Date(Date.UTC(2000, 0, 1)));
    db.close();
    expect(listBackups(dataDir)[0]).toEqual(taken);
    expect(taken.createdAt).toBe('2025-03-01T09:39:00.001Z');
    expect(listBackups(dataDir)).toHaveLength(NEWEST + 1);
  });

  it('deletes no older backup when a new one fails, and leaves no partial file', async () => {
    const dataDir = folders.make();
    const db = liveDatabase(dataDir);
    for (let minute = 0; minute < 10; minute += 1) await takeBackup(db, dataDir, at(minute));
    const before = listBackups(dataDir);
    db.close();
    await expect(takeBackup(db, dataDir, at(59))).rejects.toThrow();
    expect(listBackups(dataDir)).toEqual(before);
    expect(fs.readdirSync(backupsDir(dataDir))).toHaveLength(before.length);
  });

  it.skipIf(!posixModes)('writes each backup 0600 into a 0700 folder, whatever the umask', async () => {
    const dataDir = folders.make();
    const db = liveDatabase(dataDir);
    const taken = await withOpenUmask(() => takeBackup(db, dataDir, at(0)));
    db.close();
    const modes = [modeOf(backupsDir(dataDir)), modeOf(path.join(backupsDir(dataDir), taken.file))];
    console.log('backups folder, backup file modes:', modes.join(' '));
    expect(modes).toEqual(['700', '600']);
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
