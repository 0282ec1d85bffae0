import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Answers } from '../../../../shared/assessment/answer';
import type { Framework } from '../../../../shared/framework/framework-schema';
import { scoreAssessment } from '../../../../shared/scoring/score-assessment';
import { blockersFrom, focusTargetFor } from '../../../../renderer/screens/assessment-editor/progress-panel';

const framework = JSON.parse(
  fs.readFileSync(path.resolve(import.meta.dirname, '../../../../resources/frameworks/fieldscore-default-1.0.0.json'), 'utf8'),
) as Framework;

describe('what blocks submission, computed live', () => {
  const answers: Answers = {
    'P1.5': { state: 'answered', value: 'interim' }, // red, no justification
    'P1.6': { state: 'answered', value: 'partly', justification: 'Delegation under review.' }, // red, justified
    'P1.7': { state: 'answered', value: 150 }, // out of range: invalid
    'P2.3': { state: 'answered', value: 96 }, // green
    'P4.1': { state: 'answered', value: 50 }, // red, no justification
  };
  const score = scoreAssessment(framework, answers);

  it('lists red-without-justification and invalid values, in framework order, with their perspective', () => {
    expect(blockersFrom(score, {})).toEqual([
      { indicatorId: 'P1.5', perspectiveId: 'P1', reason: 'justification_required' },
      { indicatorId: 'P1.7', perspectiveId: 'P1', reason: 'invalid_value' },
      { indicatorId: 'P4.1', perspectiveId: 'P4', reason: 'justification_required' },
    ]);
  });

  it('adds edits the backend refused, which are on screen but not saved', () => {
    const blockers = blockersFrom(score, { 'P2.3': { state: 'rejected' }, 'P1.5': { state: 'rejected' } });
    expect(blockers.map((blocker) => [blocker.indicatorId, blocker.reason])).toEqual([
      ['P1.5', 'unsaved'],
      ['P1.7', 'invalid_value'],
      ['P2.3', 'unsaved'],
      ['P4.1', 'justification_required'],
    ]);
  });

  it('sends the focus to what needs attention', () => {
    const byId = (id: string) => score.indicators.find((indicator) => indicator.indicatorId === id);
    expect(focusTargetFor(byId('P1.5'))).toBe('justification');
    expect(focusTargetFor(byId('P1.7'))).toBe('value');
    expect(focusTargetFor(byId('P5.3'))).toBe('value'); // blank
    expect(focusTargetFor(byId('P2.3'))).toBe('heading');
    expect(focusTargetFor(undefined)).toBe('heading');
  });
});
