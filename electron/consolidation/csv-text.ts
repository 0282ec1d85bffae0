import { neutraliseFormula, plainNumber, type CellValue } from './spreadsheet-cell';

/** UTF-8's byte order mark: without it Excel reads a CSV file in the machine's legacy code page. */
const BOM = '\uFEFF';
/** RFC 4180 §2.1: records end with CRLF. */
const RECORD_END = '\r\n';

/**
 * One field. Text is always quoted (RFC 4180 allows it; it must be for a comma, quote, CR or
 * LF), with quotes doubled and formula starts neutralised; numbers and booleans never are, so
 * the file itself shows which cells are text — as LibreOffice writes its own CSV. Booleans are
 * TRUE/FALSE, which Excel, LibreOffice, pandas and R all read as booleans; blank is empty.
 */
export function csvField(value: CellValue): string {
  if (value === null) return '';
  if (typeof value === 'number') return plainNumber(value);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  return `"${neutraliseFormula(value).replaceAll('"', '""')}"`;
}

/** A whole file: BOM, one record per row (the header first), CRLF after every record. */
export function csvDocument(rows: readonly (readonly CellValue[])[]): Buffer {
  const text = rows.map((row) => row.map(csvField).join(',') + RECORD_END).join('');
  return Buffer.from(BOM + text, 'utf8');
}
