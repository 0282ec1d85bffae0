import { memo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Answer, AnswerValue } from '../../../shared/assessment/answer';
import { checkAnswerValue } from '../../../shared/assessment/check-answer';
import { answerChanged } from '../../../shared/assessment/compare-answers';
import type { Indicator } from '../../../shared/framework/framework-schema';
import type { Language } from '../../../shared/i18n/languages';
import type { IndicatorScore } from '../../../shared/scoring/assessment-score';
import type { IndicatorSave, SetAnswerOptions } from '../../state/answers-store';
import { useLanguage } from '../../i18n/use-language';
import { ReviewCommentNote } from '../assessment-view/review-comment-note';
import { describeAnswer } from './answer-text';
import { type MessageParams, useEditorMessages } from './editor-messages';
import { EvidenceFiles } from './evidence-files';
import { indicatorDomIds } from './indicator-focus';
import { formatInputNumber, parseLocaleNumber, separatorsOf } from './locale-number';
import { localized } from './localized-text';
import { IndicatorScoreLine } from './score-badge';
import { useSyncedText } from './synced-text';
import { isTypedInput, ValueInput } from './value-input';

/** Typing is saved after this pause (and at once on leaving the field or pressing Enter). */
export const TYPING_DELAY_MS = 400;

export interface IndicatorCardProps {
  assessmentId: string;
  indicator: Indicator;
  answer: Answer | undefined;
  score: IndicatorScore;
  save: IndicatorSave | undefined;
  /** The assessment continues a previous cycle: show that cycle's answer beside this one. */
  hasPrevious: boolean;
  previousAnswer: Answer | undefined;
  readOnly: boolean;
  evidenceCount: number;
  onAnswer(indicatorId: string, answer: Answer | null, options?: SetAnswerOptions): void;
  onFlush(indicatorId: string): void;
}

interface Problem {
  key: string;
  params?: MessageParams;
}

/** Justification and note travel with the answer; a new value keeps them. */
function withCommentary(base: Answer, from: Answer | undefined): Answer {
  const next: Answer = { ...base };
  if (from?.justification) next.justification = from.justification;
  else delete next.justification;
  if (from?.note) next.note = from.note;
  else delete next.note;
  return next;
}

function hasCommentary(answer: Answer | undefined): boolean {
  return Boolean(answer?.justification?.trim() || answer?.note?.trim());
}

function storedNumber(answer: Answer | undefined): number | undefined {
  return answer?.state === 'answered' && typeof answer.value === 'number' ? answer.value : undefined;
}

/** The sentence that says what to enter ("Enter a percentage from 0 to 100."). */
function inputHint(indicator: Indicator): Problem {
  const input = indicator.input;
  switch (input.type) {
    case 'number': {
      const kind = input.integer ? 'integer' : 'number';
      if (input.min !== undefined && input.max !== undefined) return { key: `editor.hint.${kind}Range`, params: { min: input.min, max: input.max } };
      if (input.min !== undefined) return { key: `editor.hint.${kind}Min`, params: { min: input.min } };
      if (input.max !== undefined) return { key: `editor.hint.${kind}Max`, params: { max: input.max } };
      return { key: `editor.hint.${kind}` };
    }
    case 'percent':
      return { key: 'editor.hint.percentRange', params: { min: input.min ?? 0, max: input.max ?? 100 } };
    case 'money':
      return { key: 'editor.hint.money', params: { currency: input.currency, min: Math.max(0, input.min ?? 0) } };
    case 'yesno':
    case 'choice':
      return { key: 'editor.hint.choice' };
    case 'scale':
      return { key: 'editor.hint.scale', params: { min: input.min, max: input.max } };
    case 'multichoice':
      return { key: 'editor.hint.multichoice' };
    case 'countries':
      return { key: 'editor.hint.countries' };
  }
}

function decimalExample(language: Language): string {
  return `2${separatorsOf(language).decimal}5`;
}

