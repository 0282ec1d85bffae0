import type { Change } from './picture-types';

/** Tenths, exactly: the engine's scores carry one decimal, so comparing them in tenths is comparing what is printed. */
const tenths = (score: number) => Math.round(score * 10);

/**
 * The change of one score since the previous cycle. `hadPrevious`: the office has an assessment
 * in the previous cycle (else "new", whatever the scores). The delta is the difference of the
 * one-decimal scores, computed in tenths so that 65.3 − 60.1 is 5.2 and not 5.199999999999996.
 */
export function changeOf(now: number | null, hadPrevious: boolean, previous: number | null): Change {
  if (!hadPrevious) return { kind: 'new', previous: null, delta: null };
  if (now === null || previous === null) return { kind: 'not_comparable', previous, delta: null };
  const delta = (tenths(now) - tenths(previous)) / 10;
  return { kind: delta > 0 ? 'up' : delta < 0 ? 'down' : 'unchanged', previous, delta };
}
