import { FRAMEWORK_MAX_BYTES } from '../../shared/api/contract';
import { readArchive, type ArchiveFailure } from '../archives/archive-reader';
import { writeArchive } from '../archives/archive-writer';

/**
 * A workbook is a ZIP, and exceljs (through JSZip) would inflate whatever it is given, trusting
 * the sizes the archive declares: a 1.5 MB file that declares 1,000 bytes and inflates to
 * 1.5 GB once took the server to 1.66 GiB. So a workbook is first read by the one archive
 * reader, which counts the bytes actually inflated and stops at the limits; exceljs then gets
 * a copy rebuilt from exactly the entries that were read (stored, not deflated), so it can
 * neither inflate more than we counted nor read other bytes than we checked.
 */
export const MAX_XLSX_UNCOMPRESSED_BYTES = 100 * 1024 * 1024;
const MAX_ZIP_ENTRIES = 2000;

const MB = 1024 * 1024;

function describe(failure: ArchiveFailure): string {
  switch (failure.code) {
    case 'not_a_zip':
      return 'the file is not an Excel workbook (.xlsx); save it from Excel as "Excel Workbook (*.xlsx)"';
    case 'too_many_entries':
      return `the workbook holds more than ${MAX_ZIP_ENTRIES} parts; framework workbooks hold a few dozen`;
    case 'entry_too_large':
    case 'too_much_data':
      return `the workbook unpacks to more than ${MAX_XLSX_UNCOMPRESSED_BYTES / MB} MB; framework workbooks are far smaller`;
    case 'unsafe_entry_name':
    case 'duplicate_entry':
    case 'unsupported_entry':
      return `the workbook contains a part Fieldscore does not read (${failure.detail}${failure.entry ? `: ${failure.entry}` : ''})`;
    case 'archive_damaged':
      return `the workbook is damaged (${failure.detail})`;
  }
}

/** The workbook's bytes, rebuilt from its verified entries, or why it cannot be one we read. */
export async function checkedXlsxBytes(bytes: Uint8Array): Promise<{ ok: true; bytes: Buffer } | { ok: false; message: string }> {
  if (bytes.byteLength > FRAMEWORK_MAX_BYTES) {
    return { ok: false, message: `the file is ${(bytes.byteLength / MB).toFixed(1)} MB; framework workbooks may be at most ${FRAMEWORK_MAX_BYTES / MB} MB` };
  }
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (buffer.length < 4 || buffer.readUInt32LE(0) !== 0x04034b50) return { ok: false, message: describe({ code: 'not_a_zip', detail: '' }) };
  const archive = await readArchive(buffer, { maxEntries: MAX_ZIP_ENTRIES, maxEntryBytes: MAX_XLSX_UNCOMPRESSED_BYTES, maxTotalBytes: MAX_XLSX_UNCOMPRESSED_BYTES });
  // It starts like a ZIP, so a ZIP the reader cannot open is a damaged (truncated, cut) one.
  if (!archive.ok) return { ok: false, message: describe(archive.failure.code === 'not_a_zip' ? { ...archive.failure, code: 'archive_damaged' } : archive.failure) };
  const files = archive.entries.filter((entry) => !entry.name.endsWith('/'));
  return { ok: true, bytes: await writeArchive(files.map((entry) => ({ name: entry.name, data: entry.data, store: true })), new Date('2000-01-01T00:00:00Z')) };
}
