import { FrameworkCache, hubPicture } from '../../consolidation/hub-picture';
import { reviewStatusLookup } from '../../reviews/hub-reviews';
import type { Handlers } from '../dispatch';
import type { StoreSession } from '../store-session';

/** The hub's picture (issue 9): each request reads the review statuses as they are now, once for the set. */
export function pictureHandlers(session: StoreSession, resourcesDir: string): Pick<Handlers, 'hub.picture'> {
  // Frameworks by content hash outlive a request: switching scope or cycle reads no package again.
  const frameworks = new FrameworkCache();
  return {
    'hub.picture': (request) => {
      const { hub, reviews } = session.repositories();
      return hubPicture(hub, resourcesDir, request, reviewStatusLookup(reviews), frameworks);
    },
  };
}
