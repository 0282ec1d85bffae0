import { describe, expect, it } from 'vitest';
import type { Answers } from '../../../shared/assessment/answer';
import { blockersAsProblems, blockersFromProblems, submissionBlockers } from '../../../shared/assessment/submission-blockers';
import { scoreAssessment } from '../../../shared/scoring/score-assessment';
import { framework, indicator, linear, percent, perspective, yesno } from '../../fixtures/scoring/test-framework';

const scorecard = framework([
  perspective('P1', 1, [
    indicator('A', percent, linear(0, 100)),
    indicator('B', percent, linear(0, 100), { justifyWhenRed: false }),
    indicator('C', yesno, { rule: 'yesno' }),
    indicator('D', percent, linear(0, 100)),
  ]),
]);

/** The blockers of these answers, read from their score as the backend and the editor do. */
const blockersOf = (answers: Answers) => submissionBlockers(scoreAssessment(scorecard, answers));

describe('submissionBlockers', () => {
  it('lists red indicators without justification and invalid values, in framework order', () => {
    expect(
      blockersOf({
        D: { state: 'answered', value: 10 },
        A: { state: 'answered', value: 150 },
        B: { state: 'answered', value: 5 },
        C: { state: 'answered', value: false, justification: ' ' },
      }),
    ).toEqual([
      { indicatorId: 'A', reason: 'invalid_value' },
      { indicatorId: 'C', reason: 'justification_required' },
      { indicatorId: 'D', reason: 'justification_required' },
    ]);
  });

  it('does not block on blank, not applicable, unknown, green or justified red answers', () => {
    expect(
      blockersOf({
        A: { state: 'not_applicable' },
        B: { state: 'unknown' },
        C: { state: 'answered', value: false, justification: 'no budget line this year' },
      }),
    ).toEqual([]);
    expect(blockersOf({ D: { state: 'answered', value: 95 } })).toEqual([]);
  });
});

describe('blockers carried as the problems of a refused submit', () => {
  it('come back out as they went in, and nothing else does', () => {
    const blockers = blockersOf({ A: { state: 'answered', value: 150 }, D: { state: 'answered', value: 10 } });
    const problems = blockersAsProblems(blockers);
    expect(problems).toEqual([
      { path: 'A', message: 'invalid_value' },
      { path: 'D', message: 'justification_required' },
    ]);
    expect(blockersFromProblems(problems)).toEqual(blockers);
    expect(
      blockersFromProblems([{ path: '', message: 'invalid_value' }, { path: 'cycle', message: 'must be after 2024' }, ...problems]),
    ).toEqual(blockers);
    expect(blockersFromProblems(undefined)).toEqual([]);
  });
});
