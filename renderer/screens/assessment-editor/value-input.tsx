import { useTranslation } from 'react-i18next';
import type { Answer, AnswerValue } from '../../../shared/assessment/answer';
import type { Indicator } from '../../../shared/framework/framework-schema';
import { routeHref } from '../../app/route';
import { useLanguage } from '../../i18n/use-language';
import { describeValue } from './answer-text';
import { localizedString } from './localized-text';
import { currencyLabel } from './number-format';

/** Ids that tie the input to its question, hint and error, so a screen reader reads them together. */
export interface FieldIds {
  title: string;
  hint: string;
  error: string;
  input: string;
}

export interface ValueInputProps {
  assessmentId: string;
  indicator: Indicator;
  answer: Answer | undefined;
  readOnly: boolean;
  invalid: boolean;
  ids: FieldIds;
  /** For numeric inputs: the text as typed (owned by the card, which validates it). */
  text: string;
  onText(text: string): void;
  /** A choice: saved at once. */
  onValue(value: AnswerValue): void;
  onFlush(): void;
}

/** Numeric inputs are typed as text: the language's decimal mark is accepted, never the browser's guess. */
export function isTypedInput(indicator: Indicator): boolean {
  return ['number', 'percent', 'money'].includes(indicator.input.type);
}

function answeredValue(answer: Answer | undefined): AnswerValue | undefined {
  return answer?.state === 'answered' ? answer.value : undefined;
}

export function ValueInput(props: ValueInputProps) {
  const { indicator } = props;
  switch (indicator.input.type) {
    case 'number':
    case 'percent':
    case 'money':
      return <TypedNumber {...props} />;
    case 'yesno':
    case 'choice':
    case 'scale':
      return <OneOf {...props} />;
    case 'multichoice':
      return <SomeOf {...props} />;
    case 'countries':
      return <CountriesSummary {...props} />;
  }
}

function unitOf(indicator: Indicator, language: ReturnType<typeof useLanguage>): string {
  const input = indicator.input;
  if (input.type === 'number') return localizedString(input.unit, language);
  if (input.type === 'percent') return '%';
  if (input.type === 'money') return currencyLabel(input.currency, language);
  return '';
}

function TypedNumber({ indicator, readOnly, invalid, ids, text, onText, onFlush }: ValueInputProps) {
  const language = useLanguage();
  const unit = unitOf(indicator, language);
  const unitId = `${ids.input}-unit`;
  return (
    <div className="number-field">
      <input
        id={ids.input}
        type="text"
        inputMode="decimal"
        autoComplete="off"
        spellCheck={false}
        className="input-number"
        value={text}
        readOnly={readOnly}
        aria-labelledby={unit ? `${ids.title} ${unitId}` : ids.title}
        aria-describedby={`${ids.hint} ${ids.error}`}
        aria-invalid={invalid}
        onChange={(event) => onText(event.target.value)}
        onBlur={onFlush}
        onKeyDown={(event) => {
          if (event.key === 'Enter') onFlush();
        }}
      />
      {unit && (
        <span id={unitId} className="input-unit">
          {unit}
        </span>
      )}
    </div>
  );
}

interface Choice {
  key: string;
  value: AnswerValue;
  label: string;
}

function choicesOf(indicator: Indicator, language: ReturnType<typeof useLanguage>, t: ReturnType<typeof useTranslation>['t']): Choice[] {
  const input = indicator.input;
  if (input.type === 'yesno') {
    return [
      { key: 'yes', value: true, label: t('editor.answer.yes') },
      { key: 'no', value: false, label: t('editor.answer.no') },
    ];
  }
  if (input.type === 'choice') {
    return input.options.map((option) => ({ key: option.id, value: option.id, label: localizedString(option.label, language) || option.id }));
  }
  if (input.type === 'scale') {
    const points: Choice[] = [];
    for (let point = input.min; point <= input.max; point += 1) {
      points.push({ key: String(point), value: point, label: describeValue(indicator, point, language, t) });
    }
    return points;
  }
  return [];
}

/** Yes/no, a choice or a scale: one radio group (arrow keys move and choose, as everywhere). */
function OneOf({ indicator, answer, readOnly, invalid, ids, onValue }: ValueInputProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const current = answeredValue(answer);
  const choices = choicesOf(indicator, language, t);
  return (
    <fieldset
      role="radiogroup"
      className={indicator.input.type === 'scale' ? 'choice-group choice-scale' : 'choice-group'}
      aria-labelledby={ids.title}
      aria-describedby={`${ids.hint} ${ids.error}`}
      aria-invalid={invalid}
      disabled={readOnly}
    >
      {choices.map((choice, index) => (
        <label key={choice.key} className="choice">
          <input
            id={index === 0 ? ids.input : undefined}
            type="radio"
            name={`answer-${indicator.id}`}
            value={choice.key}
            checked={current === choice.value}
            onChange={() => onValue(choice.value)}
          />
          <span>{choice.label}</span>
        </label>
      ))}
    </fieldset>
  );
}

/** Several options: checkboxes; the value lists the ticked ones in the framework's order. */
function SomeOf({ indicator, answer, readOnly, ids, onValue }: ValueInputProps) {
  const language = useLanguage();
  const input = indicator.input;
  if (input.type !== 'multichoice') return null;
  const current = answeredValue(answer);
  const selected = new Set(Array.isArray(current) ? current.filter((entry): entry is string => typeof entry === 'string') : []);
  return (
    <fieldset className="choice-group" aria-labelledby={ids.title} aria-describedby={`${ids.hint} ${ids.error}`} disabled={readOnly}>
      {input.options.map((option, index) => (
        <label key={option.id} className="choice">
          <input
            id={index === 0 ? ids.input : undefined}
            type="checkbox"
            value={option.id}
            checked={selected.has(option.id)}
            onChange={(event) => {
              const next = new Set(selected);
              if (event.target.checked) next.add(option.id);
              else next.delete(option.id);
              onValue(input.options.map((entry) => entry.id).filter((id) => next.has(id)));
            }}
          />
          <span>{localizedString(option.label, language) || option.id}</span>
        </label>
      ))}
    </fieldset>
  );
}

/** Covered countries are chosen on the overview (with the country picker); here they are summarised. */
function CountriesSummary({ assessmentId, indicator, answer, ids }: ValueInputProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const value = answeredValue(answer);
  const countries = Array.isArray(value) ? value : [];
  const resident = countries.filter((entry) => typeof entry === 'object' && entry !== null && 'resident' in entry && entry.resident).length;
  return (
    <div className="countries-summary" id={ids.input} tabIndex={-1}>
      {answer?.state === 'answered' ? (
        <>
          <p>{t('editor.countries.count', { total: countries.length, resident })}</p>
          {countries.length > 0 && <p>{describeValue(indicator, countries, language, t)}</p>}
        </>
      ) : (
        <p className="muted">{t('editor.countries.none')}</p>
      )}
      <p>
        <a href={routeHref({ screen: 'assessment', id: assessmentId })}>{t('editor.countries.edit')}</a>
      </p>
    </div>
  );
}
