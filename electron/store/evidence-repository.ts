import { randomUUID } from 'node:crypto';
import { AppError } from '../../shared/api/app-error';
import type { EvidenceInfo } from '../../shared/api/contract';
import type { CheckedEvidence } from '../evidence/check-evidence';
import type { AssessmentRepository } from './assessment-repository';
import type { DraftWrites } from './draft-writes';
import type { Store } from './store';

interface EvidenceRow {
  id: string;
  assessment_id: string;
  indicator_id: string;
  file_name: string;
  media_type: string;
  sha256: string;
  size_bytes: number;
  added_at: string;
}

const SELECT_EVIDENCE = `
  SELECT e.id, e.assessment_id, e.indicator_id, e.file_name, e.media_type, e.sha256, f.size_bytes, e.added_at
  FROM evidence AS e JOIN evidence_files AS f ON f.sha256 = e.sha256`;

function toInfo(row: EvidenceRow): EvidenceInfo {
  return {
    id: row.id,
    assessmentId: row.assessment_id,
    indicatorId: row.indicator_id,
    fileName: row.file_name,
    mediaType: row.media_type,
    sizeBytes: row.size_bytes,
    sha256: row.sha256,
    addedAt: row.added_at,
  };
}

/** What history keeps of a file once it is gone: enough to recognise it again. */
function recorded(info: EvidenceInfo): Record<string, string | number> {
  return { id: info.id, fileName: info.fileName, mediaType: info.mediaType, sizeBytes: info.sizeBytes, sha256: info.sha256 };
}

/**
 * Files attached to an assessment's indicators, stored in the database itself so the store
 * stays one file to back up and send. Bytes live in evidence_files by sha256, shared by the
 * revisions that carry the same file; a file no attachment refers to any more is deleted.
 * The bytes arrive already checked (electron/evidence): this only stores them.
 */
export class EvidenceRepository {
  constructor(
    private readonly store: Store,
    private readonly assessments: AssessmentRepository,
    private readonly drafts: DraftWrites,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  add(assessmentId: string, indicatorId: string, file: CheckedEvidence): EvidenceInfo {
    return this.store.transaction(() => {
      this.drafts.requireIndicator(assessmentId, indicatorId);
      const id = randomUUID();
      const at = this.clock().toISOString();
      this.store.run('INSERT INTO evidence_files (sha256, size_bytes, data) VALUES (?, ?, ?) ON CONFLICT (sha256) DO NOTHING', [
        file.sha256,
        file.bytes.length,
        file.bytes,
      ]);
      this.store.run(
        'INSERT INTO evidence (id, assessment_id, indicator_id, file_name, media_type, sha256, added_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
        [id, assessmentId, indicatorId, file.fileName, file.mediaType, file.sha256, at],
      );
      const info = this.info(id);
      this.drafts.record({ assessmentId, kind: 'evidence', indicatorId, action: 'add', before: null, after: recorded(info) });
      return info;
    });
  }

  /** In the order they were attached. */
  list(assessmentId: string): EvidenceInfo[] {
    return this.store.transaction(() => {
      this.assessments.summary(assessmentId);
      return this.store.all<EvidenceRow>(`${SELECT_EVIDENCE} WHERE e.assessment_id = ? ORDER BY e.added_at, e.rowid`, [assessmentId]).map(toInfo);
    });
  }

  /** The attachment with its bytes. */
  read(id: string): EvidenceInfo & { data: Buffer } {
    return this.store.transaction(() => {
      const info = this.info(id);
      const file = this.store.get<{ data: Buffer }>('SELECT data FROM evidence_files WHERE sha256 = ?', [info.sha256]);
      if (!file) throw new Error(`evidence ${id} has no stored file`);
      return { ...info, data: file.data };
    });
  }

  /** Detaches a file from a draft; history keeps its name and hash. Returns what was removed. */
  remove(id: string): EvidenceInfo {
    return this.store.transaction(() => {
      const info = this.info(id);
      this.assessments.requireDraft(info.assessmentId);
      this.store.run('DELETE FROM evidence WHERE id = ?', [id]);
      this.store.run('DELETE FROM evidence_files WHERE sha256 = ? AND NOT EXISTS (SELECT 1 FROM evidence WHERE sha256 = ?)', [
        info.sha256,
        info.sha256,
      ]);
      this.drafts.record({
        assessmentId: info.assessmentId,
        kind: 'evidence',
        indicatorId: info.indicatorId,
        action: 'remove',
        before: recorded(info),
        after: null,
      });
      return info;
    });
  }

  /** For a reopened revision: the same files under new attachment ids. Runs in the caller's transaction. */
  copy(fromAssessmentId: string, toAssessmentId: string): void {
    for (const row of this.store.all<EvidenceRow>(`${SELECT_EVIDENCE} WHERE e.assessment_id = ? ORDER BY e.added_at, e.rowid`, [fromAssessmentId])) {
      this.store.run(
        'INSERT INTO evidence (id, assessment_id, indicator_id, file_name, media_type, sha256, added_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
        [randomUUID(), toAssessmentId, row.indicator_id, row.file_name, row.media_type, row.sha256, row.added_at],
      );
    }
  }

  private info(id: string): EvidenceInfo {
    const row = this.store.get<EvidenceRow>(`${SELECT_EVIDENCE} WHERE e.id = ?`, [id]);
    if (!row) throw new AppError('not_found', 'no such evidence', { params: { id } });
    return toInfo(row);
  }
}
