import { z } from 'zod';
import { answerValueSchema } from '../assessment/answer';
import { assessmentDocumentSchema } from '../assessment/assessment-document';
import { bandThresholdsSchema, indicatorSchema, localizedTextSchema, scoringRuleSchema } from '../framework/framework-schema';
import { LANGUAGES } from '../i18n/languages';
import { countryCodeSchema, CURRENT_TIERS, TWO_TIER_OPTIONS } from '../office/office-profile';
import { BANDS } from '../scoring/band';
import { lineText, noteText, nameText } from '../text/text-policy';
import type { OfficeReportData } from './office-report-data';
import { CHANGE_KINDS } from '../picture/picture-types';
import { DISTRIBUTIONS, OFFICE_REPORT_DATA_SCHEMA } from './office-report-constants';

/**
 * The office report's data as the report page receives it (shared/reports/report-input.ts): the
 * page checks it before rendering, because it crosses a boundary (IPC, a CLI's page, an iframe).
 * Every string, array and number is bounded; objects are strict, so a field the type does not
 * have is refused rather than ignored. Typed against OfficeReportData, so the two cannot drift.
 */

/** Far above the default framework's 5 perspectives and 35 indicators; a report past them is not one. */
const MAX_INDICATORS = 1000;
const MAX_PERSPECTIVES = 100;

const id = z.string().min(1).max(64);
const score = z.number().min(0).max(100);
const fraction = z.number().min(0).max(1);
const isoTime = z.string().datetime({ offset: true });
const sha256Hex = z.string().regex(/^[0-9a-f]{64}$/);
const fingerprint = z.string().regex(/^[A-Z2-7]{4}(-[A-Z2-7]{4}){5}$/);
const params = z.record(z.string().max(64), z.union([z.string().max(200), z.number()]));
const aggregateBand = z.union([z.enum(BANDS), z.literal('insufficient_data')]);

const reportIndicatorSchema = indicatorSchema.omit({ guidance: true, source: true }).strict();

const reportFrameworkSchema = z
  .object({
    id,
    version: z.string().regex(/^\d+\.\d+\.\d+$/),
    hash: z.string().regex(/^sha256:[0-9a-f]{64}$/),
    title: localizedTextSchema,
    languages: z.array(z.enum(LANGUAGES)).min(1).max(LANGUAGES.length),
    bands: z.object({ indicator: bandThresholdsSchema, aggregate: bandThresholdsSchema }).strict(),
    minCoverage: z.number().gt(0).max(1),
    perspectives: z
      .array(z.object({ id, title: localizedTextSchema, weight: z.number().positive(), indicators: z.array(reportIndicatorSchema).min(1).max(MAX_INDICATORS) }).strict())
      .min(1)
      .max(MAX_PERSPECTIVES),
  })
  .strict();

const indicatorScoreSchema = z
  .object({
    indicatorId: id,
    perspectiveId: id,
    status: z.enum(['scored', 'context', 'blank', 'not_applicable', 'unknown', 'invalid']),
    value: answerValueSchema.nullable(),
    measure: z.number().nullable(),
    rule: scoringRuleSchema,
    rawScore: score.nullable(),
    score: score.nullable(),
    band: z.enum(BANDS).nullable(),
    weight: z.number().min(0),
    weightShare: fraction,
    contribution: z.number().nullable(),
    needsJustification: z.boolean(),
    problem: z.object({ messageKey: z.string().max(120), params }).strict().nullable(),
  })
  .strict();

const perspectiveScoreSchema = z
  .object({
    perspectiveId: id,
    score: score.nullable(),
    partialScore: score.nullable(),
    band: aggregateBand,
    coverage: fraction,
    answeredWeight: z.number().min(0),
    totalWeight: z.number().min(0),
    weight: z.number().min(0),
    weightShare: fraction,
    contribution: z.number().nullable(),
  })
  .strict();

const assessmentScoreSchema = z
  .object({
    overall: z
      .object({
        score: score.nullable(),
        partialScore: score.nullable(),
        band: aggregateBand,
        coverage: fraction,
        includedWeight: z.number().min(0),
        totalWeight: z.number().min(0),
      })
      .strict(),
    perspectives: z.array(perspectiveScoreSchema).max(MAX_PERSPECTIVES),
    indicators: z.array(indicatorScoreSchema).max(MAX_INDICATORS),
    redWithoutJustification: z.array(id).max(MAX_INDICATORS),
    unknownAnswerIds: z.array(z.string().max(200)).max(MAX_INDICATORS),
  })
  .strict();

