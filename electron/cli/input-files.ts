import fs from 'node:fs';
import path from 'node:path';
import { CONSOLIDATED_EXTENSION } from '../../shared/consolidation/consolidated-format';
import { PACKAGE_EXTENSION } from '../../shared/packages/package-format';

/** The endings of the files the commands look for in a folder. */
export const PACKAGE_ENDINGS = [PACKAGE_EXTENSION, `${PACKAGE_EXTENSION}.age`] as const;
export const EXCHANGE_ENDINGS = [...PACKAGE_ENDINGS, CONSOLIDATED_EXTENSION] as const;

/**
 * A file named on the command line as it is (the reader says if it is not one); a folder searched
 * for files with one of `endings`, sub-folders included, in name order so runs are repeatable.
 */
export function filesIn(target: string, endings: readonly string[]): string[] {
  const stat = fs.statSync(target, { throwIfNoEntry: false });
  if (!stat?.isDirectory()) return [target];
  return fs
    .readdirSync(target, { withFileTypes: true })
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((entry) => {
      const full = path.join(target, entry.name);
      if (entry.isDirectory()) return filesIn(full, endings);
      return entry.isFile() && endings.some((ending) => entry.name.endsWith(ending)) ? [full] : [];
    });
}
