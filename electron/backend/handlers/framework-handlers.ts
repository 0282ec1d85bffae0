import { AppError, type FieldProblem } from '../../../shared/api/app-error';
import { FRAMEWORK_MAX_BYTES, type FrameworkSummary } from '../../../shared/api/contract';
import type { Framework } from '../../../shared/framework/framework-schema';
import { base64LengthFor, decodeBase64Strict } from '../../evidence/decode-base64';
import { FRAMEWORK_TOO_LARGE, readFrameworkBytes } from '../../frameworks/framework-file';
import type { FrameworkRegistry } from '../../frameworks/framework-registry';
import { frameworkToXlsx } from '../../frameworks/framework-xlsx';
import { xlsxLocation } from '../../frameworks/xlsx-problem';
import type { Handlers } from '../dispatch';
import type { StoreSession } from '../store-session';

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

/** Decodes and reads an uploaded framework file; the format is recognised from the content, never the name. */
async function readUpload(fileName: string, dataBase64: string): Promise<Framework> {
  const fail = (message: string) => invalid(fileName, [{ path: '', message }]);
  if (dataBase64.length > base64LengthFor(FRAMEWORK_MAX_BYTES)) throw fail(FRAMEWORK_TOO_LARGE);
  const bytes = decodeBase64Strict(dataBase64);
  if (bytes === undefined) throw fail('the file did not arrive intact (its data is not valid base64)');
  const result = await readFrameworkBytes(bytes);
  if (!result.ok) {
    throw invalid(fileName, result.problems.map((problem) => ({ path: problem.jsonPath ?? xlsxLocation(problem), message: problem.message })));
  }
  return result.framework;
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
