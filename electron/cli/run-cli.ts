import { parseArgs, type ParseArgsConfig } from 'node:util';
import { EXIT, type CliIo, type ExitCode } from './cli-io';
import { MESSAGES, USAGE } from './cli-messages';
import { frameworkCheckCommand } from './framework-check-command';
import { frameworkExportCommand } from './framework-export-command';
import { consolidateCommand, CONSOLIDATE_USAGE } from './consolidate-command';
import { demoCommand } from './demo-command';
import { exportCommand, EXPORT_USAGE } from './export-command';
import { importCommand, IMPORT_USAGE } from './import-command';
import { readPassphraseFile } from './passphrase-file';
import { PDF_REQUIRED, reportCommand, REPORT_USAGE } from './report-command';
import { scoreCommand } from './score-command';
import { validateCommand, VALIDATE_USAGE } from './validate-command';

type Options = NonNullable<ParseArgsConfig['options']>;
const HELP: Options = { help: { type: 'boolean', short: 'h' } };

class UsageError extends Error {
  constructor(
    message: string,
    readonly usage: string,
  ) {
    super(message);
  }
}

/** node:util parseArgs, strict: an unknown option or a missing value is a usage error, shown with the command's usage. */
function parse(args: readonly string[], options: Options, usage: string) {
  try {
    return parseArgs({ args: [...args], options: { ...HELP, ...options }, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError((error as Error).message, usage);
  }
}

function isHelp(arg: string | undefined): boolean {
  return arg === '--help' || arg === '-h';
}

/**
 * The `fieldscore` command line. Returns the exit code instead of exiting, so tests can run it
 * in-process; electron/cli/main.ts wires it to the real process.
 */
export async function runCli(argv: readonly string[], io: CliIo): Promise<ExitCode> {
  const usage = (text: string, message?: string): ExitCode => {
    if (message !== undefined) io.stderr(`${message}\n`);
    io.stderr(`${text}\n`);
    return EXIT.usage;
  };
  const help = (text: string): ExitCode => {
    io.stdout(`${text}\n`);
    return EXIT.ok;
  };
  const [command, ...rest] = argv;
  try {
    if (command === undefined) return usage(USAGE.main, MESSAGES.noCommand);
    if (isHelp(command)) return help(USAGE.main);
    if (command === 'framework') {
      const [sub, ...args] = rest;
      if (sub === 'check') {
        const { values, positionals } = parse(args, {}, USAGE.frameworkCheck);
        if (values.help) return help(USAGE.frameworkCheck);
        const [file, ...extra] = positionals;
        if (file === undefined || extra.length > 0) return usage(USAGE.frameworkCheck, MESSAGES.badArguments(MESSAGES.expectedOneFile));
        return await frameworkCheckCommand(file, io);
      }
      if (sub === 'export') {
        const { values, positionals } = parse(args, { xlsx: { type: 'string' }, version: { type: 'string' } }, USAGE.frameworkExport);
        if (values.help) return help(USAGE.frameworkExport);
        const [id, ...extra] = positionals;
        if (id === undefined || extra.length > 0) return usage(USAGE.frameworkExport, MESSAGES.badArguments(MESSAGES.expectedOneId));
        if (typeof values.xlsx !== 'string') return usage(USAGE.frameworkExport, MESSAGES.badArguments(MESSAGES.xlsxRequired));
        return await frameworkExportCommand(id, values.xlsx, typeof values.version === 'string' ? values.version : undefined, io);
      }
      if (sub === undefined) return usage(USAGE.framework, MESSAGES.noCommand);
      if (isHelp(sub)) return help(USAGE.framework);
      return usage(USAGE.framework, MESSAGES.unknownCommand(`framework ${sub}`));
    }
    if (command === 'score') {
      const { values, positionals } = parse(
        rest,
        { json: { type: 'boolean' }, framework: { type: 'string' }, fragile: { type: 'boolean' }, 'passphrase-file': { type: 'string' } },
        USAGE.score,
      );
      if (values.help) return help(USAGE.score);
      const [file, ...extra] = positionals;
      if (file === undefined || extra.length > 0) return usage(USAGE.score, MESSAGES.badArguments(MESSAGES.expectedOneFile));
      return await scoreCommand(
        file,
        {
          json: values.json === true,
          frameworkFile: typeof values.framework === 'string' ? values.framework : undefined,
          fragile: values.fragile === true,
          ...(typeof values['passphrase-file'] === 'string' ? { passphrase: readPassphraseFile(values['passphrase-file']) } : {}),
        },
        io,
      );
    }
    if (command === 'validate') {
      const { values, positionals } = parse(rest, { json: { type: 'boolean' }, 'passphrase-file': { type: 'string' }, lang: { type: 'string' } }, VALIDATE_USAGE);
      if (values.help) return help(VALIDATE_USAGE);
      if (positionals.length === 0) return usage(VALIDATE_USAGE, MESSAGES.badArguments(MESSAGES.expectedFiles));
      const passphraseFile = values['passphrase-file'];
      return await validateCommand(
        positionals,
        { json: values.json === true, language: typeof values.lang === 'string' ? values.lang : undefined, ...(typeof passphraseFile === 'string' ? { passphrase: readPassphraseFile(passphraseFile) } : {}) },
        io,
      );
    }
    if (command === 'export') {
      const { values, positionals } = parse(rest, { out: { type: 'string' }, 'passphrase-file': { type: 'string' } }, EXPORT_USAGE);
      if (values.help) return help(EXPORT_USAGE);
      const [id, ...extra] = positionals;
      if (id === undefined || extra.length > 0) return usage(EXPORT_USAGE, MESSAGES.badArguments(MESSAGES.expectedOneAssessmentId));
      if (typeof values.out !== 'string') return usage(EXPORT_USAGE, MESSAGES.badArguments(MESSAGES.outRequired));
      const passphraseFile = values['passphrase-file'];
      return await exportCommand(id, values.out, typeof passphraseFile === 'string' ? readPassphraseFile(passphraseFile) : undefined, io);
    }
    if (command === 'demo') return await demoCommand(rest, io);
    if (command === 'import') {
      const { values, positionals } = parse(rest, { 'dry-run': { type: 'boolean' }, by: { type: 'string' }, 'passphrase-file': { type: 'string' } }, IMPORT_USAGE);
      if (values.help) return help(IMPORT_USAGE);
      if (positionals.length === 0) return usage(IMPORT_USAGE, MESSAGES.badArguments(MESSAGES.expectedFiles));
      const passphraseFile = values['passphrase-file'];
      return await importCommand(
        positionals,
        {
          dryRun: values['dry-run'] === true,
          ...(typeof values.by === 'string' ? { by: values.by } : {}),
          ...(typeof passphraseFile === 'string' ? { passphrase: readPassphraseFile(passphraseFile) } : {}),
        },
        io,
      );
    }
    if (command === 'consolidate') {
      const { values, positionals } = parse(
        rest,
        { out: { type: 'string' }, csv: { type: 'string' }, xlsx: { type: 'string' }, hub: { type: 'string' }, by: { type: 'string' }, key: { type: 'string' }, 'passphrase-file': { type: 'string' } },
        CONSOLIDATE_USAGE,
      );
      if (values.help) return help(CONSOLIDATE_USAGE);
      if (positionals.length === 0) return usage(CONSOLIDATE_USAGE, MESSAGES.badArguments(MESSAGES.expectedFiles));
      if (typeof values.out !== 'string') return usage(CONSOLIDATE_USAGE, MESSAGES.badArguments(MESSAGES.outRequired));
      const text = (value: unknown) => (typeof value === 'string' ? value : undefined);
      const passphraseFile = text(values['passphrase-file']);
      return await consolidateCommand(
        positionals,
        {
          out: values.out,
          ...(text(values.csv) === undefined ? {} : { csv: text(values.csv)! }),
          ...(text(values.xlsx) === undefined ? {} : { xlsx: text(values.xlsx)! }),
          ...(text(values.hub) === undefined ? {} : { hub: text(values.hub)! }),
          ...(text(values.by) === undefined ? {} : { by: text(values.by)! }),
          ...(text(values.key) === undefined ? {} : { keyFile: text(values.key)! }),
          ...(passphraseFile === undefined ? {} : { passphrase: readPassphraseFile(passphraseFile) }),
        },
        io,
      );
    }
    if (command === 'report') {
      const { values, positionals } = parse(
        rest,
        { pdf: { type: 'string' }, lang: { type: 'string' }, paper: { type: 'string' }, office: { type: 'string' }, 'passphrase-file': { type: 'string' } },
        REPORT_USAGE,
      );
      if (values.help) return help(REPORT_USAGE);
      const [file, ...extra] = positionals;
      if (file === undefined || extra.length > 0) return usage(REPORT_USAGE, MESSAGES.badArguments(MESSAGES.expectedOneFile));
      if (typeof values.pdf !== 'string') return usage(REPORT_USAGE, MESSAGES.badArguments(PDF_REQUIRED));
      const text = (value: unknown) => (typeof value === 'string' ? value : undefined);
      const passphraseFile = text(values['passphrase-file']);
      return await reportCommand(
        file,
        {
          pdf: values.pdf,
          ...(text(values.lang) === undefined ? {} : { language: text(values.lang)! }),
          ...(text(values.paper) === undefined ? {} : { paper: text(values.paper)! }),
          ...(text(values.office) === undefined ? {} : { office: text(values.office)! }),
          ...(passphraseFile === undefined ? {} : { passphrase: readPassphraseFile(passphraseFile) }),
        },
        io,
      );
    }
    return usage(USAGE.main, MESSAGES.unknownCommand(command));
  } catch (error) {
    if (error instanceof UsageError) return usage(error.usage, MESSAGES.badArguments(error.message));
    io.stderr(`${MESSAGES.internalError(error instanceof Error ? error.message : String(error))}\n`);
    return EXIT.failure;
  }
}
