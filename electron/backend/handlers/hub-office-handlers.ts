import { hubAssessment, hubEvidence } from '../../consolidation/hub-office-view';
import type { Handlers } from '../dispatch';
import type { StoreSession } from '../store-session';

/** The hub's drill-down: one held revision and its evidence files, read-only. `resourcesDir` holds the country groups. */
export function hubOfficeHandlers(session: StoreSession, resourcesDir: string): Pick<Handlers, 'hub.assessment' | 'hub.evidence'> {
  const hub = () => session.repositories().hub;
  return {
    'hub.assessment': ({ assessmentId }) => hubAssessment(hub(), resourcesDir, assessmentId),
    'hub.evidence': ({ assessmentId, sha256 }) => hubEvidence(hub(), assessmentId, sha256),
  };
}
