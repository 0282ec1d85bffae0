import { AppError } from '../../shared/api/app-error';
import type { AppStatus, DatabaseState } from '../../shared/api/contract';
import { HubStore } from '../consolidation/hub-store';
import { FrameworkRegistry } from '../frameworks/framework-registry';
import { loadOrCreateInstallationKey } from '../packages/installation-key';
import type { SigningKey } from '../packages/signing-key';
import { AssessmentEdits } from '../store/assessment-edits';
import { AssessmentLifecycle } from '../store/assessment-lifecycle';
import { AssessmentRepository } from '../store/assessment-repository';
import { ChangeLog } from '../store/change-log';
import { DraftWrites } from '../store/draft-writes';
import { EvidenceRepository } from '../store/evidence-repository';
import { FrameworkCache } from '../store/framework-cache';
import { listBackups, takeBackup } from '../store/backups';
import type { Log } from '../store/log';
import { openStore } from '../store/open-store';
import { PackageExportLog } from '../store/package-export-log';
import { ReviewStore } from '../reviews/review-store';
import { replaceDatabaseWithBackup } from '../store/restore-backup';
import { SettingsRepository } from '../store/settings-repository';
import type { Store } from '../store/store';
import type { StoreLock } from '../store/store-lock';
import type { BackendOptions } from './backend-types';

/** Everything a handler may use to read or write data; later areas add their repository here. */
export interface Repositories {
  settings: SettingsRepository;
  frameworks: FrameworkRegistry;
  assessments: AssessmentRepository;
  /** Answers and profile edits with their history and undo/redo. */
  edits: AssessmentEdits;
  lifecycle: AssessmentLifecycle;
  changes: ChangeLog;
  evidence: EvidenceRepository;
  packageExports: PackageExportLog;
  hub: HubStore;
  /** The review loop: the hub's decisions, the reviews this office received (migration 6). */
  reviews: ReviewStore;
}

function createRepositories(store: Store): Repositories {
  const frameworks = new FrameworkRegistry(store);
  const cache = new FrameworkCache(frameworks);
  const assessments = new AssessmentRepository(store);
  const changes = new ChangeLog(store);
  const drafts = new DraftWrites(assessments, cache, changes);
  const evidence = new EvidenceRepository(store, assessments, drafts);
  return {
    settings: new SettingsRepository(store),
    frameworks,
    assessments,
    edits: new AssessmentEdits(store, assessments, drafts, changes),
    lifecycle: new AssessmentLifecycle(store, assessments, evidence, cache, changes),
    changes,
    evidence,
    packageExports: new PackageExportLog(store),
    hub: new HubStore(store),
    reviews: new ReviewStore(store),
  };
}

type Opened =
  | { state: 'ready'; store: Store; schemaVersion: number; repositories: Repositories }
  | { state: 'corrupt'; detail: string }
  | { state: 'newer_version'; fileVersion: number; supportedVersion: number }
  | { state: 'closed' };

/**
 * The data folder as the backend holds it: the lock, and either an open store or the reason
 * there is none (damaged, or from a newer version). Handlers ask for repositories(), which
 * refuses with a clear error until the store is usable, so no operation can write to a file
 * the app has decided not to touch.
 */
