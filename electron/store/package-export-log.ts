import type { PackageExportInfo } from '../../shared/api/contract';
import type { Store } from './store';

interface ExportRow {
  id: number;
  assessment_id: string;
  at: string;
  file_name: string;
  destination: string;
  sha256: string;
  size_bytes: number;
  encrypted: number;
}

function toInfo(row: ExportRow): PackageExportInfo {
  return {
    id: row.id,
    assessmentId: row.assessment_id,
    at: row.at,
    fileName: row.file_name,
    destination: row.destination,
    sha256: row.sha256,
    sizeBytes: row.size_bytes,
    encrypted: row.encrypted === 1,
  };
}

/** Where and when each package left this store, so the overview can say "last exported …". */
export class PackageExportLog {
  constructor(
    private readonly store: Store,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  record(entry: Omit<PackageExportInfo, 'id' | 'at'>): PackageExportInfo {
    const at = this.clock().toISOString();
    const { lastInsertRowid } = this.store.run(
      `INSERT INTO package_exports (assessment_id, at, file_name, destination, sha256, size_bytes, encrypted) VALUES (?, ?, ?, ?, ?, ?, ?)`,
      [entry.assessmentId, at, entry.fileName, entry.destination, entry.sha256, entry.sizeBytes, entry.encrypted ? 1 : 0],
    );
    return toInfo(this.store.get<ExportRow>('SELECT * FROM package_exports WHERE id = ?', [Number(lastInsertRowid)])!);
  }

  /** Newest first. */
  list(assessmentId: string): PackageExportInfo[] {
    return this.store.all<ExportRow>('SELECT * FROM package_exports WHERE assessment_id = ? ORDER BY id DESC', [assessmentId]).map(toInfo);
  }
}
