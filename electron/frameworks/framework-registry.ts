import path from 'node:path';
import { AppError } from '../../shared/api/app-error';
import type { FrameworkSummary } from '../../shared/api/contract';
import { frameworkRefOf } from '../../shared/framework/framework-hash';
import { frameworkSchema, localizedTextSchema, type Framework, type FrameworkRef } from '../../shared/framework/framework-schema';
import { compareVersions } from '../../shared/framework/framework-version';
import { validateFramework } from '../../shared/framework/validate-framework';
import { readShippedFrameworks, type SkippedFramework } from './shipped-frameworks';
import type { Log } from '../store/log';
import type { Store } from '../store/store';

/** The framework new assessments use unless they ask for another: its highest installed version. */
export const DEFAULT_FRAMEWORK_ID = 'fieldscore-default';

export interface InstalledFramework {
  ref: FrameworkRef;
  framework: Framework;
  isDefault: boolean;
  installedAt: string;
}


interface FrameworkRow {
  hash: string;
  id: string;
  version: string;
  title_json: string;
  content_json: string;
  is_default: number;
  installed_at: string;
}

function toSummary(row: FrameworkRow): FrameworkSummary {
  const title = localizedTextSchema.safeParse(JSON.parse(row.title_json));
  return {
    id: row.id,
    version: row.version,
    hash: row.hash,
    title: title.success ? title.data : {},
    isDefault: row.is_default === 1,
    installedAt: row.installed_at,
  };
}

/**
 * The installed frameworks, content-addressed by frameworkHash so an assessment always finds
 * the exact text it was filled against, even after HQ ships a revision. Installing is
 * idempotent; installed frameworks are never changed or removed.
 */
export class FrameworkRegistry {
  constructor(
    private readonly store: Store,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  /**
   * Installs every <resourcesDir>/frameworks/*.json not yet present. A file that cannot be read,
   * is not valid, or reuses an installed id and version with different content is logged and
   * skipped: a bad shipped file must not stop the app from starting.
   */
  installShipped(resourcesDir: string, log: Log): { installed: FrameworkRef[]; skipped: SkippedFramework[] } {
    const installed: FrameworkRef[] = [];
    const { frameworks: valid, skipped } = readShippedFrameworks(resourcesDir);
    if (valid.length === 0 && skipped.length === 0) log('warn', `no shipped frameworks in ${path.join(resourcesDir, 'frameworks')}`);
    this.store.transaction(() => {
      for (const { file, framework } of valid) {
        try {
          const outcome = this.installValidated(framework);
          if (outcome.added) installed.push(outcome.ref);
        } catch (error) {
          if (!(error instanceof AppError)) throw error;
          skipped.push({ file, reason: error.message });
        }
      }
    });
    for (const skip of skipped) log('error', `shipped framework ${skip.file} skipped: ${skip.reason}`);
    return { installed, skipped };
  }

  /** Installs one untrusted framework document (checked here); returns its reference. */
  install(input: unknown): FrameworkRef {
    const result = validateFramework(input);
    if (!result.ok) {
      throw new AppError('invalid_request', 'invalid framework', { problems: result.problems });
    }
    return this.store.transaction(() => this.installValidated(result.framework).ref);
  }

  list(): FrameworkSummary[] {
    return this.store
      .all<FrameworkRow>('SELECT * FROM frameworks')
      .map(toSummary)
      .sort((a, b) => (a.id === b.id ? compareVersions(b.version, a.version) : a.id < b.id ? -1 : 1));
  }

  getByHash(hash: string): InstalledFramework | undefined {
    const row = this.store.get<FrameworkRow>('SELECT * FROM frameworks WHERE hash = ?', [hash]);
    return row && this.toInstalled(row);
  }

  /** The highest installed version of a framework id. */
  getLatestById(id: string): InstalledFramework | undefined {
    const hash = this.latestHash(id);
    return hash === undefined ? undefined : this.getByHash(hash);
  }

  getDefault(): InstalledFramework | undefined {
    return this.getLatestById(DEFAULT_FRAMEWORK_ID);
  }

  /** Must run inside a transaction: the insert and the default flag change together. */
  private installValidated(framework: Framework): { ref: FrameworkRef; added: boolean } {
    // Hash the validated document, which is exactly what is stored and what assessments point at.
    const ref: FrameworkRef = frameworkRefOf(framework);
    if (this.store.get('SELECT 1 FROM frameworks WHERE hash = ?', [ref.hash])) return { ref, added: false };
    const clash = this.store.get<{ hash: string }>('SELECT hash FROM frameworks WHERE id = ? AND version = ?', [ref.id, ref.version]);
    if (clash) {
      throw new AppError('conflict', `framework ${ref.id} ${ref.version} is already installed with different content`, {
        params: { id: ref.id, version: ref.version },
      });
    }
    this.store.run(
      `INSERT INTO frameworks (hash, id, version, title_json, content_json, is_default, installed_at)
       VALUES (?, ?, ?, ?, ?, 0, ?)`,
      [ref.hash, ref.id, ref.version, JSON.stringify(framework.title), JSON.stringify(framework), this.clock().toISOString()],
    );
    this.store.run('UPDATE frameworks SET is_default = (hash IS ?)', [this.latestHash(DEFAULT_FRAMEWORK_ID) ?? null]);
    return { ref, added: true };
  }

  private latestHash(id: string): string | undefined {
    const rows = this.store.all<{ hash: string; version: string }>('SELECT hash, version FROM frameworks WHERE id = ?', [id]);
    return rows.sort((a, b) => compareVersions(b.version, a.version))[0]?.hash;
  }

  /**
   * Read back with the structural schema only: the document passed validateFramework when it was
   * installed, and whole-document rules added since must not lock old assessments out of their framework.
   */
  private toInstalled(row: FrameworkRow): InstalledFramework {
    const result = frameworkSchema.safeParse(JSON.parse(row.content_json));
    if (!result.success) throw new Error(`installed framework ${row.id} ${row.version} does not fit the schema`);
    return {
      ref: { id: row.id, version: row.version, hash: row.hash },
      framework: result.data,
      isDefault: row.is_default === 1,
      installedAt: row.installed_at,
    };
  }
}
