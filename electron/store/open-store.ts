import fs from 'node:fs';
import Database from 'better-sqlite3';
import { applyMigrations, schemaVersion } from './apply-migrations';
import { listBackups, quickCheck, takeBackup } from './backups';
import { consoleLog, type Log } from './log';
import { MIGRATIONS, type Migration } from './migrations';
import { createPrivateFile, restrictFile } from './private-files';
import { isCorruptionError } from './sqlite-errors';
import { Store } from './store';
import { databasePath, SIDECAR_SUFFIXES } from './store-paths';

/** How long a statement waits for a lock held by another connection (a backup, an external reader). */
const BUSY_TIMEOUT_MS = 5000;

export type StoreOpening =
  | { state: 'ready'; store: Store; schemaVersion: number; migrated: number[] }
  | { state: 'corrupt'; detail: string }
  | { state: 'newer_version'; fileVersion: number; supportedVersion: number };

export interface OpenStoreOptions {
  log?: Log;
  /** Tests pass their own list; the app always uses MIGRATIONS. */
  migrations?: readonly Migration[];
}

/**
 * Opens <dataDir>/fieldscore.sqlite. Nothing is written until the file has passed quick_check
 * and its version is one this app knows: a damaged file or one from a newer Fieldscore is
 * reported and left exactly as it was, never replaced by an empty store.
 */
export async function openStore(dataDir: string, options: OpenStoreOptions = {}): Promise<StoreOpening> {
  const log = options.log ?? consoleLog;
  const migrations = options.migrations ?? MIGRATIONS;
  const file = databasePath(dataDir);
  const hasContent = fs.existsSync(file) && fs.statSync(file).size > 0;
  // A clean close checkpoints and removes the WAL file; one left with content means the last
  // session ended without closing (a crash, a power cut), so its last edits have no backup yet.
  const endedUncleanly = fs.existsSync(`${file}-wal`) && fs.statSync(`${file}-wal`).size > 0;

  // SQLite creates a new database 0644 and gives the -wal and -shm it creates the main file's
  // mode: creating the file 0600 first keeps all three private. Existing sidecars are set too.
  createPrivateFile(file);
  for (const suffix of SIDECAR_SUFFIXES) restrictFile(file + suffix);

  let db: Database.Database | undefined;
  try {
    db = new Database(file, { timeout: BUSY_TIMEOUT_MS });
    const check = quickCheck(db);
    if (!check.ok) {
      db.close();
      return { state: 'corrupt', detail: check.detail };
    }
    const fileVersion = schemaVersion(db);
    if (fileVersion > migrations.length) {
      db.close();
      return { state: 'newer_version', fileVersion, supportedVersion: migrations.length };
    }

    // WAL: readers never block the writer and a crash mid-write cannot damage the main file.
    // synchronous=FULL rather than NORMAL: NORMAL is durable against an app crash but may lose
    // the last commits on power loss, and field laptops run on unreliable power. The cost, an
    // fsync per commit, is invisible at the rate a person fills in a form.
    const journalMode = db.pragma('journal_mode = WAL', { simple: true });
    if (journalMode !== 'wal') log('warn', `journal_mode is ${String(journalMode)}, not wal (network drive?)`);
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');

    // Before migrations, so a migration that goes wrong can be undone from the copy; after a
    // session that ended uncleanly; or when there is no backup at all. Not at every open: a
    // clean close already took one, and copying again at each start would push the older
    // backups out of the rotation within a few days.
    const migrationPending = fileVersion < migrations.length;
    if (hasContent && (migrationPending || endedUncleanly || listBackups(dataDir).length === 0)) {
      try {
        await takeBackup(db, dataDir);
      } catch (error) {
        log('error', 'backup at open failed', error);
      }
    }
    const migrated = applyMigrations(db, migrations);
    if (migrated.length > 0) log('info', `database migrated to version ${schemaVersion(db)}`);
    return { state: 'ready', store: new Store(db, { log }), schemaVersion: schemaVersion(db), migrated };
  } catch (error) {
    db?.close();
    if (isCorruptionError(error)) return { state: 'corrupt', detail: (error as Error).message };
    throw error;
  }
}
