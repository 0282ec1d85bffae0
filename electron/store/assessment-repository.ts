import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { AppError } from '../../shared/api/app-error';
import type { AssessmentSummary } from '../../shared/api/contract';
import { answerSchema, type Answers } from '../../shared/assessment/answer';
import {
  ASSESSMENT_SCHEMA_ID,
  ASSESSMENT_STATUSES,
  assessmentDocumentSchema,
  type AssessmentDocument,
} from '../../shared/assessment/assessment-document';
import type { FrameworkRef } from '../../shared/framework/framework-schema';
import { officeProfileSchema, type OfficeProfile } from '../../shared/office/office-profile';
import { zodProblems } from '../backend/dispatch';
import type { Store } from './store';

export interface NewAssessment {
  office: OfficeProfile;
  cycle: number;
  assessor?: string;
  framework: FrameworkRef;
}

interface AssessmentRow {
  id: string;
  office_name: string;
  office_code: string | null;
  current_tier: string;
  region: string;
  host_country: string;
  cycle: number;
  assessor: string | null;
  framework_hash: string;
  framework_id: string;
  framework_version: string;
  status: string;
  revision: number;
  created_at: string;
  updated_at: string;
}

const SELECT_ASSESSMENT = `
  SELECT a.id, a.office_name, a.office_code, a.current_tier, a.region, a.host_country, a.cycle,
         a.assessor, a.framework_hash, f.id AS framework_id, f.version AS framework_version,
         a.status, a.revision, a.created_at, a.updated_at
  FROM assessments AS a JOIN frameworks AS f ON f.hash = a.framework_hash`;

const statusSchema = z.enum(ASSESSMENT_STATUSES);

function blankToNull(value: string | undefined): string | null {
  return value === undefined || value.trim() === '' ? null : value;
}

/** Optional fields are left out rather than set to undefined, so documents compare and serialise cleanly. */
function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, entry]) => entry !== undefined)) as T;
}

/**
 * Rows are checked against the shared schemas on the way out as well as on the way in: the
 * file sits on a user's disk and a row that no longer fits must fail loudly, not reach the UI.
 */
function toSummary(row: AssessmentRow): AssessmentSummary {
  const office = officeProfileSchema.safeParse({
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
    framework: { id: row.framework_id, version: row.framework_version, hash: row.framework_hash },
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/**
 * Assessments and their answers. Every write that spans several rows is one transaction, so a
 * failure leaves the store as it was; later operations (answers, history, import/export) build
 * on insert/get here rather than writing their own SQL for the same rows.
 */
export class AssessmentRepository {
  constructor(
    private readonly store: Store,
    private readonly clock: () => Date = () => new Date(),
  ) {}

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
    return this.insert({
      schema: ASSESSMENT_SCHEMA_ID,
      id: randomUUID(),
      office: withoutUndefined({ ...input.office, code: blankToNull(input.office.code) ?? undefined }),
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
   * Stores a whole assessment document (a new draft, or later an imported one): the row and all
   * its answers in one transaction. The framework must be installed under the same id and version.
   */
  insert(input: AssessmentDocument): AssessmentSummary {
    const parsed = assessmentDocumentSchema.safeParse(input);
    if (!parsed.success) {
      throw new AppError('invalid_request', 'invalid assessment document', { problems: zodProblems(parsed.error) });
    }
    const document = parsed.data;
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
        `INSERT INTO assessments (id, office_name, office_code, current_tier, region, host_country, cycle, assessor,
                                  framework_hash, status, revision, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        [
          document.id,
          document.office.name,
          blankToNull(document.office.code),
          document.office.currentTier,
          document.office.region,
          document.office.hostCountry,
          document.cycle,
          blankToNull(document.assessor),
          document.framework.hash,
          document.status,
          document.revision,
          document.createdAt,
          document.updatedAt,
        ],
      );
      for (const [indicatorId, answer] of Object.entries(document.answers)) {
        this.store.run('INSERT INTO answers (assessment_id, indicator_id, answer_json, updated_at) VALUES (?, ?, ?, ?)', [
          document.id,
          indicatorId,
          JSON.stringify(answer),
          document.updatedAt,
        ]);
      }
      return this.summary(document.id);
    });
  }

  /** The summary of one assessment; AppError not_found if there is none. */
  summary(id: string): AssessmentSummary {
    const row = this.store.get<AssessmentRow>(`${SELECT_ASSESSMENT} WHERE a.id = ?`, [id]);
    if (!row) throw new AppError('not_found', 'no such assessment', { params: { id } });
    return toSummary(row);
  }

  /** The whole assessment as a self-contained document; AppError not_found if there is none. */
  get(id: string): AssessmentDocument {
    return this.store.transaction(() => {
      const summary = this.summary(id);
      const row = this.store.get<{ assessor: string | null }>('SELECT assessor FROM assessments WHERE id = ?', [id]);
      const document = assessmentDocumentSchema.safeParse(withoutUndefined({
        schema: ASSESSMENT_SCHEMA_ID,
        id: summary.id,
        office: withoutUndefined({
          name: summary.officeName,
          code: summary.officeCode,
          currentTier: summary.currentTier,
          region: summary.region,
          hostCountry: summary.hostCountry,
        }),
        cycle: summary.cycle,
        assessor: row?.assessor ?? undefined,
        framework: summary.framework,
        status: summary.status,
        revision: summary.revision,
        answers: this.answers(id),
        createdAt: summary.createdAt,
        updatedAt: summary.updatedAt,
      }));
      if (!document.success) throw new Error(`assessment ${id} in the database does not fit the schema`);
      return document.data;
    });
  }

  private answers(id: string): Answers {
    const answers: Answers = {};
    for (const row of this.store.all<{ indicator_id: string; answer_json: string }>(
      'SELECT indicator_id, answer_json FROM answers WHERE assessment_id = ? ORDER BY indicator_id',
      [id],
    )) {
      const answer = answerSchema.safeParse(JSON.parse(row.answer_json));
      if (!answer.success) throw new Error(`answer ${row.indicator_id} of assessment ${id} does not fit the schema`);
      answers[row.indicator_id] = answer.data;
    }
    return answers;
  }
}
