import { describe, expect, it } from 'vitest';
import { ANSWER_MESSAGE_KEYS, checkAnswerValue } from '../../../shared/assessment/check-answer';
import type { IndicatorInput } from '../../../shared/framework/framework-schema';

const check = (input: IndicatorInput, value: unknown) => checkAnswerValue({ input }, value);
const options = (...ids: string[]) => ids.map((id) => ({ id, label: { en: id } }));

describe('checkAnswerValue', () => {
  it('number: finite, within min/max, integer when required', () => {
    const input: IndicatorInput = { type: 'number', min: 0, max: 6, integer: true };
    expect(check(input, 3)).toEqual({ ok: true });
    expect(check(input, 0)).toEqual({ ok: true });
    expect(check(input, 6)).toEqual({ ok: true });
    expect(check(input, 7)).toEqual({ ok: false, messageKey: 'answers.out_of_range', params: { min: 0, max: 6 } });
    expect(check(input, -1)).toEqual({ ok: false, messageKey: 'answers.out_of_range', params: { min: 0, max: 6 } });
    expect(check(input, 2.5)).toEqual({ ok: false, messageKey: 'answers.not_an_integer', params: {} });
    expect(check(input, '3')).toMatchObject({ ok: false, messageKey: 'answers.not_a_number' });
    expect(check(input, Number.NaN)).toMatchObject({ ok: false, messageKey: 'answers.not_a_number' });
    expect(check({ type: 'number' }, Number.POSITIVE_INFINITY)).toMatchObject({ ok: false, messageKey: 'answers.not_a_number' });
    expect(check({ type: 'number' }, -1e9)).toEqual({ ok: true });
    expect(check({ type: 'number' }, 2.5)).toEqual({ ok: true });
  });

  it('numbers: never beyond ±1e12 (NUMBER_LIMIT), whatever the framework allows', () => {
    expect(check({ type: 'money', currency: 'USD' }, 1e12)).toEqual({ ok: true });
    expect(check({ type: 'money', currency: 'USD' }, 1.79e308)).toEqual({ ok: false, messageKey: 'answers.too_large', params: { max: 1e12 } });
    expect(check({ type: 'number', min: 0, integer: true }, 2 ** 53 + 1)).toEqual({ ok: false, messageKey: 'answers.too_large', params: { max: 1e12 } });
    expect(check({ type: 'number' }, -1e13)).toEqual({ ok: false, messageKey: 'answers.too_small', params: { min: -1e12 } });
    expect(check({ type: 'percent', max: 1e15 }, 1e13)).toEqual({ ok: false, messageKey: 'answers.too_large', params: { max: 1e12 } });
    // The framework's own bound, when nearer, is the one named.
    expect(check({ type: 'number', max: 10 }, 1e300)).toEqual({ ok: false, messageKey: 'answers.too_large', params: { max: 10 } });
  });

  it('number with one bound names that bound', () => {
    expect(check({ type: 'number', min: 0 }, -0.5)).toEqual({ ok: false, messageKey: 'answers.too_small', params: { min: 0 } });
    expect(check({ type: 'number', max: 10 }, 11)).toEqual({ ok: false, messageKey: 'answers.too_large', params: { max: 10 } });
  });

  it('percent: 0–100 unless the input says otherwise', () => {
    expect(check({ type: 'percent' }, 100)).toEqual({ ok: true });
    expect(check({ type: 'percent' }, 100.1)).toEqual({ ok: false, messageKey: 'answers.out_of_range', params: { min: 0, max: 100 } });
    expect(check({ type: 'percent' }, -1)).toMatchObject({ ok: false, messageKey: 'answers.out_of_range' });
    expect(check({ type: 'percent', max: 1000 }, 250)).toEqual({ ok: true });
    expect(check({ type: 'percent', min: 10, max: 20 }, 5)).toEqual({ ok: false, messageKey: 'answers.out_of_range', params: { min: 10, max: 20 } });
  });

  it('money: never negative, even if the input allows it', () => {
    expect(check({ type: 'money', currency: 'USD' }, 2_400_000)).toEqual({ ok: true });
    expect(check({ type: 'money', currency: 'USD' }, 0)).toEqual({ ok: true });
    expect(check({ type: 'money', currency: 'USD' }, -1)).toEqual({ ok: false, messageKey: 'answers.too_small', params: { min: 0 } });
    expect(check({ type: 'money', currency: 'USD', min: -100 }, -1)).toEqual({ ok: false, messageKey: 'answers.too_small', params: { min: 0 } });
    expect(check({ type: 'money', currency: 'USD', min: 1000 }, 999)).toEqual({ ok: false, messageKey: 'answers.too_small', params: { min: 1000 } });
  });

  it('yes/no: a boolean only', () => {
    expect(check({ type: 'yesno' }, true)).toEqual({ ok: true });
    expect(check({ type: 'yesno' }, false)).toEqual({ ok: true });
    expect(check({ type: 'yesno' }, 'yes')).toMatchObject({ ok: false, messageKey: 'answers.not_yes_or_no' });
    expect(check({ type: 'yesno' }, 1)).toMatchObject({ ok: false, messageKey: 'answers.not_yes_or_no' });
  });

  it('scale: an integer within the range', () => {
    const input: IndicatorInput = { type: 'scale', min: 1, max: 5 };
    expect(check(input, 1)).toEqual({ ok: true });
    expect(check(input, 5)).toEqual({ ok: true });
    expect(check(input, 0)).toEqual({ ok: false, messageKey: 'answers.out_of_range', params: { min: 1, max: 5 } });
    expect(check(input, 3.5)).toMatchObject({ ok: false, messageKey: 'answers.not_an_integer' });
  });

  it('choice: one of the option ids', () => {
    const input: IndicatorInput = { type: 'choice', options: options('yes', 'partly', 'no') };
    expect(check(input, 'partly')).toEqual({ ok: true });
    expect(check(input, 'maybe')).toEqual({ ok: false, messageKey: 'answers.not_an_option', params: { option: 'maybe' } });
    expect(check(input, ['yes'])).toEqual({ ok: false, messageKey: 'answers.not_an_option', params: { option: 'object' } });
    expect(check(input, 'toString')).toMatchObject({ ok: false });
  });

  it('multichoice: distinct option ids, none required', () => {
    const input: IndicatorInput = { type: 'multichoice', options: options('a', 'b', 'c') };
    expect(check(input, [])).toEqual({ ok: true });
    expect(check(input, ['c', 'a'])).toEqual({ ok: true });
    expect(check(input, ['a', 'a'])).toEqual({ ok: false, messageKey: 'answers.duplicate_option', params: { option: 'a' } });
    expect(check(input, ['a', 'z'])).toEqual({ ok: false, messageKey: 'answers.not_an_option', params: { option: 'z' } });
    expect(check(input, 'a')).toMatchObject({ ok: false, messageKey: 'answers.not_a_list' });
    expect(check(input, [Object.create(null)])).toEqual({ ok: false, messageKey: 'answers.not_an_option', params: { option: 'object' } });
  });

  it('countries: distinct, well-formed codes', () => {
    const input: IndicatorInput = { type: 'countries' };
    expect(check(input, [])).toEqual({ ok: true });
    expect(check(input, [{ code: 'KEN', resident: true }, { code: 'UGA', resident: false }])).toEqual({ ok: true });
    expect(check(input, [{ code: 'KEN', resident: true }, { code: 'KEN', resident: false }])).toEqual({ ok: false, messageKey: 'answers.duplicate_country', params: { country: 'KEN' } });
    expect(check(input, [{ code: 'KEN', resident: true }, { code: 'ke', resident: true }])).toEqual({ ok: false, messageKey: 'answers.not_a_country', params: { index: 2 } });
    expect(check(input, [{ code: 'KEN' }])).toEqual({ ok: false, messageKey: 'answers.not_a_country', params: { index: 1 } });
    expect(check(input, ['KEN'])).toMatchObject({ ok: false, messageKey: 'answers.not_a_country' });
    expect(check(input, 'KEN')).toMatchObject({ ok: false, messageKey: 'answers.not_a_list' });
  });

  it('only ever returns a key listed in ANSWER_MESSAGE_KEYS', () => {
    const inputs: IndicatorInput[] = [
      { type: 'number', min: 0, max: 1, integer: true },
      { type: 'percent' },
      { type: 'money', currency: 'USD' },
      { type: 'yesno' },
      { type: 'scale', min: 1, max: 5 },
      { type: 'choice', options: options('a', 'b') },
      { type: 'multichoice', options: options('a') },
      { type: 'countries' },
    ];
    const values: unknown[] = [null, undefined, -5, 0.5, 500, 'x', true, [], ['x'], [{ code: 'x' }], {}];
    const keys = new Set<string>();
    for (const input of inputs) for (const value of values) {
      const result = check(input, value);
      if (!result.ok) keys.add(result.messageKey);
    }
    expect([...keys].every((key) => (ANSWER_MESSAGE_KEYS as readonly string[]).includes(key))).toBe(true);
    expect(keys.size).toBeGreaterThanOrEqual(8);
  });
});