export class StoreSession {
  private opened: Opened = { state: 'closed' };
  private key: SigningKey | undefined;
  /** Restore and close both await a backup; this keeps them from interleaving. */
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly options: BackendOptions,
    private readonly lock: StoreLock,
    private readonly log: Log,
  ) {}

  /**
   * The installation's signing key (keys/ in the data folder, created on first run). It does
   * not depend on the database, so it is there even while the store is in recovery.
   */
  installationKey(): SigningKey {
    this.key ??= loadOrCreateInstallationKey(this.options.dataDir, this.log);
    return this.key;
  }

  /** Opens the store; a damaged or newer file is a state, not an error. Throws only for the unexpected. */
  async open(): Promise<void> {
    this.installationKey();
    const opening = await openStore(this.options.dataDir, { log: this.log });
    if (opening.state !== 'ready') {
      this.opened = opening;
      if (opening.state === 'corrupt') this.log('error', `database is damaged: ${opening.detail}`);
      return;
    }
    const { store } = opening;
    try {
      const repositories = createRepositories(store);
      repositories.frameworks.installShipped(this.options.resourcesDir, this.log);
      this.opened = { state: 'ready', store, schemaVersion: opening.schemaVersion, repositories };
    } catch (error) {
      store.db.close();
      throw error;
    }
  }

  databaseState(): DatabaseState {
    const opened = this.opened;
    switch (opened.state) {
      case 'ready':
        return { state: 'ready', schemaVersion: opened.schemaVersion };
      case 'corrupt':
        return { state: 'corrupt', detail: opened.detail, backups: listBackups(this.options.dataDir) };
      case 'newer_version':
        return { state: 'newer_version', fileVersion: opened.fileVersion, supportedVersion: opened.supportedVersion };
      case 'closed':
        throw new AppError('internal', 'the backend is closed');
    }
  }

  get appVersion(): string {
    return this.options.appVersion;
  }

  status(): AppStatus {
    return {
      appVersion: this.options.appVersion,
      mode: this.options.mode,
      dataDir: this.options.dataDir,
      database: this.databaseState(),
    };
  }

  repositories(): Repositories {
    const opened = this.opened;
    switch (opened.state) {
      case 'ready':
        return opened.repositories;
      case 'corrupt':
        throw new AppError('database_corrupt', 'the database is damaged; restore a backup');
      case 'newer_version':
        throw new AppError('database_newer', 'the database was written by a newer version of Fieldscore', {
          params: { fileVersion: opened.fileVersion, supportedVersion: opened.supportedVersion },
        });
      case 'closed':
        throw new AppError('internal', 'the backend is closed');
    }
  }

  /**
   * SQLite found damage while the app was running (a failing disk, a copy tool writing over the
   * file): close it without a backup, which would only copy the damage, and show recovery.
   */
  markCorrupt(detail: string): void {
    const opened = this.opened;
    if (opened.state !== 'ready') return;
    this.opened = { state: 'corrupt', detail };
    this.log('error', `database damage found while running: ${detail}`);
    opened.store.db.close();
  }

  /** Only a damaged database may be replaced: a healthy or newer one holds data a backup lacks. */
  restoreBackup(file: string): Promise<AppStatus> {
    return this.serialised(async () => {
      if (this.opened.state !== 'corrupt') {
        throw new AppError('conflict', 'only a damaged database can be replaced by a backup', {
          params: { state: this.opened.state },
        });
      }
      const damaged = replaceDatabaseWithBackup(this.options.dataDir, file);
      this.log('warn', `restored backup ${file}; damaged database kept as ${damaged ?? '(none)'}`);
      this.opened = { state: 'closed' };
      try {
        await this.open();
      } catch (error) {
        // Stay on the recovery screen, where another backup can be tried.
        this.opened = { state: 'corrupt', detail: (error as Error).message };
        throw error;
      }
      return this.status();
    });
  }

  /** Backs up if anything was written since open, closes the database, releases the lock. */
  close(): Promise<void> {
    return this.serialised(async () => {
      const opened = this.opened;
      this.opened = { state: 'closed' };
      try {
        if (opened.state === 'ready') {
          try {
            if (opened.store.totalChanges() > 0) await takeBackup(opened.store.db, this.options.dataDir);
          } catch (error) {
            this.log('error', 'backup at close failed', error);
          } finally {
            opened.store.db.close();
          }
        }
      } finally {
        this.lock.release();
      }
    });
  }

  private serialised<T>(task: () => Promise<T>): Promise<T> {
    const result = this.queue.then(task);
    this.queue = result.catch(() => undefined);
    return result;
  }
}
