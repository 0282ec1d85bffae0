import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { AppError } from '../../shared/api/app-error';
import type { AssessmentSummary } from '../../shared/api/contract';
import { storedAnswerSchema, type Answer, type Answers } from '../../shared/assessment/answer';
import {
  ASSESSMENT_SCHEMA_ID,
  ASSESSMENT_STATUSES,
  assessmentDocumentSchema,
  storedAssessmentDocumentSchema,
  type AssessmentDocument,
} from '../../shared/assessment/assessment-document';
import type { FrameworkRef } from '../../shared/framework/framework-schema';
import { storedOfficeProfileSchema, type OfficeProfile } from '../../shared/office/office-profile';
import { zodProblems } from '../backend/dispatch';
import { ChangeLog } from './change-log';
import { blankToNull, profileField, type ProfileValue } from './profile-fields';
import type { Store } from './store';

export interface NewAssessment {
  office: OfficeProfile;
  cycle: number;
  assessor?: string;
  framework: FrameworkRef;
}

interface AssessmentRow {
  id: string;
  office_id: string | null;
  lineage_id: string | null;
  office_name: string;
  office_code: string | null;
  current_tier: string;
  region: string;
  host_country: string;
  fragile_context: number | null;
  cycle: number;
  assessor: string | null;
  framework_hash: string;
  framework_id: string;
  framework_version: string;
  status: string;
  revision: number;
  previous_revision_id: string | null;
  previous_cycle_id: string | null;
  submitted_at: string | null;
  latest_revision: number;
  created_at: string;
  updated_at: string;
}

const SELECT_ASSESSMENT = `
  SELECT a.id, a.office_id, a.lineage_id, a.office_name, a.office_code, a.current_tier, a.region, a.host_country, a.fragile_context, a.cycle,
         a.assessor, a.framework_hash, f.id AS framework_id, f.version AS framework_version,
         a.status, a.revision, a.previous_revision_id, a.previous_cycle_id, a.submitted_at,
         NOT EXISTS (SELECT 1 FROM assessments AS n WHERE n.previous_revision_id = a.id) AS latest_revision,
         a.created_at, a.updated_at
  FROM assessments AS a JOIN frameworks AS f ON f.hash = a.framework_hash`;

const statusSchema = z.enum(ASSESSMENT_STATUSES);

/** Optional fields are left out rather than set to undefined, so documents compare and serialise cleanly. */
function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, entry]) => entry !== undefined)) as T;
}

/**
 * Rows are checked against the shared schemas on the way out as well as on the way in: the
 * file sits on a user's disk and a row that no longer fits must fail loudly, not reach the UI.
 * On the way out a country code need only be a code (the stored* schemas): one the country list
 * no longer holds is the user's to replace, not damage (shared/geo/unlisted-countries.ts).
 */
