import { z } from 'zod';
import { frameworkRefSchema } from '../framework/framework-schema';
import { assessorSchema, cycleYearSchema, officeProfileSchema, storedOfficeProfileSchema } from '../office/office-profile';
import { answersSchema, storedAnswersSchema } from './answer';

/**
 * An assessment as a self-contained JSON document: what `fieldscore score` reads, and what the
 * signed exchange package (a later issue) will wrap.
 */
export const ASSESSMENT_SCHEMA_ID = 'fieldscore.assessment/1';

export const ASSESSMENT_STATUSES = ['draft', 'submitted'] as const;
export type AssessmentStatus = (typeof ASSESSMENT_STATUSES)[number];

export const assessmentDocumentSchema = z.object({
  schema: z.literal(ASSESSMENT_SCHEMA_ID),
  id: z.string().uuid(),
  /**
   * The office's stable identity, kept when its name or code changes and carried by every
   * revision and cycle (docs/package-format.md, "Identities"). Optional only so that
   * assessment files written before it existed still read; the store always sets it.
   */
  officeId: z.string().uuid().optional(),
  /** All revisions of one office and cycle share it: the id of the lineage's first revision. */
  lineageId: z.string().uuid().optional(),
  office: officeProfileSchema,
  cycle: cycleYearSchema,
  assessor: assessorSchema.optional(),
  framework: frameworkRefSchema,
  status: z.enum(ASSESSMENT_STATUSES),
  revision: z.number().int().min(1),
  /** The submitted revision this draft reopened (same office and cycle). */
  previousRevisionId: z.string().uuid().optional(),
  /** The assessment of the previous cycle this one was started from. */
  previousCycleId: z.string().uuid().optional(),
  submittedAt: z.string().datetime({ offset: true }).optional(),
  answers: answersSchema,
  createdAt: z.string().datetime({ offset: true }),
  updatedAt: z.string().datetime({ offset: true }),
});
export type AssessmentDocument = z.infer<typeof assessmentDocumentSchema>;

/**
 * A document as the store reads it back and copies it (a reopened revision, the next cycle):
 * country codes need only have the shape of a code, so an assessment holding one that UN M49
 * does not list still opens, says so (shared/geo/unlisted-countries.ts) and can be corrected.
 * Files, packages and requests are input: they go through assessmentDocumentSchema.
 */
export const storedAssessmentDocumentSchema = assessmentDocumentSchema.extend({
  office: storedOfficeProfileSchema,
  assessor: z.string().max(200).optional(),
  answers: storedAnswersSchema,
});
