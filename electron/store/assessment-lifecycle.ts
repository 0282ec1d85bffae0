import { randomUUID } from 'node:crypto';
import { AppError } from '../../shared/api/app-error';
import type { AssessmentSummary } from '../../shared/api/contract';
import type { Answer, Answers } from '../../shared/assessment/answer';
import type { AssessmentDocument } from '../../shared/assessment/assessment-document';
import { checkAnswerValue } from '../../shared/assessment/check-answer';
import { blockersAsProblems, submissionBlockers } from '../../shared/assessment/submission-blockers';
import type { Framework } from '../../shared/framework/framework-schema';
import { unlistedCountries } from '../../shared/geo/unlisted-countries';
import { scoreAssessment } from '../../shared/scoring/score-assessment';
import type { AssessmentRepository } from './assessment-repository';
import type { ChangeLog } from './change-log';
import type { EvidenceRepository } from './evidence-repository';
import type { FrameworkCache } from './framework-cache';
import { blankToNull } from './profile-fields';
import type { Store } from './store';
import { UndoStack } from './undo-stack';

/**
 * Answers carried into the next cycle: values, N/A, "don't know" and notes, but no
 * justifications — they explain last cycle's score, not this one's. Answers whose indicator
 * the (possibly newer) framework no longer has, or whose value no longer fits, are left blank.
 */
function carriedOver(answers: Answers, framework: Framework): Answers {
  const indicators = new Map(framework.perspectives.flatMap((p) => p.indicators.map((i) => [i.id, i] as const)));
  const carried: Answers = {};
  for (const [indicatorId, answer] of Object.entries(answers)) {
    const indicator = indicators.get(indicatorId);
    if (!indicator) continue;
    if (answer.state === 'answered' && !checkAnswerValue(indicator, answer.value).ok) continue;
    const { justification: _dropped, ...kept } = answer;
    carried[indicatorId] = kept as Answer;
  }
  return carried;
}

/**
 * Draft → submitted (locked) → reopened as a new draft revision, and the start of the next
 * cycle. A submitted row is never written again: reopening and the next cycle create new rows
 * that point back at it (docs/data-model.md).
 */
export class AssessmentLifecycle {
  private readonly stack: UndoStack;

  constructor(
    private readonly store: Store,
    private readonly assessments: AssessmentRepository,
    private readonly evidence: EvidenceRepository,
    private readonly frameworks: FrameworkCache,
    private readonly changes: ChangeLog,
    private readonly clock: () => Date = () => new Date(),
  ) {
    this.stack = new UndoStack(store);
  }

  /** Fails with conflict 'errors.submission_blocked' and the blockers as problems (path = indicator id). */
  submit(id: string): AssessmentDocument {
    this.store.transaction(() => {
      this.assessments.requireDraft(id);
      const document = this.assessments.get(id);
      const blockers = submissionBlockers(scoreAssessment(this.frameworks.framework(document.framework.hash), document.answers));
      if (blockers.length > 0) {
        throw new AppError('conflict', `${blockers.length} indicator(s) block submission`, {
          messageKey: 'errors.submission_blocked',
          params: { count: blockers.length },
          problems: blockersAsProblems(blockers),
        });
      }
      // A submitted revision leaves the office as a package the hub must accept: only listed countries.
      const unlisted = unlistedCountries(document);
      if (unlisted.length > 0) {
        const codes = [...new Set(unlisted.map((entry) => entry.code))];
        throw new AppError('conflict', `${codes.join(', ')} not a country or area of UN M49`, {
          messageKey: 'errors.country_not_listed',
          params: { codes: codes.join(', ') },
          problems: unlisted.map((entry) => ({
            path: entry.where === 'host' ? 'office.hostCountry' : (entry.indicatorId as string),
            message: `${entry.code} is not a country or area of UN M49`,
          })),
        });
      }
      const change = this.changes.append({ assessmentId: id, kind: 'status', action: 'submit', before: 'draft', after: 'submitted' });
      this.assessments.markSubmitted(id, change.at);
      this.stack.clear(id);
    });
    return this.assessments.get(id);
  }