function IndicatorCardView(props: IndicatorCardProps) {
  const { assessmentId, indicator, answer, score, save, hasPrevious, previousAnswer, readOnly, evidenceCount, onAnswer, onFlush } = props;
  const { t } = useTranslation();
  const language = useLanguage();
  const messages = useEditorMessages();
  const ids = indicatorDomIds(indicator.id);
  const typed = isTypedInput(indicator);
  const integer = indicator.input.type === 'number' && indicator.input.integer === true;

  const [text, setText] = useSyncedText(
    storedNumber(answer),
    (stored) => (stored === undefined ? '' : formatInputNumber(stored, language)),
    (current, stored) => {
      const parsed = parseLocaleNumber(current, language);
      return parsed.kind === 'number' ? parsed.value === stored : stored === undefined;
    },
    language,
  );
  const parsed = typed ? parseLocaleNumber(text, language) : null;

  const set = (next: Answer | null, delayMs = 0) => onAnswer(indicator.id, next, { delayMs });
  const setValue = (value: AnswerValue, delayMs = 0) => set(withCommentary({ state: 'answered', value }, answer), delayMs);

  const onText = (next: string) => {
    setText(next);
    const value = parseLocaleNumber(next, language);
    if (value.kind === 'number') setValue(value.value, TYPING_DELAY_MS);
    // An emptied field clears the answer, unless that would also throw away a written note or justification.
    else if (value.kind === 'empty' && !hasCommentary(answer)) set(null, TYPING_DELAY_MS);
  };

  let problem: Problem | null = null;
  if (parsed?.kind === 'invalid') problem = { key: integer ? 'answers.not_an_integer' : 'answers.not_a_number' };
  else if (parsed?.kind === 'empty' && answer?.state === 'answered') problem = { key: 'editor.indicator.emptyKept' };
  else if (answer?.state === 'answered') {
    const check = checkAnswerValue(indicator, answer.value);
    if (!check.ok) problem = { key: check.messageKey, params: check.params };
    // A value that fits but a rule that cannot read it (a framework that skipped validation).
    else if (score.problem) problem = { key: score.problem.messageKey, params: score.problem.params };
  }
  const rejected = save?.state === 'rejected' ? save.error : undefined;

  const title = localized(indicator.title, language);
  const guidance = localized(indicator.guidance, language);
  const source = localized(indicator.source, language);
  const hint = inputHint(indicator);
  const red = score.band === 'red' && indicator.justifyWhenRed;
  const stateButton = (state: 'not_applicable' | 'unknown') => {
    const pressed = answer?.state === state;
    return (
      <button
        type="button"
        className="button button-small"
        aria-pressed={pressed}
        aria-describedby={ids.title}
        disabled={readOnly}
        onClick={() => {
          setText('');
          set(pressed ? null : withCommentary({ state }, answer));
        }}
      >
        {t(state === 'not_applicable' ? 'editor.answer.markNotApplicable' : 'editor.answer.markUnknown')}
      </button>
    );
  };

  const saveLine = (() => {
    if (readOnly) return null;
    if (problem && parsed?.kind !== 'number' && typed && parsed?.kind === 'invalid') return { state: 'unparsed', text: t('editor.save.indicator.unparsed') };
    if (!save) return null;
    if (save.state === 'rejected') return { state: save.state, text: t('editor.save.indicator.rejected') };
    return { state: save.state, text: t(`editor.save.indicator.${save.state}`) };
  })();

  const changed = hasPrevious && answerChanged(previousAnswer, answer);

  // The note and files open by themselves once there is something in them (files load after the
  // card); after that the user's own opening and closing is kept.
  const hasExtras = Boolean(answer?.note) || evidenceCount > 0;
  const [extrasOpen, setExtrasOpen] = useState(hasExtras);
  const [sawExtras, setSawExtras] = useState(hasExtras);
  if (hasExtras && !sawExtras) {
    setSawExtras(true);
    setExtrasOpen(true);
  }

  return (
    <section className={`indicator${red ? ' indicator-red' : ''}`} id={ids.section} aria-labelledby={ids.title} data-indicator={indicator.id}>
      <div className="indicator-header">
        <h3 id={ids.title} tabIndex={-1} className="indicator-title">
          <span className="indicator-id" dir="ltr">
            {indicator.id}
          </span>{' '}
          <span lang={title?.lang}>{title?.text ?? indicator.id}</span>
        </h3>
        <IndicatorScoreLine score={score} testId={`score-${indicator.id}`} />
      </div>

      {guidance && (
        <p className="guidance" lang={guidance.lang}>
          {guidance.text}
        </p>
      )}
      {source && (
        <p className="source">
          <span className="source-label">{t('editor.indicator.source')}</span> <span lang={source.lang}>{source.text}</span>
        </p>
      )}
      {hasPrevious && (
        <p className="previous-cycle">
          {t('editor.previous.value', { value: describeAnswer(indicator, previousAnswer, language, t) })}
          {changed && <span className="changed-mark">{t('editor.previous.changed')}</span>}
        </p>
      )}

      <ReviewCommentNote assessmentId={assessmentId} indicatorId={indicator.id} />

      <div className="answer-area">
        <p id={ids.hint} className="hint">
          {messages.message(hint.key, hint.params)}
          {typed && indicator.input.type !== 'money' && !integer && <> {t('editor.hint.decimal', { example: decimalExample(language) })}</>}
        </p>
        <ValueInput
          assessmentId={assessmentId}
          indicator={indicator}
          answer={answer}
          readOnly={readOnly}
          invalid={problem !== null || rejected !== undefined}
          ids={ids}
          text={text}
          onText={onText}
          onValue={(value) => setValue(value)}
          onFlush={() => onFlush(indicator.id)}
        />
        <p id={ids.error} className="field-error" aria-live="polite">
          {problem ? messages.message(problem.key, problem.params) : ''}
          {rejected ? (problem ? ' ' : '') + t('editor.save.refused', { reason: messages.error(rejected) }) : ''}
        </p>
      </div>

      {indicator.input.type !== 'countries' && (
        <div className="answer-states" role="group" aria-label={t('editor.answer.otherAnswers')}>
          {stateButton('not_applicable')}
          {stateButton('unknown')}
          <button
            type="button"
            className="button button-small button-quiet"
            aria-describedby={ids.title}
            disabled={readOnly || answer === undefined}
            onClick={() => {
              setText('');
              set(null);
            }}
          >
            {t('editor.answer.clear')}
          </button>
          {answer?.state === 'not_applicable' && <span className="state-note">{t('editor.answer.isNotApplicable')}</span>}
          {answer?.state === 'unknown' && <span className="state-note">{t('editor.answer.isUnknown')}</span>}
        </div>
      )}

      {saveLine && (
        <p className={`indicator-save save-${saveLine.state}`} data-save-state={saveLine.state}>
          {saveLine.text}
        </p>
      )}

      {/* Only where a red score can ask for one (or one was written before the framework changed). */}
      {(indicator.justifyWhenRed || Boolean(answer?.justification)) && (
        <CommentaryField
          kind="justification"
          id={ids.justification}
          answer={answer}
          readOnly={readOnly}
          required={red}
          missing={score.needsJustification}
          onChange={(next) => set(next, TYPING_DELAY_MS)}
          onFlush={() => onFlush(indicator.id)}
        />
      )}

      <details className="indicator-extras" open={extrasOpen} onToggle={(event) => setExtrasOpen(event.currentTarget.open)}>
        <summary>{t('editor.extras.summary', { files: evidenceCount })}</summary>
        <CommentaryField
          kind="note"
          id={ids.note}
          answer={answer}
          readOnly={readOnly}
          required={false}
          missing={false}
          onChange={(next) => set(next, TYPING_DELAY_MS)}
          onFlush={() => onFlush(indicator.id)}
        />
        <EvidenceFiles indicatorId={indicator.id} readOnly={readOnly} />
      </details>
    </section>
  );
}

