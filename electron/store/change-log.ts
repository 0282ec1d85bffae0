import { z } from 'zod';
import type { ChangeEntry } from '../../shared/api/contract';
import type { Store } from './store';

export type ChangeKind = ChangeEntry['kind'];
export type ChangeAction = ChangeEntry['action'];

export interface NewChange {
  assessmentId: string;
  kind: ChangeKind;
  indicatorId?: string;
  field?: string;
  action: ChangeAction;
  before: unknown;
  after: unknown;
  /** Only for action 'edit': the undo group the edit joins; absent or 'new' starts one. */
  editGroup?: number | 'new';
  /** Only for 'undo' and 'redo': the edit reverted or re-applied. */
  targetId?: number;
}

interface ChangeRow {
  id: number;
  assessment_id: string;
  at: string;
  actor: string;
  kind: string;
  indicator_id: string | null;
  field: string | null;
  action: string;
  before_json: string;
  after_json: string;
}

const kindSchema = z.enum(['answer', 'profile', 'status', 'evidence']);
const actionSchema = z.enum(['edit', 'undo', 'redo', 'submit', 'reopen', 'create', 'add', 'remove']);

const SELECT_CHANGE = `SELECT id, assessment_id, at, actor, kind, indicator_id, field, action, before_json, after_json FROM change_log`;

/** Kind and action are checked on the way out, like every row read back from the user's file. */
function toEntry(row: ChangeRow): ChangeEntry {
  const kind = kindSchema.safeParse(row.kind);
  const action = actionSchema.safeParse(row.action);
  if (!kind.success || !action.success) throw new Error(`change ${row.id} in the database does not fit the schema`);
  return {
    id: row.id,
    assessmentId: row.assessment_id,
    at: row.at,
    actor: row.actor,
    kind: kind.data,
    ...(row.indicator_id === null ? {} : { indicatorId: row.indicator_id }),
    ...(row.field === null ? {} : { field: row.field }),
    action: action.data,
    before: JSON.parse(row.before_json) as unknown,
    after: JSON.parse(row.after_json) as unknown,
  };
}

/**
 * The append-only history of every assessment: what changed, from what to what, when and by
 * whom. Rows are never updated except for their place on the undo stack (undo-stack.ts) and
 * never deleted while their assessment exists.
 */
export class ChangeLog {
  constructor(
    private readonly store: Store,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  /**
   * Appends one entry; must run inside the caller's transaction so the change and its record
   * commit together. The actor is the assessor named on the assessment at that moment.
   */
  append(change: NewChange): ChangeEntry {
    const actor = this.store.get<{ actor: string }>("SELECT coalesce(assessor, '') AS actor FROM assessments WHERE id = ?", [
      change.assessmentId,
    ]);
    if (!actor) throw new Error(`change for missing assessment ${change.assessmentId}`);
    const isEdit = change.action === 'edit';
    const { lastInsertRowid } = this.store.run(
      `INSERT INTO change_log (assessment_id, at, actor, kind, indicator_id, field, action, before_json, after_json,
                               stack, edit_group, target_id)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      [
        change.assessmentId,
        this.clock().toISOString(),
        actor.actor,
        change.kind,
        change.indicatorId ?? null,
        change.field ?? null,
        change.action,
        JSON.stringify(change.before ?? null),
        JSON.stringify(change.after ?? null),
        isEdit ? 'done' : 'none',
        isEdit && typeof change.editGroup === 'number' ? change.editGroup : null,
        change.targetId ?? null,
      ],
    );
    const id = Number(lastInsertRowid);
    // A new group is named after its first edit, so groups order like the edits themselves.
    if (isEdit && typeof change.editGroup !== 'number') {
      this.store.run('UPDATE change_log SET edit_group = id WHERE id = ?', [id]);
    }
    return this.entry(id);
  }

  entry(id: number): ChangeEntry {
    const row = this.store.get<ChangeRow>(`${SELECT_CHANGE} WHERE id = ?`, [id]);
    if (!row) throw new Error(`no change ${id}`);
    return toEntry(row);
  }

  /** Newest first; with an indicator, only the entries about it (its answer and its evidence). */
  list(assessmentId: string, indicatorId?: string): ChangeEntry[] {
    const rows =
      indicatorId === undefined
        ? this.store.all<ChangeRow>(`${SELECT_CHANGE} WHERE assessment_id = ? ORDER BY id DESC`, [assessmentId])
        : this.store.all<ChangeRow>(`${SELECT_CHANGE} WHERE assessment_id = ? AND indicator_id = ? ORDER BY id DESC`, [
            assessmentId,
            indicatorId,
          ]);
    return rows.map(toEntry);
  }

  /** The newest entry of an assessment (every assessment has at least its 'create' entry). */
  latest(assessmentId: string): ChangeEntry | undefined {
    const row = this.store.get<ChangeRow>(`${SELECT_CHANGE} WHERE assessment_id = ? ORDER BY id DESC LIMIT 1`, [assessmentId]);
    return row && toEntry(row);
  }
}
