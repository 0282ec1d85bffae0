import type { FrameworkRef, LocalizedText } from '../framework/framework-schema';
import type { CurrentTier, Region, TwoTierOption } from '../office/office-profile';
import type { IndicatorStatus } from '../scoring/assessment-score';
import type { AggregateBand, Band } from '../scoring/band';
import type { OfficeTypeRecommendation, ReviewFlag } from '../typology/recommend-office-type';

/**
 * The hub's picture of its offices for one scope and cycle (issue 9; docs/hub-picture.md): what
 * the hub's screens, the printed regional report and the tests all read. One computation
 * (shared/picture/build-picture.ts) makes it from the offices' current revisions; nothing in it
 * is rounded — screens and reports round scores and medians to one decimal when they show them.
 */

/** The hub's review of an office's current revision (the review loop of issue 9). */
export const REVIEW_STATUSES = ['received', 'accepted', 'returned'] as const;
export type ReviewStatus = (typeof REVIEW_STATUSES)[number];

/** Headquarters sees the whole network; a regional hub its region. */
export type PictureScope = { kind: 'network' } | { kind: 'region'; region: Region };

/**
 * Five-number summary of the non-null scores of a group. Quartiles by linear interpolation
 * between closest ranks (Excel QUARTILE.INC, R type 7, numpy's default); the median of an even
 * count is the mean of the two middle values. null wherever a group has no score at all.
 */
export interface Stats {
  n: number;
  min: number;
  q1: number;
  median: number;
  q3: number;
  max: number;
}

/** A score as the office's own package scored it (the engine's, one decimal). */
export interface ScoreCell {
  score: number | null;
  band: AggregateBand;
  /** Answered weight ÷ total weight, the unrounded fraction 0–1. */
  coverage: number;
}

/**
 * Change since the previous cycle, same office id. new: the office has no assessment in the
 * previous cycle; not_comparable: it has one, but this score or that one is null; unchanged:
 * the one-decimal scores are equal. delta = now − previous, null unless both are scores.
 */
export const CHANGE_KINDS = ['up', 'down', 'unchanged', 'new', 'not_comparable'] as const;
export type ChangeKind = (typeof CHANGE_KINDS)[number];

export interface Change {
  kind: ChangeKind;
  previous: number | null;
  delta: number | null;
}

/** The office's score minus its region's median and minus the network's median; null when either is missing. */
export interface MedianDelta {
  region: number | null;
  network: number | null;
}

export interface CoveredCountry {
  code: string;
  resident: boolean;
}

/** One office in scope, by its current revision for the cycle. */
export interface PictureRow {
  assessmentId: string;
  officeId: string;
  officeCode: string;
  officeName: string;
  region: Region;
  hostCountry: string;
  /** The tier in the office's profile. */
  currentTier: CurrentTier;
  /** The office's answer to the proposed-tier indicator (P1.2), when it fits. */
  proposedTier: TwoTierOption | null;
  cycle: number;
  revision: number;
  submittedAt: string;
  /** Fingerprint of the key that signed the package. */
  fingerprint: string;
  packageSha256: string;
  /** When a person merged diverged revisions indicator by indicator: the revisions merged (assessment ids); the row's answers are the merge, scored again. */
  mergedFrom?: string[];
  framework: FrameworkRef;
  review: ReviewStatus;
  overall: ScoreCell;
  /** By perspective id of the picture's perspectives; null when the office's framework has no such perspective. */
  perspectives: Record<string, ScoreCell | null>;
  change: { overall: Change; perspectives: Record<string, Change> };
  againstMedian: { overall: MedianDelta; perspectives: Record<string, MedianDelta> };
  /** The two-tier recommendation against the comparison set (shared/picture/comparison-set.ts). */
  recommendation: OfficeTypeRecommendation;
  /** How many other offices' portfolios the recommendation compared this one with. */
  comparedOffices: number;
  /** From the framework's countries indicator (found by its input type), in the office's order. */
  coveredCountries: CoveredCountry[];
}

