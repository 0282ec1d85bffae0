import type { Decision } from '../../shared/consolidation/consolidated-format';
import type { HubStore } from './hub-store';

/**
 * Carries out a person's decision on diverged revisions of one office and cycle: the revision
 * kept becomes current and the others "not kept"; with indicators picked from several, all of
 * them become "merged" (the current answers are then made from the decision). No revision is
 * ever deleted: the one not kept stays readable.
 */
export function applyDecision(hub: HubStore, decision: Decision): void {
  const rows = hub.revisionsOf(decision.officeId).filter((row) => row.cycle === decision.cycle && decision.revisions.includes(row.assessment_id));
  if ('keep' in decision.resolution) {
    const keep = decision.resolution.keep;
    for (const row of rows) hub.setState(row.assessment_id, row.assessment_id === keep ? 'current' : 'not_kept');
    return;
  }
  for (const row of rows) hub.setState(row.assessment_id, 'merged');
}
