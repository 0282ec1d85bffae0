import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { applyMigrations, schemaVersion } from '../../../electron/store/apply-migrations';
import { LATEST_SCHEMA_VERSION, MIGRATIONS, type Migration } from '../../../electron/store/migrations';
import { tempFolders } from '../../fixtures/store/store-fixtures';

const folders = tempFolders();
afterEach(() => folders.cleanup());

function emptyDatabase(): Database.Database {
  const db = new Database(path.join(folders.make(), 'fieldscore.sqlite'));
  db.pragma('foreign_keys = ON');
  return db;
}

function schemaSql(db: Database.Database): string[] {
  return (db.prepare('SELECT sql FROM sqlite_schema ORDER BY name').all() as { sql: string | null }[]).map((row) => String(row.sql));
}

describe('applyMigrations', () => {
  it('applies every migration to an empty database and ends at the latest version', () => {
    const db = emptyDatabase();
    expect(applyMigrations(db)).toEqual(MIGRATIONS.map((migration) => migration.version));
    expect(schemaVersion(db)).toBe(LATEST_SCHEMA_VERSION);
    expect(applyMigrations(db)).toEqual([]);
    db.close();
  });

  it.each(MIGRATIONS.map((migration) => [migration.version, migration.name] as const))(
    'migration %i (%s) applies on top of the ones before it',
    (version) => {
      const db = emptyDatabase();
      applyMigrations(db, MIGRATIONS.slice(0, version - 1));
      expect(applyMigrations(db, MIGRATIONS.slice(0, version))).toEqual([version]);
      expect(schemaVersion(db)).toBe(version);
      expect((db.pragma('integrity_check') as { integrity_check: string }[])[0]?.integrity_check).toBe('ok');
      db.close();
    },
  );

  it('creates STRICT tables with enforced foreign keys and cascading answers', () => {
    const db = emptyDatabase();
    applyMigrations(db);
    const tables = db.prepare("SELECT name, strict FROM pragma_table_list WHERE schema = 'main' AND name NOT LIKE 'sqlite_%'").all();
    expect(tables).toEqual(
      expect.arrayContaining(['settings', 'frameworks', 'assessments', 'answers', 'change_log', 'evidence', 'evidence_files'].map((name) => ({ name, strict: 1 }))),
    );
    expect(() => db.prepare("INSERT INTO settings (key, value) VALUES ('n', x'00')").run()).toThrow(/cannot store BLOB/);
    expect(() =>
      db.prepare("INSERT INTO answers VALUES ('missing', 'P1.1', '{}', '2024-01-01T00:00:00.000Z')").run(),
    ).toThrow(/FOREIGN KEY/);

    const hash = `sha256:${'0'.repeat(64)}`;
    db.prepare("INSERT INTO frameworks VALUES (?, 'f', '1.0.0', '{}', '{}', 1, 'now')").run(hash);
    db.prepare(
      `INSERT INTO assessments (id, office_name, office_code, current_tier, region, host_country, cycle, assessor,
                                framework_hash, status, revision, created_at, updated_at)
       VALUES ('a1', 'Office', NULL, 'country_office', 'africa', 'KEN', 2024, NULL, ?, 'draft', 1, 't', 't')`,
    ).run(hash);
    db.prepare("INSERT INTO answers VALUES ('a1', 'P1.1', '{}', 't')").run();
    db.prepare("INSERT INTO change_log (assessment_id, at, actor, kind, action, before_json, after_json) VALUES ('a1', 't', '', 'status', 'create', 'null', 'null')").run();
    db.prepare("DELETE FROM assessments WHERE id = 'a1'").run();
    expect(db.prepare('SELECT count(*) AS n FROM answers').get()).toEqual({ n: 0 });
    expect(db.prepare('SELECT count(*) AS n FROM change_log').get()).toEqual({ n: 0 });
    db.close();
  });

  it('rolls back a migration whose second statement fails: no table, no version bump', () => {
    const db = emptyDatabase();
    applyMigrations(db);
    const before = schemaSql(db);
    const broken: Migration = {
      version: LATEST_SCHEMA_VERSION + 1,
      name: 'broken',
      up: 'CREATE TABLE half_done (x INTEGER) STRICT; INSERT INTO no_such_table VALUES (1);',
    };
    expect(() => applyMigrations(db, [...MIGRATIONS, broken])).toThrow(/no such table/);
    expect(schemaVersion(db)).toBe(LATEST_SCHEMA_VERSION);
    expect(schemaSql(db)).toEqual(before);
    db.close();
  });

  it('refuses a migration list with a gap and a database newer than the list', () => {
    const db = emptyDatabase();
    expect(() => applyMigrations(db, [{ version: 2, name: 'gap', up: '' }])).toThrow(/expected 1/);
    db.pragma('user_version = 7');
    expect(() => applyMigrations(db)).toThrow(/newer/);
    expect(schemaVersion(db)).toBe(7);
    db.close();
  });
});
