import { formatFrameworkFileProblem, readFrameworkFile } from '../frameworks/framework-file';
import { EXIT, type CliIo, type ExitCode } from './cli-io';
import { MESSAGES } from './cli-messages';

/** fieldscore framework check <file>: one OK line, or every problem with its location. */
export async function frameworkCheckCommand(file: string, io: CliIo): Promise<ExitCode> {
  const result = await readFrameworkFile(file);
  if (result.ok) {
    io.stdout(`${MESSAGES.frameworkOk(result.ref.id, result.ref.version, result.ref.hash)}\n`);
    return EXIT.ok;
  }
  for (const problem of result.problems) io.stdout(`${formatFrameworkFileProblem(problem)}\n`);
  io.stderr(`${MESSAGES.frameworkInvalid(file, result.problems.length)}\n`);
  return EXIT.failure;
}
