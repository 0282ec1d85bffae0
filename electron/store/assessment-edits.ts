import canonicalize from 'canonicalize';
import { AppError } from '../../shared/api/app-error';
import type { ChangeEntry, EditOutcome, UndoOutcome, UndoState } from '../../shared/api/contract';
import type { Answer } from '../../shared/assessment/answer';
import type { AssessmentDocument } from '../../shared/assessment/assessment-document';
import { checkAnswerValue } from '../../shared/assessment/check-answer';
import type { OfficeProfile } from '../../shared/office/office-profile';
import type { AssessmentRepository } from './assessment-repository';
import type { ChangeLog } from './change-log';
import type { DraftWrites } from './draft-writes';
import { PROFILE_FIELDS, profileField, type ProfileValue } from './profile-fields';
import type { Store } from './store';
import { UndoStack, type StackedEdit } from './undo-stack';

export interface ProfileUpdate {
  office: OfficeProfile;
  cycle: number;
  /** Absent or blank clears it: the form sends the whole profile. */
  assessor?: string;
}

function sameValue(a: unknown, b: unknown): boolean {
  return canonicalize(a) === canonicalize(b);
}

/** An empty note or justification is the same as none, so clearing one is not a stored "". */
function normalised(answer: Answer | null): Answer | null {
  if (answer === null) return null;
  const copy: Answer = { ...answer };
  if (copy.note === '') delete copy.note;
  if (copy.justification === '') delete copy.justification;
  return copy;
}

/**
 * Edits of a draft: answers (with their notes and justifications) and profile fields. Each
 * edit is one transaction — the value, its history entry, the undo stack and updated_at
 * commit together, and synchronous=FULL makes the commit durable before the call returns.
 */
export class AssessmentEdits {
  private readonly stack: UndoStack;

  constructor(
    private readonly store: Store,
    private readonly assessments: AssessmentRepository,
    private readonly drafts: DraftWrites,
    private readonly changes: ChangeLog,
    private readonly clock: () => Date = () => new Date(),
  ) {
    this.stack = new UndoStack(store);
  }

  /**
   * Sets one answer (null: back to blank). An edit identical to the stored answer records
   * nothing: the outcome then carries the assessment's newest change and its time, as of
   * which everything is already saved.
   */
  setAnswer(assessmentId: string, indicatorId: string, input: Answer | null): EditOutcome {
    const outcome = this.store.transaction(() => {
      const indicator = this.drafts.requireIndicator(assessmentId, indicatorId);
      const answer = normalised(input);
      if (answer?.state === 'answered') {
        const check = checkAnswerValue(indicator, answer.value);
        if (!check.ok) {
          throw new AppError('invalid_request', `the value does not fit indicator ${indicatorId}`, {
            messageKey: check.messageKey,
            params: check.params,
            problems: [{ path: 'answer.value', message: check.messageKey }],
          });
        }
      }
      const before = this.assessments.answer(assessmentId, indicatorId);
      if (sameValue(before, answer)) {
        const latest = this.changes.latest(assessmentId);
        if (!latest) throw new Error(`assessment ${assessmentId} has no history`);
        return { change: latest, recorded: false, undo: this.stack.state(assessmentId) };
      }
      this.stack.discardRedo(assessmentId);
      const change = this.drafts.record({ assessmentId, kind: 'answer', indicatorId, action: 'edit', before, after: answer });
      this.assessments.writeAnswer(assessmentId, indicatorId, answer, change.at);
      this.stack.trim(assessmentId);
      return { change, recorded: true, undo: this.stack.state(assessmentId) };
    });
    // Read after the transaction returned, i.e. after the commit (and its fsync) completed.
    const savedAt = outcome.recorded ? this.clock().toISOString() : outcome.change.at;
    return { change: outcome.change, savedAt, undo: outcome.undo };
  }

  /**
   * Replaces the profile (office, cycle, assessor). Each changed field is one history entry;
   * together they are one undo step. An identical profile records nothing.
   */
  updateProfile(id: string, update: ProfileUpdate): AssessmentDocument {
    this.store.transaction(() => {
      this.assessments.requireDraft(id);
      const current = this.assessments.get(id);
      const changed = PROFILE_FIELDS.map((field) => ({ field, before: field.read(current), after: field.read(update) })).filter(
        ({ before, after }) => before !== after,
      );
      if (changed.length === 0) return;
      this.stack.discardRedo(id);
      let group: number | 'new' = 'new';
      for (const { field, before, after } of changed) {
        const change = this.drafts.record({ assessmentId: id, kind: 'profile', field: field.field, action: 'edit', before, after, editGroup: group });
        if (group === 'new') group = change.id;
        this.assessments.writeProfileField(id, field.field, after);
      }
      this.stack.trim(id);
    });
    return this.assessments.get(id);
  }

  undoState(assessmentId: string): UndoState {
    return this.store.transaction(() => {
      this.assessments.summary(assessmentId);
      return this.stack.state(assessmentId);
    });
  }

  /** Reverts the newest undoable step; change is null when there is none. */
  undo(assessmentId: string): UndoOutcome {
    return this.step(assessmentId, 'undo');
  }

  /** Re-applies the most recently undone step; change is null when there is none. */
  redo(assessmentId: string): UndoOutcome {
    return this.step(assessmentId, 'redo');
  }

  private step(assessmentId: string, action: 'undo' | 'redo'): UndoOutcome {
    return this.store.transaction(() => {
      this.assessments.requireDraft(assessmentId);
      const edits = action === 'undo' ? this.stack.nextUndo(assessmentId) : this.stack.nextRedo(assessmentId);
      let first: ChangeEntry | null = null;
      for (const edit of edits) {
        const target = action === 'undo' ? edit.before : edit.after;
        const change = this.drafts.record({
          assessmentId,
          kind: edit.kind,
          ...(edit.indicatorId === null ? {} : { indicatorId: edit.indicatorId }),
          ...(edit.field === null ? {} : { field: edit.field }),
          action,
          before: this.current(assessmentId, edit),
          after: target,
          targetId: edit.id,
        });
        this.apply(assessmentId, edit, target, change.at);
        first ??= change;
      }
      this.stack.mark(
        edits.map((edit) => edit.id),
        action === 'undo' ? 'undone' : 'done',
      );
      return { change: first, document: this.assessments.get(assessmentId), undo: this.stack.state(assessmentId) };
    });
  }

  private current(assessmentId: string, edit: StackedEdit): unknown {
    if (edit.kind === 'answer') return this.assessments.answer(assessmentId, edit.indicatorId ?? '');
    return profileField(edit.field ?? '').read(this.assessments.get(assessmentId));
  }

  /** Values on the stack were validated when first written; they go back as they were. */
  private apply(assessmentId: string, edit: StackedEdit, value: unknown, at: string): void {
    if (edit.kind === 'answer') this.assessments.writeAnswer(assessmentId, edit.indicatorId ?? '', value as Answer | null, at);
    else this.assessments.writeProfileField(assessmentId, edit.field ?? '', value as ProfileValue);
  }
}
