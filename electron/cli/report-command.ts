import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../shared/api/app-error';
import { CONSOLIDATED_EXTENSION, CONSOLIDATED_LIMITS } from '../../shared/consolidation/consolidated-format';
import { isLanguage, LANGUAGES, type Language } from '../../shared/i18n/languages';
import { PACKAGE_EXTENSION } from '../../shared/packages/package-format';
import { reasonText } from '../../shared/packages/reason-text';
import { REPORT_ERROR_KEYS } from '../../shared/reports/report-errors';
import { PAPERS, type Paper, type ReportInput } from '../../shared/reports/report-input';
import { consolidateSet } from '../consolidation/consolidate-set';
import type { Member, VerifiedConsolidated } from '../consolidation/consolidated-file';
import { readCountryGroups } from '../geo/country-groups';
import { verifyBytes } from '../packages/verify-pool';
import { printReportPdf } from '../reports/chromium-pdf';
import { officeReportDataOfPackage } from '../reports/office-report-data';
import { regionalReportDataOfConsolidated } from '../reports/regional-report-data';
import { EXIT, type CliIo, type ExitCode } from './cli-io';

export const REPORT_USAGE = `Usage: fieldscore report <package-or-consolidated-file> --pdf <file> [--lang ar|zh|en|fr|ru|es] [--paper a4|letter] [--office <code>] [--passphrase-file <file>]

Prints a report to PDF, the same document the app prints (docs/reports.md):
  a package (*${PACKAGE_EXTENSION}, *${PACKAGE_EXTENSION}.age)     its office's assessment report
  a consolidated file (*${CONSOLIDATED_EXTENSION})       the regional report of its offices, or with
                                          --office that office's report (its latest cycle; the
                                          change since the cycle before when the file holds it)
The file is verified first, as "fieldscore validate" does. Printing uses a Chromium, Google
Chrome or Microsoft Edge installed on this computer (FIELDSCORE_CHROMIUM names one), offline:
nothing is fetched. An existing <file> is never overwritten.

Options:
  --pdf <file>              The PDF to write
  --lang <language>         The report's language (default en)
  --paper <size>            a4 (default) or letter
  --office <code>           From a consolidated file: this office's report instead of the regional one
  --passphrase-file <file>  Decrypt an encrypted file with the passphrase on this file's first line

Exits 0 when the PDF was written, 1 when the file is invalid, the report cannot be made or
printing failed (no browser found included), 2 on wrong usage.`;

/** Said when --pdf is missing. */
export const PDF_REQUIRED = 'the output file is required: --pdf <file>';

export interface ReportOptions {
  pdf: string;
  language?: string;
  paper?: string;
  office?: string;
  passphrase?: string;
}

/** The CLI speaks English (cli-messages.ts); the app shows the same failures from its catalogs. */
const FAILURE_TEXT: Record<string, (params: Record<string, string | number>) => string> = {
  [REPORT_ERROR_KEYS.noChromium]: (params) =>
    `no Chromium, Google Chrome or Microsoft Edge found to print with (looked for: ${params.looked}). ` +
    'Install one of them, or set FIELDSCORE_CHROMIUM to its program file, or print from the Fieldscore desktop app.',
  [REPORT_ERROR_KEYS.chromiumFailed]: (params) => `the browser ${params.path} could not be started: ${params.detail}`,
  [REPORT_ERROR_KEYS.pageMissing]: (params) => `the report page ${params.path} is missing: build Fieldscore first (npm run build)`,
  [REPORT_ERROR_KEYS.remoteRequest]: (params) => `the report tried to load something from outside Fieldscore (${params.detail}); nothing was printed`,
  [REPORT_ERROR_KEYS.timeout]: (params) => `printing took longer than ${params.seconds} s and was stopped`,
  [REPORT_ERROR_KEYS.renderFailed]: (params) => `the report could not be laid out: ${params.detail}`,
  [REPORT_ERROR_KEYS.notAvailable]: () => 'the regional report is not available in this version of Fieldscore; use --office <code> for one office’s report',
  [REPORT_ERROR_KEYS.printFailed]: (params) => `printing failed: ${params.detail}`,
};

class ReportFailure extends Error {}

/**
 * The office's latest cycle in the set, and the cycle before it when the set holds one — among
 * the revisions the consolidation rules keep (consolidate-set.ts: the same package once, the
 * trusted key, the current revision), so --office prints what the regional report counts. A cycle
 * a person merged indicator by indicator at the hub is no package of its own: it is refused with
 * the reason rather than printed as one of its rivals.
 */
