import type { IndicatorInput } from '../framework/framework-schema';
import { NUMBER_LIMIT } from '../numbers/number-bounds';
import { z } from 'zod';
import { countryCodeFormat } from '../office/office-profile';

/**
 * Whether an answered value fits its indicator's input type. The answer schema only checks
 * shapes; this checks the value against the indicator (range, integer, option ids, duplicates).
 * Failures carry a message key and parameters so the renderer can say it in the user's language.
 */
export type AnswerCheck =
  | { ok: true }
  | { ok: false; messageKey: AnswerMessageKey; params: Record<string, string | number> };

/** Every key checkAnswerValue can return; the message catalogs must define each one. */
export const ANSWER_MESSAGE_KEYS = [
  'answers.not_a_number',
  'answers.not_an_integer',
  'answers.out_of_range',
  'answers.too_small',
  'answers.too_large',
  'answers.not_yes_or_no',
  'answers.not_an_option',
  'answers.not_a_list',
  'answers.duplicate_option',
  'answers.not_a_country',
  'answers.duplicate_country',
] as const;
export type AnswerMessageKey = (typeof ANSWER_MESSAGE_KEYS)[number];

const OK: AnswerCheck = { ok: true };

/** For the message only; never calls the value's own toString (it may not have one). */
function shown(value: unknown): string {
  return typeof value === 'string' ? value.slice(0, 64) : typeof value === 'number' || typeof value === 'boolean' ? String(value) : typeof value;
}

function fail(messageKey: AnswerMessageKey, params: Record<string, string | number> = {}): AnswerCheck {
  return { ok: false, messageKey, params };
}

function checkNumber(value: unknown, min: number | undefined, max: number | undefined, integer: boolean): AnswerCheck {
  if (typeof value !== 'number' || !Number.isFinite(value)) return fail('answers.not_a_number');
  if (integer && !Number.isInteger(value)) return fail('answers.not_an_integer');
  const below = min !== undefined && value < min;
  const above = max !== undefined && value > max;
  if (below || above) {
    if (min !== undefined && max !== undefined) return fail('answers.out_of_range', { min, max });
    return below ? fail('answers.too_small', { min: min as number }) : fail('answers.too_large', { max: max as number });
  }
  // Whatever the framework allows, no value beyond the stated bound (number-bounds.ts) is data.
  if (value > NUMBER_LIMIT) return fail('answers.too_large', { max: NUMBER_LIMIT });
  if (value < -NUMBER_LIMIT) return fail('answers.too_small', { min: -NUMBER_LIMIT });
  return OK;
}

function checkOptionList(value: unknown, optionIds: readonly string[]): AnswerCheck {
  if (!Array.isArray(value)) return fail('answers.not_a_list');
  const seen = new Set<string>();
  for (const option of value) {
    if (typeof option !== 'string' || !optionIds.includes(option)) return fail('answers.not_an_option', { option: shown(option) });
    if (seen.has(option)) return fail('answers.duplicate_option', { option });
    seen.add(option);
  }
  return OK;
}

/**
 * The shape of a covered country. Whether the code is one of the known countries is the answer
 * schema's part (coveredCountrySchema), like a number being finite: every value that reaches a
 * store, a request or an assessment file has passed it.
 */
const coveredCountryShape = z.object({ code: countryCodeFormat, resident: z.boolean() });

function checkCountries(value: unknown): AnswerCheck {
  if (!Array.isArray(value)) return fail('answers.not_a_list');
  const seen = new Set<string>();
  for (const [index, entry] of value.entries()) {
    const parsed = coveredCountryShape.safeParse(entry);
    if (!parsed.success) return fail('answers.not_a_country', { index: index + 1 });
    if (seen.has(parsed.data.code)) return fail('answers.duplicate_country', { country: parsed.data.code });
    seen.add(parsed.data.code);
  }
  return OK;
}

/** `value` is untrusted (a form, an imported file): anything may arrive. */
export function checkAnswerValue(indicator: { input: IndicatorInput }, value: unknown): AnswerCheck {
  const input = indicator.input;
  switch (input.type) {
    case 'number':
      return checkNumber(value, input.min, input.max, input.integer === true);
    case 'percent':
      return checkNumber(value, input.min ?? 0, input.max ?? 100, false);
    case 'money':
      // Money is never negative, whatever min the framework gives.
      return checkNumber(value, Math.max(0, input.min ?? 0), undefined, false);
    case 'scale':
      return checkNumber(value, input.min, input.max, true);
    case 'yesno':
      return typeof value === 'boolean' ? OK : fail('answers.not_yes_or_no');
    case 'choice':
      return typeof value === 'string' && input.options.some((option) => option.id === value)
        ? OK
        : fail('answers.not_an_option', { option: shown(value) });
    case 'multichoice':
      return checkOptionList(value, input.options.map((option) => option.id));
    case 'countries':
      return checkCountries(value);
  }
}
