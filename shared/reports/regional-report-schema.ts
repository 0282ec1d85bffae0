import { z } from 'zod';
import { CONSOLIDATED_INCLUDES } from '../consolidation/consolidated-format';
import { localizedTextSchema } from '../framework/framework-schema';
import { countryCodeFormat, CURRENT_TIERS, REGIONS, TWO_TIER_OPTIONS } from '../office/office-profile';
import { CHANGE_KINDS, COVERAGE_STATUSES, REVIEW_STATUSES } from '../picture/picture-types';
import { BANDS } from '../scoring/band';
import { DISTRIBUTIONS } from './office-report-constants';
import { recommendationSchema } from './office-report-schema';
import type { RegionalReportData } from './regional-report-data';

/**
 * The regional report's data as the report page receives it (shared/reports/report-input.ts):
 * checked before rendering, since it crosses a boundary (IPC, the CLI's page, an iframe). Every
 * string, array and number is bounded and every object strict; typed against RegionalReportData
 * so that the two cannot drift apart.
 */

/** Far above a network of 48 offices (and the 1,000 of the hub's speed tests); a report past these is not one. */
const MAX_OFFICES = 5000;
const MAX_PERSPECTIVES = 100;
const MAX_INDICATORS = 1000;
/** UN M49 lists 248 countries and areas. */
const MAX_COUNTRIES = 300;

const id = z.string().min(1).max(64);
/** An office id: a UUID in every package; the picture's fallback key otherwise ("code:KEN-RH"). */
const officeId = z.string().min(1).max(120);
/** Office codes and names as the store keeps them: bounded, but not re-judged by the input policy they were written under. */
const officeCode = z.string().max(64);
const officeName = z.string().min(1).max(200);
const score = z.number().min(0).max(100);
const difference = z.number().min(-100).max(100);
const fraction = z.number().min(0).max(1);
const count = z.number().int().min(0).max(1_000_000);
const cycle = z.number().int().min(1).max(9999);
const aggregateBand = z.union([z.enum(BANDS), z.literal('insufficient_data')]);
const region = z.enum(REGIONS);
const twoTier = z.enum(TWO_TIER_OPTIONS);
const hex64 = z.string().regex(/^[0-9a-f]{64}$/);
const fingerprint = z.string().regex(/^[A-Z2-7]{4}(-[A-Z2-7]{4}){5}$/);

const statsSchema = z
  .object({ n: z.number().int().min(1).max(MAX_OFFICES), min: score, q1: score, median: score, q3: score, max: score })
  .strict()
  .refine((stats) => stats.min <= stats.q1 && stats.q1 <= stats.median && stats.median <= stats.q3 && stats.q3 <= stats.max, 'statistics out of order');

const perspectiveRecord = <T extends z.ZodTypeAny>(value: T) =>
  z.record(id, value).refine((record) => Object.keys(record).length <= MAX_PERSPECTIVES, `at most ${MAX_PERSPECTIVES} perspectives`);

const scoreCellSchema = z.object({ score: score.nullable(), band: aggregateBand, coverage: fraction }).strict();
const changeSchema = z.object({ kind: z.enum(CHANGE_KINDS), previous: score.nullable(), delta: difference.nullable() }).strict();
const medianDeltaSchema = z.object({ region: difference.nullable(), network: difference.nullable() }).strict();

const benchmarkSchema = z.object({ offices: count, overall: statsSchema.nullable(), perspectives: perspectiveRecord(statsSchema.nullable()) }).strict();

const officeSchema = z
  .object({
    officeId,
    officeCode,
    officeName,
    region,
    hostCountry: countryCodeFormat,
    currentTier: z.enum(CURRENT_TIERS),
    proposedTier: twoTier.nullable(),
    revision: z.number().int().min(1).max(1_000_000),
    review: z.enum(REVIEW_STATUSES),
    overall: scoreCellSchema,
    perspectives: perspectiveRecord(scoreCellSchema.nullable()),
    change: z.object({ overall: changeSchema, perspectives: perspectiveRecord(changeSchema) }).strict(),
    againstMedian: z.object({ overall: medianDeltaSchema, perspectives: perspectiveRecord(medianDeltaSchema) }).strict(),
    recommendation: recommendationSchema,
    comparedOffices: count,
    merged: z.boolean(),
    countries: z.object({ resident: count.max(MAX_COUNTRIES), nonResident: count.max(MAX_COUNTRIES) }).strict(),
  })
  .strict();

