import { AppError, type FieldProblem } from '../../../shared/api/app-error';
import type { FrameworkSummary } from '../../../shared/api/contract';
import type { Framework } from '../../../shared/framework/framework-schema';
import { validateFramework } from '../../../shared/framework/validate-framework';
import { base64LengthFor, decodeBase64Strict } from '../../evidence/decode-base64';
import { frameworkFromXlsx, frameworkToXlsx } from '../../frameworks/framework-xlsx';
import type { FrameworkRegistry } from '../../frameworks/framework-registry';
import { MAX_XLSX_BYTES } from '../../frameworks/xlsx-file-check';
import type { XlsxProblem } from '../../frameworks/xlsx-problem';
import type { Handlers } from '../dispatch';
import type { StoreSession } from '../store-session';

/** JSON or workbook alike, the limit of xlsx-file-check: the shipped default is ~150 kB as JSON. */
const MAX_FRAMEWORK_BYTES = MAX_XLSX_BYTES;
const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
/** The pre-2007 binary Excel format (.xls), which HQ staff may still save by habit. */
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

export function frameworkHandlers(
  session: StoreSession,
): Pick<Handlers, 'frameworks.list' | 'frameworks.get' | 'frameworks.install' | 'frameworks.exportXlsx'> {
  return {
    'frameworks.list': () => session.repositories().frameworks.list(),

    'frameworks.get': ({ hash }) => requireInstalled(session, hash).framework,

    // Everything is read and validated before the registry's one transaction: a file with any
    // problem installs nothing.
    'frameworks.install': async ({ fileName, dataBase64 }) => {
      session.repositories(); // refuse early (damaged or newer database) before decoding megabytes
      const framework = await readUpload(fileName, dataBase64);
      return install(session.repositories().frameworks, framework, fileName);
    },

    'frameworks.exportXlsx': async ({ hash }) => {
      const { ref, framework } = requireInstalled(session, hash);
      let bytes: Buffer;
      try {
        bytes = await frameworkToXlsx(framework);
      } catch (error) {
        throw new AppError('conflict', `framework ${ref.id} ${ref.version} cannot be written as a workbook: ${(error as Error).message}`, {
          messageKey: 'errors.framework_not_exportable',
          params: { id: ref.id, version: ref.version },
        });
      }
      // Ids are limited to letters, digits, ".", "_" and "-" (framework-schema.ts): safe in a file name.
      return { fileName: `${ref.id}-${ref.version}.xlsx`, dataBase64: bytes.toString('base64') };
    },
  };
}

function requireInstalled(session: StoreSession, hash: string) {
  const installed = session.repositories().frameworks.getByHash(hash);
  if (!installed) throw new AppError('not_found', 'no framework with this hash is installed', { params: { hash } });
  return installed;
}

function invalid(fileName: string, problems: FieldProblem[]): AppError {
  return new AppError('invalid_request', `${fileName} is not a valid framework (${problems.length} problem(s))`, {
    messageKey: 'errors.framework_invalid',
    params: { fileName, count: problems.length },
    problems,
  });
}

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  return bytes.byteLength >= magic.length && magic.every((byte, index) => bytes[index] === byte);
}

/** Decodes and validates an uploaded framework file; the format is recognised from the content, never the name. */
async function readUpload(fileName: string, dataBase64: string): Promise<Framework> {
  const fail = (message: string) => invalid(fileName, [{ path: '', message }]);
  const tooLarge = `framework files may be at most ${MAX_FRAMEWORK_BYTES / 1024 / 1024} MB`;
  if (dataBase64.length > base64LengthFor(MAX_FRAMEWORK_BYTES)) throw fail(`the file is too large; ${tooLarge}`);
  const bytes = decodeBase64Strict(dataBase64);
  if (bytes === undefined) throw fail('the file did not arrive intact (its data is not valid base64)');
  if (bytes.byteLength > MAX_FRAMEWORK_BYTES) throw fail(`the file is too large; ${tooLarge}`);

  if (startsWith(bytes, ZIP_MAGIC)) {
    const result = await frameworkFromXlsx(bytes);
    if (!result.ok) throw invalid(fileName, result.problems.map((problem) => ({ path: xlsxLocation(problem), message: problem.message })));
    return result.framework;
  }
  if (startsWith(bytes, OLE_MAGIC)) {
    throw fail('this is an old Excel file (.xls); open it in Excel and save it as "Excel Workbook (*.xlsx)"');
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    throw fail('the file is neither an Excel workbook (.xlsx) nor a JSON text file');
  }
  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch (error) {
    throw fail(`the file is neither an Excel workbook (.xlsx) nor valid JSON (${(error as Error).message.slice(0, 200)})`);
  }
  const validation = validateFramework(document);
  if (!validation.ok) throw invalid(fileName, validation.problems);
  return validation.framework;
}

/**
 * A workbook problem located the way Excel names a cell: "indicators!O12 (weight)"; a whole row
 * "indicators!12:12"; a whole sheet "indicators"; the whole file "". The notation needs no
 * translation, so the renderer shows it as is in every language.
 */
export function xlsxLocation(problem: XlsxProblem): string {
  if (problem.sheet === undefined) return '';
  if (problem.row === undefined) return problem.sheet;
  if (problem.column === undefined) return `${problem.sheet}!${problem.row}:${problem.row}`;
  const match = /^([A-Z]+)(?: \((.+)\))?$/.exec(problem.column);
  if (!match) return `${problem.sheet}!${problem.row} (${problem.column})`;
  return `${problem.sheet}!${match[1]}${problem.row}${match[2] === undefined ? '' : ` (${match[2]})`}`;
}

/** Installing the same text again returns it (idempotent); the same id and version with other content is refused. */
function install(registry: FrameworkRegistry, framework: Framework, fileName: string): FrameworkSummary {
  let hash: string;
  try {
    hash = registry.install(framework).hash;
  } catch (error) {
    if (error instanceof AppError && error.data.code === 'conflict') {
      throw new AppError('conflict', error.message, {
        messageKey: 'errors.framework_version_exists',
        params: { fileName, id: framework.id, version: framework.version },
      });
    }
    if (error instanceof AppError && error.data.code === 'invalid_request') throw invalid(fileName, error.data.problems ?? []);
    throw error;
  }
  const summary = registry.list().find((candidate) => candidate.hash === hash);
  if (!summary) throw new Error(`framework ${hash} was installed but is not listed`);
  return summary;
}
