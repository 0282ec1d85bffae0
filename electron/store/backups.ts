import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { BackupInfo } from '../../shared/api/contract';
import { backupsToKeep } from './backup-retention';
import { createPrivateFile, makePrivateDir } from './private-files';
import { backupsDir, fileTimestamp } from './store-paths';

const BACKUP_NAME = /^fieldscore-(\d{4}-\d{2}-\d{2}T\d{6}\.\d{3}Z)\.sqlite$/;

interface ParsedName {
  file: string;
  createdAt: string;
}

function parseName(file: string): ParsedName | undefined {
  const match = BACKUP_NAME.exec(file);
  if (!match) return undefined;
  const stamp = match[1] as string;
  // Put back the colons fileTimestamp removed: 2024-05-01T101530.123Z → 2024-05-01T10:15:30.123Z.
  const createdAt = `${stamp.slice(0, 13)}:${stamp.slice(13, 15)}:${stamp.slice(15)}`;
  return { file, createdAt };
}

/** The backups in the data folder, newest first. Files that are not backups are ignored. */
export function listBackups(dataDir: string): BackupInfo[] {
  const dir = backupsDir(dataDir);
  if (!fs.existsSync(dir)) return [];
  const parsed = fs
    .readdirSync(dir)
    .map(parseName)
    .filter((entry): entry is ParsedName => entry !== undefined);
  parsed.sort((a, b) => (a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : 0));
  return parsed.flatMap(({ file, createdAt }) => {
    try {
      return [{ file, createdAt, sizeBytes: fs.statSync(path.join(dir, file)).size }];
    } catch {
      return []; // removed between readdir and stat
    }
  });
}

/** The result of `PRAGMA quick_check`: "ok", or the problems SQLite found (first few). */
export function quickCheck(db: Database.Database): { ok: true } | { ok: false; detail: string } {
  const rows = db.pragma('quick_check') as { quick_check: string }[];
  const messages = rows.map((row) => row.quick_check);
  if (messages.length === 1 && messages[0] === 'ok') return { ok: true };
  return { ok: false, detail: messages.slice(0, 5).join('; ').slice(0, 500) };
}

/**
 * Opens a copied database file, makes it a self-contained rollback-journal file (a WAL-mode
 * copy would grow -wal/-shm files beside it on every read) and checks it. Throws if it is not sound.
 */
export function verifyDatabaseFile(file: string): void {
  const db = new Database(file, { fileMustExist: true });
  try {
    db.pragma('journal_mode = DELETE');
    const check = quickCheck(db);
    if (!check.ok) throw new Error(`backup failed quick_check: ${check.detail}`);
  } finally {
    db.close();
  }
}

/**
 * Copies the open database through SQLite's online backup API (consistent even while the
 * connection is in WAL mode), verifies the copy, and only then deletes the backups the retention
 * policy lets go (backup-retention.ts) — a failed or damaged copy never costs an older good one.
 * The copy is written under a name listBackups ignores until it has been verified, into a file
 * created 0600 first: SQLite would create it 0644, readable by every user of the machine.
 */
export async function takeBackup(db: Database.Database, dataDir: string, now: Date = new Date()): Promise<BackupInfo> {
  const dir = backupsDir(dataDir);
  makePrivateDir(dir);
  // Names only ever increase: a laptop whose clock was reset would otherwise name every new
  // copy "oldest" and rotate it straight out (and two copies in one millisecond would clash).
  const newest = listBackups(dataDir)[0];
  const newestTime = newest ? Date.parse(newest.createdAt) : -Infinity;
  const file = `fieldscore-${fileTimestamp(new Date(Math.max(now.getTime(), newestTime + 1)))}.sqlite`;
  const partial = path.join(dir, `${file}.partial`);
  fs.rmSync(partial, { force: true });
  try {
    createPrivateFile(partial);
    await db.backup(partial);
    verifyDatabaseFile(partial);
    fs.renameSync(partial, path.join(dir, file));
  } catch (error) {
    fs.rmSync(partial, { force: true });
    throw error;
  }
  rotateBackups(dataDir);
  const taken = listBackups(dataDir).find((backup) => backup.file === file);
  if (!taken) throw new Error(`backup ${file} vanished after it was written`);
  return taken;
}

/** Deletes the backups the retention policy does not keep. */
export function rotateBackups(dataDir: string): void {
  const backups = listBackups(dataDir);
  const keep = backupsToKeep(backups.map((backup) => backup.createdAt));
  for (const backup of backups) {
    if (!keep.has(backup.createdAt)) fs.rmSync(path.join(backupsDir(dataDir), backup.file), { force: true });
  }
}