function toSummary(row: AssessmentRow): AssessmentSummary {
  const office = storedOfficeProfileSchema.safeParse({
    name: row.office_name,
    code: row.office_code ?? undefined,
    currentTier: row.current_tier,
    region: row.region,
    hostCountry: row.host_country,
  });
  const status = statusSchema.safeParse(row.status);
  if (!office.success || !status.success) throw new Error(`assessment ${row.id} in the database does not fit the schema`);
  return {
    id: row.id,
    officeName: office.data.name,
    ...(office.data.code === undefined ? {} : { officeCode: office.data.code }),
    currentTier: office.data.currentTier,
    region: office.data.region,
    hostCountry: office.data.hostCountry,
    cycle: row.cycle,
    status: status.data,
    revision: row.revision,
    latestRevision: row.latest_revision === 1,
    ...(row.previous_revision_id === null ? {} : { previousRevisionId: row.previous_revision_id }),
    ...(row.previous_cycle_id === null ? {} : { previousCycleId: row.previous_cycle_id }),
    framework: { id: row.framework_id, version: row.framework_version, hash: row.framework_hash },
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/**
 * Assessments and their answers. Every write that spans several rows is one transaction, so a
 * failure leaves the store as it was; the workflow (assessment-edits.ts, assessment-lifecycle.ts)
 * builds on the row-level methods here rather than writing its own SQL for the same rows.
 */
export class AssessmentRepository {
  private readonly changes: ChangeLog;

  constructor(
    private readonly store: Store,
    private readonly clock: () => Date = () => new Date(),
  ) {
    this.changes = new ChangeLog(store, clock);
  }

  /** Newest activity first. */
  list(): AssessmentSummary[] {
    return this.store
      .all<AssessmentRow>(`${SELECT_ASSESSMENT} ORDER BY a.updated_at DESC, a.rowid DESC`)
      .map(toSummary);
  }

  /** A new draft, revision 1, with no answers. */
  create(input: NewAssessment): AssessmentSummary {
    const now = this.clock().toISOString();
    const assessor = blankToNull(input.assessor);
    const id = randomUUID();
    const code = blankToNull(input.office.code);
    return this.insert({
      schema: ASSESSMENT_SCHEMA_ID,
      id,
      officeId: this.officeIdFor(input.office.name, code) ?? randomUUID(),
      lineageId: id,
      office: withoutUndefined({
        ...input.office,
        code: code ?? undefined,
        fragileContext: input.office.fragileContext === true ? true : undefined,
      }),
      cycle: input.cycle,
      ...(assessor === null ? {} : { assessor }),
      framework: input.framework,
      status: 'draft',
      revision: 1,
      answers: {},
      createdAt: now,
      updatedAt: now,
    });
  }

  /**
   * Stores a whole assessment document (a new draft, a reopened revision, or later an imported
   * one): the row, all its answers and the first history entry in one transaction. The
   * framework must be installed under the same id and version. A document from outside is
   * input and must name listed countries only; one copied from this store (a reopened revision,
   * the next cycle: `origin` 'store') keeps the codes it holds, so that an unlisted one can be
   * corrected in the new draft rather than block reopening.
   */
  insert(input: AssessmentDocument, action: 'create' | 'reopen' = 'create', origin: 'input' | 'store' = 'input'): AssessmentSummary {
    const parsed = (origin === 'store' ? storedAssessmentDocumentSchema : assessmentDocumentSchema).safeParse(input);
    if (!parsed.success) {
      throw new AppError('invalid_request', 'invalid assessment document', { problems: zodProblems(parsed.error) });
    }
    const document = parsed.data;
    // A first revision starts its own lineage; a document without an office id (a file from
    // before identities existed) gets a new one. Reopened revisions and imports bring theirs.
    const officeId = document.officeId ?? randomUUID();
    const lineageId = document.lineageId ?? (document.previousRevisionId === undefined ? document.id : undefined);
    if (lineageId === undefined) {
      throw new AppError('invalid_request', 'a reopened revision must name its lineage', { problems: [{ path: 'lineageId', message: 'required' }] });
    }
    return this.store.transaction(() => {
      const framework = this.store.get<{ id: string; version: string }>('SELECT id, version FROM frameworks WHERE hash = ?', [
        document.framework.hash,
      ]);
      if (!framework) {
        throw new AppError('not_found', 'the framework of this assessment is not installed', {
          params: { framework: `${document.framework.id} ${document.framework.version}` },
        });
      }
      if (framework.id !== document.framework.id || framework.version !== document.framework.version) {
        throw new AppError('conflict', 'framework id or version does not match its hash', {
          params: { framework: `${document.framework.id} ${document.framework.version}` },
        });
      }
      if (this.store.get('SELECT 1 FROM assessments WHERE id = ?', [document.id])) {
        throw new AppError('conflict', 'an assessment with this id already exists', { params: { id: document.id } });
      }
      this.store.run(
        `INSERT INTO assessments (id, office_id, lineage_id, office_name, office_code, current_tier, region, host_country, fragile_context, cycle, assessor,
                                  framework_hash, status, revision, previous_revision_id, previous_cycle_id, submitted_at,
                                  created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        [
          document.id,
          officeId,
          lineageId,
          document.office.name,
          blankToNull(document.office.code),
          document.office.currentTier,
          document.office.region,
          document.office.hostCountry,
          document.office.fragileContext === true ? 1 : null,
          document.cycle,
          blankToNull(document.assessor),
          document.framework.hash,
          document.status,
          document.revision,
          document.previousRevisionId ?? null,
          document.previousCycleId ?? null,
          document.submittedAt ?? null,
          document.createdAt,
          document.updatedAt,
        ],
      );
      for (const [indicatorId, answer] of Object.entries(document.answers)) {
        this.writeAnswer(document.id, indicatorId, answer, document.updatedAt);
      }
      this.changes.append({
        assessmentId: document.id,
        kind: 'status',
        action,
        before: action === 'reopen' ? 'submitted' : null,
        after: document.status,
      });
      return this.summary(document.id);
    });
  }

  /** Runs several reads as one transaction, so they see one state of the store (a package's content). */
  transactionally<T>(fn: () => T): T {
    return this.store.transaction(fn);
  }

  /** The summary of one assessment; AppError not_found if there is none. */
  summary(id: string): AssessmentSummary {
    return toSummary(this.row(id));
  }

  /** The whole assessment as a self-contained document; AppError not_found if there is none. */
  get(id: string): AssessmentDocument {
    return this.store.transaction(() => {
      const row = this.row(id);
      const summary = toSummary(row);
      const document = storedAssessmentDocumentSchema.safeParse(withoutUndefined({
        schema: ASSESSMENT_SCHEMA_ID,
        id: summary.id,
        officeId: row.office_id ?? undefined,
        lineageId: row.lineage_id ?? undefined,
        office: withoutUndefined({
          name: summary.officeName,
          code: summary.officeCode,
          currentTier: summary.currentTier,
          region: summary.region,
          hostCountry: summary.hostCountry,
          fragileContext: row.fragile_context === 1 ? true : undefined,
        }),
        cycle: summary.cycle,
        assessor: row.assessor ?? undefined,
        framework: summary.framework,
        status: summary.status,
        revision: summary.revision,
        previousRevisionId: summary.previousRevisionId,
        previousCycleId: summary.previousCycleId,
        submittedAt: row.submitted_at ?? undefined,
        answers: this.answers(id),
        createdAt: summary.createdAt,
        updatedAt: summary.updatedAt,
      }));
      if (!document.success) throw new Error(`assessment ${id} in the database does not fit the schema`);
      return document.data;
    });
  }

  /**
   * The summary of a draft, for writes: AppError not_found if there is none, conflict
   * 'errors.assessment_locked' if it was submitted (a submitted revision never changes).
   */
  requireDraft(id: string): AssessmentSummary {
    const summary = this.summary(id);
    if (summary.status !== 'draft') {
      throw new AppError('conflict', 'the assessment is submitted and locked; reopen it to change it', {
        messageKey: 'errors.assessment_locked',
        params: { id },
      });
    }
    return summary;
  }

  /** One stored answer, or null when the indicator is blank. */
  answer(id: string, indicatorId: string): Answer | null {
    const row = this.store.get<{ answer_json: string }>('SELECT answer_json FROM answers WHERE assessment_id = ? AND indicator_id = ?', [
      id,
      indicatorId,
    ]);
    return row ? this.parseAnswer(id, indicatorId, row.answer_json) : null;
  }

  /** Upserts an answer, or deletes it for null (blank). Runs in the caller's transaction. */
  writeAnswer(id: string, indicatorId: string, answer: Answer | null, at: string): void {
    if (answer === null) {
      this.store.run('DELETE FROM answers WHERE assessment_id = ? AND indicator_id = ?', [id, indicatorId]);
      return;
    }
    this.store.run(
      `INSERT INTO answers (assessment_id, indicator_id, answer_json, updated_at) VALUES (?, ?, ?, ?)
       ON CONFLICT (assessment_id, indicator_id) DO UPDATE SET answer_json = excluded.answer_json, updated_at = excluded.updated_at`,
      [id, indicatorId, JSON.stringify(answer), at],
    );
  }

  /** Sets one profile column (profile-fields.ts). Runs in the caller's transaction. */
  writeProfileField(id: string, field: string, value: ProfileValue): void {
    // The column name comes from the fixed PROFILE_FIELDS list, never from input. SQLite has no booleans.
    const stored = typeof value === 'boolean' ? Number(value) : value;
    this.store.run(`UPDATE assessments SET ${profileField(field).column} = ? WHERE id = ?`, [stored, id]);
  }

  touch(id: string, at: string): void {
    this.store.run('UPDATE assessments SET updated_at = ? WHERE id = ?', [at, id]);
  }

  markSubmitted(id: string, at: string): void {
    this.store.run("UPDATE assessments SET status = 'submitted', submitted_at = ?, updated_at = ? WHERE id = ?", [at, at, id]);
  }

  /**
   * The id of the office an earlier assessment of this store was made for: the same office
   * code, or the same name when there is no code. A new office gets a new id (null here).
   */
  private officeIdFor(name: string, code: string | null): string | null {
    const row = this.store.get<{ office_id: string }>(
      code === null
        ? 'SELECT office_id FROM assessments WHERE office_code IS NULL AND office_name = ? AND office_id IS NOT NULL ORDER BY created_at DESC LIMIT 1'
        : 'SELECT office_id FROM assessments WHERE office_code = ? AND office_id IS NOT NULL ORDER BY created_at DESC LIMIT 1',
      [code === null ? name : code],
    );
    return row?.office_id ?? null;
  }

  private row(id: string): AssessmentRow {
    const row = this.store.get<AssessmentRow>(`${SELECT_ASSESSMENT} WHERE a.id = ?`, [id]);
    if (!row) throw new AppError('not_found', 'no such assessment', { params: { id } });
    return row;
  }

  private answers(id: string): Answers {
    const answers: Answers = {};
    for (const row of this.store.all<{ indicator_id: string; answer_json: string }>(
      'SELECT indicator_id, answer_json FROM answers WHERE assessment_id = ? ORDER BY indicator_id',
      [id],
    )) {
      answers[row.indicator_id] = this.parseAnswer(id, row.indicator_id, row.answer_json);
    }
    return answers;
  }

  private parseAnswer(id: string, indicatorId: string, json: string): Answer {
    const answer = storedAnswerSchema.safeParse(JSON.parse(json));
    if (!answer.success) throw new Error(`answer ${indicatorId} of assessment ${id} does not fit the schema`);
    return answer.data;
  }
}
