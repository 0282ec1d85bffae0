import fs from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { AppError } from '../../../shared/api/app-error';
import { acquireStoreLock } from '../../../electron/store/store-lock';
import { lockPath } from '../../../electron/store/store-paths';
import { deadPid, tempFolders } from '../../fixtures/store/store-fixtures';
import { modeOf, posixModes, withOpenUmask } from './file-modes';

const folders = tempFolders();
afterEach(() => folders.cleanup());

function lockError(run: () => unknown): AppError {
  try {
    run();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('expected the lock to be refused');
}

describe('acquireStoreLock', () => {
  it('writes our pid, refuses a second holder while we live, and frees the folder on release', () => {
    const dataDir = folders.make();
    const lock = acquireStoreLock(dataDir);
    expect(fs.readFileSync(lockPath(dataDir), 'utf8')).toBe(String(process.pid));

    const refused = lockError(() => acquireStoreLock(dataDir));
    expect(refused.data.code).toBe('database_locked');
    expect(refused.message).toBe('another Fieldscore window is using this data folder');

    lock.release();
    expect(fs.existsSync(lockPath(dataDir))).toBe(false);
    acquireStoreLock(dataDir).release();
  });

  it('takes over a lock left by a process that no longer runs', () => {
    const dataDir = folders.make();
    fs.writeFileSync(lockPath(dataDir), String(deadPid()));
    const lock = acquireStoreLock(dataDir);
    expect(fs.readFileSync(lockPath(dataDir), 'utf8')).toBe(String(process.pid));
    lock.release();
  });

  it('takes over an empty lock file (the owner died while writing it)', () => {
    const dataDir = folders.make();
    fs.writeFileSync(lockPath(dataDir), '');
    acquireStoreLock(dataDir).release();
  });

  it('does not delete a lock that another process has since taken over', () => {
    const dataDir = folders.make();
    const lock = acquireStoreLock(dataDir);
    fs.writeFileSync(lockPath(dataDir), '1');
    lock.release();
    expect(fs.readFileSync(lockPath(dataDir), 'utf8')).toBe('1');
  });

  it.skipIf(!posixModes)('creates the lock file 0600 whatever the umask', async () => {
    const dataDir = folders.make();
    const lock = await withOpenUmask(() => acquireStoreLock(dataDir));
    console.log('lock file mode:', modeOf(lockPath(dataDir)));
    expect(modeOf(lockPath(dataDir))).toBe('600');
    lock.release();
  });
});
