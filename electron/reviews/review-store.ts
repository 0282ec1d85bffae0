import { z } from 'zod';
import type { ReceivedReview, ReviewDecision, ReviewHubKey } from '../../shared/api/review-contract';
import { REVIEW_FILE_STATUSES, REVIEW_LIMITS, REVIEW_STATUSES, type ReviewComment, type ReviewStatus } from '../../shared/reviews/review-format';
import type { Store } from '../store/store';

/**
 * The tables of migration 6: the hub's decisions per held package (hub_reviews), and on the
 * office's side the hubs it heard from (review_hubs) and the review files it imported
 * (received_reviews). Rows are read back through shape schemas: what is stored was checked on
 * the way in, but a row is still never trusted to be what the type says.
 */
const storedComments = z
  .array(z.object({ indicatorId: z.string().max(64), text: z.string().max(REVIEW_LIMITS.maxCommentLength) }).strict())
  .max(REVIEW_LIMITS.maxComments);

function commentsOf(json: string): ReviewComment[] {
  return storedComments.parse(JSON.parse(json));
}

interface DecisionRow {
  id: number;
  package_sha256: string;
  status: string;
  comments_json: string;
  decided_by: string;
  decided_at: string;
}

interface ReceivedRow {
  id: number;
  file_sha256: string;
  assessment_id: string;
  hub_name: string;
  hub_fingerprint: string;
  status: string;
  comments_json: string;
  decided_by: string;
  decided_at: string;
  package_sha256: string;
  file_name: string;
  imported_at: string;
  revision: number;
}

export interface ReviewHubRow {
  id: number;
  name: string;
  public_key: string;
  fingerprint: string;
  status: 'trusted' | 'replaced';
  first_seen_at: string;
}

function toDecision(row: DecisionRow): ReviewDecision {
  return {
    id: row.id,
    status: z.enum(REVIEW_STATUSES).parse(row.status),
    comments: commentsOf(row.comments_json),
    decidedBy: row.decided_by,
    decidedAt: row.decided_at,
  };
}

function toReceived(row: ReceivedRow): ReceivedReview {
  return {
    id: row.id,
    assessmentId: row.assessment_id,
    revision: row.revision,
    hubName: row.hub_name,
    hubFingerprint: row.hub_fingerprint,
    status: z.enum(REVIEW_FILE_STATUSES).parse(row.status),
    comments: commentsOf(row.comments_json),
    decidedBy: row.decided_by,
    decidedAt: row.decided_at,
    importedAt: row.imported_at,
  };
}

const RECEIVED_COLUMNS = `r.id, r.file_sha256, r.assessment_id, r.hub_name, r.hub_fingerprint, r.status, r.comments_json, r.decided_by, r.decided_at,
  r.package_sha256, r.file_name, r.imported_at, a.revision`;

/** The columns of a held package (hub_packages, migration 5) a review needs. */
export interface HeldRevisionRow {
  package_sha256: string;
  assessment_id: string;
  office_id: string;
  office_code: string;
  office_name: string;
  cycle: number;
  revision: number;
  state: 'current' | 'superseded' | 'conflict' | 'not_kept' | 'merged';
  score_json: string;
}

export class ReviewStore {
  constructor(private readonly store: Store) {}

  transaction<T>(fn: () => T): T {
    return this.store.transaction(fn);
  }

  // ——— hub side ———

  heldRevision(assessmentId: string): HeldRevisionRow | undefined {
    return this.store.get<HeldRevisionRow>(
      `SELECT package_sha256, assessment_id, office_id, office_code, office_name, cycle, revision, state, score_json FROM hub_packages WHERE assessment_id = ?`,
      [assessmentId],
    );
  }

  /** Every decision on a package, newest first. */
  decisionsOf(packageSha256: string): ReviewDecision[] {
    return this.store
      .all<DecisionRow>('SELECT * FROM hub_reviews WHERE package_sha256 = ? ORDER BY id DESC', [packageSha256])
      .map(toDecision);
  }

  insertDecision(packageSha256: string, status: ReviewStatus, comments: readonly ReviewComment[], decidedBy: string, decidedAt: string): void {
    this.store.run('INSERT INTO hub_reviews (package_sha256, status, comments_json, decided_by, decided_at) VALUES (?, ?, ?, ?, ?)', [
      packageSha256,
      status,
      JSON.stringify(comments),
      decidedBy,
      decidedAt,
    ]);
  }

