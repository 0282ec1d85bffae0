import { isLanguage, type Language } from '../../shared/i18n/languages';
import { PACKAGE_EXTENSION } from '../../shared/packages/package-format';
import { reasonText } from '../../shared/packages/reason-text';
import { readPackageFile } from '../packages/package-reader';
import { EXIT, type CliIo, type ExitCode } from './cli-io';
import { filesIn, PACKAGE_ENDINGS } from './input-files';

export const VALIDATE_USAGE = `Usage: fieldscore validate <file|dir>… [--json] [--passphrase-file <file>] [--lang ar|zh|en|fr|ru|es]

Verifies assessment packages (docs/package-format.md): every size, name, hash, schema, the
framework's hash and the Ed25519 signature. A folder is searched for *${PACKAGE_EXTENSION} and
*${PACKAGE_EXTENSION}.age files, sub-folders included. Nothing is written.

Prints one line per file:
  OK <file>  office <code>  cycle <cycle>  revision <n>  signer <fingerprint>
  INVALID <file>  <reason>  [<code>]
Exits 1 when any file is invalid, 0 when all are valid.

Options:
  --json                     One JSON object per line instead (schema fieldscore.validation/1)
  --passphrase-file <file>   Decrypt encrypted packages with the passphrase on this file's first line
  --lang <language>          The language of the reasons (default en)`;

export interface ValidateOptions {
  json: boolean;
  passphrase?: string;
  language: string | undefined;
}


/** fieldscore validate: the package reader's verdict on each file, one line each. */
export async function validateCommand(targets: readonly string[], options: ValidateOptions, io: CliIo): Promise<ExitCode> {
  const language: Language = isLanguage(options.language) ? options.language : 'en';
  const files = targets.flatMap((target) => filesIn(target, PACKAGE_ENDINGS));
  let invalid = 0;
  for (const file of files) {
    const result = await readPackageFile(file, options.passphrase === undefined ? {} : { passphrase: options.passphrase });
    if (result.ok) {
      const { manifest, signer, packageSha256 } = result.package;
      if (options.json) {
        io.stdout(`${JSON.stringify({ schema: 'fieldscore.validation/1', file, ok: true, office: manifest.office, assessment: manifest.assessment, framework: manifest.framework, signer: signer.fingerprint, packageSha256, encrypted: result.package.encrypted })}\n`);
      } else {
        io.stdout(`OK ${file}  office ${manifest.office.code}  cycle ${manifest.assessment.cycle}  revision ${manifest.assessment.revision}  signer ${signer.fingerprint}\n`);
      }
    } else {
      invalid += 1;
      const text = reasonText(result.reason, language);
      if (options.json) io.stdout(`${JSON.stringify({ schema: 'fieldscore.validation/1', file, ok: false, code: result.reason.code, params: result.reason.params, reason: text })}\n`);
      else io.stdout(`INVALID ${file}  ${text}  [${result.reason.code}]\n`);
    }
  }
  if (files.length === 0) {
    io.stderr(`fieldscore: no ${PACKAGE_EXTENSION} files found in ${targets.join(', ')}\n`);
    return EXIT.failure;
  }
  return invalid === 0 ? EXIT.ok : EXIT.failure;
}
