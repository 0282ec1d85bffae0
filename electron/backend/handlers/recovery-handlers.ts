import type { Handlers } from '../dispatch';
import type { StoreSession } from '../store-session';

export function recoveryHandlers(session: StoreSession): Pick<Handlers, 'recovery.restoreBackup'> {
  return {
    'recovery.restoreBackup': ({ file }) => session.restoreBackup(file),
  };
}
