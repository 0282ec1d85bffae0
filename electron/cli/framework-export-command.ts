import fs from 'node:fs';
import path from 'node:path';
import { frameworkToXlsx } from '../frameworks/framework-xlsx';
import { findShippedFramework, readShippedFrameworks } from '../frameworks/shipped-frameworks';
import { EXIT, type CliIo, type ExitCode } from './cli-io';
import { MESSAGES } from './cli-messages';

/** fieldscore framework export <id> --xlsx <out> [--version v]: a shipped framework as a workbook to edit. */
export async function frameworkExportCommand(id: string, outFile: string, version: string | undefined, io: CliIo): Promise<ExitCode> {
  const { frameworks } = readShippedFrameworks(io.resourcesDir);
  const shipped = findShippedFramework(frameworks, id, version);
  if (!shipped) {
    const available = frameworks.map((f) => `${f.ref.id} ${f.ref.version}`).join(', ');
    io.stderr(`${MESSAGES.noShippedFramework(id, version, available)}\n`);
    return EXIT.failure;
  }
  const bytes = await frameworkToXlsx(shipped.framework);
  // Write beside the target and rename, so a failure never leaves half a workbook under its name.
  const target = path.resolve(outFile);
  const partial = `${target}.${process.pid}.partial`;
  try {
    fs.writeFileSync(partial, bytes);
    fs.renameSync(partial, target);
  } catch (error) {
    fs.rmSync(partial, { force: true });
    io.stderr(`${MESSAGES.cannotWrite(outFile, (error as NodeJS.ErrnoException).code ?? (error as Error).message)}\n`);
    return EXIT.failure;
  }
  io.stdout(`${MESSAGES.exported(outFile, shipped.ref.id, shipped.ref.version)}\n`);
  return EXIT.ok;
}
