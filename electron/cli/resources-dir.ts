import fs from 'node:fs';
import path from 'node:path';
import { findAppRoot } from '../app-root';

/**
 * The resources/ folder (shipped frameworks, country groups) of the app folder that holds the
 * file that started the CLI (findAppRoot): the launcher bin/fieldscore.cjs, the bundle
 * dist/electron/cli.cjs or the source electron/cli/main.ts run by tsx. The entry file is used
 * rather than __dirname or import.meta, because the same code runs both as ESM source and as a
 * CommonJS bundle and each lacks one of them. FIELDSCORE_RESOURCES_DIR overrides it (an
 * installed app's resources, tests).
 */
export function resolveResourcesDir(entryFile: string | undefined, env: NodeJS.ProcessEnv = process.env): string {
  const override = env.FIELDSCORE_RESOURCES_DIR;
  if (override !== undefined && override !== '') return path.resolve(override);
  const start = entryFile === undefined ? process.cwd() : path.dirname(realPath(entryFile));
  try {
    return path.join(findAppRoot(start), 'resources');
  } catch {
    // Not found: name the place the bundle layout implies, so the error message points somewhere useful.
    return path.resolve(start, '..', '..', 'resources');
  }
}

function realPath(file: string): string {
  try {
    // An npm-installed command is a symlink in a bin folder; the package is where it points.
    return fs.realpathSync(file);
  } catch {
    return path.resolve(file);
  }
}
