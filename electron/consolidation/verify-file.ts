import { readConsolidated } from './consolidated-file';
import { readPackage } from '../packages/package-reader';
import type { VerifiedFile } from './verified-file';

/** The readers in turn: a package, else a consolidated file; the consolidated reader's reason wins when it recognised its format. */
export async function verifyFile(bytes: Buffer, passphrase?: string): Promise<VerifiedFile> {
  const asPackage = await readPackage(bytes, passphrase === undefined ? {} : { passphrase });
  if (asPackage.ok) return { kind: 'package', package: asPackage.package };
  if (asPackage.reason.code !== 'not_a_package') return { kind: 'invalid', reason: asPackage.reason };
  const asSet = await readConsolidated(bytes, passphrase);
  if (asSet.ok) return { kind: 'consolidated', consolidated: asSet.consolidated };
  return { kind: 'invalid', reason: asSet.reason.code === 'not_a_package' ? asPackage.reason : asSet.reason };
}
