import type { TFunction } from 'i18next';
import { compareAnswers } from '../../../shared/assessment/compare-answers';
import type { AssessmentDocument } from '../../../shared/assessment/assessment-document';
import type { Framework } from '../../../shared/framework/framework-schema';
import type { Language } from '../../../shared/i18n/languages';
import { answerText, type ValueText } from '../history/answer-text';
import { PROFILE_FIELD_LABELS, profileValueText } from '../history/change-description';
import { indicatorIndex, indicatorLabel, indicatorOrder } from '../history/indicator-index';

/** One thing that differs from the previous cycle: a profile field or an indicator's answer. */
export interface CycleChange {
  key: string;
  what: string;
  /** For answers: where the questionnaire shows it. */
  indicatorId?: string;
  perspectiveId?: string;
  before: ValueText;
  after: ValueText;
}

type ProfileDocument = Pick<AssessmentDocument, 'office' | 'assessor'>;

/** The office as it describes itself; the cycle always differs and is not a change. */
const PROFILE_VALUES: Record<string, (document: ProfileDocument) => unknown> = {
  'office.name': (document) => document.office.name,
  'office.code': (document) => document.office.code,
  'office.currentTier': (document) => document.office.currentTier,
  'office.region': (document) => document.office.region,
  'office.hostCountry': (document) => document.office.hostCountry,
  assessor: (document) => document.assessor,
};

/**
 * What changed since the previous cycle, in questionnaire order: first the office profile, then
 * every indicator whose answer differs (compareAnswers), each with both values in words.
 */
export function cycleChanges(
  previous: AssessmentDocument,
  current: AssessmentDocument,
  framework: Framework | null | undefined,
  language: Language,
  t: TFunction,
): CycleChange[] {
  const changes: CycleChange[] = [];
  for (const [field, read] of Object.entries(PROFILE_VALUES)) {
    const before = read(previous);
    const after = read(current);
    if ((before ?? '') === (after ?? '')) continue;
    changes.push({
      key: `profile:${field}`,
      what: t(PROFILE_FIELD_LABELS[field] ?? field),
      before: profileValueText(field, before, language, t),
      after: profileValueText(field, after, language, t),
    });
  }
  const index = indicatorIndex(framework);
  for (const difference of compareAnswers(previous.answers, current.answers, indicatorOrder(framework))) {
    const entry = index.get(difference.indicatorId);
    changes.push({
      key: `answer:${difference.indicatorId}`,
      what: indicatorLabel(difference.indicatorId, entry?.indicator, language),
      indicatorId: difference.indicatorId,
      perspectiveId: entry?.perspective.id,
      before: answerText(difference.before, entry?.indicator, language, t),
      after: answerText(difference.after, entry?.indicator, language, t),
    });
  }
  return changes;
}
