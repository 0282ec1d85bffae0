import { describe, expect, it } from 'vitest';
import { submissionBlockers } from '../../../electron/store/submission-blockers';
import { framework, indicator, linear, percent, perspective, yesno } from '../../fixtures/scoring/test-framework';

const scorecard = framework([
  perspective('P1', 1, [
    indicator('A', percent, linear(0, 100)),
    indicator('B', percent, linear(0, 100), { justifyWhenRed: false }),
    indicator('C', yesno, { rule: 'yesno' }),
    indicator('D', percent, linear(0, 100)),
  ]),
]);

describe('submissionBlockers', () => {
  it('lists red indicators without justification and invalid values, in framework order', () => {
    expect(
      submissionBlockers(scorecard, {
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
      submissionBlockers(scorecard, {
        A: { state: 'not_applicable' },
        B: { state: 'unknown' },
        C: { state: 'answered', value: false, justification: 'no budget line this year' },
      }),
    ).toEqual([]);
    expect(submissionBlockers(scorecard, { D: { state: 'answered', value: 95 } })).toEqual([]);
  });
});
