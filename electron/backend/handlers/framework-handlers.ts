import { AppError } from '../../../shared/api/app-error';
import type { Handlers } from '../dispatch';
import type { StoreSession } from '../store-session';

export function frameworkHandlers(session: StoreSession): Pick<Handlers, 'frameworks.list' | 'frameworks.get'> {
  return {
    'frameworks.list': () => session.repositories().frameworks.list(),

    'frameworks.get': ({ hash }) => {
      const installed = session.repositories().frameworks.getByHash(hash);
      if (!installed) throw new AppError('not_found', 'no framework with this hash is installed', { params: { hash } });
      return installed.framework;
    },
  };
}
