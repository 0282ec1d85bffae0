import { z } from 'zod';
import { countryCodeSchema } from '../office/office-profile';

/** A covered country and whether the office is physically present there. */
export const coveredCountrySchema = z.object({ code: countryCodeSchema, resident: z.boolean() });
export type CoveredCountry = z.infer<typeof coveredCountrySchema>;

/**
 * The value of an answered indicator. Its shape must fit the indicator's input type:
 * number for number/percent/money/scale, boolean for yesno, an option id for choice,
 * option ids for multichoice, covered countries for countries. checkAnswerValue enforces it.
 */
export const answerValueSchema = z.union([
  z.number().finite(),
  z.boolean(),
  z.string().max(64),
  z.array(z.string().max(64)).max(64),
  z.array(coveredCountrySchema).max(300),
]);
export type AnswerValue = z.infer<typeof answerValueSchema>;

/**
 * "Not applicable" and "don't know" are answers, distinct from blank (no entry at all).
 * Both drop out of the weighted mean and count as weight without data (framework-v1.md).
 */
export const answerSchema = z.discriminatedUnion('state', [
  z.object({
    state: z.literal('answered'),
    value: answerValueSchema,
    justification: z.string().max(4000).optional(),
    note: z.string().max(4000).optional(),
  }),
  z.object({
    state: z.enum(['not_applicable', 'unknown']),
    justification: z.string().max(4000).optional(),
    note: z.string().max(4000).optional(),
  }),
]);
export type Answer = z.infer<typeof answerSchema>;
export type AnswerState = Answer['state'];

export const answersSchema = z.record(z.string(), answerSchema);
export type Answers = z.infer<typeof answersSchema>;
