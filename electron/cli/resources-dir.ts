import fs from 'node:fs';
import path from 'node:path';

/** bin/fieldscore.cjs is one level below the root; dist/electron/cli.cjs and electron/cli/main.ts two. */
const MAX_LEVELS_UP = 3;

/**
 * The resources/ folder (shipped frameworks, country groups), found from the file that started
 * the CLI: the built launcher (bin/fieldscore.cjs → ../resources), the bundle
 * (dist/electron/cli.cjs → ../../resources) or the source run by tsx (electron/cli/main.ts →
 * ../../resources). The entry file is used rather than __dirname or import.meta, because the
 * same code runs both as ESM source and as a CommonJS bundle and each lacks one of them.
 * FIELDSCORE_RESOURCES_DIR overrides it (an installed app's resources, tests).
 */
export function resolveResourcesDir(entryFile: string | undefined, env: NodeJS.ProcessEnv = process.env): string {
  const override = env.FIELDSCORE_RESOURCES_DIR;
  if (override !== undefined && override !== '') return path.resolve(override);
  const start = entryFile === undefined ? process.cwd() : path.dirname(realPath(entryFile));
  let dir = start;
  for (let level = 0; level <= MAX_LEVELS_UP; level += 1) {
    if (fs.existsSync(path.join(dir, 'resources', 'frameworks'))) return path.join(dir, 'resources');
    dir = path.dirname(dir);
  }
  // Not found: name the place the bundle layout implies, so the error message points somewhere useful.
  return path.resolve(start, '..', '..', 'resources');
}

function realPath(file: string): string {
  try {
    // An npm-installed command is a symlink in a bin folder; the package is where it points.
    return fs.realpathSync(file);
  } catch {
    return path.resolve(file);
  }
}
