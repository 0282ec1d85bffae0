import type { Stats } from '../../shared/picture/picture-types';
import type { PerspectiveBar } from './perspective-bars-layout';
import type { RadarAxis } from './radar-layout';

/**
 * Charts draw what they are given, so a value that is not a finite number (NaN from a bug
 * upstream, Infinity) must not reach an attribute as "NaN": it is shown as no value — the words
 * for "no score", no mark — rather than guessed. Out-of-range finite values are drawn at the
 * axis edge by the layouts and printed as they are.
 */

export function finiteOrNull(value: number | null | undefined): number | null {
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

export function finiteStats(stats: Stats | null): Stats | null {
  if (!stats) return null;
  return [stats.n, stats.min, stats.q1, stats.median, stats.q3, stats.max].every((value) => Number.isFinite(value)) ? stats : null;
}

export function withFiniteScore<T extends { score: number | null }>(item: T): T {
  const score = finiteOrNull(item.score);
  return score === item.score ? item : { ...item, score };
}

export function finiteBar(bar: PerspectiveBar): PerspectiveBar {
  const region = bar.benchmark?.region;
  const network = bar.benchmark?.network;
  const regionOk = region && [region.q1, region.median, region.q3].every((value) => Number.isFinite(value));
  const networkOk = network && Number.isFinite(network.median);
  return {
    ...withFiniteScore(bar),
    benchmark: bar.benchmark ? { region: regionOk ? region : null, network: networkOk ? network : null } : undefined,
  };
}

export function finiteAxis(axis: RadarAxis): RadarAxis {
  return { ...withFiniteScore(axis), median: axis.median === undefined ? undefined : finiteOrNull(axis.median) };
}
