import type { UndoState } from '../../shared/api/contract';
import type { Store } from './store';

/**
 * How many steps back undo reaches. History itself is never cut; only edits older than this
 * leave the stack, which keeps undo about recent work rather than last month's.
 */
export const UNDO_DEPTH = 200;

/** An edit on the stack: what to put back (undo) or put again (redo). */
export interface StackedEdit {
  id: number;
  kind: 'answer' | 'profile';
  indicatorId: string | null;
  field: string | null;
  before: unknown;
  after: unknown;
}

interface StackedRow {
  id: number;
  kind: string;
  indicator_id: string | null;
  field: string | null;
  before_json: string;
  after_json: string;
}

function toStacked(row: StackedRow): StackedEdit {
  if (row.kind !== 'answer' && row.kind !== 'profile') throw new Error(`change ${row.id} cannot be on the undo stack`);
  return {
    id: row.id,
    kind: row.kind,
    indicatorId: row.indicator_id,
    field: row.field,
    before: JSON.parse(row.before_json) as unknown,
    after: JSON.parse(row.after_json) as unknown,
  };
}

/**
 * The per-assessment linear undo stack, kept in change_log.stack so it survives a restart.
 * Edit rows are 'done' (undoable) or 'undone' (redoable); because a new edit closes every
 * undone one, the undone groups always come after the done ones: undo takes the newest done
 * group, redo the oldest undone group. All methods must run inside the caller's transaction.
 */
export class UndoStack {
  constructor(private readonly store: Store) {}

  state(assessmentId: string): UndoState {
    const row = this.store.get<{ canUndo: number; canRedo: number }>(
      `SELECT EXISTS (SELECT 1 FROM change_log WHERE assessment_id = ? AND stack = 'done') AS canUndo,
              EXISTS (SELECT 1 FROM change_log WHERE assessment_id = ? AND stack = 'undone') AS canRedo`,
      [assessmentId, assessmentId],
    );
    return { canUndo: row?.canUndo === 1, canRedo: row?.canRedo === 1 };
  }

  /** Before a new edit: the redo stack is discarded (its history stays). */
  discardRedo(assessmentId: string): void {
    this.store.run("UPDATE change_log SET stack = 'closed' WHERE assessment_id = ? AND stack = 'undone'", [assessmentId]);
  }

  /** After a new edit: groups beyond UNDO_DEPTH leave the stack. */
  trim(assessmentId: string): void {
    this.store.run(
      `UPDATE change_log SET stack = 'closed'
       WHERE assessment_id = ? AND stack = 'done' AND edit_group < (
         SELECT edit_group FROM (
           SELECT DISTINCT edit_group FROM change_log WHERE assessment_id = ? AND stack = 'done' ORDER BY edit_group DESC LIMIT 1 OFFSET ?
         )
       )`,
      [assessmentId, assessmentId, UNDO_DEPTH - 1],
    );
  }

  /** The edits of the newest done group, newest first (the order to revert them in). */
  nextUndo(assessmentId: string): StackedEdit[] {
    return this.group(assessmentId, 'done', 'MAX', 'DESC');
  }

  /** The edits of the oldest undone group, oldest first (the order to re-apply them in). */
  nextRedo(assessmentId: string): StackedEdit[] {
    return this.group(assessmentId, 'undone', 'MIN', 'ASC');
  }

  mark(ids: readonly number[], stack: 'done' | 'undone'): void {
    for (const id of ids) this.store.run('UPDATE change_log SET stack = ? WHERE id = ?', [stack, id]);
  }

  /** Submission freezes the assessment: nothing before it can be undone. */
  clear(assessmentId: string): void {
    this.store.run("UPDATE change_log SET stack = 'closed' WHERE assessment_id = ? AND stack IN ('done', 'undone')", [assessmentId]);
  }

  private group(assessmentId: string, stack: 'done' | 'undone', pick: 'MAX' | 'MIN', order: 'ASC' | 'DESC'): StackedEdit[] {
    // pick and order come from the two call sites above, never from input.
    return this.store
      .all<StackedRow>(
        `SELECT id, kind, indicator_id, field, before_json, after_json FROM change_log
         WHERE assessment_id = ? AND stack = ? AND edit_group = (
           SELECT ${pick}(edit_group) FROM change_log WHERE assessment_id = ? AND stack = ?
         )
         ORDER BY id ${order}`,
        [assessmentId, stack, assessmentId, stack],
      )
      .map(toStacked);
  }
}
