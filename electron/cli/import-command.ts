import fs from 'node:fs';
import path from 'node:path';
import type { ImportPreview, ImportStatus } from '../../shared/api/hub-contract';
import { CONSOLIDATED_EXTENSION, CONSOLIDATED_LIMITS } from '../../shared/consolidation/consolidated-format';
import { PACKAGE_EXTENSION } from '../../shared/packages/package-format';
import { reasonText } from '../../shared/packages/reason-text';
import { defaultDataDir } from '../bridge/default-data-dir';
import { openBackend } from '../backend/open-backend';
import { cliAppVersion } from './cli-app-version';
import { EXIT, type CliIo, type ExitCode } from './cli-io';
import { EXCHANGE_ENDINGS, filesIn } from './input-files';

export const IMPORT_USAGE = `Usage: fieldscore import <file|dir>… [--dry-run] [--by <name>] [--passphrase-file <file>]

The app's import (docs/consolidation.md) into its data folder: FIELDSCORE_DATA_DIR if set, else
the desktop app's folder (the app must not be running on it). Every file is verified in full,
then imported whole or not at all; one bad file never stops the others; importing the same
files again changes nothing. Packages signed by another key than the office's are held back,
and diverged revisions become conflicts: both wait for a person in the app, and are said so.
A folder is searched for *${PACKAGE_EXTENSION}, *${PACKAGE_EXTENSION}.age and *${CONSOLIDATED_EXTENSION} files.

Options:
  --dry-run                 Say what the import would do; write nothing
  --by <name>               Who imports (recorded with first-seen keys; default: the user name)
  --passphrase-file <file>  Decrypt encrypted files with the passphrase on this file's first line`;

const STATUS_TEXT: Record<ImportStatus, string> = {
  new: 'new',
  newer: 'newer revision (updates)',
  identical: 'identical (already held, skipped)',
  older: 'older revision (kept in the history, not current)',
  diverged: 'diverged: a conflict for a person to resolve in the app',
  different_key: 'signed by a different key: held back until a person compares fingerprints in the app',
  revoked_key: 'signed by a revoked key: refused',
  rejected_key: 'signed by a rejected key: refused',
  same_id_other_content: 'another package with the same revision id: refused',
  invalid: 'invalid',
};


function line(file: string, result: ImportPreview): string {
  if (result.status === 'invalid' && result.reason) return `INVALID ${file}  ${reasonText(result.reason)}  [${result.reason.code}]`;
  if (result.kind === 'consolidated') {
    const counts = Object.entries(result.members ?? {}).filter(([, n]) => n > 0).map(([status, n]) => `${n} ${status}`).join(', ');
    return `${result.status.toUpperCase()} ${file}  consolidated by ${result.sender?.name} (${result.sender?.fingerprint}, ${result.sender?.status})  ${counts || 'no packages'}`;
  }
  return `${result.status.toUpperCase()} ${file}  office ${result.office?.code}  cycle ${result.cycle}  revision ${result.revision}  signer ${result.fingerprint}  — ${STATUS_TEXT[result.status]}`;
}

export async function importCommand(targets: readonly string[], options: { dryRun: boolean; by?: string; passphrase?: string }, io: CliIo): Promise<ExitCode> {
  const files = targets.flatMap((target) => filesIn(target, EXCHANGE_ENDINGS));
  if (files.length === 0) {
    io.stderr(`fieldscore: no ${PACKAGE_EXTENSION} or ${CONSOLIDATED_EXTENSION} files found in ${targets.join(', ')}\n`);
    return EXIT.failure;
  }
  const appVersion = cliAppVersion(io);
  const backend = await openBackend({ dataDir: process.env.FIELDSCORE_DATA_DIR || defaultDataDir(), resourcesDir: io.resourcesDir, appVersion, mode: 'node', log: () => undefined });
  const counts = new Map<string, number>();
  try {
    for (const file of files) {
      let result: ImportPreview;
      const stat = fs.statSync(file, { throwIfNoEntry: false });
      if (!stat?.isFile() || stat.size > CONSOLIDATED_LIMITS.maxFileBytes) {
        result = { fileName: file, kind: 'invalid', status: 'invalid', reason: stat?.isFile() ? { code: 'file_too_large', params: { limit: CONSOLIDATED_LIMITS.maxFileBytes / 1024 / 1024 } } : { code: 'file_unreadable', params: { detail: 'not a file' } } };
      } else {
        const request = {
          fileName: path.basename(file),
          dataBase64: fs.readFileSync(file).toString('base64'),
          ...(options.passphrase === undefined ? {} : { passphrase: options.passphrase }),
        };
        const outcome = options.dryRun
          ? await backend.dispatch('hub.preview', request)
          : await backend.dispatch('hub.import', { ...request, decidedBy: options.by ?? (process.env.USER || process.env.USERNAME || 'fieldscore import') });
        if (!outcome.ok) {
          io.stderr(`fieldscore: ${file}: ${outcome.error.messageKey}\n`);
          counts.set('failed', (counts.get('failed') ?? 0) + 1);
          continue;
        }
        result = outcome.value as ImportPreview;
      }
      counts.set(result.status, (counts.get(result.status) ?? 0) + 1);
      io.stdout(`${line(file, result)}\n`);
    }
  } finally {
    await backend.close();
  }
  const summary = [...counts].map(([status, n]) => `${n} ${status}`).join(', ');
  const waiting = (counts.get('diverged') ?? 0) + (counts.get('different_key') ?? 0);
  io.stdout(`${options.dryRun ? 'Dry run, nothing written' : 'Imported'}: ${files.length} files — ${summary}.${waiting > 0 ? ` ${waiting} wait for a person in the app (conflicts, keys).` : ''}${!options.dryRun && [...counts.keys()].every((status) => status === 'identical') ? ' Nothing changed.' : ''}\n`);
  return counts.has('failed') ? EXIT.failure : EXIT.ok;
}
