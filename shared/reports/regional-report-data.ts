import type { BandThresholds, LocalizedText } from '../framework/framework-schema';
import type { Region } from '../office/office-profile';
import type {
  Benchmark,
  CoverageSummary,
  PicturePerspective,
  PictureRow,
  PictureScope,
  ReviewStatus,
  Stats,
  Trend,
  TypologySummary,
} from '../picture/picture-types';
import type { ConsolidatedInclude } from '../consolidation/consolidated-format';
import type { Distribution } from './office-report-constants';

/** The zod schema the report page checks the data with (report-input.ts imports it from here). */
export { regionalReportDataSchema } from './regional-report-schema';

export const REGIONAL_REPORT_DATA_SCHEMA = 'fieldscore.regional-report/1';

/** Why a regional report cannot be made, beside the printing's own (report-errors.ts); sentences in the reports catalog. */
export const REGIONAL_REPORT_ERROR_KEYS = {
  /** The hub or the file holds no office of the scope in the cycle: nothing to report on. */
  empty: 'reports.regional.errors.empty',
} as const;

/**
 * The regional report shows every office's scores, its tier question and its own
 * justifications in summary: an internal working document of the hub and headquarters, like the
 * office report, until whoever prints it decides otherwise.
 */
export const DEFAULT_REGIONAL_REPORT_DISTRIBUTION: Distribution = 'restricted';

/**
 * Where the set came from. `hub`: the hub's own store (the app). `consolidated`: a signed
 * consolidated file (the CLI), with what ties the paper to that file — who signed it, its key's
 * fingerprint, its SHA-256, when it was made and which revisions the hub chose to carry
 * (`include`; null for a file that does not say, docs/consolidation.md).
 */
export type RegionalReportSource =
  | { kind: 'hub' }
  | { kind: 'consolidated'; hubName: string; signerFingerprint: string; fileSha256: string; createdAt: string; include: ConsolidatedInclude | null };

export interface RegionalMasthead {
  /** FS/<cycle>/REG.<region> (regional-report-symbol.ts): the same in every language. */
  symbol: string;
  distribution: Distribution;
  /** The day (UTC, YYYY-MM-DD) of the latest submission the report counts: the date of the data, whenever and wherever it is printed. */
  date: string;
  scope: PictureScope;
  cycle: number;
  /** The newest cycle held before `cycle`, which changes are measured against; null for none. */
  previousCycle: number | null;
  /** The newest framework among the scope's offices: its perspectives are the table's columns. */
  framework: { id: string; version: string };
  source: RegionalReportSource;
}

/**
 * One office of the scope, as the report prints it: the picture's row (PictureRow) without what
 * only a screen needs (ids of assessments, hashes, the full country list), with counts of its
 * covered countries instead.
 */
export type RegionalOffice = Pick<
  PictureRow,
  | 'officeId'
  | 'officeCode'
  | 'officeName'
  | 'region'
  | 'hostCountry'
  | 'currentTier'
  | 'proposedTier'
  | 'revision'
  | 'review'
  | 'overall'
  | 'perspectives'
  | 'change'
  | 'againstMedian'
  | 'recommendation'
  | 'comparedOffices'
> & {
  /** The row is the merge of diverged revisions a person decided indicator by indicator. */
  merged: boolean;
  countries: { resident: number; nonResident: number };
};

/** The spread of one score across the scope's offices and the offices outside Tukey's fences. */
export interface RegionalDistribution {
  stats: Stats | null;
  /** Office ids, in the offices' order. */
  outliers: string[];
}

/**
 * One indicator of the newest framework across the scope's offices. A context indicator (weight 0,
 * never scored) has no statistics and no values: it is listed for its title, which the
 * office-type rules' sentences name.
 */
export interface RegionalIndicator {
  id: string;
  perspectiveId: string;
  name: LocalizedText;
  scored: boolean;
  stats: Stats | null;
  outliers: string[];
  /** In the offices' order; an office whose framework lacks the indicator is left out. */
  values: { officeId: string; score: number | null }[];
}

/**
 * Everything the regional report prints, and nothing the page must compute (docs/reports.md,
 * "The regional report"). Built by build-regional-report-data.ts from the hub's picture
 * (shared/picture, the one computation the hub's screens read too), whether the picture was made
 * from the hub's store or from a consolidated file. Plain JSON: it crosses IPC and the print page.
 */
export interface RegionalReportData {
  schema: typeof REGIONAL_REPORT_DATA_SCHEMA;
  masthead: RegionalMasthead;
  /** The newest framework's thresholds for perspectives and the overall score, and its minimum coverage. */
  bands: BandThresholds;
  minCoverage: number;
  perspectives: PicturePerspective[];
  /** Region order, then office code (the picture's rows' order). */
  offices: RegionalOffice[];
  /** The scope's, the network's and each region's statistics of the cycle. */
  benchmarks: { scope: Benchmark; network: Benchmark; regions: Record<Region, Benchmark> };
  /** The scope's offices: the overall score and each perspective's. */
  distributions: { overall: RegionalDistribution; perspectives: Record<string, RegionalDistribution> };
  indicators: RegionalIndicator[];
  typology: TypologySummary;
  coverage: CoverageSummary;
  /** The scope's change since the previous cycle (the network's, or the region's). */
  trend: Trend;
  /** The scope's offices by the hub's review status of the revision counted. */
  reviews: Record<ReviewStatus, number>;
}
