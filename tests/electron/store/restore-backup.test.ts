import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { AppError } from '../../../shared/api/app-error';
import { replaceDatabaseWithBackup } from '../../../electron/store/restore-backup';
import { backupsDir, databasePath } from '../../../electron/store/store-paths';
import { tempFolders } from '../../fixtures/store/store-fixtures';
import { modeOf, posixModes } from './file-modes';

const folders = tempFolders();
afterEach(() => folders.cleanup());

const BACKUP = 'fieldscore-2025-03-01T090000.000Z.sqlite';
const now = new Date(Date.UTC(2025, 3, 2, 12, 0, 0));

function setUp(backupContent: 'database' | 'garbage') {
  const dataDir = folders.make();
  fs.mkdirSync(backupsDir(dataDir));
  const backup = path.join(backupsDir(dataDir), BACKUP);
  if (backupContent === 'database') {
    const db = new Database(backup);
    db.exec("CREATE TABLE marker (x TEXT) STRICT; INSERT INTO marker VALUES ('from backup');");
    db.close();
  } else {
    fs.writeFileSync(backup, 'garbage '.repeat(600));
  }
  fs.writeFileSync(databasePath(dataDir), 'damaged main file');
  fs.writeFileSync(`${databasePath(dataDir)}-wal`, 'damaged wal');
  return dataDir;
}

describe('replaceDatabaseWithBackup', () => {
  it('keeps the damaged file and its WAL under a dated name and puts the backup in place', () => {
    const dataDir = setUp('database');
    expect(replaceDatabaseWithBackup(dataDir, BACKUP, now)).toBe('fieldscore.sqlite.damaged-2025-04-02T120000.000Z');
    expect(fs.readFileSync(path.join(dataDir, 'fieldscore.sqlite.damaged-2025-04-02T120000.000Z'), 'utf8')).toBe('damaged main file');
    expect(fs.readFileSync(path.join(dataDir, 'fieldscore.sqlite.damaged-2025-04-02T120000.000Z-wal'), 'utf8')).toBe('damaged wal');
    expect(fs.existsSync(`${databasePath(dataDir)}-wal`)).toBe(false);
    const restored = new Database(databasePath(dataDir), { readonly: true });
    expect(restored.prepare('SELECT x FROM marker').get()).toEqual({ x: 'from backup' });
    restored.close();
    expect(fs.existsSync(path.join(backupsDir(dataDir), BACKUP))).toBe(true);
  });

  it('refuses an unknown backup and a damaged backup, moving nothing', () => {
    for (const [content, file, code] of [
      ['database', 'fieldscore-2020-01-01T000000.000Z.sqlite', 'not_found'],
      ['garbage', BACKUP, 'conflict'],
    ] as const) {
      const dataDir = setUp(content);
      const before = fs.readdirSync(dataDir).sort();
      let error: unknown;
      try {
        replaceDatabaseWithBackup(dataDir, file, now);
      } catch (caught) {
        error = caught;
      }
      expect(error).toBeInstanceOf(AppError);
      expect((error as AppError).data.code).toBe(code);
      expect(fs.readdirSync(dataDir).sort()).toEqual(before);
      expect(fs.readFileSync(databasePath(dataDir), 'utf8')).toBe('damaged main file');
    }
  });

  it.skipIf(!posixModes)('makes the restored database 0600 even when the backup it copies is 0644', () => {
    const dataDir = setUp('database');
    fs.chmodSync(path.join(backupsDir(dataDir), BACKUP), 0o644);
    replaceDatabaseWithBackup(dataDir, BACKUP, now);
    console.log('restored database mode:', modeOf(databasePath(dataDir)));
    expect(modeOf(databasePath(dataDir))).toBe('600');
  });
});
