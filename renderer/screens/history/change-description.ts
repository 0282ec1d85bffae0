import type { TFunction } from 'i18next';
import type { ChangeEntry } from '../../../shared/api/contract';
import { ASSESSMENT_STATUSES } from '../../../shared/assessment/assessment-document';
import type { Framework } from '../../../shared/framework/framework-schema';
import type { Language } from '../../../shared/i18n/languages';
import { CURRENT_TIERS, REGIONS } from '../../../shared/office/office-profile';
import { countryName } from '../../countries/country-names';
import { formatYear } from '../../i18n/format';
import { answerText, emptyValue, rawValue, type ValueText } from './answer-text';
import { indicatorIndex, indicatorLabel } from './indicator-index';

/** A history entry ready to show: what was touched, the action, and both values in words. */
export interface ChangeDescription {
  what: string;
  action: string;
  before: ValueText;
  after: ValueText;
}

/** Labels of the profile fields the backend names in ChangeEntry.field. */
export const PROFILE_FIELD_LABELS: Record<string, string> = {
  'office.name': 'view.field.officeName',
  'office.code': 'view.field.officeCode',
  'office.currentTier': 'view.field.currentTier',
  'office.region': 'view.field.region',
  'office.hostCountry': 'view.field.hostCountry',
  'office.fragileContext': 'officeType.fragile.label',
  cycle: 'view.field.cycle',
  assessor: 'view.field.assessor',
};

const ACTION_LABELS: Record<ChangeEntry['action'], string> = {
  edit: 'history.action.edit',
  undo: 'history.action.undo',
  redo: 'history.action.redo',
  submit: 'history.action.submit',
  reopen: 'history.action.reopen',
  create: 'history.action.create',
  add: 'history.action.add',
  remove: 'history.action.remove',
};

function own(record: Record<string, string>, key: string): string | undefined {
  return Object.prototype.hasOwnProperty.call(record, key) ? record[key] : undefined;
}

function isOneOf<T extends string>(values: readonly T[], value: unknown): value is T {
  return typeof value === 'string' && (values as readonly string[]).includes(value);
}

/** A profile field's value in words (tier and region names, the country's name, the year). */
export function profileValueText(field: string, value: unknown, language: Language, t: TFunction): ValueText {
  if (value === null || value === undefined || value === '') return emptyValue(t('view.notRecorded'));
  switch (field) {
    case 'office.currentTier':
      return isOneOf(CURRENT_TIERS, value) ? { text: t(`tier.${value}`), details: [], empty: false } : rawValue(value);
    case 'office.region':
      return isOneOf(REGIONS, value) ? { text: t(`region.${value}`), details: [], empty: false } : rawValue(value);
    case 'office.hostCountry': {
      const name = typeof value === 'string' ? countryName(value, language) : undefined;
      return name ? { text: `${name} (${String(value)})`, details: [], empty: false } : rawValue(value);
    }
    case 'cycle':
      return typeof value === 'number' ? { text: formatYear(value, language), details: [], empty: false } : rawValue(value);
    case 'office.fragileContext':
      return typeof value === 'boolean' ? { text: t(value ? 'editor.answer.yes' : 'editor.answer.no'), details: [], empty: false } : rawValue(value);
    default:
      return rawValue(value);
  }
}

function statusText(value: unknown, t: TFunction): ValueText {
  if (value === null || value === undefined) return emptyValue(t('history.none'));
  if (isOneOf(ASSESSMENT_STATUSES, value)) return { text: t(`status.${value}`), details: [], empty: false };
  // A status change may carry {status, revision}: name the status, keep the rest readable.
  if (typeof value === 'object' && value !== null && isOneOf(ASSESSMENT_STATUSES, (value as { status?: unknown }).status)) {
    return { text: t(`status.${(value as { status: string }).status}`), details: [], empty: false };
  }
  return rawValue(value);
}

function evidenceText(value: unknown, t: TFunction): ValueText {
  if (value === null || value === undefined) return emptyValue(t('history.none'));
  const fileName = typeof value === 'object' && value !== null ? (value as { fileName?: unknown }).fileName : undefined;
  return typeof fileName === 'string' ? { text: fileName, details: [], empty: false } : rawValue(value);
}

/**
 * One change in the reader's language: the indicator's title (or the profile field's label),
 * the action, and the old and new values formatted for people rather than as stored JSON.
 */
export function describeChange(
  entry: ChangeEntry,
  framework: Framework | null | undefined,
  language: Language,
  t: TFunction,
  index = indicatorIndex(framework),
): ChangeDescription {
  const action = t(ACTION_LABELS[entry.action]);
  const indicator = entry.indicatorId === undefined ? undefined : index.get(entry.indicatorId)?.indicator;
  const indicatorName = entry.indicatorId === undefined ? undefined : indicatorLabel(entry.indicatorId, indicator, language);
  switch (entry.kind) {
    case 'answer':
      return {
        what: indicatorName ?? t('history.what.answer'),
        action,
        before: answerText(entry.before, indicator, language, t),
        after: answerText(entry.after, indicator, language, t),
      };
    case 'profile': {
      const field = entry.field ?? '';
      const label = own(PROFILE_FIELD_LABELS, field);
      return {
        what: label ? t(label) : field || t('history.what.profile'),
        action,
        before: profileValueText(field, entry.before, language, t),
        after: profileValueText(field, entry.after, language, t),
      };
    }
    case 'status':
      return {
        what: t('history.what.status'),
        action,
        before: statusText(entry.before, t),
        after: statusText(entry.after, t),
      };
    case 'evidence':
      return {
        what: indicatorName ? t('history.what.evidenceFor', { indicator: indicatorName }) : t('history.what.evidence'),
        action,
        before: evidenceText(entry.before, t),
        after: evidenceText(entry.after, t),
      };
  }
}
