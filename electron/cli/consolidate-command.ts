import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';
import { CONSOLIDATED_EXTENSION, CONSOLIDATED_LIMITS } from '../../shared/consolidation/consolidated-format';
import { PACKAGE_EXTENSION } from '../../shared/packages/package-format';
import { reasonText } from '../../shared/packages/reason-text';
import { defaultDataDir } from '../bridge/default-data-dir';
import { consolidateSet, type ConsolidationInput, type MemberReport } from '../consolidation/consolidate-set';
import { writeConsolidated } from '../consolidation/consolidated-file';
import { loadOrCreateInstallationKey } from '../packages/installation-key';
import { verifyBytes, type VerifyOutcome } from '../packages/verify-pool';
import { signingKeyFrom, type SigningKey } from '../packages/signing-key';
import { setCsv, setXlsx, type SetMember } from '../consolidation/set-spreadsheet';
import { cliAppVersion } from './cli-app-version';
import { EXIT, type CliIo, type ExitCode } from './cli-io';
import { EXCHANGE_ENDINGS, filesIn } from './input-files';
import { hostFlagsOf, readCountryGroups } from '../geo/country-groups';

export const CONSOLIDATE_USAGE = `Usage: fieldscore consolidate <file|dir>… --out <file> [--csv <file>] [--xlsx <file>] [--hub <name>] [--by <name>] [--key <file.pem>] [--passphrase-file <file>]

Makes one signed consolidated file (${CONSOLIDATED_EXTENSION}, docs/consolidation.md) from
assessment packages and other consolidated files, by the rules a hub's import follows, without a
data folder: every file verified first; the same package once however it came; per office the
key a trust list decided, or the key of its earliest revision; per office and cycle the current
revision. Conflicts (diverged revisions no decision settles) and packages signed by another key
are reported and left out. A folder is searched for *${PACKAGE_EXTENSION}, *${PACKAGE_EXTENSION}.age
and *${CONSOLIDATED_EXTENSION} files, sub-folders included. An existing <file> is never overwritten.

Options:
  --out <file>              The consolidated file to write
  --csv <file>              Also the set as CSV (UTF-8 with BOM), with <file>_columns.csv describing the columns
  --xlsx <file>             Also the set as an Excel workbook (sheets Offices and Columns)
  --hub <name>              Who consolidates, as written in the file (default "Regional hub")
  --by <name>               The person taking the first-seen key decisions (default: the user name)
  --key <file.pem>          Sign with this Ed25519 private key (PKCS#8 PEM) instead of the
                            installation key of the data folder (FIELDSCORE_DATA_DIR or the app's)
  --passphrase-file <file>  Decrypt encrypted packages with the passphrase on this file's first line

Prints one line per file, one per package left out with the reason, and the counts.
Exits 0 when the file was written, 1 when nothing valid was found or writing failed.`;

export interface ConsolidateOptions {
  out: string;
  csv?: string;
  xlsx?: string;
  hub?: string;
  by?: string;
  keyFile?: string;
  passphrase?: string;
}

const OUTCOME_TEXT: Record<MemberReport['outcome'], string> = {
  included: 'included',
  identical: 'the same package again (counted once)',
  superseded: 'superseded by a newer revision',
  conflict: 'conflict: diverged revisions no decision settles',
  different_key: 'signed by a different key than the one trusted for this office',
  revoked_key: 'signed by a revoked key',
  rejected_key: 'signed by a rejected key',
  same_id_other_content: 'another package with the same revision id: never from an honest writer',
};


function signingKey(options: ConsolidateOptions): SigningKey {
  if (options.keyFile !== undefined) return signingKeyFrom(crypto.createPrivateKey({ key: fs.readFileSync(options.keyFile, 'utf8'), format: 'pem' }));
  return loadOrCreateInstallationKey(process.env.FIELDSCORE_DATA_DIR || defaultDataDir());
}