  /** A new draft revision with the submitted one's answers and evidence; the submitted row is untouched. */
  reopen(id: string): AssessmentDocument {
    const newId = randomUUID();
    this.store.transaction(() => {
      const summary = this.assessments.summary(id);
      if (summary.status !== 'submitted') {
        throw new AppError('conflict', 'only a submitted assessment can be reopened', { messageKey: 'errors.not_submitted', params: { id } });
      }
      if (!summary.latestRevision) {
        throw new AppError('conflict', 'a newer revision of this assessment already exists', {
          messageKey: 'errors.not_latest_revision',
          params: { id },
        });
      }
      const { submittedAt: _submittedAt, ...source } = this.assessments.get(id);
      const now = this.clock().toISOString();
      this.assessments.insert(
        { ...source, id: newId, status: 'draft', revision: source.revision + 1, previousRevisionId: id, createdAt: now, updatedAt: now },
        'reopen',
        'store',
      );
      this.evidence.copy(id, newId);
    });
    return this.assessments.get(newId);
  }

  /**
   * A new draft (revision 1) for a later cycle of the same office, pre-filled from `fromId`
   * (see carriedOver) and filled against the newest installed version of its framework.
   */
  startNextCycle(fromId: string, cycle: number): AssessmentDocument {
    const newId = randomUUID();
    this.store.transaction(() => {
      const source = this.assessments.get(fromId);
      if (cycle <= source.cycle) {
        throw new AppError('invalid_request', 'the next cycle must come after this one', {
          messageKey: 'errors.cycle_not_later',
          params: { cycle: source.cycle },
          problems: [{ path: 'cycle', message: `must be after ${source.cycle}` }],
        });
      }
      const existing = this.store.get<{ id: string }>(
        `SELECT a.id FROM assessments AS a
         WHERE a.office_name = ? AND a.office_code IS ? AND a.cycle = ?
           AND NOT EXISTS (SELECT 1 FROM assessments AS n WHERE n.previous_revision_id = a.id)`,
        [source.office.name, blankToNull(source.office.code), cycle],
      );
      if (existing) {
        throw new AppError('conflict', 'this office already has an assessment for that cycle', {
          messageKey: 'errors.cycle_exists',
          params: { cycle, office: source.office.name, id: existing.id },
        });
      }
      const framework = this.frameworks.latestRef(source.framework.id) ?? source.framework;
      const now = this.clock().toISOString();
      this.assessments.insert({
        schema: source.schema,
        id: newId,
        ...(source.officeId === undefined ? {} : { officeId: source.officeId }),
        lineageId: newId,
        office: source.office,
        cycle,
        ...(source.assessor === undefined ? {} : { assessor: source.assessor }),
        framework,
        status: 'draft',
        revision: 1,
        previousCycleId: fromId,
        answers: carriedOver(source.answers, this.frameworks.framework(framework.hash)),
        createdAt: now,
        updatedAt: now,
      }, 'create', 'store');
    });
    return this.assessments.get(newId);
  }

  /** Every revision of the assessment's lineage (same office and cycle), oldest first. */
  revisions(id: string): AssessmentSummary[] {
    return this.store.transaction(() => {
      let root = this.assessments.summary(id);
      const seen = new Set([root.id]);
      // Back to the first revision; a link to a revision this store never received ends the walk.
      while (root.previousRevisionId !== undefined && !seen.has(root.previousRevisionId)) {
        const previous = this.store.get('SELECT 1 FROM assessments WHERE id = ?', [root.previousRevisionId]);
        if (!previous) break;
        seen.add(root.previousRevisionId);
        root = this.assessments.summary(root.previousRevisionId);
      }
      const lineage: AssessmentSummary[] = [];
      const queue = [root];
      const visited = new Set<string>();
      while (queue.length > 0) {
        const current = queue.shift() as AssessmentSummary;
        if (visited.has(current.id)) continue;
        visited.add(current.id);
        lineage.push(current);
        for (const child of this.store.all<{ id: string }>('SELECT id FROM assessments WHERE previous_revision_id = ? ORDER BY rowid', [current.id])) {
          queue.push(this.assessments.summary(child.id));
        }
      }
      return lineage.sort((a, b) => a.revision - b.revision || a.createdAt.localeCompare(b.createdAt));
    });
  }
}
