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
  {
    version: 2,
    name: 'lifecycle links, change log with undo stack, evidence',
    up: `
      -- Links between revisions and cycles are plain ids, not foreign keys: an imported
      -- assessment may point at a revision this store never received (docs/data-model.md).
      ALTER TABLE assessments ADD COLUMN previous_revision_id TEXT;
      ALTER TABLE assessments ADD COLUMN previous_cycle_id TEXT;
      ALTER TABLE assessments ADD COLUMN submitted_at TEXT;
      CREATE INDEX assessments_by_previous_revision ON assessments (previous_revision_id);
      CREATE INDEX assessments_by_office_cycle ON assessments (office_name, cycle);

      -- Every change ever made, append-only. Rows of action 'edit' also form the undo stack:
      -- stack is 'done' (undoable), 'undone' (redoable), or 'closed' (out of the stack: discarded
      -- by a newer edit, beyond the undo depth, or frozen by submission); other actions 'none'.
      CREATE TABLE change_log (
        id INTEGER PRIMARY KEY,
        assessment_id TEXT NOT NULL REFERENCES assessments (id) ON DELETE CASCADE,
        at TEXT NOT NULL,
        actor TEXT NOT NULL,
        kind TEXT NOT NULL,
        indicator_id TEXT,
        field TEXT,
        action TEXT NOT NULL,
        before_json TEXT NOT NULL CHECK (json_valid(before_json)),
        after_json TEXT NOT NULL CHECK (json_valid(after_json)),
        stack TEXT NOT NULL DEFAULT 'none',
        -- Edits saved by one operation (a profile form with several fields) undo as one step.
        edit_group INTEGER,
        -- For 'undo' and 'redo' rows: the edit they reverted or re-applied.
        target_id INTEGER REFERENCES change_log (id)
      ) STRICT;
      CREATE INDEX change_log_by_assessment ON change_log (assessment_id, id);
      CREATE INDEX change_log_by_indicator ON change_log (assessment_id, indicator_id, id);
      CREATE INDEX change_log_stack ON change_log (assessment_id, stack, edit_group) WHERE stack IN ('done', 'undone');

      -- Assessments created before the change log get their 'create' entry, so every
      -- assessment's history starts with one.
      INSERT INTO change_log (assessment_id, at, actor, kind, action, before_json, after_json)
        SELECT id, created_at, coalesce(assessor, ''), 'status', 'create', 'null', json_quote(status) FROM assessments;

      -- Content-addressed: a file attached to several revisions is stored once.
      CREATE TABLE evidence_files (
        sha256 TEXT PRIMARY KEY NOT NULL CHECK (length(sha256) = 64),
        size_bytes INTEGER NOT NULL CHECK (size_bytes > 0),
        data BLOB NOT NULL CHECK (length(data) = size_bytes)
      ) STRICT;

      CREATE TABLE evidence (
        id TEXT PRIMARY KEY NOT NULL,
        assessment_id TEXT NOT NULL REFERENCES assessments (id) ON DELETE CASCADE,
        indicator_id TEXT NOT NULL,
        file_name TEXT NOT NULL CHECK (length(file_name) > 0),
        media_type TEXT NOT NULL,
        sha256 TEXT NOT NULL REFERENCES evidence_files (sha256),
        added_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX evidence_by_assessment ON evidence (assessment_id, indicator_id);
      CREATE INDEX evidence_by_file ON evidence (sha256);
    `,
  },
  {
    version: 3,
    name: 'fragile context of the office',
    up: `
      -- 1 when the office says its host is a fragile or conflict-affected context; NULL otherwise
      -- (no UN list exists, so "not said" and "no" are the same: no review flag).
      ALTER TABLE assessments ADD COLUMN fragile_context INTEGER CHECK (fragile_context IS NULL OR fragile_context = 1);
    `,
  },
  {
    version: 4,
    name: 'office and lineage identities, package exports',
    up: `
      -- The identities a hub matches packages on (docs/package-format.md). Nullable only because
      -- ALTER TABLE cannot add a NOT NULL column without a default; the code always sets both.
      ALTER TABLE assessments ADD COLUMN office_id TEXT;
      ALTER TABLE assessments ADD COLUMN lineage_id TEXT;

      -- Existing rows: one office id per office (name and code), as the app told offices apart until now.
      CREATE TEMP TABLE office_ids AS
        SELECT office_name, office_code,
               lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2) || '-' ||
                     substr('89ab', 1 + (abs(random()) % 4), 1) || substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6))) AS office_id
        FROM (SELECT DISTINCT office_name, office_code FROM assessments);
      UPDATE assessments SET office_id = (
        SELECT o.office_id FROM office_ids AS o WHERE o.office_name = assessments.office_name AND o.office_code IS assessments.office_code);
      DROP TABLE office_ids;

      -- The lineage id is the id of the lineage's first revision (the one that reopened nothing).
      WITH RECURSIVE chain (id, root) AS (
        SELECT id, id FROM assessments
          WHERE previous_revision_id IS NULL OR previous_revision_id NOT IN (SELECT id FROM assessments)
        UNION ALL
        SELECT a.id, c.root FROM assessments AS a JOIN chain AS c ON a.previous_revision_id = c.id
      )
      UPDATE assessments SET lineage_id = (SELECT root FROM chain WHERE chain.id = assessments.id);
      CREATE INDEX assessments_by_office ON assessments (office_id, cycle);
      CREATE INDEX assessments_by_lineage ON assessments (lineage_id, revision);

      -- Each package written from this store: when, under which file name, where (a path in the
      -- desktop app, "download" in the browser), its hash and whether it was encrypted.
      CREATE TABLE package_exports (
        id INTEGER PRIMARY KEY,
        assessment_id TEXT NOT NULL REFERENCES assessments (id) ON DELETE CASCADE,
        at TEXT NOT NULL,
        file_name TEXT NOT NULL,
        destination TEXT NOT NULL,
        sha256 TEXT NOT NULL CHECK (length(sha256) = 64),
        size_bytes INTEGER NOT NULL CHECK (size_bytes > 0),
        encrypted INTEGER NOT NULL CHECK (encrypted IN (0, 1))
      ) STRICT;
      CREATE INDEX package_exports_by_assessment ON package_exports (assessment_id, id);
    `,
  },
  {
    version: 5,
    name: 'the hub: received packages, office keys, held packages, senders of consolidated files, decisions',
    up: `
      -- Every package the hub holds, byte for byte as its office signed it (provenance: the
      -- signature, the file hash, the author and times are never rewritten), with the fields the
      -- hub matches and lists on. state: current | superseded (a newer revision came) | conflict
      -- (diverged, awaiting a person) | not_kept (a person kept another) | merged (a person took
      -- indicators from it and its rivals).
      CREATE TABLE hub_packages (
        package_sha256 TEXT PRIMARY KEY NOT NULL CHECK (length(package_sha256) = 64),
        assessment_id TEXT NOT NULL UNIQUE,
        office_id TEXT NOT NULL,
        office_code TEXT NOT NULL,
        office_name TEXT NOT NULL,
        region TEXT NOT NULL,
        lineage_id TEXT NOT NULL,
        cycle INTEGER NOT NULL,
        revision INTEGER NOT NULL CHECK (revision >= 1),
        parent_revision_id TEXT,
        submitted_at TEXT NOT NULL,
        signer_public_key TEXT NOT NULL,
        signer_fingerprint TEXT NOT NULL,
        manifest_json TEXT NOT NULL CHECK (json_valid(manifest_json)),
        document_json TEXT NOT NULL CHECK (json_valid(document_json)),
        -- The score the reader computed on import, so lists need not re-read every package.
        score_json TEXT NOT NULL CHECK (json_valid(score_json)),
        framework_hash TEXT NOT NULL,
        bytes BLOB NOT NULL,
        state TEXT NOT NULL,
        received_at TEXT NOT NULL,
        received_by TEXT NOT NULL,
        received_from TEXT NOT NULL,
        -- The sender's fingerprint when it came inside a consolidated file.
        via_fingerprint TEXT
      ) STRICT;
      CREATE INDEX hub_packages_by_office ON hub_packages (office_id, cycle, revision);

      -- The keys the hub knows for each office. office_id is NULL for a key registered in advance
      -- by office code, until that office's first package binds it. public_key is NULL for a key
      -- registered by its fingerprint only. status: trusted | revoked | rejected.
      CREATE TABLE hub_keys (
        id INTEGER PRIMARY KEY,
        office_id TEXT,
        office_code TEXT NOT NULL,
        public_key TEXT,
        fingerprint TEXT NOT NULL,
        status TEXT NOT NULL,
        source TEXT NOT NULL,
        decided_by TEXT NOT NULL,
        decided_at TEXT NOT NULL,
        via_fingerprint TEXT
      ) STRICT;
      CREATE UNIQUE INDEX hub_keys_one_per_office_key ON hub_keys (coalesce(office_id, 'code:' || office_code), fingerprint);

      -- Packages held back until a person decides on their key ("signed by a different key").
      CREATE TABLE hub_held (
        package_sha256 TEXT PRIMARY KEY NOT NULL CHECK (length(package_sha256) = 64),
        office_id TEXT NOT NULL,
        office_code TEXT NOT NULL,
        office_name TEXT NOT NULL,
        cycle INTEGER NOT NULL,
        revision INTEGER NOT NULL,
        signer_public_key TEXT NOT NULL,
        signer_fingerprint TEXT NOT NULL,
        bytes BLOB NOT NULL,
        received_at TEXT NOT NULL,
        received_by TEXT NOT NULL,
        received_from TEXT NOT NULL
      ) STRICT;

      -- Who signed the consolidated files received (another hub, for headquarters): the first key
      -- seen for a sender's name is remembered, as for offices.
      CREATE TABLE hub_senders (
        name TEXT NOT NULL,
        public_key TEXT NOT NULL,
        fingerprint TEXT NOT NULL,
        status TEXT NOT NULL,
        decided_by TEXT NOT NULL,
        decided_at TEXT NOT NULL,
        PRIMARY KEY (name, public_key)
      ) STRICT;

      -- Decisions on diverged revisions: taken here (origin local) or received with a consolidated file.
      CREATE TABLE hub_decisions (
        id INTEGER PRIMARY KEY,
        office_id TEXT NOT NULL,
        cycle INTEGER NOT NULL,
        decision_json TEXT NOT NULL CHECK (json_valid(decision_json)),
        origin TEXT NOT NULL,
        recorded_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX hub_decisions_by_office ON hub_decisions (office_id, cycle);
    `,
  },
  {
    version: 6,
    name: 'the review loop: the hub\'s review decisions per package, the reviews an office received, the hubs\' keys',
    up: `
      -- Hub side: every decision on a held package, append-only (the latest is its status; none
      -- means "received"). Keyed by the package, not the assessment: a newer revision is another
      -- package and arrives without a decision. status: received | accepted | returned.
      CREATE TABLE hub_reviews (
        id INTEGER PRIMARY KEY,
        package_sha256 TEXT NOT NULL REFERENCES hub_packages (package_sha256),
        status TEXT NOT NULL,
        comments_json TEXT NOT NULL CHECK (json_valid(comments_json)),
        decided_by TEXT NOT NULL CHECK (length(decided_by) > 0),
        decided_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX hub_reviews_by_package ON hub_reviews (package_sha256, id);

      -- Field side: the hubs whose review files were accepted, by the name they give themselves;
      -- the first key seen for a name is remembered (status trusted), a later one only after a
      -- person compared fingerprints (the one it replaces becomes replaced).
      CREATE TABLE review_hubs (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL,
        public_key TEXT NOT NULL,
        fingerprint TEXT NOT NULL,
        status TEXT NOT NULL,
        first_seen_at TEXT NOT NULL,
        UNIQUE (name, public_key)
      ) STRICT;

      -- Field side: each review file imported, whole (the signed file, small and bounded), with
      -- what it says; the same file twice is one row (file_sha256).
      CREATE TABLE received_reviews (
        id INTEGER PRIMARY KEY,
        file_sha256 TEXT NOT NULL UNIQUE CHECK (length(file_sha256) = 64),
        assessment_id TEXT NOT NULL REFERENCES assessments (id) ON DELETE CASCADE,
        hub_name TEXT NOT NULL,
        hub_fingerprint TEXT NOT NULL,
        status TEXT NOT NULL,
        comments_json TEXT NOT NULL CHECK (json_valid(comments_json)),
        decided_by TEXT NOT NULL,
        decided_at TEXT NOT NULL,
        package_sha256 TEXT NOT NULL CHECK (length(package_sha256) = 64),
        file_bytes BLOB NOT NULL,
        file_name TEXT NOT NULL,
        imported_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX received_reviews_by_assessment ON received_reviews (assessment_id, decided_at);
    `,
  },
];

export const LATEST_SCHEMA_VERSION = MIGRATIONS.length;
