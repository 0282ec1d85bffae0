import type { Decision } from '../../shared/consolidation/consolidated-format';
import type { RevisionRef } from '../../shared/consolidation/revision-relations';
import type { Store } from '../store/store';
import type { VerifiedPackage } from '../packages/package-reader';

/** What the hub holds: packages by state, office keys, held packages, senders, decisions (migration 5). */
export type HubPackageState = 'current' | 'superseded' | 'conflict' | 'not_kept' | 'merged';
export type KeyStatus = 'trusted' | 'revoked' | 'rejected';
export type KeySource = 'first_seen' | 'registered' | 'accepted';

export interface HubPackageRow {
  package_sha256: string;
  assessment_id: string;
  office_id: string;
  office_code: string;
  office_name: string;
  region: string;
  lineage_id: string;
  cycle: number;
  revision: number;
  parent_revision_id: string | null;
  submitted_at: string;
  signer_public_key: string;
  signer_fingerprint: string;
  manifest_json: string;
  document_json: string;
  score_json: string;
  framework_hash: string;
  state: HubPackageState;
  received_at: string;
  received_by: string;
  received_from: string;
  via_fingerprint: string | null;
}

export interface HubKeyRow {
  id: number;
  office_id: string | null;
  office_code: string;
  public_key: string | null;
  fingerprint: string;
  status: KeyStatus;
  source: KeySource;
  decided_by: string;
  decided_at: string;
  via_fingerprint: string | null;
}

export interface HeldRow {
  package_sha256: string;
  office_id: string;
  office_code: string;
  office_name: string;
  cycle: number;
  revision: number;
  signer_public_key: string;
  signer_fingerprint: string;
  received_at: string;
  received_by: string;
  received_from: string;
}

const PACKAGE_COLUMNS = `package_sha256, assessment_id, office_id, office_code, office_name, region, lineage_id, cycle, revision,
  parent_revision_id, submitted_at, signer_public_key, signer_fingerprint, manifest_json, document_json, score_json, framework_hash, state,
  received_at, received_by, received_from, via_fingerprint`;

/** A row as the picture reads it (HubStore.countedPackages). */
export type HubCountedRow = Omit<HubPackageRow, 'score_json' | 'manifest_json'>;
const COUNTED_COLUMNS = PACKAGE_COLUMNS.replace('manifest_json, ', '').replace('score_json, ', '');

export function revisionRefOf(row: HubRevisionRow): RevisionRef {
  return {
    assessmentId: row.assessment_id,
    lineageId: row.lineage_id,
    officeId: row.office_id,
    officeCode: row.office_code,
    cycle: row.cycle,
    revision: row.revision,
    ...(row.parent_revision_id === null ? {} : { parentRevisionId: row.parent_revision_id }),
    packageSha256: row.package_sha256,
    signerFingerprint: row.signer_fingerprint,
    submittedAt: row.submitted_at,
  };
}

/** The columns placing a revision needs: what an import reads for every package of an office. */
export type HubRevisionRow = Pick<
  HubPackageRow,
  'package_sha256' | 'assessment_id' | 'office_id' | 'office_code' | 'lineage_id' | 'cycle' | 'revision' | 'parent_revision_id' | 'submitted_at' | 'signer_fingerprint' | 'state'
>;

export class HubStore {
  constructor(private readonly store: Store) {}

  transaction<T>(fn: () => T): T {
    return this.store.transaction(fn);
  }

  /**
   * An import's transaction. It runs with synchronous=NORMAL instead of the store's FULL: in WAL
   * mode that still never corrupts the file, and the worst a power cut can do is lose the last
   * imports — which, being idempotent, are simply imported again. It spares one fsync per file,
   * the largest cost of importing hundreds of small files.
   */
  importTransaction<T>(fn: () => T): T {
    // Inside another transaction (accepting a key imports what was held) it is a savepoint of that one.
    if (this.store.db.inTransaction) return this.store.transaction(fn);
    this.store.db.pragma('synchronous = NORMAL');
    try {
      return this.store.transaction(fn);
    } finally {
      this.store.db.pragma('synchronous = FULL');
    }
  }

