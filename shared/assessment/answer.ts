import { z } from 'zod';
import { boundedNumber } from '../numbers/number-bounds';
import { countryCodeSchema } from '../office/office-profile';
import { lineText, noteText } from '../text/text-policy';

/** A covered country and whether the office is physically present there. */
export const coveredCountrySchema = z.object({ code: countryCodeSchema, resident: z.boolean() });
export type CoveredCountry = z.infer<typeof coveredCountrySchema>;

/**
 * The value of an answered indicator. Its shape must fit the indicator's input type:
 * number for number/percent/money/scale, boolean for yesno, an option id for choice,
 * option ids for multichoice, covered countries for countries. checkAnswerValue enforces it.
 * Numbers are finite and within ±NUMBER_LIMIT; option ids follow the name rules (text-policy.ts).
 */
export const answerValueSchema = z.union([
  boundedNumber(),
  z.boolean(),
  lineText(64),
  z.array(lineText(64)).max(64),
  z.array(coveredCountrySchema).max(300),
]);
export type AnswerValue = z.infer<typeof answerValueSchema>;

/** A note or a justification: free text in any language, several lines (text-policy.ts, "note"). */
export const commentarySchema = noteText(4000);

/**
 * "Not applicable" and "don't know" are answers, distinct from blank (no entry at all).
 * Both drop out of the weighted mean and count as weight without data (framework-v1.md).
 */
export const answerSchema = z.discriminatedUnion('state', [
  z.object({
    state: z.literal('answered'),
    value: answerValueSchema,
    justification: commentarySchema.optional(),
    note: commentarySchema.optional(),
  }),
  z.object({
    state: z.enum(['not_applicable', 'unknown']),
    justification: commentarySchema.optional(),
    note: commentarySchema.optional(),
  }),
]);
export type Answer = z.infer<typeof answerSchema>;
export type AnswerState = Answer['state'];

export const answersSchema = z.record(z.string(), answerSchema);
export type Answers = z.infer<typeof answersSchema>;
