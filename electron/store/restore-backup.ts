import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../shared/api/app-error';
import { listBackups, verifyDatabaseFile } from './backups';
import { restrictFile } from './private-files';
import { backupsDir, databasePath, fileTimestamp, SIDECAR_SUFFIXES } from './store-paths';

/**
 * Puts a backup in place of the damaged database, which must already be closed. The damaged
 * file and its sidecars are renamed to fieldscore.sqlite.damaged-<timestamp>[-wal|-shm] and
 * never deleted: someone may still recover entries from it. The backup is copied and checked
 * before anything is moved, so a bad choice of backup leaves the folder as it was.
 * Returns the name the damaged file was given (undefined if there was none).
 */
export function replaceDatabaseWithBackup(dataDir: string, file: string, now: Date = new Date()): string | undefined {
  if (!listBackups(dataDir).some((backup) => backup.file === file)) {
    throw new AppError('not_found', `no backup named ${file}`, { params: { file } });
  }
  const target = databasePath(dataDir);
  const staging = `${target}.restoring`;
  fs.copyFileSync(path.join(backupsDir(dataDir), file), staging);
  // copyFile gives the copy its source's mode; the database must be private whatever the backup's was.
  restrictFile(staging);
  try {
    verifyDatabaseFile(staging);
  } catch (error) {
    fs.rmSync(staging, { force: true });
    throw new AppError('conflict', `backup ${file} is damaged too: ${(error as Error).message}`, { params: { file } });
  }

  let damaged: string | undefined;
  if (fs.existsSync(target)) {
    damaged = `${target}.damaged-${fileTimestamp(now)}`;
    fs.renameSync(target, damaged);
  }
  for (const suffix of SIDECAR_SUFFIXES) {
    // A -wal belonging to the damaged file must not be replayed into the restored one.
    if (fs.existsSync(target + suffix)) {
      fs.renameSync(target + suffix, `${damaged ?? `${target}.damaged-${fileTimestamp(now)}`}${suffix}`);
    }
  }
  fs.renameSync(staging, target);
  return damaged === undefined ? undefined : path.basename(damaged);
}
