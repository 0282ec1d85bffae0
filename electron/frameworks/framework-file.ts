import fs from 'node:fs/promises';
import path from 'node:path';
import { FRAMEWORK_MAX_BYTES } from '../../shared/api/contract';
import { frameworkRefOf } from '../../shared/framework/framework-hash';
import type { Framework, FrameworkRef } from '../../shared/framework/framework-schema';
import { validateFramework } from '../../shared/framework/validate-framework';
import { frameworkFromXlsx } from './framework-xlsx';
import { xlsxLocationInWords, type XlsxProblem } from './xlsx-problem';

export type FrameworkFileFormat = 'json' | 'xlsx';

/**
 * One problem of a framework file and where it is: a JSON path (jsonPath), a workbook sheet,
 * row and column, or neither for the whole file. Each caller writes the location its own way:
 * the command line in words, the API in Excel's notation (xlsx-problem.ts).
 */
export type FrameworkFileProblem = XlsxProblem & { jsonPath?: string };

export type FrameworkFileResult =
  | { ok: true; format: FrameworkFileFormat; framework: Framework; ref: FrameworkRef }
  | { ok: false; format: FrameworkFileFormat | null; problems: FrameworkFileProblem[] };

export const FRAMEWORK_TOO_LARGE = `the file is too large; framework files may be at most ${FRAMEWORK_MAX_BYTES / 1024 / 1024} MB`;

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
/** The pre-2007 binary Excel format (.xls), which HQ staff may still save by habit. */
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

export interface FrameworkBytesOptions {
  /**
   * Read the bytes as a workbook even when they do not look like one, so that the problem says
   * what is wrong with them as a workbook. Only for a local file its owner named .xlsx: an
   * upload's name is not trusted (the format is recognised from the content).
   */
  workbookExpected?: boolean;
}

/**
 * Reads an untrusted framework file's bytes, JSON or Excel workbook (recognised by content),
 * validates it and computes its content hash. Never throws for bad content.
 */
export async function readFrameworkBytes(bytes: Uint8Array, options: FrameworkBytesOptions = {}): Promise<FrameworkFileResult> {
  if (bytes.byteLength > FRAMEWORK_MAX_BYTES) return failure(null, FRAMEWORK_TOO_LARGE);
  if (startsWith(bytes, ZIP_MAGIC)) return readWorkbook(bytes);
  if (startsWith(bytes, OLE_MAGIC)) {
    return failure('xlsx', 'this is an old Excel file (.xls); open it in Excel and save it as "Excel Workbook (*.xlsx)"');
  }
  if (options.workbookExpected === true) return readWorkbook(bytes);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    return failure('json', 'the file is neither an Excel workbook (.xlsx) nor a JSON text file');
  }
  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch (error) {
    return failure('json', `the file is neither an Excel workbook (.xlsx) nor valid JSON (${(error as Error).message.slice(0, 200)})`);
  }
  const validation = validateFramework(document);
  if (!validation.ok) {
    return { ok: false, format: 'json', problems: validation.problems.map((problem) => ({ jsonPath: problem.path, message: problem.message })) };
  }
  return success('json', validation.framework);
}

/** Reads a framework file from disk (the command line): a file named .xlsx is read as a workbook. */
export async function readFrameworkFile(filePath: string): Promise<FrameworkFileResult> {
  let bytes: Buffer;
  try {
    const stat = await fs.stat(filePath);
    if (!stat.isFile()) return failure(null, `${filePath} is not a file`);
    // Checked before reading: a huge file is refused without being loaded into memory.
    if (stat.size > FRAMEWORK_MAX_BYTES) return failure(null, FRAMEWORK_TOO_LARGE);
    bytes = await fs.readFile(filePath);
  } catch (error) {
    return failure(null, `cannot read ${filePath}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
  return readFrameworkBytes(bytes, { workbookExpected: path.extname(filePath).toLowerCase() === '.xlsx' });
}

/** "location: message" in words, for the command line; just the message for the whole file. */
export function formatFrameworkFileProblem(problem: FrameworkFileProblem): string {
  const location = problem.jsonPath ?? xlsxLocationInWords(problem);
  return location === '' ? problem.message : `${location}: ${problem.message}`;
}

async function readWorkbook(bytes: Uint8Array): Promise<FrameworkFileResult> {
  const result = await frameworkFromXlsx(bytes);
  return result.ok ? success('xlsx', result.framework) : { ok: false, format: 'xlsx', problems: result.problems };
}

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  return bytes.byteLength >= magic.length && magic.every((byte, index) => bytes[index] === byte);
}

function success(format: FrameworkFileFormat, framework: Framework): FrameworkFileResult {
  return { ok: true, format, framework, ref: frameworkRefOf(framework) };
}

function failure(format: FrameworkFileFormat | null, message: string): FrameworkFileResult {
  return { ok: false, format, problems: [{ message }] };
}
