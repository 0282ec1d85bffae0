import type { Region } from '../../../shared/office/office-profile';
import { MAX_CYCLE_YEAR, MIN_CYCLE_YEAR } from '../../../shared/office/office-profile';
import { packageFileName } from '../../../shared/packages/package-format';
import { appVersionOf, findAppRoot } from '../../app-root';
import { findShippedFramework, readShippedFrameworks } from '../../frameworks/shipped-frameworks';
import { encryptWithPassphrase } from '../package-encryption';
import { writePackage } from '../package-writer';
import { signingKeyFromSeed } from '../signing-key';
import { officeRevisions } from './demo-assessment';
import { coveredCountries, DEMO_OFFICE_COUNT, demoNetwork, type DemoOffice } from './demo-network';
import { DemoRandom, seedBytes } from './demo-random';

/**
 * `fieldscore demo` without the command line: a whole demo network of signed assessment
 * packages, in memory. Deterministic — the same options give byte-identical packages — except
 * with a passphrase, where age draws a fresh salt and file key for every file.
 */

/** The framework the demo answers are written for (indicator ids P1.1…P5.6). */
export const DEMO_FRAMEWORK = { id: 'fieldscore-default', version: '1.0.0' } as const;
export const DEMO_DEFAULTS = { seed: '1', offices: DEMO_OFFICE_COUNT, cycles: 2, lastCycle: 2025 } as const;
export const DEMO_MAX_CYCLES = DEMO_DEFAULTS.lastCycle - MIN_CYCLE_YEAR + 1;

export interface DemoOptions {
  /** The resources folder (shipped frameworks). */
  resourcesDir: string;
  /** Any text; the CLI takes a non-negative integer. Default "1". */
  seed?: string | number;
  /** 1–48, default 48: taken region by region in turn (demoNetwork). */
  offices?: number;
  /** Consecutive cycles ending in 2025, default 2 (2024 and 2025). */
  cycles?: number;
  /** Encrypt every package with this passphrase (age, scrypt). */
  passphrase?: string;
  /** For tests only: the scrypt work factor (log2) of the encryption; the default is age's, 18. */
  scryptWorkFactor?: number;
  /** The generator version in the manifests; default the version of the app folder holding resourcesDir. */
  generatorVersion?: string;
}

export interface DemoPackage {
  fileName: string;
  bytes: Buffer;
  office: { id: string; code: string; name: string; region: Region; tier: DemoOffice['tier'] };
  assessmentId: string;
  lineageId: string;
  cycle: number;
  revision: number;
  parentRevisionId?: string;
  previousCycleId?: string;
  /** The office's signing key (one per office). */
  fingerprint: string;
  encrypted: boolean;
  /** P2.1: the countries the office covers, host first. */
  countries: { code: string; resident: boolean }[];
}

export interface DemoSummary {
  packages: number;
  offices: number;
  countries: number;
  regions: number;
  bytes: number;
}

function generatorVersionFor(resourcesDir: string): string {
  try {
    return appVersionOf(findAppRoot(resourcesDir));
  } catch {
    return '0.0.0';
  }
}

function checkCount(name: string, value: number, max: number): void {
  if (!Number.isInteger(value) || value < 1 || value > max) throw new RangeError(`${name} must be a whole number from 1 to ${max}, not ${value}`);
}

/**
 * Which cycles of an office are reopened once: about one office-cycle in eight, each decided on
 * its own stream (so an office's data do not depend on the others'); when none of the run is,
 * the first office's last cycle is, so every demo shows a revision 2.
 */
function reopenedCycles(seed: string, offices: readonly DemoOffice[], cycles: readonly number[]): Map<string, Set<number>> {
  const chosen = new Map(offices.map((office) => [office.code, new Set(cycles.filter((cycle) => new DemoRandom(seed, `reopened:${office.code}:${cycle}`).chance(0.12)))]));
  if ([...chosen.values()].every((set) => set.size === 0)) chosen.get(offices[0]!.code)!.add(cycles[cycles.length - 1]!);
  return chosen;
}

export async function generateDemoNetwork(options: DemoOptions): Promise<DemoPackage[]> {
  const seed = String(options.seed ?? DEMO_DEFAULTS.seed);
  const officeCount = options.offices ?? DEMO_DEFAULTS.offices;
  const cycleCount = options.cycles ?? DEMO_DEFAULTS.cycles;
  checkCount('offices', officeCount, DEMO_OFFICE_COUNT);
  checkCount('cycles', cycleCount, DEMO_MAX_CYCLES);
  if (options.passphrase !== undefined && options.passphrase === '') throw new Error('the passphrase is empty');
  const lastCycle = Math.min(DEMO_DEFAULTS.lastCycle, MAX_CYCLE_YEAR);
  const cycles = Array.from({ length: cycleCount }, (_, index) => lastCycle - cycleCount + 1 + index);

  const { frameworks, skipped } = readShippedFrameworks(options.resourcesDir);
  const shipped = findShippedFramework(frameworks, DEMO_FRAMEWORK.id, DEMO_FRAMEWORK.version);
  if (!shipped) {
    const why = skipped.map((file) => `${file.file}: ${file.reason}`).join('; ');
    throw new Error(`the demo needs the shipped framework ${DEMO_FRAMEWORK.id} ${DEMO_FRAMEWORK.version} in ${options.resourcesDir}${why ? ` (${why})` : ''}`);
  }
  const generatorVersion = options.generatorVersion ?? generatorVersionFor(options.resourcesDir);
  const offices = demoNetwork(seed, officeCount);
  const reopened = reopenedCycles(seed, offices, cycles);

  const out: DemoPackage[] = [];
  for (const office of offices) {
    const key = signingKeyFromSeed(seedBytes(seed, office.code));
    const revisions = await officeRevisions({ seed, office, framework: shipped.framework, ref: shipped.ref, cycles, reopened: reopened.get(office.code)! });
    for (const { document, history, evidence, exportedAt } of revisions) {
      const zip = await writePackage({ document, history, evidence, framework: shipped.framework, generatorVersion, createdAt: exportedAt }, key);
      const encrypted = options.passphrase !== undefined;
      const bytes = encrypted ? await encryptWithPassphrase(zip, options.passphrase!, options.scryptWorkFactor) : zip;
      out.push({
        fileName: packageFileName(office.code, document.cycle, document.revision, encrypted),
        bytes,
        office: { id: office.id, code: office.code, name: office.name, region: office.region, tier: office.tier },
        assessmentId: document.id,
        lineageId: document.lineageId!,
        cycle: document.cycle,
        revision: document.revision,
        ...(document.previousRevisionId === undefined ? {} : { parentRevisionId: document.previousRevisionId }),
        ...(document.previousCycleId === undefined ? {} : { previousCycleId: document.previousCycleId }),
        fingerprint: key.fingerprint,
        encrypted,
        countries: coveredCountries(office),
      });
    }
  }
  return out;
}

/** N packages, M offices, K distinct countries covered, in R regions, B bytes. */
export function summariseDemoNetwork(packages: readonly DemoPackage[]): DemoSummary {
  return {
    packages: packages.length,
    offices: new Set(packages.map((item) => item.office.id)).size,
    countries: new Set(packages.flatMap((item) => item.countries.map((country) => country.code))).size,
    regions: new Set(packages.map((item) => item.office.region)).size,
    bytes: packages.reduce((sum, item) => sum + item.bytes.length, 0),
  };
}
