import { REGIONS, type Region } from '../office/office-profile';
import type { PictureEntry } from './picture-entry';
import type { Benchmark, ChangeKind, MedianDelta, Stats, Trend } from './picture-types';
import { medianOf, statsOf } from './stats';

/** The benchmark of a group of offices: their overall scores and each perspective's, over the scores there are. */
export function benchmarkOf(entries: readonly PictureEntry[], perspectiveIds: readonly string[]): Benchmark {
  return {
    offices: entries.length,
    overall: statsOf(entries.map((entry) => entry.member.score.overall.score)),
    perspectives: Object.fromEntries(perspectiveIds.map((id) => [id, statsOf(entries.map((entry) => entry.perspectives.get(id)?.score))] as const)),
  };
}

/** Every region's benchmark, the five always present (a region with no office has offices 0 and no statistics). */
export function regionBenchmarks(entries: readonly PictureEntry[], perspectiveIds: readonly string[]): Record<Region, Benchmark> {
  const byRegion = groupByRegion(entries);
  return Object.fromEntries(REGIONS.map((region) => [region, benchmarkOf(byRegion.get(region) ?? [], perspectiveIds)] as const)) as Record<Region, Benchmark>;
}

export function groupByRegion(entries: readonly PictureEntry[]): Map<Region, PictureEntry[]> {
  const groups = new Map<Region, PictureEntry[]>();
  for (const entry of entries) {
    const group = groups.get(entry.region) ?? [];
    group.push(entry);
    groups.set(entry.region, group);
  }
  return groups;
}

/** score − median of the region and of the network; null where the score or the median is missing. */
export function againstMedian(score: number | null, region: Stats | null, network: Stats | null): MedianDelta {
  return {
    region: score === null || region === null ? null : score - region.median,
    network: score === null || network === null ? null : score - network.median,
  };
}

/**
 * A group's change since the previous cycle: the medians then (the group's offices of the
 * previous cycle) and now, how this cycle's offices moved, and how many of the previous cycle's
 * have no assessment now. `overallChange`: each office's change of its overall score.
 */
export function trendOf(
  now: readonly PictureEntry[],
  then: readonly PictureEntry[],
  perspectiveIds: readonly string[],
  overallChange: (entry: PictureEntry) => ChangeKind,
): Trend {
  const changes: Record<ChangeKind, number> = { up: 0, down: 0, unchanged: 0, new: 0, not_comparable: 0 };
  for (const entry of now) changes[overallChange(entry)] += 1;
  const present = new Set(now.map((entry) => entry.office));
  return {
    offices: now.length,
    overall: { then: medianOf(then.map((entry) => entry.member.score.overall.score)), now: medianOf(now.map((entry) => entry.member.score.overall.score)) },
    perspectives: Object.fromEntries(
      perspectiveIds.map((id) => [id, { then: medianOf(then.map((entry) => entry.perspectives.get(id)?.score)), now: medianOf(now.map((entry) => entry.perspectives.get(id)?.score)) }] as const),
    ),
    changes,
    absent: then.filter((entry) => !present.has(entry.office)).length,
  };
}
