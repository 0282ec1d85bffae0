import type { TFunction } from 'i18next';
import type { Answer, AnswerValue } from '../../../shared/assessment/answer';
import type { Indicator } from '../../../shared/framework/framework-schema';
import type { Language } from '../../../shared/i18n/languages';
import { countryName } from '../../countries/country-names';
import { intlLocale } from '../../i18n/format';
import { localizedString } from './localized-text';
import { formatMoney, formatPercentValue, formatQuantity } from './number-format';

function list(items: string[], language: Language): string {
  return new Intl.ListFormat(intlLocale(language), { style: 'long', type: 'conjunction' }).format(items);
}

function optionLabel(indicator: Indicator, id: string, language: Language): string {
  const input = indicator.input;
  if (input.type !== 'choice' && input.type !== 'multichoice') return id;
  const option = input.options.find((entry) => entry.id === id);
  return option ? localizedString(option.label, language) || id : id;
}

/** A value as a sentence fragment in the user's language ("62.75 %", "Interim arrangement", "4 – Satisfied"). */
export function describeValue(indicator: Indicator, value: AnswerValue, language: Language, t: TFunction): string {
  const input = indicator.input;
  switch (input.type) {
    case 'number': {
      if (typeof value !== 'number') break;
      const unit = localizedString(input.unit, language);
      return unit ? `${formatQuantity(value, language)} ${unit}` : formatQuantity(value, language);
    }
    case 'percent':
      if (typeof value === 'number') return formatPercentValue(value, language);
      break;
    case 'money':
      if (typeof value === 'number') return formatMoney(value, input.currency, language);
      break;
    case 'scale': {
      if (typeof value !== 'number') break;
      const label = input.labels ? localizedString(input.labels[value - input.min], language) : '';
      return label ? `${formatQuantity(value, language)} – ${label}` : formatQuantity(value, language);
    }
    case 'yesno':
      if (typeof value === 'boolean') return value ? t('editor.answer.yes') : t('editor.answer.no');
      break;
    case 'choice':
      if (typeof value === 'string') return optionLabel(indicator, value, language);
      break;
    case 'multichoice':
      if (Array.isArray(value)) {
        const labels = value.map((id) => (typeof id === 'string' ? optionLabel(indicator, id, language) : String(id)));
        return labels.length > 0 ? list(labels, language) : t('editor.answer.noneSelected');
      }
      break;
    case 'countries':
      if (Array.isArray(value)) {
        const names = value.map((entry) => {
          const code = typeof entry === 'object' && entry !== null && 'code' in entry ? entry.code : String(entry);
          return countryName(code, language) ?? code;
        });
        return names.length > 0 ? list(names, language) : t('editor.countries.none');
      }
      break;
  }
  // A value that does not fit its input (an invalid import): shown raw, never hidden.
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
}

/** An answer in words, including "not applicable", "don't know" and blank. */
export function describeAnswer(indicator: Indicator, answer: Answer | undefined, language: Language, t: TFunction): string {
  if (answer === undefined) return t('editor.answer.blank');
  if (answer.state !== 'answered') return t(answer.state === 'not_applicable' ? 'editor.answer.notApplicable' : 'editor.answer.unknown');
  return describeValue(indicator, answer.value, language, t);
}
