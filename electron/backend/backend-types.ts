import type { ApiResult } from '../../shared/api/app-error';
import type { AppStatus } from '../../shared/api/contract';
import type { Log } from '../store/log';

export interface BackendOptions {
  /** Folder holding fieldscore.sqlite, backups/ and the lock file. Created if missing. */
  dataDir: string;
  /** The app's resources/ folder (shipped frameworks, country data). */
  resourcesDir: string;
  appVersion: string;
  mode: AppStatus['mode'];
  /** Where warnings (slow queries, skipped frameworks, failed backups) go; the console by default. */
  log?: Log;
}

/** The whole backend as every transport sees it: untrusted (name, payload) in, envelope out. */
export interface Backend {
  dispatch(name: unknown, payload: unknown): Promise<ApiResult<unknown>>;
  /** Takes a rotating backup if anything changed, closes the database, releases the lock. */
  close(): Promise<void>;
}
