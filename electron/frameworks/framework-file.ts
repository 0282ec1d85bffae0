import fs from 'node:fs/promises';
import path from 'node:path';
import { frameworkHash } from '../../shared/framework/framework-hash';
import type { Framework, FrameworkRef } from '../../shared/framework/framework-schema';
import { validateFramework } from '../../shared/framework/validate-framework';
import { frameworkFromXlsx } from './framework-xlsx';
import { MAX_XLSX_BYTES } from './xlsx-file-check';
import { xlsxProblemLocation } from './xlsx-problem';

export type FrameworkFileFormat = 'json' | 'xlsx';

/** One problem of a framework file, as one line: "location: message" (location may be empty for the whole file). */
export interface FrameworkFileProblem {
  location: string;
  message: string;
}

export type FrameworkFileResult =
  | { ok: true; format: FrameworkFileFormat; framework: Framework; ref: FrameworkRef }
  | { ok: false; format: FrameworkFileFormat | null; problems: FrameworkFileProblem[] };

/** JSON or workbook alike: the shipped default is about 150 kB as JSON and 55 kB as a workbook. */
const MAX_FRAMEWORK_FILE_BYTES = MAX_XLSX_BYTES;
const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];

/**
 * Reads an untrusted framework file, JSON or Excel workbook (recognised by content, or by the
 * .xlsx extension), validates it and computes its content hash. Never throws for bad content.
 */
export async function readFrameworkFile(filePath: string): Promise<FrameworkFileResult> {
  let bytes: Buffer;
  try {
    const stat = await fs.stat(filePath);
    if (!stat.isFile()) return failure(null, `${filePath} is not a file`);
    if (stat.size > MAX_FRAMEWORK_FILE_BYTES) {
      return failure(null, `${filePath} is ${(stat.size / 1024 / 1024).toFixed(1)} MB; framework files are at most ${MAX_FRAMEWORK_FILE_BYTES / 1024 / 1024} MB`);
    }
    bytes = await fs.readFile(filePath);
  } catch (error) {
    return failure(null, `cannot read ${filePath}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
  const isZip = ZIP_MAGIC.every((byte, index) => bytes[index] === byte);
  if (isZip || path.extname(filePath).toLowerCase() === '.xlsx') {
    const result = await frameworkFromXlsx(bytes);
    if (!result.ok) {
      return {
        ok: false,
        format: 'xlsx',
        problems: result.problems.map((problem) => ({ location: xlsxProblemLocation(problem), message: problem.message })),
      };
    }
    return success('xlsx', result.framework);
  }
  let document: unknown;
  try {
    document = JSON.parse(bytes.toString('utf8').replace(/^\uFEFF/, ''));
  } catch (error) {
    return failure('json', `the file is neither an Excel workbook nor valid JSON (${(error as Error).message})`);
  }
  const validation = validateFramework(document);
  if (!validation.ok) {
    return { ok: false, format: 'json', problems: validation.problems.map((problem) => ({ location: problem.path, message: problem.message })) };
  }
  return success('json', validation.framework);
}

export function formatFrameworkFileProblem(problem: FrameworkFileProblem): string {
  return problem.location === '' ? problem.message : `${problem.location}: ${problem.message}`;
}

function success(format: FrameworkFileFormat, framework: Framework): FrameworkFileResult {
  return { ok: true, format, framework, ref: { id: framework.id, version: framework.version, hash: frameworkHash(framework) } };
}

function failure(format: FrameworkFileFormat | null, message: string): FrameworkFileResult {
  return { ok: false, format, problems: [{ location: '', message }] };
}
