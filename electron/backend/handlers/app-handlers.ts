import type { Handlers } from '../dispatch';
import type { StoreSession } from '../store-session';

/** Works in every database state: the renderer needs it to choose between the app and the recovery screen. */
export function appHandlers(session: StoreSession): Pick<Handlers, 'app.status'> {
  return {
    'app.status': () => session.status(),
  };
}
