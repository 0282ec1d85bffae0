import type { Region } from '../office/office-profile';
import { REGIONS } from '../office/office-profile';
import type { PerspectiveScore } from '../scoring/assessment-score';
import { againstMedian, benchmarkOf, groupByRegion, regionBenchmarks, trendOf } from './benchmarks';
import { changeOf } from './change';
import { officeTypesInSet } from './comparison-set';
import { coverageOf } from './country-coverage';
import { indicatorDistributions } from './indicator-distributions';
import { newestFramework, onePerOfficeAndCycle, type PictureEntry } from './picture-entry';
import type { PictureMember, PictureOptions } from './picture-input';
import type { Change, PictureRow, PictureScope, ScoreCell, SetPicture, Trend } from './picture-types';
import { typologySummary } from './typology-summary';

/**
 * The hub's picture of its offices for one scope and cycle (docs/hub-picture.md): the one
 * computation the hub's screens, the printed regional report and the tests read. `members`:
 * every office's current revision of every cycle held (one per office and cycle).
 */
export function buildPicture(members: readonly PictureMember[], options: PictureOptions = {}): SetPicture {
  const scope: PictureScope = options.scope ?? { kind: 'network' };
  const entries = onePerOfficeAndCycle(members);
  const cycles = [...new Set([...(options.cyclesHeld ?? []), ...entries.map((entry) => entry.cycle)])].sort((a, b) => a - b);
  if (options.cycle !== undefined && !cycles.includes(options.cycle)) throw new RangeError(`cycle ${options.cycle} is not held (held: ${cycles.join(', ') || 'none'})`);
  const cycle = options.cycle ?? cycles.at(-1) ?? null;
  const previousCycle = cycle === null ? null : (cycles.filter((held) => held < cycle).at(-1) ?? null);

  const now = entries.filter((entry) => entry.cycle === cycle);
  const then = entries.filter((entry) => entry.cycle === previousCycle);
  const inScope = (entry: PictureEntry) => scope.kind === 'network' || entry.region === scope.region;
  const scoped = now.filter(inScope);

  const newest = newestFramework(scoped.length > 0 ? scoped : now);
  const perspectives = (newest?.framework.perspectives ?? []).map((perspective) => ({ id: perspective.id, name: perspective.title }));
  const ids = perspectives.map((perspective) => perspective.id);

  const network = benchmarkOf(now, ids);
  const regions = regionBenchmarks(now, ids);
  const previousOf = new Map(then.map((entry) => [entry.office, entry] as const));
  const officeType = officeTypesInSet(now.map((entry) => entry.member));

  const rows = scoped.map((entry): PictureRow => {
    const { member } = entry;
    const { document, score } = member;
    const previous = previousOf.get(entry.office);
    const region = regions[entry.region];
    const { recommendation, comparedOffices } = officeType(member);
    return {
      assessmentId: document.id,
      officeId: entry.office,
      officeCode: entry.code,
      officeName: document.office.name,
      region: entry.region,
      hostCountry: document.office.hostCountry,
      currentTier: document.office.currentTier,
      proposedTier: recommendation.proposedTier,
      cycle: document.cycle,
      revision: document.revision,
      submittedAt: document.submittedAt ?? '',
      fingerprint: member.fingerprint,
      packageSha256: member.packageSha256,
      ...(member.mergedFrom ? { mergedFrom: [...member.mergedFrom] } : {}),
      framework: { ...document.framework },
      review: member.review,
      overall: { score: score.overall.score, band: score.overall.band, coverage: score.overall.coverage },
      perspectives: Object.fromEntries(ids.map((id) => [id, cellOf(entry.perspectives.get(id))] as const)),
      change: {
        overall: overallChange(entry, previous),
        perspectives: Object.fromEntries(ids.map((id) => [id, changeOf(entry.perspectives.get(id)?.score ?? null, previous !== undefined, previous?.perspectives.get(id)?.score ?? null)] as const)),
      },
      againstMedian: {
        overall: againstMedian(score.overall.score, region.overall, network.overall),
        perspectives: Object.fromEntries(ids.map((id) => [id, againstMedian(entry.perspectives.get(id)?.score ?? null, region.perspectives[id] ?? null, network.perspectives[id] ?? null)] as const)),
      },
      recommendation,
      comparedOffices,
      coveredCountries: entry.covered.map((country) => ({ ...country })),
    };
  });

  const kindOf = (entry: PictureEntry) => overallChange(entry, previousOf.get(entry.office)).kind;
  const nowByRegion = groupByRegion(now);
  const thenByRegion = groupByRegion(then);
  const trendRegions: Partial<Record<Region, Trend>> = {};
  for (const region of scope.kind === 'network' ? REGIONS : [scope.region]) {
    trendRegions[region] = trendOf(nowByRegion.get(region) ?? [], thenByRegion.get(region) ?? [], ids, kindOf);
  }

  return {
    cycles,
    cycle,
    previousCycle,
    scope,
    framework: newest ? { ...newest.ref } : null,
    perspectives,
    rows,
    benchmarks: { network, regions },
    indicators: indicatorDistributions(newest?.framework ?? null, scoped),
    typology: typologySummary(rows),
    coverage: coverageOf(scope, scoped, now),
    trend: { previousCycle, network: trendOf(now, then, ids, kindOf), regions: trendRegions },
  };
}

function cellOf(perspective: PerspectiveScore | undefined): ScoreCell | null {
  return perspective ? { score: perspective.score, band: perspective.band, coverage: perspective.coverage } : null;
}

function overallChange(entry: PictureEntry, previous: PictureEntry | undefined): Change {
  return changeOf(entry.member.score.overall.score, previous !== undefined, previous?.member.score.overall.score ?? null);
}
