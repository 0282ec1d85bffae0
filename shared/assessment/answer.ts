import { z } from 'zod';
import { boundedNumber } from '../numbers/number-bounds';
import { countryCodeFormat, countryCodeSchema } from '../office/office-profile';
import { lineText, noteText } from '../text/text-policy';

/** A note or a justification: free text in any language, several lines (text-policy.ts, "note"). */
export const commentarySchema = noteText(4000);

/**
 * The answer schemas for one rule on country codes: the listed codes for input, the shape of a
 * code alone for what the store reads back (storedAnswerSchema below).
 */
/**
 * Text as the store reads it back: well-formed strings of the same lengths, without the newer
 * character rules. A note saved before the text policy (with a character it now refuses) must
 * still open — the forms apply the policy when it is next edited.
 */
const storedText = (max: number) => z.string().max(max);

function answerSchemasFor(
  countryCode: typeof countryCodeSchema | typeof countryCodeFormat,
  text: { commentary: z.ZodType<string>; line: (max: number) => z.ZodType<string> } = { commentary: commentarySchema, line: lineText },
) {
  /** A covered country and whether the office is physically present there. */
  const coveredCountry = z.object({ code: countryCode, resident: z.boolean() });

  /**
   * The value of an answered indicator. Its shape must fit the indicator's input type:
   * number for number/percent/money/scale, boolean for yesno, an option id for choice,
   * option ids for multichoice, covered countries for countries. checkAnswerValue enforces it.
   * Numbers are finite and within ±NUMBER_LIMIT; option ids follow the name rules (text-policy.ts).
   */
  const value = z.union([
    boundedNumber(),
    z.boolean(),
    text.line(64),
    z.array(text.line(64)).max(64),
    z.array(coveredCountry).max(300),
  ]);

  /**
   * "Not applicable" and "don't know" are answers, distinct from blank (no entry at all).
   * Both drop out of the weighted mean and count as weight without data (framework-v1.md).
   */
  const answer = z.discriminatedUnion('state', [
    z.object({
      state: z.literal('answered'),
      value,
      justification: text.commentary.optional(),
      note: text.commentary.optional(),
    }),
    z.object({
      state: z.enum(['not_applicable', 'unknown']),
      justification: text.commentary.optional(),
      note: text.commentary.optional(),
    }),
  ]);

  return { coveredCountry, value, answer, answers: z.record(z.string(), answer) };
}

const input = answerSchemasFor(countryCodeSchema);

/** A covered country (one of the listed countries) and whether the office is physically present there. */
export const coveredCountrySchema = input.coveredCountry;
export type CoveredCountry = z.infer<typeof coveredCountrySchema>;

/** The value of an answered indicator; its fit to the indicator is checkAnswerValue's part. */
export const answerValueSchema = input.value;
export type AnswerValue = z.infer<typeof answerValueSchema>;

/** Answered, not applicable or "don't know" (blank is no entry at all). */
export const answerSchema = input.answer;
export type Answer = z.infer<typeof answerSchema>;
export type AnswerState = Answer['state'];

export const answersSchema = input.answers;
export type Answers = z.infer<typeof answersSchema>;

const stored = answerSchemasFor(countryCodeFormat, { commentary: storedText(4000), line: storedText });

/**
 * An answer as the store reads it back: a covered country need only have the shape of a code,
 * so that a list saved while the country list still held a code opens and says so
 * (shared/geo/unlisted-countries.ts). Writes go through answerSchema.
 */
export const storedAnswerSchema = stored.answer;
export const storedAnswersSchema = stored.answers;
