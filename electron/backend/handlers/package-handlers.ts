import { AppError } from '../../../shared/api/app-error';
import { exportPackage } from '../../packages/package-export';
import { publicKeyPem } from '../../packages/signing-key';
import type { Handlers } from '../dispatch';
import type { StoreSession } from '../store-session';

export function packageHandlers(
  session: StoreSession,
): Pick<Handlers, 'packages.installationKey' | 'packages.export' | 'packages.recordExport' | 'packages.exports'> {
  return {
    'packages.installationKey': () => {
      const key = session.installationKey();
      return { fingerprint: key.fingerprint, publicKeyPem: publicKeyPem(key.publicKey) };
    },
    'packages.export': async ({ assessmentId, passphrase }) => {
      const { info, bytes } = await exportPackage(session.repositories(), session.installationKey(), session.appVersion, assessmentId, {
        ...(passphrase === undefined ? {} : { passphrase }),
      });
      return { ...info, dataBase64: bytes.toString('base64') };
    },
    'packages.recordExport': (request) => {
      const { assessments, packageExports } = session.repositories();
      const summary = assessments.summary(request.assessmentId);
      if (summary.status !== 'submitted') {
        throw new AppError('conflict', 'only a submitted assessment is exported', { messageKey: 'packages.errors.not_submitted' });
      }
      return packageExports.record(request);
    },
    'packages.exports': ({ assessmentId }) => {
      const { assessments, packageExports } = session.repositories();
      assessments.summary(assessmentId); // not_found for an unknown id
      return packageExports.list(assessmentId);
    },
  };
}
