import { hubPicture } from '../../consolidation/hub-picture';
import { reviewStatusLookup } from '../../reviews/hub-reviews';
import type { Handlers } from '../dispatch';
import type { StoreSession } from '../store-session';

/** The hub's picture (issue 9): each request reads the review statuses as they are now, once for the set. */
export function pictureHandlers(session: StoreSession, resourcesDir: string): Pick<Handlers, 'hub.picture'> {
  return {
    'hub.picture': (request) => {
      const { hub, reviews } = session.repositories();
      return hubPicture(hub, resourcesDir, request, reviewStatusLookup(reviews));
    },
  };
}
