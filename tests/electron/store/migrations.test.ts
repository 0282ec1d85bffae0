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

describe('migration 4 (office and lineage identities)', () => {
  it('gives each office (name and code) one id and each revision the id of its lineage’s first revision', () => {
    const db = new Database(path.join(folders.make(), 'fieldscore.sqlite'));
    db.pragma('foreign_keys = ON');
    applyMigrations(db, MIGRATIONS.slice(0, 3));
    db.prepare("INSERT INTO frameworks VALUES (?, 'f', '1.0.0', '{}', '{}', 1, 'now')").run(HASH);
    const insert = db.prepare(
      `INSERT INTO assessments (id, office_name, office_code, current_tier, region, host_country, cycle, framework_hash, status, revision, previous_revision_id, created_at, updated_at)
       VALUES (?, ?, ?, 'country_office', 'africa', 'KEN', ?, ?, ?, ?, ?, 't', 't')`,
    );
    insert.run('r1', 'Nairobi', 'KEN-RH', 2025, HASH, 'submitted', 1, null);
    insert.run('r2', 'Nairobi', 'KEN-RH', 2025, HASH, 'submitted', 2, 'r1');
    insert.run('r3', 'Nairobi', 'KEN-RH', 2025, HASH, 'draft', 3, 'r2');
    insert.run('n1', 'Nairobi', 'KEN-RH', 2026, HASH, 'draft', 1, null);
    insert.run('x1', 'Dakar', null, 2025, HASH, 'draft', 1, null);
    insert.run('o1', 'Orphan', null, 2025, HASH, 'draft', 2, 'never-received');
    expect(applyMigrations(db, MIGRATIONS)).toEqual(MIGRATIONS.slice(3).map((migration) => migration.version));
    const rows = Object.fromEntries(
      (db.prepare('SELECT id, office_id, lineage_id FROM assessments').all() as { id: string; office_id: string; lineage_id: string }[]).map((row) => [row.id, row]),
    );
    expect(new Set(['r1', 'r2', 'r3', 'n1'].map((id) => rows[id]!.office_id)).size).toBe(1);
    expect(rows.x1!.office_id).not.toBe(rows.r1!.office_id);
    expect(rows.r1!.office_id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(['r1', 'r2', 'r3'].map((id) => rows[id]!.lineage_id)).toEqual(['r1', 'r1', 'r1']);
    expect(rows.n1!.lineage_id).toBe('n1');
    expect(rows.o1!.lineage_id).toBe('o1'); // a parent never received: it starts its own lineage here
    db.close();
  });
});

describe('migration 6 (the review loop)', () => {
  it('keeps the hub’s packages, records decisions only for held packages, and each received review file once', () => {
    const db = new Database(path.join(folders.make(), 'fieldscore.sqlite'));
    db.pragma('foreign_keys = ON');
    applyMigrations(db, MIGRATIONS.slice(0, 5));
    db.prepare("INSERT INTO frameworks VALUES (?, 'f', '1.0.0', '{}', '{}', 1, 'now')").run(HASH);
    db.prepare(
      `INSERT INTO assessments (id, office_name, office_code, current_tier, region, host_country, cycle, framework_hash, status, revision, created_at, updated_at)
       VALUES ('a1', 'Nairobi', 'KEN-RH', 'country_office', 'africa', 'KEN', 2025, ?, 'submitted', 1, 't', 't')`,
    ).run(HASH);
    const sha = 'c'.repeat(64);
    db.prepare(
      `INSERT INTO hub_packages VALUES (?, 'h1', 'o1', 'KEN-RH', 'Nairobi', 'africa', 'h1', 2025, 1, NULL, 't', 'k', 'F', '{}', '{}', '{}', ?, x'00', 'current', 't', 'H', 'f', NULL)`,
    ).run(sha, HASH);
    expect(applyMigrations(db, MIGRATIONS)).toEqual([6]);
    expect((db.prepare('SELECT count(*) AS n FROM hub_packages').get() as { n: number }).n).toBe(1);

    const decide = db.prepare("INSERT INTO hub_reviews (package_sha256, status, comments_json, decided_by, decided_at) VALUES (?, 'returned', ?, ?, 't')");
    decide.run(sha, '[{"indicatorId":"P1.1","text":"x"}]', 'H. Hub');
    decide.run(sha, '[]', 'H. Hub');
    expect(() => decide.run('d'.repeat(64), '[]', 'H. Hub')).toThrow(/FOREIGN KEY/);
    expect(() => decide.run(sha, 'not json', 'H. Hub')).toThrow(/CHECK/);
    expect(() => decide.run(sha, '[]', '')).toThrow(/CHECK/);

    const receive = db.prepare(
      `INSERT INTO received_reviews (file_sha256, assessment_id, hub_name, hub_fingerprint, status, comments_json, decided_by, decided_at, package_sha256, file_bytes, file_name, imported_at)
       VALUES (?, ?, 'Hub', 'F', 'returned', '[]', 'H', 't', ?, x'7b7d', 'r.fieldscore-review', 't')`,
    );
    receive.run('e'.repeat(64), 'a1', sha);
    expect(() => receive.run('e'.repeat(64), 'a1', sha)).toThrow(/UNIQUE/);
    expect(() => receive.run('f'.repeat(64), 'no-such-assessment', sha)).toThrow(/FOREIGN KEY/);

    const hubKey = db.prepare("INSERT INTO review_hubs (name, public_key, fingerprint, status, first_seen_at) VALUES ('Hub', ?, 'F', 'trusted', 't')");
    hubKey.run('key-1');
    hubKey.run('key-2');
    expect(() => hubKey.run('key-1')).toThrow(/UNIQUE/);
    db.close();
  });
});
