import type { FieldProblem } from '../api/app-error';
import type { SubmissionBlocker } from '../api/contract';
import type { AssessmentScore } from '../scoring/assessment-score';

const REASONS: readonly SubmissionBlocker['reason'][] = ['justification_required', 'invalid_value'];

/**
 * What stops a draft from being submitted, in framework order: a red indicator without a
 * written justification, and a stored value that does not fit its input (possible when a
 * value was imported or the framework's limits changed). Blank answers do not block: an
 * office may not know everything, and coverage already shows it.
 * Read from the score (scoreAssessment), so the backend's check on submit and the editor's live
 * list are one rule.
 */
export function submissionBlockers(score: AssessmentScore): SubmissionBlocker[] {
  const red = new Set(score.redWithoutJustification);
  return score.indicators.flatMap((indicator): SubmissionBlocker[] => {
    if (red.has(indicator.indicatorId)) return [{ indicatorId: indicator.indicatorId, reason: 'justification_required' }];
    if (indicator.status === 'invalid') return [{ indicatorId: indicator.indicatorId, reason: 'invalid_value' }];
    return [];
  });
}

/** A refused submit carries its blockers as the error's problems: path = indicator id, message = reason. */
export function blockersAsProblems(blockers: readonly SubmissionBlocker[]): FieldProblem[] {
  return blockers.map((blocker) => ({ path: blocker.indicatorId, message: blocker.reason }));
}

/** The blockers back out of a refused submit's problems; any other problem is not one. */
export function blockersFromProblems(problems: readonly FieldProblem[] | undefined): SubmissionBlocker[] {
  return (problems ?? [])
    .filter((problem) => problem.path !== '' && (REASONS as readonly string[]).includes(problem.message))
    .map((problem) => ({ indicatorId: problem.path, reason: problem.message as SubmissionBlocker['reason'] }));
}
