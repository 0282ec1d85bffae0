import { AppError } from '../../../shared/api/app-error';
import { CONSOLIDATED_LIMITS } from '../../../shared/consolidation/consolidated-format';
import { decodeBase64Strict, base64LengthFor } from '../../evidence/decode-base64';
import { exportConsolidated, resolveConflict } from '../../consolidation/hub-export';
import { importFile, previewFile, type PreviewBatch } from '../../consolidation/hub-import';
import { acceptKey, registerKey, rejectKey, revokeKey, toHeld, toHubKey } from '../../consolidation/hub-keys';
import { hubSpreadsheet } from '../../consolidation/hub-spreadsheet';
import { hubConflictDetail, hubConflicts, hubOffices } from '../../consolidation/hub-views';
import type { VerifyPool } from '../../packages/verify-pool';
import { reviewStatusLookup } from '../../reviews/hub-reviews';
import type { Handlers } from '../dispatch';
import type { StoreSession } from '../store-session';

type HubOperation =
  | 'hub.preview'
  | 'hub.import'
  | 'hub.offices'
  | 'hub.keys'
  | 'hub.keys.register'
  | 'hub.keys.accept'
  | 'hub.keys.reject'
  | 'hub.keys.revoke'
  | 'hub.conflicts'
  | 'hub.conflict'
  | 'hub.conflicts.resolve'
  | 'hub.exportConsolidated'
  | 'hub.exportSpreadsheet';

function fileBytes(dataBase64: string): Buffer {
  if (dataBase64.length > base64LengthFor(CONSOLIDATED_LIMITS.maxFileBytes)) {
    throw new AppError('invalid_request', 'the file is too large', { messageKey: 'packages.reasons.file_too_large', params: { limit: CONSOLIDATED_LIMITS.maxFileBytes / 1024 / 1024 } });
  }
  const bytes = decodeBase64Strict(dataBase64);
  if (bytes === undefined) throw new AppError('invalid_request', 'the file data is not valid base64', { problems: [{ path: 'dataBase64', message: 'not valid base64' }] });
  return bytes;
}

/** The preview batches of this session: a few at a time, the oldest forgotten first; a batch holds identities only. */
class PreviewBatches {
  private readonly batches = new Map<string, PreviewBatch>();
  get(id: string): PreviewBatch {
    let batch = this.batches.get(id);
    if (!batch) {
      batch = { pending: [] };
      this.batches.set(id, batch);
      if (this.batches.size > 8) this.batches.delete(this.batches.keys().next().value!);
    }
    // Bounded: beyond 100,000 files a batch previews each file on its own again.
    if (batch.pending.length > 100_000) batch.pending.length = 0;
    return batch;
  }
}

export function hubHandlers(session: StoreSession, resourcesDir: string, pool: VerifyPool): Pick<Handlers, HubOperation> {
  // The pool takes the bytes it verifies (a transfer); the import keeps its own copy to store.
  const verify = (fileName: string, bytes: Buffer, passphrase?: string) =>
    pool.verify({ name: fileName, bytes: Buffer.from(bytes), ...(passphrase === undefined ? {} : { passphrase }) });
  const hub = () => session.repositories().hub;
  const batches = new PreviewBatches();
  const now = () => new Date().toISOString();
  return {
    'hub.preview': async ({ fileName, dataBase64, passphrase, acceptSender, batch }) => {
      const bytes = fileBytes(dataBase64);
      return previewFile(hub(), fileName, bytes, await verify(fileName, bytes, passphrase), acceptSender, batch === undefined ? undefined : batches.get(batch));
    },
    'hub.import': async ({ fileName, dataBase64, passphrase, acceptSender, decidedBy }) => {
      const bytes = fileBytes(dataBase64);
      // Verified in full before the transaction; the plan is then made again inside it.
      const verified = await verify(fileName, bytes, passphrase);
      return importFile(hub(), fileName, bytes, verified, { at: now(), by: decidedBy, from: fileName }, acceptSender);
    },
    'hub.offices': () => hubOffices(hub(), reviewStatusLookup(session.repositories().reviews)),
    'hub.keys': () => ({ keys: hub().keys().map(toHubKey), held: hub().held().map(toHeld) }),
    'hub.keys.register': (request) => registerKey(hub(), request, now()),
    'hub.keys.accept': (request) => acceptKey(hub(), request, now()),
    'hub.keys.reject': (request) => rejectKey(hub(), request, now()),
    'hub.keys.revoke': (request) => revokeKey(hub(), request, now()),
    'hub.conflicts': () => hubConflicts(hub()),
    'hub.conflict': ({ officeId, cycle }) => hubConflictDetail(hub(), officeId, cycle),
    'hub.conflicts.resolve': (request) => resolveConflict(hub(), request, now()),
    'hub.exportConsolidated': ({ hubName, include }) =>
      exportConsolidated(hub(), session.installationKey(), hubName, session.appVersion, now(), { include, reviewStatusOf: reviewStatusLookup(session.repositories().reviews) }),
    'hub.exportSpreadsheet': async ({ format, language }) => ({ files: await hubSpreadsheet(hub(), resourcesDir, format, language ?? 'en', now()) }),
  };
}
