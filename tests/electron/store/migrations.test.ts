import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { applyMigrations } from '../../../electron/store/apply-migrations';
import { MIGRATIONS } from '../../../electron/store/migrations';
import { tempFolders } from '../../fixtures/store/store-fixtures';

const folders = tempFolders();
afterEach(() => folders.cleanup());

const HASH = `sha256:${'0'.repeat(64)}`;

function versionOneDatabase(): Database.Database {
  const db = new Database(path.join(folders.make(), 'fieldscore.sqlite'));
  db.pragma('foreign_keys = ON');
  applyMigrations(db, MIGRATIONS.slice(0, 1));
  db.prepare("INSERT INTO frameworks VALUES (?, 'f', '1.0.0', '{}', '{}', 1, 'now')").run(HASH);
  db.prepare(
    "INSERT INTO assessments VALUES ('a1', 'Office', NULL, 'country_office', 'africa', 'KEN', 2024, 'A. Head', ?, 'submitted', 2, '2024-03-01T00:00:00.000Z', 't')",
  ).run(HASH);
  db.prepare(
    "INSERT INTO assessments VALUES ('a2', 'Office', NULL, 'country_office', 'africa', 'KEN', 2025, NULL, ?, 'draft', 1, '2025-03-01T00:00:00.000Z', 't')",
  ).run(HASH);
  return db;
}

describe('migration 2 (lifecycle links, change log, evidence)', () => {
  it('keeps existing assessments, leaves their links empty and starts their history with a create entry', () => {
    const db = versionOneDatabase();
    expect(applyMigrations(db, MIGRATIONS.slice(0, 2))).toEqual([2]);
    expect(db.prepare('SELECT id, previous_revision_id, previous_cycle_id, submitted_at FROM assessments ORDER BY id').all()).toEqual([
      { id: 'a1', previous_revision_id: null, previous_cycle_id: null, submitted_at: null },
      { id: 'a2', previous_revision_id: null, previous_cycle_id: null, submitted_at: null },
    ]);
    expect(
      db.prepare('SELECT assessment_id, at, actor, kind, action, before_json, after_json, stack FROM change_log ORDER BY assessment_id').all(),
    ).toEqual([
      { assessment_id: 'a1', at: '2024-03-01T00:00:00.000Z', actor: 'A. Head', kind: 'status', action: 'create', before_json: 'null', after_json: '"submitted"', stack: 'none' },
      { assessment_id: 'a2', at: '2025-03-01T00:00:00.000Z', actor: '', kind: 'status', action: 'create', before_json: 'null', after_json: '"draft"', stack: 'none' },
    ]);
    db.close();
  });

  it('stores evidence bytes once per hash, checks their size, and refuses attachments to missing files', () => {
    const db = versionOneDatabase();
    applyMigrations(db);
    const sha = 'a'.repeat(64);
    db.prepare('INSERT INTO evidence_files VALUES (?, 3, ?)').run(sha, Buffer.from([1, 2, 3]));
    expect(() => db.prepare('INSERT INTO evidence_files VALUES (?, 3, ?)').run('b'.repeat(64), Buffer.from([1]))).toThrow(/CHECK/);
    expect(() => db.prepare("INSERT INTO evidence_files VALUES (?, 1, 'x')").run('c'.repeat(64))).toThrow(/CHECK|cannot store/);
    db.prepare("INSERT INTO evidence VALUES ('e1', 'a2', 'P1.1', 'x.pdf', 'application/pdf', ?, 't')").run(sha);
    expect(() => db.prepare("INSERT INTO evidence VALUES ('e2', 'a2', 'P1.1', 'x.pdf', 'application/pdf', ?, 't')").run('d'.repeat(64))).toThrow(
      /FOREIGN KEY/,
    );
    db.close();
  });
});
