import { describe, expect, it } from 'vitest';
import type { Answers } from '../../../shared/assessment/answer';
import { mergedAnswers } from '../../../shared/picture/merged-answers';

describe('mergedAnswers', () => {
  const base: Answers = { 'P1.4': { state: 'answered', value: 'yes' }, 'P3.4': { state: 'answered', value: 10 }, 'P5.2': { state: 'unknown' } };
  const other: Answers = { 'P1.4': { state: 'answered', value: 'yes' }, 'P3.4': { state: 'answered', value: 80, note: 'common back office since May' } };
  const revisions = new Map([['base', base], ['other', other]]);

  it('takes each picked indicator from the revision named, the rest from the base', () => {
    expect(mergedAnswers(base, revisions, { 'P3.4': 'other', 'P1.4': 'base' })).toEqual({ ...base, 'P3.4': other['P3.4'] });
  });

  it('leaves an indicator blank when the revision picked has no answer for it', () => {
    const merged = mergedAnswers(base, revisions, { 'P5.2': 'other' });
    expect(Object.prototype.hasOwnProperty.call(merged, 'P5.2')).toBe(false);
    expect(base['P5.2']).toEqual({ state: 'unknown' }); // the base itself is not changed
  });

  it('keeps the base answer when a pick names a revision it was not given', () => {
    expect(mergedAnswers(base, revisions, { 'P3.4': 'unknown-revision' })).toEqual(base);
  });
});
