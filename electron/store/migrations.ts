/**
 * The schema, as numbered forward-only steps. A released migration is never edited: a change
 * is a new entry with the next version. Each step runs in one transaction with its
 * `PRAGMA user_version` bump (apply-migrations.ts), so a database is always at exactly one
 * version. Later steps add change history, evidence attachments and revisions as new tables
 * keyed by assessments(id) / answers(assessment_id, indicator_id).
 *
 * Enumerations (status, tier, region) are validated by the shared zod schemas on the way in
 * and on the way out rather than by CHECK constraints: adding a value then needs no table
 * rebuild, which in SQLite would mean switching foreign keys off outside a transaction.
 */
export interface Migration {
  version: number;
  name: string;
  up: string;
}

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'settings, frameworks, assessments, answers',
    up: `
      CREATE TABLE settings (
        key TEXT PRIMARY KEY NOT NULL,
        value TEXT NOT NULL
      ) STRICT;

      -- Content-addressed: an assessment points at the exact framework text it was filled against.
      CREATE TABLE frameworks (
        hash TEXT PRIMARY KEY NOT NULL CHECK (hash GLOB 'sha256:*'),
        id TEXT NOT NULL,
        version TEXT NOT NULL,
        title_json TEXT NOT NULL CHECK (json_valid(title_json)),
        content_json TEXT NOT NULL CHECK (json_valid(content_json)),
        is_default INTEGER NOT NULL DEFAULT 0 CHECK (is_default IN (0, 1)),
        installed_at TEXT NOT NULL,
        -- One text per id and version, so "latest version of an id" is never ambiguous.
        UNIQUE (id, version)
      ) STRICT;

      CREATE TABLE assessments (
        id TEXT PRIMARY KEY NOT NULL,
        office_name TEXT NOT NULL CHECK (length(office_name) > 0),
        office_code TEXT,
        current_tier TEXT NOT NULL,
        region TEXT NOT NULL,
        host_country TEXT NOT NULL CHECK (length(host_country) = 3),
        cycle INTEGER NOT NULL,
        assessor TEXT,
        framework_hash TEXT NOT NULL REFERENCES frameworks (hash),
        status TEXT NOT NULL,
        revision INTEGER NOT NULL CHECK (revision >= 1),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX assessments_by_updated ON assessments (updated_at);
      CREATE INDEX assessments_by_framework ON assessments (framework_hash);

      CREATE TABLE answers (
        assessment_id TEXT NOT NULL REFERENCES assessments (id) ON DELETE CASCADE,
        indicator_id TEXT NOT NULL,
        answer_json TEXT NOT NULL CHECK (json_valid(answer_json)),
        updated_at TEXT NOT NULL,
        PRIMARY KEY (assessment_id, indicator_id)
      ) STRICT;
    `,
  },
];

export const LATEST_SCHEMA_VERSION = MIGRATIONS.length;
