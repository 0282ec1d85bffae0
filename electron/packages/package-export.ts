import { createHash } from 'node:crypto';
import { AppError } from '../../shared/api/app-error';
import type { ExportedPackage } from '../../shared/api/contract';
import { packageFileName } from '../../shared/packages/package-format';
import type { Repositories } from '../backend/store-session';
import { encryptWithPassphrase } from './package-encryption';
import { checkPackageable, PackageContentError, writePackage, type PackageContent } from './package-writer';
import type { SigningKey } from './signing-key';

/** The content of a package, read from the store in one transaction so it is one consistent state. */
export function packageContentOf(repositories: Repositories, assessmentId: string, generatorVersion: string, now: Date): PackageContent {
  const { assessments, changes, evidence, frameworks } = repositories;
  return assessments.transactionally(() => {
    const document = assessments.get(assessmentId);
    try {
      checkPackageable(document);
    } catch (error) {
      if (error instanceof PackageContentError) {
        throw new AppError('conflict', error.message, { messageKey: error.messageKey, params: { id: assessmentId, ...error.params } });
      }
      throw error;
    }
    const framework = frameworks.getByHash(document.framework.hash);
    if (!framework) throw new AppError('not_found', 'the framework of this assessment is not installed');
    return {
      document,
      // The store lists newest first; a package carries the history in the order it happened.
      history: changes.list(assessmentId).reverse(),
      evidence: evidence.list(assessmentId).map(({ assessmentId: _assessment, ...info }) => ({ info, data: evidence.read(info.id).data })),
      framework: framework.framework,
      generatorVersion,
      // The package's time is the revision's submission, not the moment of export: a submitted
      // revision never changes, so exporting it again (plain, then encrypted; a lost file) gives
      // the same package byte for byte, which a hub then sees as identical, not as a rival.
      createdAt: document.submittedAt ?? now.toISOString(),
    };
  });
}

export interface ExportOptions {
  passphrase?: string;
  /** Tests lower it; the app always uses age's default. */
  scryptWorkFactor?: number;
  now?: Date;
}

/** A signed (and, with a passphrase, encrypted) package of a submitted revision. Nothing is written to the store. */
export async function exportPackage(
  repositories: Repositories,
  key: SigningKey,
  generatorVersion: string,
  assessmentId: string,
  options: ExportOptions = {},
): Promise<{ info: Omit<ExportedPackage, 'dataBase64'>; bytes: Buffer }> {
  const content = packageContentOf(repositories, assessmentId, generatorVersion, options.now ?? new Date());
  const zip = await writePackage(content, key);
  const encrypted = options.passphrase !== undefined;
  const bytes = encrypted ? await encryptWithPassphrase(zip, options.passphrase!, options.scryptWorkFactor) : zip;
  const { document } = content;
  return {
    bytes,
    info: {
      fileName: packageFileName(document.office.code!, document.cycle, document.revision, encrypted),
      sizeBytes: bytes.length,
      sha256: createHash('sha256').update(bytes).digest('hex'),
      encrypted,
      fingerprint: key.fingerprint,
    },
  };
}
