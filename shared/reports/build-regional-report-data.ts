import type { BandThresholds } from '../framework/framework-schema';
import type { Region } from '../office/office-profile';
import type { PictureRow, PictureScope, ReviewStatus, SetPicture, Stats } from '../picture/picture-types';
import { isOutlier } from '../picture/stats';
import { SYMBOL_PREFIX } from './document-symbol';
import type { Distribution } from './office-report-constants';
import {
  DEFAULT_REGIONAL_REPORT_DISTRIBUTION,
  REGIONAL_REPORT_DATA_SCHEMA,
  type RegionalDistribution,
  type RegionalIndicator,
  type RegionalOffice,
  type RegionalReportData,
  type RegionalReportSource,
} from './regional-report-data';

/**
 * The symbol's series component per scope (docs/reports.md, "The document symbol"): `REG.` and
 * the region's abbreviation, `REG.NET` for the whole network. The dot keeps a regional report's
 * symbol apart from every office report's, whose office component never holds one.
 */
export const REGION_SYMBOL: Record<Region, string> = {
  africa: 'AFR',
  arab_states: 'ARB',
  asia_pacific: 'ASP',
  europe_central_asia: 'ECA',
  latin_america_caribbean: 'LAC',
};

/** FS/<cycle>/REG.<AFR|ARB|ASP|ECA|LAC|NET>: one per scope and cycle, the same in every language. */
export function regionalReportSymbol(cycle: number, scope: PictureScope): string {
  if (!Number.isInteger(cycle) || cycle < 1) throw new RangeError(`a cycle is a year, not ${cycle}`);
  return [SYMBOL_PREFIX, String(cycle), `REG.${scope.kind === 'network' ? 'NET' : REGION_SYMBOL[scope.region]}`].join('/');
}

/** What the report is made from besides the picture: the newest framework's bands and where the set came from. */
export interface RegionalReportSourceData {
  picture: SetPicture;
  /** The aggregate bands and minimum coverage of the picture's framework (picture.framework). */
  bands: BandThresholds;
  minCoverage: number;
  source: RegionalReportSource;
  distribution?: Distribution;
}

/** The picture holds no office of the scope in its cycle: there is nothing to report on. */
export class EmptyRegionalReport extends Error {}

/** The latest submission among the rows, as a UTC day: the date of the data printed. */
function dataDate(rows: readonly PictureRow[]): string {
  let latest = Number.NEGATIVE_INFINITY;
  for (const row of rows) {
    const time = Date.parse(row.submittedAt);
    if (Number.isFinite(time) && time > latest) latest = time;
  }
  if (!Number.isFinite(latest)) throw new EmptyRegionalReport('no office of the scope has a submission time');
  return new Date(latest).toISOString().slice(0, 10);
}

/** The scope's offices outside Tukey's fences of the scope's statistics (the picture's own rule for indicators). */
function distributionOf(rows: readonly PictureRow[], stats: Stats | null, scoreOf: (row: PictureRow) => number | null): RegionalDistribution {
  if (stats === null) return { stats: null, outliers: [] };
  return {
    stats,
    outliers: rows.flatMap((row) => {
      const value = scoreOf(row);
      return value !== null && isOutlier(value, stats) ? [row.officeId] : [];
    }),
  };
}

function officeOf(row: PictureRow): RegionalOffice {
  return {
    officeId: row.officeId,
    officeCode: row.officeCode,
    officeName: row.officeName,
    region: row.region,
    hostCountry: row.hostCountry,
    currentTier: row.currentTier,
    proposedTier: row.proposedTier,
    revision: row.revision,
    review: row.review,
    overall: row.overall,
    perspectives: row.perspectives,
    change: row.change,
    againstMedian: row.againstMedian,
    recommendation: row.recommendation,
    comparedOffices: row.comparedOffices,
    merged: row.mergedFrom !== undefined,
    countries: {
      resident: row.coveredCountries.filter((country) => country.resident).length,
      nonResident: row.coveredCountries.filter((country) => !country.resident).length,
    },
  };
}

/**
 * The regional report's data from the hub's picture of one scope and cycle. Nothing is computed
 * here that the picture computes: scores, statistics, recommendations, coverage and the trend
 * are the picture's; this picks the scope's parts of it, counts, and applies the picture's
 * outlier rule (Tukey's fences, shared/picture/stats.ts) to the perspective scores.
 */
export function buildRegionalReportData({ picture, bands, minCoverage, source, distribution }: RegionalReportSourceData): RegionalReportData {
  const { scope, rows } = picture;
  if (picture.cycle === null || picture.framework === null || rows.length === 0) {
    throw new EmptyRegionalReport(`no office of ${scope.kind === 'network' ? 'the network' : scope.region} in cycle ${picture.cycle ?? 'none'}`);
  }
  const benchmark = scope.kind === 'network' ? picture.benchmarks.network : picture.benchmarks.regions[scope.region];
  const trend = scope.kind === 'network' ? picture.trend.network : picture.trend.regions[scope.region];
  // The picture makes the trend of every region in scope; one missing is a defect upstream.
  if (!trend) throw new Error(`the picture has no trend for ${scope.kind === 'region' ? scope.region : 'the network'}`);
  const reviews: Record<ReviewStatus, number> = { received: 0, accepted: 0, returned: 0 };
  for (const row of rows) reviews[row.review] += 1;

  const indicators: RegionalIndicator[] = picture.indicators.map((indicator) => ({
    id: indicator.indicatorId,
    perspectiveId: indicator.perspectiveId,
    name: indicator.name,
    scored: indicator.scored,
    stats: indicator.scored ? indicator.stats : null,
    outliers: indicator.scored ? [...indicator.outliers] : [],
    values: indicator.scored ? indicator.values.filter((value) => value.status !== 'absent').map((value) => ({ officeId: value.officeId, score: value.score })) : [],
  }));

  return {
    schema: REGIONAL_REPORT_DATA_SCHEMA,
    masthead: {
      symbol: regionalReportSymbol(picture.cycle, scope),
      distribution: distribution ?? DEFAULT_REGIONAL_REPORT_DISTRIBUTION,
      date: dataDate(rows),
      scope,
      cycle: picture.cycle,
      previousCycle: picture.previousCycle,
      framework: { id: picture.framework.id, version: picture.framework.version },
      source,
    },
    bands: { green: bands.green, amber: bands.amber },
    minCoverage,
    perspectives: picture.perspectives.map((perspective) => ({ id: perspective.id, name: perspective.name })),
    offices: rows.map(officeOf),
    benchmarks: { scope: benchmark, network: picture.benchmarks.network, regions: picture.benchmarks.regions },
    distributions: {
      overall: distributionOf(rows, benchmark.overall, (row) => row.overall.score),
      perspectives: Object.fromEntries(
        picture.perspectives.map((perspective) => [
          perspective.id,
          distributionOf(rows, benchmark.perspectives[perspective.id] ?? null, (row) => row.perspectives[perspective.id]?.score ?? null),
        ]),
      ),
    },
    indicators,
    typology: picture.typology,
    coverage: picture.coverage,
    trend,
    reviews,
  };
}
