import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { DEMO_OFFICE_COUNT } from '../packages/demo/demo-network';
import { DEMO_DEFAULTS, DEMO_MAX_CYCLES, generateDemoNetwork, summariseDemoNetwork, type DemoPackage } from '../packages/demo/generate-demo-network';
import { EXIT, type CliIo, type ExitCode } from './cli-io';
import { readPassphraseFile } from './passphrase-file';

const FIRST_CYCLE_OF_DEFAULT = DEMO_DEFAULTS.lastCycle - DEMO_DEFAULTS.cycles + 1;

export const DEMO_USAGE = `Usage: fieldscore demo <dir> [--offices <n>] [--cycles <n>] [--seed <n>] [--passphrase-file <file>]

Writes a demonstration field network of signed assessment packages into <dir> (created when
missing): by default ${DEMO_OFFICE_COUNT} field offices covering 156 countries in the five regions, the
size of UNIDO's field network in its 2023 report on the field network reform. Offices, names,
people and figures are invented; the country codes are real (ISO 3166-1 alpha-3, UN M49).
Each office signs with its own key, derived from the seed and its office code, and has one
submitted assessment per cycle, a few of them reopened once (revision 2, packaged beside
revision 1). Files are named <code>_<cycle>_r<revision>.fieldscore; files of the same name
are replaced. Prints one line per file (name, office, cycle, revision, signer fingerprint),
then a summary.

The same options give byte-identical files, except with --passphrase-file: age encryption
draws a new random salt and file key each time, so encrypted files differ from run to run
(the packages inside them do not). Encryption takes about a second per file (scrypt).

Options:
  --offices <n>             1–${DEMO_OFFICE_COUNT} offices, taken region by region in turn (default ${DEMO_DEFAULTS.offices})
  --cycles <n>              1–${DEMO_MAX_CYCLES} consecutive cycles ending in ${DEMO_DEFAULTS.lastCycle} (default ${DEMO_DEFAULTS.cycles}: ${FIRST_CYCLE_OF_DEFAULT} and ${DEMO_DEFAULTS.lastCycle})
  --seed <n>                A whole number; another seed, another network (default ${DEMO_DEFAULTS.seed})
  --passphrase-file <file>  Encrypt every package (age, scrypt) with the passphrase on the
                            file's first line; the files end in .fieldscore.age`;

/** For tests only: a lower scrypt work factor than age's default makes encrypted runs fast. */
export interface DemoTestOptions {
  scryptWorkFactor?: number;
}

class UsageError extends Error {}

function wholeNumber(name: string, text: string | undefined, min: number, max: number): number | undefined {
  if (text === undefined) return undefined;
  if (!/^[0-9]{1,15}$/.test(text) || Number(text) < min || Number(text) > max) {
    throw new UsageError(`--${name} must be a whole number from ${min} to ${max}, not "${text}"`);
  }
  return Number(text);
}

function parse(args: readonly string[]) {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...args],
      options: {
        help: { type: 'boolean', short: 'h' },
        offices: { type: 'string' },
        cycles: { type: 'string' },
        seed: { type: 'string' },
        'passphrase-file': { type: 'string' },
      },
      allowPositionals: true,
      strict: true,
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const { values, positionals } = parsed;
  if (values.help) return { help: true as const };
  const [dir, ...extra] = positionals;
  if (dir === undefined || extra.length > 0) throw new UsageError('exactly one output folder is expected');
  return {
    help: false as const,
    dir,
    offices: wholeNumber('offices', values.offices, 1, DEMO_OFFICE_COUNT),
    cycles: wholeNumber('cycles', values.cycles, 1, DEMO_MAX_CYCLES),
    // Normalised ("007" is seed 7), since the seed is part of every derivation label.
    seed: wholeNumber('seed', values.seed, 0, Number.MAX_SAFE_INTEGER),
    passphraseFile: values['passphrase-file'],
  };
}

function line(item: DemoPackage, width: number): string {
  return `${item.fileName.padEnd(width)}  ${item.office.code.padEnd(7)}  ${item.cycle}  r${item.revision}  ${item.fingerprint}`;
}

/** fieldscore demo <dir>: a reproducible demo network of signed packages, for trying the hub's import and for benchmarks. */
export async function demoCommand(args: readonly string[], io: CliIo, testing: DemoTestOptions = {}): Promise<ExitCode> {
  let options;
  try {
    options = parse(args);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.stderr(`fieldscore: ${error.message}\n${DEMO_USAGE}\n`);
    return EXIT.usage;
  }
  if (options.help) {
    io.stdout(`${DEMO_USAGE}\n`);
    return EXIT.ok;
  }

  let passphrase: string | undefined;
  if (options.passphraseFile !== undefined) {
    try {
      passphrase = readPassphraseFile(options.passphraseFile);
    } catch (error) {
      io.stderr(`fieldscore: cannot read the passphrase file: ${(error as Error).message}\n`);
      return EXIT.failure;
    }
  }

  let packages: DemoPackage[];
  try {
    packages = await generateDemoNetwork({
      resourcesDir: io.resourcesDir,
      ...(options.seed === undefined ? {} : { seed: options.seed }),
      ...(options.offices === undefined ? {} : { offices: options.offices }),
      ...(options.cycles === undefined ? {} : { cycles: options.cycles }),
      ...(passphrase === undefined ? {} : { passphrase }),
      ...(testing.scryptWorkFactor === undefined ? {} : { scryptWorkFactor: testing.scryptWorkFactor }),
    });
  } catch (error) {
    io.stderr(`fieldscore: cannot generate the demo network: ${(error as Error).message}\n`);
    return EXIT.failure;
  }

  const dir = path.resolve(options.dir);
  const width = Math.max(...packages.map((item) => item.fileName.length));
  try {
    fs.mkdirSync(dir, { recursive: true });
    for (const item of packages) {
      const target = path.join(dir, item.fileName);
      // Written beside the target and renamed, so an interrupted run never leaves half a package under its name.
      const temporary = `${target}.${process.pid}.part`;
      fs.writeFileSync(temporary, item.bytes);
      fs.renameSync(temporary, target);
      io.stdout(`${line(item, width)}\n`);
    }
  } catch (error) {
    io.stderr(`fieldscore: cannot write the demo packages to ${dir}: ${(error as Error).message}\n`);
    return EXIT.failure;
  }
  const summary = summariseDemoNetwork(packages);
  const megabytes = (summary.bytes / (1024 * 1024)).toFixed(1);
  const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
  io.stdout(
    `${count(summary.packages, 'package', 'packages')}, ${count(summary.offices, 'office', 'offices')}, ` +
      `${count(summary.countries, 'country', 'countries')} covered in ${count(summary.regions, 'region', 'regions')} ` +
      `(${megabytes} MB${passphrase === undefined ? '' : ', encrypted'}) in ${dir}\n`,
  );
  return EXIT.ok;
}
