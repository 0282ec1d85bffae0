import type BetterSqlite3 from 'better-sqlite3';
import { MIGRATIONS, type Migration } from './migrations';

export function schemaVersion(db: BetterSqlite3.Database): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/** Versions must run 1, 2, 3, … with no gap or repeat; anything else is a programming error. */
function checkSequence(migrations: readonly Migration[]): void {
  migrations.forEach((migration, index) => {
    if (migration.version !== index + 1) {
      throw new Error(`migration ${migration.name} has version ${migration.version}, expected ${index + 1}`);
    }
  });
}

/**
 * Brings the database to the latest version, one migration per transaction together with its
 * `user_version` bump: a step that fails half-way leaves neither its tables nor its version
 * behind. Foreign keys are checked before each commit because SQLite does not check rows
 * written while a migration rebuilt a table. Returns the versions applied.
 */
export function applyMigrations(db: BetterSqlite3.Database, migrations: readonly Migration[] = MIGRATIONS): number[] {
  checkSequence(migrations);
  const from = schemaVersion(db);
  if (from > migrations.length) {
    throw new Error(`database version ${from} is newer than this app (${migrations.length})`);
  }
  const applied: number[] = [];
  for (const migration of migrations.slice(from)) {
    db.transaction(() => {
      db.exec(migration.up);
      const broken = db.pragma('foreign_key_check') as unknown[];
      if (broken.length > 0) throw new Error(`migration ${migration.version} left ${broken.length} broken foreign keys`);
      // An integer from our own list, never user input: safe to inline (PRAGMA takes no parameters).
      db.pragma(`user_version = ${migration.version}`);
    })();
    applied.push(migration.version);
  }
  return applied;
}