const distributionSchema = z.object({ stats: statsSchema.nullable(), outliers: z.array(officeId).max(MAX_OFFICES) }).strict();

const indicatorSchema = z
  .object({
    id,
    perspectiveId: id,
    name: localizedTextSchema,
    scored: z.boolean(),
    stats: statsSchema.nullable(),
    outliers: z.array(officeId).max(MAX_OFFICES),
    values: z.array(z.object({ officeId, score: score.nullable() }).strict()).max(MAX_OFFICES),
  })
  .strict();

const sourceSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('hub') }).strict(),
  z
    .object({
      kind: z.literal('consolidated'),
      hubName: z.string().min(1).max(200),
      signerFingerprint: fingerprint,
      fileSha256: hex64,
      createdAt: z.string().datetime({ offset: true }),
      include: z.enum(CONSOLIDATED_INCLUDES).nullable(),
    })
    .strict(),
]);

const scopeSchema = z.discriminatedUnion('kind', [z.object({ kind: z.literal('network') }).strict(), z.object({ kind: z.literal('region'), region }).strict()]);

const trendSchema = z
  .object({
    offices: count,
    overall: z.object({ then: score.nullable(), now: score.nullable() }).strict(),
    perspectives: perspectiveRecord(z.object({ then: score.nullable(), now: score.nullable() }).strict()),
    changes: z.object(Object.fromEntries(CHANGE_KINDS.map((kind) => [kind, count])) as Record<(typeof CHANGE_KINDS)[number], typeof count>).strict(),
    absent: count,
  })
  .strict();

export const regionalReportDataSchema: z.ZodType<RegionalReportData> = z
  .object({
    schema: z.literal('fieldscore.regional-report/1'),
    masthead: z
      .object({
        symbol: z.string().regex(/^[A-Za-z0-9./-]{1,80}$/),
        distribution: z.enum(DISTRIBUTIONS),
        date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
        scope: scopeSchema,
        cycle,
        previousCycle: cycle.nullable(),
        framework: z.object({ id, version: z.string().min(1).max(40) }).strict(),
        source: sourceSchema,
      })
      .strict(),
    bands: z.object({ green: score, amber: score }).strict(),
    minCoverage: z.number().gt(0).max(1),
    perspectives: z.array(z.object({ id, name: localizedTextSchema }).strict()).min(1).max(MAX_PERSPECTIVES),
    offices: z.array(officeSchema).min(1).max(MAX_OFFICES),
    benchmarks: z
      .object({
        scope: benchmarkSchema,
        network: benchmarkSchema,
        regions: z.object(Object.fromEntries(REGIONS.map((name) => [name, benchmarkSchema])) as Record<(typeof REGIONS)[number], typeof benchmarkSchema>).strict(),
      })
      .strict(),
    distributions: z.object({ overall: distributionSchema, perspectives: perspectiveRecord(distributionSchema) }).strict(),
    indicators: z.array(indicatorSchema).max(MAX_INDICATORS),
    typology: z
      .object({
        suggested: z.object({ subregional_office: count, country_office: count, non_resident: count, undecided: count }).strict(),
        differs: z.array(z.object({ officeId, suggestedTier: twoTier, fromCurrent: z.boolean(), fromProposed: z.boolean() }).strict()).max(MAX_OFFICES),
        flagged: z
          .array(z.object({ officeId, flags: z.array(z.enum(['ldc', 'sids', 'fragile', 'host_pays_most'])).max(4) }).strict())
          .max(MAX_OFFICES),
      })
      .strict(),
    coverage: z
      .object({
        countries: z
          .array(
            z
              .object({
                code: countryCodeFormat,
                region: region.nullable(),
                status: z.enum(COVERAGE_STATUSES),
                offices: z.array(z.object({ officeId, officeCode, resident: z.boolean() }).strict()).max(MAX_OFFICES),
              })
              .strict(),
          )
          .max(MAX_COUNTRIES),
        counts: z.object({ resident: count, non_resident: count, not_covered: count }).strict(),
      })
      .strict(),
    trend: trendSchema,
    reviews: z.object({ received: count, accepted: count, returned: count }).strict(),
  })
  .strict();