function officeMembers(consolidated: VerifiedConsolidated, code: string): { current: Member; previous: Member | undefined } {
  const { manifest } = consolidated;
  const kept = consolidateSet(
    [{ source: 'consolidated file', members: consolidated.members, trust: consolidated.trust, decisions: consolidated.decisions }],
    manifest.hub.name,
    manifest.createdAt,
  ).members;
  const wanted = code.toUpperCase();
  const mine = kept
    .filter((member) => member.verified.manifest.office.code.toUpperCase() === wanted)
    .sort((a, b) => b.verified.manifest.assessment.cycle - a.verified.manifest.assessment.cycle || b.verified.manifest.assessment.revision - a.verified.manifest.assessment.revision);
  const current = mine[0];
  if (!current) {
    const codes = [...new Set(kept.map((member) => member.verified.manifest.office.code))].sort().join(', ');
    throw new ReportFailure(`the consolidated file holds no office ${code}; it holds: ${codes || 'none'}`);
  }
  const cycle = current.verified.manifest.assessment.cycle;
  if (mine.filter((member) => member.verified.manifest.assessment.cycle === cycle).length > 1) {
    throw new ReportFailure(`office ${code}, cycle ${cycle}: the hub merged diverged revisions indicator by indicator, and a merge is no package of its own; print this office's report from the hub's app, which holds the merge`);
  }
  const officeId = current.verified.document.officeId;
  const previous = mine.find(
    (member) => member.verified.manifest.assessment.cycle < cycle && (officeId === undefined || member.verified.document.officeId === officeId),
  );
  return { current, previous };
}

async function reportInputOf(file: string, options: ReportOptions, language: Language, paper: Paper, io: CliIo): Promise<{ input: ReportInput; what: string }> {
  const stat = fs.statSync(file, { throwIfNoEntry: false });
  if (!stat?.isFile()) throw new ReportFailure(`${file} is not a file`);
  if (stat.size > CONSOLIDATED_LIMITS.maxFileBytes) throw new ReportFailure(`${file} is larger than any package or consolidated file can be`);
  const outcome = await verifyBytes({ name: file, bytes: fs.readFileSync(file), ...(options.passphrase === undefined ? {} : { passphrase: options.passphrase }) });
  if (outcome.kind === 'invalid') throw new ReportFailure(`${file} is not valid: ${reasonText(outcome.reason)} [${outcome.reason.code}]`);
  const groups = readCountryGroups(io.resourcesDir);
  if (outcome.kind === 'package') {
    if (options.office !== undefined) throw new ReportFailure('--office is for a consolidated file; a package holds one office already');
    const { manifest } = outcome.package;
    const data = officeReportDataOfPackage(outcome.package, groups);
    return { input: { kind: 'office', language, paper, data }, what: `office ${manifest.office.code}, cycle ${manifest.assessment.cycle}, revision ${manifest.assessment.revision}` };
  }
  if (options.office === undefined) {
    const data = regionalReportDataOfConsolidated(outcome.consolidated, groups);
    const { masthead } = data;
    const scope = masthead.scope.kind === 'network' ? 'the network' : masthead.scope.region;
    return { input: { kind: 'regional', language, paper, data }, what: `regional report ${masthead.symbol} (${scope}), cycle ${masthead.cycle}, ${data.offices.length} offices` };
  }
  const { current, previous } = officeMembers(outcome.consolidated, options.office);
  const data = officeReportDataOfPackage(current.verified, groups, {
    previous: previous ? { document: previous.verified.document, score: previous.verified.score } : null,
  });
  const { manifest } = current.verified;
  return { input: { kind: 'office', language, paper, data }, what: `office ${manifest.office.code}, cycle ${manifest.assessment.cycle}, revision ${manifest.assessment.revision}` };
}

/** fieldscore report: verify the file, build the report's data, print it through Chromium, write the PDF whole. */
export async function reportCommand(file: string, options: ReportOptions, io: CliIo): Promise<ExitCode> {
  const language = options.language ?? 'en';
  const paper = (options.paper ?? 'a4').toLowerCase();
  if (!isLanguage(language)) {
    io.stderr(`fieldscore: --lang must be one of ${LANGUAGES.join(', ')}\n${REPORT_USAGE}\n`);
    return EXIT.usage;
  }
  if (!(PAPERS as readonly string[]).includes(paper)) {
    io.stderr(`fieldscore: --paper must be one of ${PAPERS.join(', ')}\n${REPORT_USAGE}\n`);
    return EXIT.usage;
  }
  const out = path.resolve(options.pdf);
  if (fs.existsSync(out)) {
    io.stderr(`fieldscore: ${out} already exists; choose another file name\n`);
    return EXIT.failure;
  }
  try {
    const { input, what } = await reportInputOf(file, options, language, paper as Paper, io);
    const printed = await printReportPdf(input, { appDir: io.resourcesDir });
    // Beside the target under a temporary name, then renamed: never half a PDF under its name.
    const temporary = `${out}.${process.pid}.part`;
    try {
      fs.writeFileSync(temporary, printed.pdf, { flag: 'wx' });
      fs.renameSync(temporary, out);
    } catch (error) {
      fs.rmSync(temporary, { force: true });
      throw new ReportFailure(`cannot write ${out}: ${(error as Error).message}`);
    }
    io.stdout(`Wrote ${out}: ${what}, ${language}, ${paper === 'a4' ? 'A4' : 'US Letter'}, ${printed.pdf.length} bytes\n`);
    return EXIT.ok;
  } catch (error) {
    if (error instanceof ReportFailure) {
      io.stderr(`fieldscore: ${error.message}\n`);
      return EXIT.failure;
    }
    if (error instanceof AppError) {
      const text = FAILURE_TEXT[error.data.messageKey];
      io.stderr(`fieldscore: ${text ? text(error.data.params ?? {}) : error.message}\n`);
      return EXIT.failure;
    }
    throw error;
  }
}
