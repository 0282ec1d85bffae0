import { FRAMEWORK_MAX_BYTES } from '../../shared/api/contract';

/**
 * Cheap checks before a workbook is handed to exceljs, which would otherwise inflate whatever it
 * is given: the zip signature, the file size, and the uncompressed size the zip declares
 * (a small file that inflates to gigabytes would exhaust a field laptop's memory).
 */
export const MAX_XLSX_UNCOMPRESSED_BYTES = 100 * 1024 * 1024;
const MAX_ZIP_ENTRIES = 2000;

const LOCAL_FILE_HEADER = 0x04034b50;
const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const CENTRAL_DIRECTORY_ENTRY = 0x02014b50;

/** Returns why the bytes cannot be a workbook we read, or undefined when they may be one. */
export function checkXlsxBytes(bytes: Uint8Array): string | undefined {
  if (bytes.byteLength > FRAMEWORK_MAX_BYTES) {
    return `the file is ${(bytes.byteLength / 1024 / 1024).toFixed(1)} MB; framework workbooks may be at most ${FRAMEWORK_MAX_BYTES / 1024 / 1024} MB`;
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.byteLength < 22 || view.getUint32(0, true) !== LOCAL_FILE_HEADER) {
    return 'the file is not an Excel workbook (.xlsx); save it from Excel as "Excel Workbook (*.xlsx)"';
  }
  const end = findEndOfCentralDirectory(view);
  if (end === undefined) return 'the workbook is damaged (its zip directory is missing)';
  const entries = view.getUint16(end + 10, true);
  const directoryOffset = view.getUint32(end + 16, true);
  if (entries > MAX_ZIP_ENTRIES) return `the workbook holds ${entries} parts; at most ${MAX_ZIP_ENTRIES} are accepted`;
  let offset = directoryOffset;
  let total = 0;
  for (let index = 0; index < entries; index += 1) {
    if (offset + 46 > bytes.byteLength || view.getUint32(offset, true) !== CENTRAL_DIRECTORY_ENTRY) {
      return 'the workbook is damaged (its zip directory is inconsistent)';
    }
    const uncompressed = view.getUint32(offset + 24, true);
    if (uncompressed === 0xffffffff) return 'the workbook uses zip64 entries, which framework workbooks never need';
    total += uncompressed;
    if (total > MAX_XLSX_UNCOMPRESSED_BYTES) {
      return `the workbook unpacks to more than ${MAX_XLSX_UNCOMPRESSED_BYTES / 1024 / 1024} MB; framework workbooks are far smaller`;
    }
    offset += 46 + view.getUint16(offset + 28, true) + view.getUint16(offset + 30, true) + view.getUint16(offset + 32, true);
  }
  return undefined;
}

function findEndOfCentralDirectory(view: DataView): number | undefined {
  // The record sits at the end, followed by a comment of at most 65535 bytes.
  const lowest = Math.max(0, view.byteLength - 22 - 0xffff);
  for (let offset = view.byteLength - 22; offset >= lowest; offset -= 1) {
    if (view.getUint32(offset, true) === END_OF_CENTRAL_DIRECTORY) return offset;
  }
  return undefined;
}