/** fieldscore consolidate: verify, place and write — the hub's rules on files alone. */
export async function consolidateCommand(targets: readonly string[], options: ConsolidateOptions, io: CliIo): Promise<ExitCode> {
  const out = path.resolve(options.out);
  if (fs.existsSync(out)) {
    io.stderr(`fieldscore: ${out} already exists; choose another file name\n`);
    return EXIT.failure;
  }
  const inputs: ConsolidationInput[] = [];
  let invalid = 0;
  for (const file of targets.flatMap((target) => filesIn(target, EXCHANGE_ENDINGS))) {
    const size = fs.statSync(file, { throwIfNoEntry: false });
    const fileBytes = size?.isFile() && size.size <= CONSOLIDATED_LIMITS.maxFileBytes ? fs.readFileSync(file) : undefined;
    // Read once, bounded by the larger of the two formats' limits; the readers check their own.
    const outcome: VerifyOutcome = !size?.isFile()
      ? { kind: 'invalid', name: file, reason: { code: 'file_unreadable', params: { detail: 'not a file' } } }
      : size.size > CONSOLIDATED_LIMITS.maxFileBytes
        ? { kind: 'invalid', name: file, reason: { code: 'file_too_large', params: { limit: CONSOLIDATED_LIMITS.maxFileBytes / 1024 / 1024 } } }
        : await verifyBytes({ name: file, bytes: fileBytes!, ...(options.passphrase === undefined ? {} : { passphrase: options.passphrase }) });
    if (outcome.kind === 'package') {
      const verified = outcome.package;
      const bytes = verified.decryptedZip ?? fileBytes!;
      inputs.push({ source: file, members: [{ bytes, verified }], trust: [], decisions: [] });
      io.stdout(`OK ${file}  package  office ${verified.manifest.office.code}  cycle ${verified.manifest.assessment.cycle}  revision ${verified.manifest.assessment.revision}\n`);
      continue;
    }
    if (outcome.kind === 'consolidated') {
      const { consolidated } = outcome;
      inputs.push({ source: file, members: consolidated.members, trust: consolidated.trust, decisions: consolidated.decisions });
      io.stdout(`OK ${file}  consolidated by ${consolidated.manifest.hub.name} (${consolidated.signer.fingerprint})  ${consolidated.members.length} packages\n`);
      continue;
    }
    const { reason } = outcome;
    invalid += 1;
    io.stdout(`INVALID ${file}  ${reasonText(reason)}  [${reason.code}]\n`);
  }
  if (inputs.length === 0) {
    io.stderr('fieldscore: no valid package or consolidated file to consolidate\n');
    return EXIT.failure;
  }
  const now = new Date().toISOString();
  const set = consolidateSet(inputs, options.by ?? (process.env.USER || process.env.USERNAME || 'fieldscore consolidate'), now);
  for (const report of set.reports.filter((entry) => entry.outcome !== 'included')) {
    io.stdout(`LEFT OUT ${report.member.officeCode} ${report.member.cycle} r${report.member.revision} (${report.source})  ${OUTCOME_TEXT[report.outcome]}\n`);
  }
  const version = cliAppVersion(io);
  const bytes = await writeConsolidated(
    { hubName: options.hub ?? 'Regional hub', members: set.members, decisions: set.decisions, trust: set.trust, generatorVersion: version, createdAt: now },
    signingKey(options),
  );
  const temporary = `${out}.${process.pid}.part`;
  fs.writeFileSync(temporary, bytes, { flag: 'wx' });
  fs.renameSync(temporary, out);
  if (options.csv !== undefined || options.xlsx !== undefined) {
    const groups = readCountryGroups(io.resourcesDir);
    const members: SetMember[] = set.members.map(({ verified }) => ({
      document: verified.document,
      framework: verified.framework,
      score: verified.score,
      signerFingerprint: verified.signer.fingerprint,
      packageSha256: verified.packageSha256,
      hostFlags: hostFlagsOf(groups, verified.document.office.hostCountry, verified.document.office.fragileContext === true),
    }));
    if (options.csv !== undefined) {
      const { data, columns } = setCsv(members);
      fs.writeFileSync(options.csv, data);
      fs.writeFileSync(options.csv.replace(/(\.csv)?$/i, '_columns.csv'), columns);
      io.stdout(`Wrote ${options.csv} and its columns file\n`);
    }
    if (options.xlsx !== undefined) {
      fs.writeFileSync(options.xlsx, await setXlsx(members));
      io.stdout(`Wrote ${options.xlsx}\n`);
    }
  }
  const count = (outcome: MemberReport['outcome']) => set.reports.filter((report) => report.outcome === outcome).length;
  const offices = new Set(set.members.map((member) => member.verified.manifest.office.id)).size;
  io.stdout(
    `Wrote ${out}: ${set.members.length} packages of ${offices} offices; ` +
      `${invalid} invalid files, ${count('identical')} duplicates, ${count('superseded')} superseded, ` +
      `${set.conflicts.filter((conflict) => !conflict.decision).length} conflicts left out, ${count('different_key') + count('revoked_key') + count('rejected_key')} packages signed by another key left out\n`,
  );
  return EXIT.ok;
}
