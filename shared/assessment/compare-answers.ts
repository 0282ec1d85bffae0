import type { Answer, AnswerValue, Answers } from './answer';

/**
 * What differs between two sets of answers (this cycle against the previous one, a revision
 * against the one it reopened). Pure: used by the editor's "last cycle" marks and by the
 * overview and history screens.
 */

/** The parts of an answer that can change independently. */
export const ANSWER_PARTS = ['state', 'value', 'justification', 'note'] as const;
export type AnswerPart = (typeof ANSWER_PARTS)[number];

export interface AnswerDifference {
  indicatorId: string;
  /** added: blank before; removed: blank after; changed: both answered, some part differs. */
  kind: 'added' | 'removed' | 'changed';
  before: Answer | undefined;
  after: Answer | undefined;
  /** Which parts differ; for added/removed, "state" plus whatever the existing answer holds. */
  parts: AnswerPart[];
}

function own(answers: Answers, id: string): Answer | undefined {
  // Own keys only: an imported document may carry "__proto__" or "constructor".
  return Object.prototype.hasOwnProperty.call(answers, id) ? answers[id] : undefined;
}

/** Option and country lists are sets: the order they were ticked in means nothing. */
function listKey(value: readonly unknown[]): string[] {
  return value
    .map((entry) => (typeof entry === 'string' ? `s:${entry}` : `c:${JSON.stringify([(entry as { code?: unknown }).code, (entry as { resident?: unknown }).resident])}`))
    .sort();
}

/** Equal values: numbers by value, lists as sets (multichoice options, covered countries). */
export function sameAnswerValue(a: AnswerValue | undefined, b: AnswerValue | undefined): boolean {
  if (a === undefined || b === undefined) return a === b;
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    const left = listKey(a);
    const right = listKey(b);
    return left.every((key, index) => key === right[index]);
  }
  return a === b;
}

function valueOf(answer: Answer | undefined): AnswerValue | undefined {
  return answer?.state === 'answered' ? answer.value : undefined;
}

/** Blank and whitespace-only texts are the same "no text". */
function text(value: string | undefined): string {
  return (value ?? '').trim();
}

/** The parts in which two answers differ (both may be undefined = blank). */
export function differingParts(before: Answer | undefined, after: Answer | undefined): AnswerPart[] {
  const parts: AnswerPart[] = [];
  if (before?.state !== after?.state) parts.push('state');
  if (!sameAnswerValue(valueOf(before), valueOf(after))) parts.push('value');
  if (text(before?.justification) !== text(after?.justification)) parts.push('justification');
  if (text(before?.note) !== text(after?.note)) parts.push('note');
  return parts;
}

/** True when the answer itself (state or value) differs; justification and note are commentary. */
export function answerChanged(before: Answer | undefined, after: Answer | undefined): boolean {
  return differingParts(before, after).some((part) => part === 'state' || part === 'value');
}

/**
 * Every indicator whose answer differs, in `order` (e.g. the framework's indicator ids) and
 * then any other ids in sorted order, so the list reads the way the questionnaire does.
 */
export function compareAnswers(before: Answers, after: Answers, order: readonly string[] = []): AnswerDifference[] {
  const ids = new Set<string>();
  for (const id of order) ids.add(id);
  const rest = [...new Set([...Object.keys(before), ...Object.keys(after)])].filter((id) => !ids.has(id)).sort();
  for (const id of rest) ids.add(id);

  const differences: AnswerDifference[] = [];
  for (const indicatorId of ids) {
    const from = own(before, indicatorId);
    const to = own(after, indicatorId);
    if (from === undefined && to === undefined) continue;
    const parts = differingParts(from, to);
    if (parts.length === 0) continue;
    const kind = from === undefined ? 'added' : to === undefined ? 'removed' : 'changed';
    differences.push({ indicatorId, kind, before: from, after: to, parts });
  }
  return differences;
}