const tristate = z.boolean().nullable();
const condition = z.object({ messageKey: z.string().max(120), params, met: tristate }).strict();

/** Also the regional report's (regional-report-schema.ts): one shape of a recommendation. */
export const recommendationSchema = z
  .object({
    suggestedTier: z.enum(TWO_TIER_OPTIONS).nullable(),
    missing: z
      .array(z.object({ input: z.enum(['currentTier', 'proposedTier', 'countriesCovered', 'hostContributionShare', 'portfolio', 'hostDelivery']), indicatorId: id }).strict())
      .max(10),
    rules: z.array(z.object({ tier: z.enum(TWO_TIER_OPTIONS), messageKey: z.string().max(120), fired: tristate, conditions: z.array(condition).max(10) }).strict()).max(10),
    reviewFlags: z.array(z.object({ flag: z.enum(['ldc', 'sids', 'fragile', 'host_pays_most']), messageKey: z.string().max(120), params }).strict()).max(10),
    needsReview: z.boolean(),
    currentTier: z.enum(CURRENT_TIERS).nullable(),
    currentEquivalent: z.enum(TWO_TIER_OPTIONS).nullable(),
    differsFromCurrent: tristate,
    proposedTier: z.enum(TWO_TIER_OPTIONS).nullable(),
    differsFromProposed: tristate,
  })
  .strict();

const changeSchema = z
  .object({ kind: z.enum(CHANGE_KINDS), current: score.nullable(), previous: score.nullable(), delta: z.number().min(-100).max(100).nullable() })
  .strict();

export const officeReportDataSchema: z.ZodType<OfficeReportData> = z
  .object({
    schema: z.literal(OFFICE_REPORT_DATA_SCHEMA),
    masthead: z
      .object({
        symbol: z.string().regex(/^[A-Za-z0-9./-]{1,80}$/),
        distribution: z.enum(DISTRIBUTIONS),
        date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
        officeName: nameText(120).min(1),
        officeCode: nameText(20).optional(),
        cycle: z.number().int(),
        revision: z.number().int().min(1),
        frameworkId: id,
        frameworkVersion: z.string().max(40),
      })
      .strict(),
    document: assessmentDocumentSchema,
    framework: reportFrameworkSchema,
    score: assessmentScoreSchema,
    officeType: z
      .object({ recommendation: recommendationSchema, hostFlags: z.object({ ldc: z.boolean(), sids: z.boolean(), fragile: z.boolean() }).strict() })
      .strict(),
    countries: z.array(z.object({ code: countryCodeSchema, resident: z.boolean(), host: z.boolean() }).strict()).max(300),
    evidence: z
      .array(
        z
          .object({
            indicatorId: id,
            files: z
              .array(z.object({ fileName: z.string().min(1).max(255), mediaType: z.string().max(120), sizeBytes: z.number().int().min(0) }).strict())
              .min(1)
              .max(1000),
          })
          .strict(),
      )
      .max(MAX_INDICATORS),
    package: z.object({ signerFingerprint: fingerprint, sha256: sha256Hex, fileName: z.string().min(1).max(80) }).strict(),
    previousCycle: z
      .object({
        assessmentId: z.string().uuid(),
        cycle: z.number().int(),
        revision: z.number().int().min(1),
        submittedAt: isoTime.optional(),
        framework: z.object({ id, version: z.string().max(40) }).strict(),
        overall: changeSchema,
        perspectives: z.array(z.object({ perspectiveId: id, change: changeSchema }).strict()).max(MAX_PERSPECTIVES),
      })
      .strict()
      .nullable(),
    review: z
      .object({
        status: z.enum(['received', 'accepted', 'returned']),
        hubName: nameText(120).optional(),
        decidedBy: nameText(200).optional(),
        decidedAt: isoTime.optional(),
        comments: z.array(z.object({ indicatorId: lineText(64).min(1), text: noteText(2000) }).strict()).max(500),
      })
      .strict()
      .nullable(),
  })
  .strict();