  revisionsOf(officeId: string): HubRevisionRow[] {
    return this.store.all<HubRevisionRow>(
      `SELECT package_sha256, assessment_id, office_id, office_code, lineage_id, cycle, revision, parent_revision_id, submitted_at, signer_fingerprint, state
       FROM hub_packages WHERE office_id = ? ORDER BY cycle, revision, submitted_at`,
      [officeId],
    );
  }

  packagesOf(officeId: string): HubPackageRow[] {
    return this.store.all<HubPackageRow>(`SELECT ${PACKAGE_COLUMNS} FROM hub_packages WHERE office_id = ? ORDER BY cycle, revision, submitted_at`, [officeId]);
  }

  packages(states?: readonly HubPackageState[]): HubPackageRow[] {
    const rows = this.store.all<HubPackageRow>(`SELECT ${PACKAGE_COLUMNS} FROM hub_packages ORDER BY region, office_code, cycle, revision`);
    return states ? rows.filter((row) => states.includes(row.state)) : rows;
  }

  /**
   * The revisions a picture counts (current or merged), without the stored score and manifest:
   * those are most of a row's text and the picture reads neither (it scores the document again).
   */
  countedPackages(): HubCountedRow[] {
    return this.store.all<HubCountedRow>(
      `SELECT ${COUNTED_COLUMNS} FROM hub_packages WHERE state IN ('current', 'merged') ORDER BY region, office_code, cycle, revision`,
    );
  }

  /** One held revision by its assessment id (unique in hub_packages), whatever its state. */
  packageOf(assessmentId: string): HubPackageRow | undefined {
    return this.store.get<HubPackageRow>(`SELECT ${PACKAGE_COLUMNS} FROM hub_packages WHERE assessment_id = ?`, [assessmentId]);
  }

  packageBytes(sha256: string): Buffer | undefined {
    return this.store.get<{ bytes: Buffer }>('SELECT bytes FROM hub_packages WHERE package_sha256 = ?', [sha256])?.bytes;
  }

  hasPackage(sha256: string): boolean {
    return this.store.get('SELECT 1 FROM hub_packages WHERE package_sha256 = ?', [sha256]) !== undefined;
  }

  insertPackage(verified: VerifiedPackage, bytes: Buffer, state: HubPackageState, received: { at: string; by: string; from: string; via?: string }): void {
    const { manifest, document } = verified;
    this.store.run(
      `INSERT INTO hub_packages (${PACKAGE_COLUMNS}, bytes) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      [
        verified.packageSha256,
        manifest.assessment.id,
        manifest.office.id,
        manifest.office.code,
        manifest.office.name,
        manifest.office.region,
        manifest.assessment.lineageId,
        manifest.assessment.cycle,
        manifest.assessment.revision,
        manifest.assessment.parentRevisionId ?? null,
        manifest.assessment.submittedAt,
        manifest.signer.publicKey,
        manifest.signer.fingerprint,
        JSON.stringify(manifest),
        JSON.stringify(document),
        JSON.stringify(verified.score),
        document.framework.hash,
        state,
        received.at,
        received.by,
        received.from,
        received.via ?? null,
        bytes,
      ],
    );
  }

  setState(assessmentId: string, state: HubPackageState): void {
    this.store.run('UPDATE hub_packages SET state = ? WHERE assessment_id = ?', [state, assessmentId]);
  }

  /** The keys of an office: bound to its id, or registered in advance under its code. */
  keysFor(officeId: string, officeCode: string): HubKeyRow[] {
    return this.store.all<HubKeyRow>('SELECT * FROM hub_keys WHERE office_id = ? OR (office_id IS NULL AND office_code = ?) ORDER BY id', [officeId, officeCode]);
  }

  keys(): HubKeyRow[] {
    return this.store.all<HubKeyRow>('SELECT * FROM hub_keys ORDER BY office_code, id');
  }

  key(id: number): HubKeyRow | undefined {
    return this.store.get<HubKeyRow>('SELECT * FROM hub_keys WHERE id = ?', [id]);
  }

  insertKey(row: Omit<HubKeyRow, 'id'>): number {
    const result = this.store.run(
      `INSERT INTO hub_keys (office_id, office_code, public_key, fingerprint, status, source, decided_by, decided_at, via_fingerprint)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      [row.office_id, row.office_code, row.public_key, row.fingerprint, row.status, row.source, row.decided_by, row.decided_at, row.via_fingerprint],
    );
    return Number(result.lastInsertRowid);
  }

