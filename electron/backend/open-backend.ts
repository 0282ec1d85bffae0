import fs from 'node:fs';
import { consoleLog } from '../store/log';
import { PRIVATE_DIR_MODE, tightenDataFolderAndLog } from '../store/private-files';
import { acquireStoreLock } from '../store/store-lock';
import type { Backend, BackendOptions } from './backend-types';
import { dispatch } from './dispatch';
import { createVerifyPool } from '../packages/verify-pool';
import { createHandlers } from './handlers/create-handlers';
import { StoreSession } from './store-session';

/**
 * Starts the backend on a data folder: takes the single-writer lock (AppError database_locked if
 * another live window holds it), restricts the folder to its owner, opens or recovers the store,
 * installs shipped frameworks.
 * A damaged or newer database does not reject: app.status reports it and the renderer shows
 * the recovery screen.
 */
export async function openBackend(options: BackendOptions): Promise<Backend> {
  const log = options.log ?? consoleLog;
  // A new folder is created owner-only; an existing one is left for tightening, which logs what it changes.
  fs.mkdirSync(options.dataDir, { recursive: true, mode: PRIVATE_DIR_MODE });
  const lock = acquireStoreLock(options.dataDir);
  // After the lock, so only the folder's one writer changes modes; before the store opens its files.
  tightenDataFolderAndLog(options.dataDir, log);
  const session = new StoreSession(options, lock, log);
  try {
    await session.open();
  } catch (error) {
    lock.release();
    throw error;
  }
  // Files from outside are verified on worker threads, so the thread that answers the window stays free.
  const pool = createVerifyPool({ warn: (message) => log('warn', message) });
  const handlers = createHandlers(session, options.resourcesDir, pool);
  return {
    dispatch: (name, payload) => dispatch(handlers, name, payload, (message, error) => log('error', message, error)),
    close: async () => {
      await pool.close();
      await session.close();
    },
  };
}
