import path from 'node:path';

/** Where everything of one data folder lives; one place so restore, backups and the lock agree. */
export const DATABASE_FILE = 'fieldscore.sqlite';
export const BACKUPS_FOLDER = 'backups';
export const LOCK_FILE = 'fieldscore.lock';
/** The package feature's signing keys; start-up tightening (private-files.ts) covers it with backups/. */
export const KEYS_FOLDER = 'keys';

export function databasePath(dataDir: string): string {
  return path.join(dataDir, DATABASE_FILE);
}

export function backupsDir(dataDir: string): string {
  return path.join(dataDir, BACKUPS_FOLDER);
}

export function lockPath(dataDir: string): string {
  return path.join(dataDir, LOCK_FILE);
}

/** SQLite keeps WAL-mode state beside the main file; these move and vanish together with it. */
export const SIDECAR_SUFFIXES = ['-wal', '-shm', '-journal'] as const;

/** An ISO timestamp usable in a file name on every platform (Windows forbids colons). */
export function fileTimestamp(date: Date): string {
  return date.toISOString().replace(/:/g, '');
}
