import type { Handlers } from '../dispatch';
import type { StoreSession } from '../store-session';

export function settingsHandlers(session: StoreSession): Pick<Handlers, 'settings.get' | 'settings.update'> {
  return {
    'settings.get': () => session.repositories().settings.get(),
    'settings.update': (changes) => session.repositories().settings.update(changes),
  };
}
