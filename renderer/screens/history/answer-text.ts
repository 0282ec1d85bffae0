import type { TFunction } from 'i18next';
import { answerSchema } from '../../../shared/assessment/answer';
import type { Indicator } from '../../../shared/framework/framework-schema';
import type { Language } from '../../../shared/i18n/languages';
import { coveredCountriesOf, coveredCountriesText } from '../../countries/covered-countries';
import { describeAnswer } from '../assessment-editor/answer-text';

/** A value as people read it: the main text, and lines for the commentary (justification, note). */
export interface ValueText {
  text: string;
  details: string[];
  /** No value at all (blank answer, field not recorded): shown muted. */
  empty: boolean;
}

export function emptyValue(text: string): ValueText {
  return { text, details: [], empty: true };
}

/** Long texts are cut: the history is an overview; the questionnaire shows them in full. */
export function excerpt(text: string, max = 160): string {
  const flat = text.trim().replace(/\s+/g, ' ');
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

/** Something that is not what it should be (it came from the user's file): shown raw, never hidden. */
export function rawValue(value: unknown): ValueText {
  return { text: excerpt(typeof value === 'string' ? value : (JSON.stringify(value) ?? '')), details: [], empty: false };
}

/**
 * A stored answer (from the history or another cycle) in the reader's language, formatted by its
 * indicator the way the questionnaire shows it; covered countries say which are resident.
 */
export function answerText(raw: unknown, indicator: Indicator | undefined, language: Language, t: TFunction): ValueText {
  if (raw === null || raw === undefined) return emptyValue(t('editor.answer.blank'));
  const parsed = answerSchema.safeParse(raw);
  if (!parsed.success) return rawValue(raw);
  const answer = parsed.data;
  let text: string;
  if (answer.state === 'answered' && indicator?.input.type === 'countries') text = coveredCountriesText(coveredCountriesOf(answer), language, t);
  else if (indicator) text = describeAnswer(indicator, answer, language, t);
  else if (answer.state === 'answered') text = rawValue(answer.value).text;
  else text = t(answer.state === 'not_applicable' ? 'editor.answer.notApplicable' : 'editor.answer.unknown');
  const details: string[] = [];
  if (answer.justification?.trim()) details.push(t('answerValue.justification', { text: excerpt(answer.justification) }));
  if (answer.note?.trim()) details.push(t('answerValue.note', { text: excerpt(answer.note) }));
  return { text, details, empty: false };
}
