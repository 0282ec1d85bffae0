import fs from 'node:fs';
import path from 'node:path';
import type { ExportedPackage } from '../../shared/api/contract';
import { defaultDataDir } from '../bridge/default-data-dir';
import { openBackend } from '../backend/open-backend';
import { cliAppVersion } from './cli-app-version';
import { EXIT, type CliIo, type ExitCode } from './cli-io';

export const EXPORT_USAGE = `Usage: fieldscore export <assessment-id> --out <file> [--passphrase-file <file>]

Writes the signed package of a submitted assessment revision (docs/package-format.md) from
the app's data folder: FIELDSCORE_DATA_DIR if set, else the desktop app's folder. The app must
not be running on the same folder (it holds the store's lock). An existing <file> is never
overwritten. The export is recorded, as one from the app is.

Options:
  --out <file>               Where to write the package (suggested: <code>_<cycle>_r<revision>.fieldscore)
  --passphrase-file <file>   Encrypt it (age, scrypt) with the passphrase on this file's first line`;

/** fieldscore export: the same operation the app's "Export package…" runs, through dispatch. */
export async function exportCommand(assessmentId: string, out: string, passphrase: string | undefined, io: CliIo): Promise<ExitCode> {
  const target = path.resolve(out);
  if (fs.existsSync(target)) {
    io.stderr(`fieldscore: ${target} already exists; choose another file name\n`);
    return EXIT.failure;
  }
  const dataDir = process.env.FIELDSCORE_DATA_DIR || defaultDataDir();
  const appVersion = cliAppVersion(io);
  const quiet = () => undefined;
  const backend = await openBackend({ dataDir, resourcesDir: io.resourcesDir, appVersion, mode: 'node', log: quiet });
  try {
    const result = await backend.dispatch('packages.export', { assessmentId, ...(passphrase === undefined ? {} : { passphrase }) });
    if (!result.ok) {
      io.stderr(`fieldscore: cannot export ${assessmentId}: ${result.error.messageKey}${result.error.params ? ` ${JSON.stringify(result.error.params)}` : ''}\n`);
      return EXIT.failure;
    }
    const exported = result.value as ExportedPackage;
    const bytes = Buffer.from(exported.dataBase64, 'base64');
    // Written beside the target and renamed, so a failed write never leaves half a package under its name.
    const temporary = `${target}.${process.pid}.part`;
    fs.writeFileSync(temporary, bytes, { flag: 'wx' });
    fs.renameSync(temporary, target);
    const { dataBase64: _data, fileName, ...info } = exported;
    await backend.dispatch('packages.recordExport', { assessmentId, fileName: path.basename(target), destination: target, sha256: info.sha256, sizeBytes: info.sizeBytes, encrypted: info.encrypted });
    io.stdout(`Wrote ${target} (${info.sizeBytes} bytes${info.encrypted ? ', encrypted' : ''}; suggested name ${fileName})\nsigner ${info.fingerprint}\nsha256 ${info.sha256}\n`);
    return EXIT.ok;
  } finally {
    await backend.close();
  }
}
