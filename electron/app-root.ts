import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * The repository (or installed package) folder holding Fieldscore's package.json, found by
 * walking up from a file inside it: the bridge and the CLI run bundled (dist/electron/*.cjs),
 * from source (electron/…/*.ts) and, for the CLI, through bin/fieldscore.cjs — at different depths.
 */
export function findAppRoot(startDir: string): string {
  let dir = path.resolve(startDir);
  for (;;) {
    const manifest = path.join(dir, 'package.json');
    if (existsSync(manifest)) {
      try {
        if ((JSON.parse(readFileSync(manifest, 'utf8')) as { name?: unknown }).name === 'fieldscore') return dir;
      } catch {
        // an unreadable package.json is not ours; keep walking up
      }
    }
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`Fieldscore's package.json not found above ${startDir}`);
    dir = parent;
  }
}

export function appVersionOf(appRoot: string): string {
  const version = (JSON.parse(readFileSync(path.join(appRoot, 'package.json'), 'utf8')) as { version?: unknown }).version;
  return typeof version === 'string' ? version : '0.0.0';
}
