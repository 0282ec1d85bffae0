import type { EvidenceInfo, HubConflictDetail, HubRevisionDetail } from '../../../shared/api/contract';
import type { Answer } from '../../../shared/assessment/answer';
import { differingParts, type AnswerPart } from '../../../shared/assessment/compare-answers';
import type { Indicator, Perspective } from '../../../shared/framework/framework-schema';
import type { IndicatorScore } from '../../../shared/scoring/assessment-score';
import { indicatorIndex, indicatorOrder } from '../history/indicator-index';

/** One revision's side of an indicator: the answer, its score, its evidence files. */
export interface ConflictCell {
  answer: Answer | undefined;
  score: IndicatorScore | undefined;
  evidence: Omit<EvidenceInfo, 'assessmentId'>[];
}

export interface ConflictRow {
  indicatorId: string;
  indicator: Indicator | undefined;
  perspective: Perspective | undefined;
  /** One cell per diverged revision, in the order of `detail.revisions`. */
  cells: ConflictCell[];
  ancestor: ConflictCell | undefined;
  /** What differs between the diverged revisions (not the ancestor): answer parts, and "evidence". */
  differences: (AnswerPart | 'evidence')[];
}

function ownAnswer(revision: HubRevisionDetail, indicatorId: string): Answer | undefined {
  const answers = revision.document.answers;
  return Object.prototype.hasOwnProperty.call(answers, indicatorId) ? answers[indicatorId] : undefined;
}

function cellOf(revision: HubRevisionDetail, indicatorId: string): ConflictCell {
  return {
    answer: ownAnswer(revision, indicatorId),
    score: revision.score.indicators.find((entry) => entry.indicatorId === indicatorId),
    evidence: revision.evidence.filter((file) => file.indicatorId === indicatorId),
  };
}

const evidenceKey = (cell: ConflictCell) =>
  cell.evidence
    .map((file) => file.sha256)
    .sort()
    .join(' ');

/**
 * The diverged revisions indicator by indicator, in framework order (the first revision's
 * framework, then indicators only another revision's framework has, then answers no framework
 * names), each row saying what differs between the revisions.
 */
export function conflictRows(detail: HubConflictDetail): ConflictRow[] {
  const ids: string[] = [];
  const seen = new Set<string>();
  const add = (id: string) => {
    if (!seen.has(id)) {
      seen.add(id);
      ids.push(id);
    }
  };
  for (const revision of detail.revisions) for (const id of indicatorOrder(revision.framework)) add(id);
  const extra = detail.revisions.flatMap((revision) => Object.keys(revision.document.answers)).filter((id) => !seen.has(id));
  for (const id of [...new Set(extra)].sort()) add(id);

  const indexes = detail.revisions.map((revision) => indicatorIndex(revision.framework));
  return ids.map((indicatorId) => {
    const entry = indexes.map((index) => index.get(indicatorId)).find((found) => found !== undefined);
    const cells = detail.revisions.map((revision) => cellOf(revision, indicatorId));
    const differences = new Set<AnswerPart | 'evidence'>();
    const [first, ...others] = cells;
    for (const other of others) {
      for (const part of differingParts(first?.answer, other.answer)) differences.add(part);
      if (first && evidenceKey(first) !== evidenceKey(other)) differences.add('evidence');
    }
    return {
      indicatorId,
      indicator: entry?.indicator,
      perspective: entry?.perspective,
      cells,
      ancestor: detail.ancestor ? cellOf(detail.ancestor, indicatorId) : undefined,
      differences: [...differences],
    };
  });
}
