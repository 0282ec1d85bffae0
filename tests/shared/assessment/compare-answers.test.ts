import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Answer, Answers, AnswerValue } from '../../../shared/assessment/answer';
import { answerChanged, compareAnswers, differingParts, sameAnswerValue } from '../../../shared/assessment/compare-answers';

const answered = (value: AnswerValue, extra: { justification?: string; note?: string } = {}): Answer => ({ state: 'answered', value, ...extra });

describe('sameAnswerValue', () => {
  it('compares numbers, booleans and option ids by value', () => {
    expect(sameAnswerValue(62.75, 62.75)).toBe(true);
    expect(sameAnswerValue(0, -0)).toBe(true);
    expect(sameAnswerValue(1, true)).toBe(false);
    expect(sameAnswerValue('yes', 'yes')).toBe(true);
    expect(sameAnswerValue('yes', 'no')).toBe(false);
    expect(sameAnswerValue(undefined, undefined)).toBe(true);
    expect(sameAnswerValue(undefined, 0)).toBe(false);
  });

  it('compares option and country lists as sets', () => {
    expect(sameAnswerValue(['a', 'b'], ['b', 'a'])).toBe(true);
    expect(sameAnswerValue(['a', 'b'], ['a'])).toBe(false);
    expect(sameAnswerValue(['a', 'a'], ['a', 'b'])).toBe(false);
    expect(sameAnswerValue([], [])).toBe(true);
    expect(sameAnswerValue(['a'], 'a')).toBe(false);
    const kenya = { code: 'KEN', resident: true };
    const uganda = { code: 'UGA', resident: false };
    expect(sameAnswerValue([kenya, uganda], [uganda, kenya])).toBe(true);
    expect(sameAnswerValue([kenya, uganda], [kenya, { ...uganda, resident: true }])).toBe(false);
  });
});

describe('differingParts and answerChanged', () => {
  it('names what changed, treating blank and whitespace texts alike', () => {
    expect(differingParts(answered(5), answered(5))).toEqual([]);
    expect(differingParts(answered(5), answered(6))).toEqual(['value']);
    expect(differingParts(answered(5), { state: 'unknown' })).toEqual(['state', 'value']);
    expect(differingParts({ state: 'not_applicable' }, { state: 'unknown' })).toEqual(['state']);
    expect(differingParts(answered(5, { note: 'from the ledger' }), answered(5, { note: 'from the ledger ' }))).toEqual([]);
    expect(differingParts(answered(5, { justification: '' }), answered(5))).toEqual([]);
    expect(differingParts(answered(5), answered(5, { justification: 'reason', note: 'n' }))).toEqual(['justification', 'note']);
    expect(differingParts(undefined, answered(5, { note: 'n' }))).toEqual(['state', 'value', 'note']);
  });

  it('calls an answer changed only when its state or value differs', () => {
    expect(answerChanged(answered(5), answered(5, { note: 'new note' }))).toBe(false);
    expect(answerChanged(answered('interim'), answered('filled'))).toBe(true);
    expect(answerChanged(undefined, { state: 'unknown' })).toBe(true);
    expect(answerChanged(answered(['a', 'b']), answered(['b', 'a']))).toBe(false);
    expect(answerChanged(undefined, undefined)).toBe(false);
  });
});

describe('compareAnswers', () => {
  const previous: Answers = {
    'P1.1': answered('regional_office'),
    'P1.5': answered('interim', { justification: 'Post advertised.' }),
    'P2.2': answered(80),
    'P3.6': { state: 'not_applicable' },
    'P5.2': { state: 'unknown' },
  };
  const current: Answers = {
    'P1.1': answered('regional_office'),
    'P1.5': answered('filled'),
    'P2.2': answered(82.5),
    'P3.6': { state: 'not_applicable', note: 'No business operations of our own.' },
    'P4.6': answered(8_400_000),
  };

  it('lists every difference, in the framework order given, then the rest sorted', () => {
    const differences = compareAnswers(previous, current, ['P2.2', 'P1.5', 'P1.1']);
    expect(differences.map((difference) => [difference.indicatorId, difference.kind, difference.parts])).toEqual([
      ['P2.2', 'changed', ['value']],
      ['P1.5', 'changed', ['value', 'justification']],
      ['P3.6', 'changed', ['note']],
      ['P4.6', 'added', ['state', 'value']],
      ['P5.2', 'removed', ['state']],
    ]);
    expect(differences[0]).toMatchObject({ before: answered(80), after: answered(82.5) });
    expect(differences.find((difference) => difference.kind === 'removed')?.after).toBeUndefined();
  });

  it('finds nothing between equal answers, and reads only own keys', () => {
    expect(compareAnswers(previous, structuredClone(previous))).toEqual([]);
    const hostile = JSON.parse('{"__proto__": {"state": "unknown"}, "constructor": {"state": "unknown"}}') as Answers;
    expect(compareAnswers({}, {}, ['constructor', 'toString'])).toEqual([]);
    expect(compareAnswers({}, hostile).map((difference) => difference.indicatorId)).toEqual(['__proto__', 'constructor']);
  });

  it('is symmetric: what was added one way is removed the other, with the same parts', () => {
    const answer = fc.oneof(
      fc.record({ state: fc.constant('answered' as const), value: fc.oneof(fc.integer({ min: 0, max: 3 }), fc.boolean(), fc.constantFrom('a', 'b')) }),
      fc.record({ state: fc.constantFrom('not_applicable' as const, 'unknown' as const) }),
    );
    const answers = fc.dictionary(fc.constantFrom('P1', 'P2', 'P3', 'P4'), answer) as fc.Arbitrary<Answers>;
    fc.assert(
      fc.property(answers, answers, (a, b) => {
        const forward = compareAnswers(a, b);
        const backward = compareAnswers(b, a);
        expect(backward.map((difference) => difference.indicatorId)).toEqual(forward.map((difference) => difference.indicatorId));
        for (const [index, difference] of forward.entries()) {
          const mirror = backward[index]!;
          expect(mirror.parts).toEqual(difference.parts);
          const opposite = { added: 'removed', removed: 'added', changed: 'changed' }[difference.kind];
          expect(mirror.kind).toBe(opposite);
        }
        expect(compareAnswers(a, a)).toEqual([]);
      }),
    );
  });
});
