import type { Answers } from '../assessment/answer';

/**
 * The answers of diverged revisions merged indicator by indicator, as a person decided on the
 * Conflicts screen (`picks`: indicator id → the revision its answer comes from). An indicator
 * not picked is one the revisions agree on (the screen asks for every differing one), so it is
 * taken from `base`; a picked revision that has no answer for the indicator leaves it blank.
 */
export function mergedAnswers(base: Answers, revisions: ReadonlyMap<string, Answers>, picks: Readonly<Record<string, string>>): Answers {
  const merged: Answers = { ...base };
  for (const [indicatorId, assessmentId] of Object.entries(picks)) {
    const source = revisions.get(assessmentId);
    if (!source) continue; // a decision naming a revision the hub does not hold: the base's answer stays
    if (Object.prototype.hasOwnProperty.call(source, indicatorId)) merged[indicatorId] = source[indicatorId]!;
    else delete merged[indicatorId];
  }
  return merged;
}
