import type { SubmissionBlocker } from '../../shared/api/contract';
import type { Answers } from '../../shared/assessment/answer';
import type { Framework } from '../../shared/framework/framework-schema';
import { scoreAssessment } from '../../shared/scoring/score-assessment';

/**
 * What stops a draft from being submitted, in framework order: a red indicator without a
 * written justification, and a stored value that does not fit its input (possible when a
 * value was imported or the framework's limits changed). Blank answers do not block: an
 * office may not know everything, and coverage already shows it.
 */
export function submissionBlockers(framework: Framework, answers: Answers): SubmissionBlocker[] {
  const score = scoreAssessment(framework, answers);
  const red = new Set(score.redWithoutJustification);
  return score.indicators.flatMap((indicator): SubmissionBlocker[] => {
    if (red.has(indicator.indicatorId)) return [{ indicatorId: indicator.indicatorId, reason: 'justification_required' }];
    if (indicator.status === 'invalid') return [{ indicatorId: indicator.indicatorId, reason: 'invalid_value' }];
    return [];
  });
}
