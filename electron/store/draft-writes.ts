import type { ChangeEntry } from '../../shared/api/contract';
import type { Indicator } from '../../shared/framework/framework-schema';
import type { AssessmentRepository } from './assessment-repository';
import type { ChangeLog, NewChange } from './change-log';
import type { FrameworkCache } from './framework-cache';

/**
 * What every write to a draft shares, whether an answer, a profile field or an evidence file:
 * the refusals that come first and the history entry that comes last. Runs in the caller's
 * transaction, so a refused or failed write leaves nothing behind.
 */
export class DraftWrites {
  constructor(
    private readonly assessments: AssessmentRepository,
    private readonly frameworks: FrameworkCache,
    private readonly changes: ChangeLog,
  ) {}

  /**
   * One indicator of a draft's framework: AppError not_found (no such assessment), conflict
   * 'errors.assessment_locked' (submitted) or invalid_request 'errors.unknown_indicator'.
   */
  requireIndicator(assessmentId: string, indicatorId: string): Indicator {
    const summary = this.assessments.requireDraft(assessmentId);
    return this.frameworks.requireIndicator(summary.framework.hash, indicatorId);
  }

  /** Appends the change to the history and moves the assessment's updated_at to its time. */
  record(change: NewChange): ChangeEntry {
    const entry = this.changes.append(change);
    this.assessments.touch(change.assessmentId, entry.at);
    return entry;
  }
}
