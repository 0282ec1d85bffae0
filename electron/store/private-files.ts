import fs from 'node:fs';
import path from 'node:path';
import type { Log } from './log';
import { BACKUPS_FOLDER, DATABASE_FILE, KEYS_FOLDER, LOCK_FILE } from './store-paths';

/**
 * The data folder holds an office's assessments, and soon its signing keys: no other user of
 * the machine may read it. Modes are set explicitly rather than through process.umask, which is
 * process-wide (and refused in worker threads): mkdir and open honour the umask but can only
 * narrow a mode, so each creation is followed by a chmod to the exact value.
 *
 * On Windows, Node's chmod only toggles the read-only attribute, so nothing is changed there:
 * the data folder lives in the per-user %APPDATA%, whose inherited ACL grants access only to the
 * user, SYSTEM and Administrators (docs/architecture.md, "The store").
 */
export const PRIVATE_DIR_MODE = 0o700;
export const PRIVATE_FILE_MODE = 0o600;

const usesPermissionBits = process.platform !== 'win32';

function modeOf(stats: fs.Stats): number {
  return stats.mode & 0o777;
}

/** Creates the folder (and missing parents) accessible to its owner only; an existing one is set to 0700. */
export function makePrivateDir(dir: string): void {
  fs.mkdirSync(dir, { recursive: true, mode: PRIVATE_DIR_MODE });
  if (usesPermissionBits && modeOf(fs.statSync(dir)) !== PRIVATE_DIR_MODE) fs.chmodSync(dir, PRIVATE_DIR_MODE);
}

/**
 * Creates the file empty if it is missing and leaves it 0600 either way, without touching its
 * content. For files another library then writes: SQLite gives a database's -wal and -shm the
 * main file's mode, and writes a backup into the file it is given.
 */
export function createPrivateFile(file: string): void {
  const fd = fs.openSync(file, 'a', PRIVATE_FILE_MODE);
  try {
    if (usesPermissionBits) fs.fchmodSync(fd, PRIVATE_FILE_MODE);
  } finally {
    fs.closeSync(fd);
  }
}

/** Creates the file exclusively (O_EXCL) with mode 0600 and writes text; false if it already exists. */
export function writeNewPrivateFile(file: string, text: string): boolean {
  let fd: number;
  try {
    fd = fs.openSync(file, 'wx', PRIVATE_FILE_MODE);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
  try {
    if (usesPermissionBits) fs.fchmodSync(fd, PRIVATE_FILE_MODE);
    fs.writeSync(fd, text);
  } finally {
    fs.closeSync(fd);
  }
  return true;
}

/** Sets an existing file to 0600 (a copy takes its source's mode); a missing file is no error. */
export function restrictFile(file: string): void {
  if (!usesPermissionBits) return;
  try {
    fs.chmodSync(file, PRIVATE_FILE_MODE);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
}

/** What start-up tightening changed, for the log and for tests. */
export interface Tightening {
  /** "<path relative to the data folder> <old>→<new>", e.g. "backups/ 755→700". */
  changed: string[];
  /** Entries that could not be changed (owned by another user, vanished …), with the reason. */
  failed: string[];
}

/** Top-level entries that are Fieldscore's own: the database with its sidecars, damaged and staged copies, the lock. */
function isOwnFile(name: string): boolean {
  return name === LOCK_FILE || name.startsWith(DATABASE_FILE);
}

/** Folders inside the data folder that belong to Fieldscore entirely, with everything under them. */
const OWN_FOLDERS: readonly string[] = [BACKUPS_FOLDER, KEYS_FOLDER];

/**
 * Brings a data folder written by an older version (folder 0755, files 0644) to 0700/0600.
 * Only what Fieldscore owns is touched: the folder itself, its own files and the backups/ and
 * keys/ folders with their content. Anything else there — Chromium's profile files in Electron's
 * userData folder, or whatever lives in a folder someone passed as --data-dir — is left alone;
 * the folder's 0700 already keeps other users out of all of it. Symbolic links are never followed.
 */
export function tightenDataFolder(dataDir: string): Tightening {
  const result: Tightening = { changed: [], failed: [] };
  if (!usesPermissionBits) return result;

  const fix = (absolute: string, relative: string, wanted: number, stats: fs.Stats) => {
    const current = modeOf(stats);
    if (current === wanted) return;
    try {
      fs.chmodSync(absolute, wanted);
      result.changed.push(`${relative} ${current.toString(8)}→${wanted.toString(8)}`);
    } catch (error) {
      result.failed.push(`${relative} (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
    }
  };

  const visit = (absolute: string, relative: string, walkAll: boolean) => {
    let stats: fs.Stats;
    try {
      stats = fs.lstatSync(absolute);
    } catch (error) {
      result.failed.push(`${relative} (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
      return;
    }
    if (stats.isFile()) {
      fix(absolute, relative, PRIVATE_FILE_MODE, stats);
      return;
    }
    if (!stats.isDirectory()) return; // symlinks, sockets: not ours to change
    fix(absolute, relative === '' ? './' : `${relative}/`, PRIVATE_DIR_MODE, stats);
    let names: string[];
    try {
      names = fs.readdirSync(absolute);
    } catch (error) {
      result.failed.push(`${relative || '.'} (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
      return;
    }
    for (const name of names.sort()) {
      const childRelative = relative === '' ? name : `${relative}/${name}`;
      if (walkAll) visit(path.join(absolute, name), childRelative, true);
      else if (OWN_FOLDERS.includes(name) || isOwnFile(name)) visit(path.join(absolute, name), childRelative, OWN_FOLDERS.includes(name));
    }
  };

  visit(dataDir, '', false);
  return result;
}

const LISTED = 10;

function listed(items: readonly string[]): string {
  const shown = items.slice(0, LISTED).join(', ');
  return items.length > LISTED ? `${shown} and ${items.length - LISTED} more` : shown;
}

/** tightenDataFolder, reported in one log line when anything was (or could not be) changed. */
export function tightenDataFolderAndLog(dataDir: string, log: Log): Tightening {
  const result = tightenDataFolder(dataDir);
  if (result.changed.length > 0) {
    log('warn', `restricted the data folder ${dataDir} to its owner (folders 700, files 600): ${listed(result.changed)}`);
  }
  if (result.failed.length > 0) {
    log('error', `could not restrict permissions in the data folder ${dataDir}: ${listed(result.failed)}`);
  }
  return result;
}