  /** The latest status of every package that has a decision; a package absent from the map is "received". */
  latestStatuses(): Map<string, ReviewStatus> {
    const rows = this.store.all<{ package_sha256: string; status: string }>(
      `SELECT package_sha256, status FROM hub_reviews WHERE id IN (SELECT max(id) FROM hub_reviews GROUP BY package_sha256)`,
    );
    return new Map(rows.map((row) => [row.package_sha256, z.enum(REVIEW_STATUSES).parse(row.status)]));
  }

  // ——— field side ———

  hubsNamed(name: string): ReviewHubRow[] {
    return this.store.all<ReviewHubRow>('SELECT * FROM review_hubs WHERE name = ? ORDER BY id', [name]);
  }

  hubKeys(): ReviewHubKey[] {
    return this.store
      .all<ReviewHubRow>("SELECT * FROM review_hubs WHERE status = 'trusted' ORDER BY name, id")
      .map((row) => ({ name: row.name, fingerprint: row.fingerprint, firstSeenAt: row.first_seen_at }));
  }

  /** Trusts `publicKey` for the hub name; any other key trusted for that name until now is replaced. */
  trustHub(name: string, publicKey: string, fingerprint: string, at: string): void {
    this.store.run("UPDATE review_hubs SET status = 'replaced' WHERE name = ? AND public_key <> ? AND status = 'trusted'", [name, publicKey]);
    this.store.run(
      `INSERT INTO review_hubs (name, public_key, fingerprint, status, first_seen_at) VALUES (?, ?, ?, 'trusted', ?)
       ON CONFLICT (name, public_key) DO UPDATE SET status = 'trusted'`,
      [name, publicKey, fingerprint, at],
    );
  }

  receivedByFile(fileSha256: string): ReceivedReview | undefined {
    const row = this.store.get<ReceivedRow>(
      `SELECT ${RECEIVED_COLUMNS} FROM received_reviews AS r JOIN assessments AS a ON a.id = r.assessment_id WHERE r.file_sha256 = ?`,
      [fileSha256],
    );
    return row ? toReceived(row) : undefined;
  }

  insertReceived(entry: {
    fileSha256: string;
    assessmentId: string;
    hubName: string;
    hubFingerprint: string;
    status: string;
    comments: readonly ReviewComment[];
    decidedBy: string;
    decidedAt: string;
    packageSha256: string;
    fileBytes: Buffer;
    fileName: string;
    importedAt: string;
  }): ReceivedReview {
    const { lastInsertRowid } = this.store.run(
      `INSERT INTO received_reviews (file_sha256, assessment_id, hub_name, hub_fingerprint, status, comments_json, decided_by, decided_at,
         package_sha256, file_bytes, file_name, imported_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      [
        entry.fileSha256,
        entry.assessmentId,
        entry.hubName,
        entry.hubFingerprint,
        entry.status,
        JSON.stringify(entry.comments),
        entry.decidedBy,
        entry.decidedAt,
        entry.packageSha256,
        entry.fileBytes,
        entry.fileName,
        entry.importedAt,
      ],
    );
    const row = this.store.get<ReceivedRow>(
      `SELECT ${RECEIVED_COLUMNS} FROM received_reviews AS r JOIN assessments AS a ON a.id = r.assessment_id WHERE r.id = ?`,
      [Number(lastInsertRowid)],
    );
    return toReceived(row!);
  }

  /** Reviews received about these revisions, newest decision first. */
  receivedFor(assessmentIds: readonly string[]): ReceivedReview[] {
    if (assessmentIds.length === 0) return [];
    const marks = assessmentIds.map(() => '?').join(', ');
    return this.store
      .all<ReceivedRow>(
        `SELECT ${RECEIVED_COLUMNS} FROM received_reviews AS r JOIN assessments AS a ON a.id = r.assessment_id
         WHERE r.assessment_id IN (${marks}) ORDER BY r.decided_at DESC, r.id DESC`,
        assessmentIds,
      )
      .map(toReceived);
  }
}
