import fs from 'node:fs';
import { AppError } from '../../shared/api/app-error';
import { writeNewPrivateFile } from './private-files';
import { lockPath } from './store-paths';

export interface StoreLock {
  readonly path: string;
  /** Removes the lock file if it is still ours. Safe to call twice. */
  release(): void;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else — still alive.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function readPid(file: string): number | undefined {
  try {
    const text = fs.readFileSync(file, 'utf8').trim();
    return /^\d+$/.test(text) ? Number(text) : undefined;
  } catch {
    return undefined;
  }
}

function createExclusive(file: string): boolean {
  return writeNewPrivateFile(file, String(process.pid));
}

/**
 * One writer per data folder: two windows writing the same SQLite file would each back it up
 * and migrate it behind the other's back. The lock file is created with O_EXCL and holds the
 * owner's pid; a lock whose pid is gone (the app crashed or lost power) is taken over.
 */
export function acquireStoreLock(dataDir: string): StoreLock {
  const file = lockPath(dataDir);
  if (!createExclusive(file)) {
    const owner = readPid(file);
    if (owner !== undefined && isAlive(owner)) {
      throw new AppError('database_locked', 'another Fieldscore window is using this data folder', {
        params: { pid: owner },
      });
    }
    // Stale (dead pid, or unreadable because the writer died mid-write): take it over once;
    // if another process wins the race in between, it owns the folder.
    fs.rmSync(file, { force: true });
    if (!createExclusive(file)) {
      throw new AppError('database_locked', 'another Fieldscore window is using this data folder');
    }
  }
  let held = true;
  return {
    path: file,
    release() {
      if (!held) return;
      held = false;
      if (readPid(file) === process.pid) fs.rmSync(file, { force: true });
    },
  };
}
