import { checkEvidence } from '../../evidence/check-evidence';
import type { Handlers } from '../dispatch';
import type { StoreSession } from '../store-session';

export function evidenceHandlers(
  session: StoreSession,
): Pick<Handlers, 'evidence.add' | 'evidence.list' | 'evidence.remove' | 'evidence.read'> {
  return {
    // The content is checked before the transaction (type detection is async); the store then
    // re-checks the assessment and indicator inside it, so nothing is half-written.
    'evidence.add': async ({ assessmentId, indicatorId, fileName, dataBase64 }) => {
      session.repositories().assessments.requireDraft(assessmentId); // cheap refusals before decoding 14 MB
      const file = await checkEvidence(fileName, dataBase64);
      return session.repositories().evidence.add(assessmentId, indicatorId, file);
    },
    'evidence.list': ({ assessmentId }) => session.repositories().evidence.list(assessmentId),
    'evidence.remove': ({ id }) => session.repositories().evidence.remove(id),
    'evidence.read': ({ id }) => {
      const { data, ...info } = session.repositories().evidence.read(id);
      return { ...info, dataBase64: data.toString('base64') };
    },
  };
}