  /** Binds a key registered by code (and perhaps by fingerprint only) to the office and key it turned out to be. */
  bindKey(id: number, officeId: string, publicKey: string): void {
    this.store.run('UPDATE hub_keys SET office_id = ?, public_key = ? WHERE id = ?', [officeId, publicKey, id]);
  }

  decideKey(id: number, status: KeyStatus, source: KeySource, by: string, at: string): void {
    this.store.run('UPDATE hub_keys SET status = ?, source = ?, decided_by = ?, decided_at = ? WHERE id = ?', [status, source, by, at, id]);
  }

  hold(verified: VerifiedPackage, bytes: Buffer, received: { at: string; by: string; from: string }): void {
    const { manifest } = verified;
    this.store.run(
      `INSERT OR IGNORE INTO hub_held (package_sha256, office_id, office_code, office_name, cycle, revision, signer_public_key, signer_fingerprint,
                                       bytes, received_at, received_by, received_from) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      [
        verified.packageSha256,
        manifest.office.id,
        manifest.office.code,
        manifest.office.name,
        manifest.assessment.cycle,
        manifest.assessment.revision,
        manifest.signer.publicKey,
        manifest.signer.fingerprint,
        bytes,
        received.at,
        received.by,
        received.from,
      ],
    );
  }

  held(): HeldRow[] {
    return this.store.all<HeldRow>(
      'SELECT package_sha256, office_id, office_code, office_name, cycle, revision, signer_public_key, signer_fingerprint, received_at, received_by, received_from FROM hub_held ORDER BY office_code, cycle, revision',
    );
  }

  heldBytes(sha256: string): Buffer | undefined {
    return this.store.get<{ bytes: Buffer }>('SELECT bytes FROM hub_held WHERE package_sha256 = ?', [sha256])?.bytes;
  }

  releaseHeld(sha256: string): void {
    this.store.run('DELETE FROM hub_held WHERE package_sha256 = ?', [sha256]);
  }

  sendersNamed(name: string): { public_key: string; fingerprint: string; status: KeyStatus }[] {
    return this.store.all('SELECT public_key, fingerprint, status FROM hub_senders WHERE name = ?', [name]);
  }

  insertSender(name: string, publicKey: string, fingerprint: string, by: string, at: string): void {
    this.store.run("INSERT OR IGNORE INTO hub_senders (name, public_key, fingerprint, status, decided_by, decided_at) VALUES (?, ?, ?, 'trusted', ?, ?)", [
      name,
      publicKey,
      fingerprint,
      by,
      at,
    ]);
  }

  insertDecision(decision: Decision, origin: 'local' | 'imported', at: string): void {
    this.store.run('INSERT INTO hub_decisions (office_id, cycle, decision_json, origin, recorded_at) VALUES (?, ?, ?, ?, ?)', [
      decision.officeId,
      decision.cycle,
      JSON.stringify(decision),
      origin,
      at,
    ]);
  }

  decisions(): Decision[] {
    return this.store.all<{ decision_json: string }>('SELECT decision_json FROM hub_decisions ORDER BY id').map((row) => JSON.parse(row.decision_json) as Decision);
  }
}
