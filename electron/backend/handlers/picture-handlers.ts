import { hubPicture, type ReviewStatusOf } from '../../consolidation/hub-picture';
import type { Handlers } from '../dispatch';
import type { StoreSession } from '../store-session';

/**
 * The hub's picture (issue 9). `reviewStatusOf` gives the hub's review status of a held package
 * for each request (the review store's lookup); until one is given every revision is "received".
 */
export function pictureHandlers(session: StoreSession, resourcesDir: string, reviewStatusOf?: () => ReviewStatusOf): Pick<Handlers, 'hub.picture'> {
  return {
    'hub.picture': (request) => hubPicture(session.repositories().hub, resourcesDir, request, reviewStatusOf?.()),
  };
}
