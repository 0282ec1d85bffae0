import fs from 'node:fs';
import path from 'node:path';
import { frameworkRefOf } from '../../shared/framework/framework-hash';
import type { Framework, FrameworkRef } from '../../shared/framework/framework-schema';
import { validateFramework } from '../../shared/framework/validate-framework';
import { compareVersions } from '../../shared/framework/framework-version';

export interface SkippedFramework {
  file: string;
  reason: string;
}

export interface ShippedFramework {
  file: string;
  framework: Framework;
  ref: FrameworkRef;
}

/**
 * The frameworks in <resourcesDir>/frameworks/*.json, read straight from disk (the CLI works on
 * files and needs no database). Files that do not validate are returned as skipped, with why.
 */
export function readShippedFrameworks(resourcesDir: string): { frameworks: ShippedFramework[]; skipped: SkippedFramework[] } {
  const dir = path.join(resourcesDir, 'frameworks');
  const frameworks: ShippedFramework[] = [];
  const skipped: SkippedFramework[] = [];
  let files: string[];
  try {
    files = fs.readdirSync(dir).filter((file) => file.endsWith('.json')).sort();
  } catch {
    return { frameworks, skipped };
  }
  for (const file of files) {
    try {
      const result = validateFramework(JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8')));
      if (!result.ok) {
        skipped.push({ file, reason: result.problems.map((problem) => `${problem.path}: ${problem.message}`).join('; ') });
        continue;
      }
      // Hash the validated document, as the registry does, so references match installed frameworks.
      const { framework } = result;
      frameworks.push({ file, framework, ref: frameworkRefOf(framework) });
    } catch (error) {
      skipped.push({ file, reason: error instanceof Error ? error.message : String(error) });
    }
  }
  return { frameworks, skipped };
}

/** The shipped framework with this id: the given version, or the highest one. */
export function findShippedFramework(frameworks: readonly ShippedFramework[], id: string, version?: string): ShippedFramework | undefined {
  return frameworks
    .filter((shipped) => shipped.ref.id === id && (version === undefined || shipped.ref.version === version))
    .sort((a, b) => compareVersions(b.ref.version, a.ref.version))[0];
}
