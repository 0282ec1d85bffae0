import type { Handlers } from '../dispatch';
import type { StoreSession } from '../store-session';

/** Answers, their undo/redo, and the history of changes. */
export function answerHandlers(
  session: StoreSession,
): Pick<Handlers, 'answers.set' | 'edits.undo' | 'edits.redo' | 'edits.state' | 'history.list'> {
  return {
    'answers.set': ({ assessmentId, indicatorId, answer }) => session.repositories().edits.setAnswer(assessmentId, indicatorId, answer),
    'edits.undo': ({ assessmentId }) => session.repositories().edits.undo(assessmentId),
    'edits.redo': ({ assessmentId }) => session.repositories().edits.redo(assessmentId),
    'edits.state': ({ assessmentId }) => session.repositories().edits.undoState(assessmentId),
    'history.list': ({ assessmentId, indicatorId }) => {
      const { assessments, changes } = session.repositories();
      assessments.summary(assessmentId); // not_found for an unknown assessment, rather than an empty list
      return changes.list(assessmentId, indicatorId);
    },
  };
}