function sameScore(a: IndicatorScore, b: IndicatorScore): boolean {
  return a.status === b.status && a.score === b.score && a.band === b.band && a.needsJustification === b.needsJustification && a.problem?.messageKey === b.problem?.messageKey;
}

/**
 * Re-renders only when its own answer, score or save state changes: a keystroke must not redraw
 * every card (the score is recomputed for the whole assessment, so it is compared by content).
 */
export const IndicatorCard = memo(IndicatorCardView, (before, after) =>
  (Object.keys(after) as (keyof IndicatorCardProps)[]).every((key) =>
    key === 'score' ? sameScore(before.score, after.score) : Object.is(before[key], after[key]),
  ),
);

interface CommentaryFieldProps {
  kind: 'justification' | 'note';
  id: string;
  answer: Answer | undefined;
  readOnly: boolean;
  required: boolean;
  missing: boolean;
  onChange(next: Answer): void;
  onFlush(): void;
}

/** The justification (required when red) or the note: free text that belongs to the answer. */
function CommentaryField({ kind, id, answer, readOnly, required, missing, onChange, onFlush }: CommentaryFieldProps) {
  const { t } = useTranslation();
  const stored = answer?.[kind] ?? '';
  const [text, setText] = useSyncedText(stored, (value) => value, (current, value) => current === value);
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  // Text belongs to an answer: there is nothing to attach it to while the indicator is blank.
  const unavailable = answer === undefined;
  const hint = unavailable ? t('editor.commentary.answerFirst') : kind === 'note' ? t('editor.note.hint') : required ? t('editor.justification.requiredHint') : t('editor.justification.hint');
  return (
    <div className={`form-field commentary commentary-${kind}${missing ? ' has-error' : ''}`}>
      <label htmlFor={id}>
        {t(kind === 'note' ? 'editor.note.label' : 'editor.justification.label')}
        {kind === 'justification' && required ? (
          <span className="required-mark"> {t('editor.justification.required')}</span>
        ) : (
          <span className="optional"> {t('form.optional')}</span>
        )}
      </label>
      <p id={hintId} className="hint">
        {hint}
      </p>
      <p id={errorId} className="field-error" aria-live="polite">
        {missing ? t('editor.justification.missing') : ''}
      </p>
      <textarea
        id={id}
        rows={kind === 'note' ? 2 : 3}
        maxLength={4000}
        value={text}
        readOnly={readOnly}
        disabled={unavailable && !readOnly}
        aria-required={kind === 'justification' ? required : undefined}
        aria-invalid={missing}
        aria-describedby={`${hintId} ${errorId}`}
        onChange={(event) => {
          const value = event.target.value;
          setText(value);
          if (!answer) return;
          const next: Answer = { ...answer };
          if (value.trim() === '') delete next[kind];
          else next[kind] = value;
          onChange(next);
        }}
        onBlur={onFlush}
      />
    </div>
  );
}
