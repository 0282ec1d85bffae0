import type { Handlers } from '../dispatch';
import type { StoreSession } from '../store-session';

export function frameworkHandlers(session: StoreSession): Pick<Handlers, 'frameworks.list'> {
  return {
    'frameworks.list': () => session.repositories().frameworks.list(),
  };
}