export interface PicturePerspective {
  id: string;
  /** The perspective's title in the newest framework, every language it has. */
  name: LocalizedText;
}

/** The benchmark of a group of offices of the cycle. */
export interface Benchmark {
  offices: number;
  overall: Stats | null;
  perspectives: Record<string, Stats | null>;
}

export interface IndicatorValue {
  officeId: string;
  officeCode: string;
  score: number | null;
  band: Band | null;
  /** 'absent': the office's framework has no such indicator. */
  status: IndicatorStatus | 'absent';
}

/** One indicator of the newest framework across the scope's offices. */
export interface IndicatorDistribution {
  indicatorId: string;
  perspectiveId: string;
  name: LocalizedText;
  /** False for a context indicator (weight 0 in the newest framework): never scored, no distribution. */
  scored: boolean;
  /** In the rows' order. */
  values: IndicatorValue[];
  stats: Stats | null;
  /** Office ids whose score lies below q1 − 1.5 × IQR or above q3 + 1.5 × IQR. */
  outliers: string[];
}

/** Offices whose current tier's two-tier equivalent, or proposed tier, differs from the suggestion. */
export interface TypologyDifference {
  officeId: string;
  suggestedTier: TwoTierOption;
  fromCurrent: boolean;
  fromProposed: boolean;
}

export interface TypologySummary {
  /** Offices per suggested tier; 'undecided' when missing inputs leave the rules open. */
  suggested: Record<TwoTierOption | 'undecided', number>;
  differs: TypologyDifference[];
  /** Offices flagged for a person (LDC, SIDS, fragile, host pays ≥ 75 %), with their flags. */
  flagged: { officeId: string; flags: ReviewFlag[] }[];
}

export const COVERAGE_STATUSES = ['resident', 'non_resident', 'not_covered'] as const;
export type CoverageStatus = (typeof COVERAGE_STATUSES)[number];

export interface CountryCoverage {
  code: string;
  /** The country's region (shared/geo/country-regions.ts), null for a country of none of the five. */
  region: Region | null;
  /** resident when any office of the cycle covering it is resident there; else non_resident when covered at all. */
  status: CoverageStatus;
  /** Every office of the cycle that covers it (from any region: "anywhere in the set"), in the rows' order. */
  offices: { officeId: string; officeCode: string; resident: boolean }[];
}

export interface CoverageSummary {
  /** Ordered by code. */
  countries: CountryCoverage[];
  counts: Record<CoverageStatus, number>;
}

export interface Trend {
  /** Offices of the group this cycle. */
  offices: number;
  /** Medians of the group's offices in the previous cycle and in this one. */
  overall: { then: number | null; now: number | null };
  perspectives: Record<string, { then: number | null; now: number | null }>;
  /** This cycle's offices by the change of their overall score. */
  changes: Record<ChangeKind, number>;
  /** Offices of the group that have an assessment in the previous cycle but none in this one. */
  absent: number;
}

export interface SetPicture {
  /** Every cycle the hub holds a current revision of, ascending. */
  cycles: number[];
  /** The cycle shown; null only when the hub holds nothing. */
  cycle: number | null;
  /** The newest cycle held before `cycle`, or null. */
  previousCycle: number | null;
  scope: PictureScope;
  /** The newest framework among the scope's offices of the cycle (null when none): its perspectives and indicators lead. */
  framework: FrameworkRef | null;
  perspectives: PicturePerspective[];
  /** The scope's offices of the cycle: region order, then office code. */
  rows: PictureRow[];
  benchmarks: { network: Benchmark; regions: Record<Region, Benchmark> };
  indicators: IndicatorDistribution[];
  typology: TypologySummary;
  coverage: CoverageSummary;
  /** The network's and, for each region in scope, the region's change since the previous cycle. */
  trend: { previousCycle: number | null; network: Trend; regions: Partial<Record<Region, Trend>> };
}
