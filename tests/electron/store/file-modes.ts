import fs from 'node:fs';
import path from 'node:path';

/** The permission bits of a file or folder, as an octal string ("600", "755"). */
export function modeOf(file: string): string {
  return (fs.statSync(file).mode & 0o777).toString(8);
}

/** Every entry under dir (relative path → mode), the folder itself as ".". */
export function modesUnder(dir: string): Record<string, string> {
  const modes: Record<string, string> = { '.': modeOf(dir) };
  const walk = (relative: string) => {
    for (const name of fs.readdirSync(path.join(dir, relative)).sort()) {
      const child = relative === '' ? name : `${relative}/${name}`;
      modes[child] = modeOf(path.join(dir, child));
      if (fs.statSync(path.join(dir, child)).isDirectory()) walk(child);
    }
  };
  walk('');
  return modes;
}

/** Entries under dir (the folder itself included) that are not owner-only: folders must be 700, files 600. */
export function notOwnerOnly(dir: string): string[] {
  const wrong: string[] = [];
  for (const [name, mode] of Object.entries(modesUnder(dir))) {
    const wanted = fs.statSync(path.join(dir, name)).isDirectory() ? '700' : '600';
    if (mode !== wanted) wrong.push(`${name} ${mode}`);
  }
  return wrong;
}

/**
 * Runs fn with the most permissive umask, so that any file or folder created without an
 * explicit mode shows up as world-readable (666/777) instead of passing by luck of the
 * machine's umask. Vitest runs each test file in its own process, so this touches no other file.
 */
export async function withOpenUmask<T>(fn: () => T | Promise<T>): Promise<T> {
  const previous = process.umask(0);
  try {
    return await fn();
  } finally {
    process.umask(previous);
  }
}

/** Permission bits mean nothing on Windows (see electron/store/private-files.ts). */
export const posixModes = process.platform !== 'win32';
