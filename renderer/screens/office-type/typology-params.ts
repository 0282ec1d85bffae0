import { isRightToLeft, type Language } from '../../../shared/i18n/languages';
import type { TypologyParams } from '../../../shared/typology/recommend-office-type';
import { formatPercentValue } from '../assessment-editor/number-format';
import { formatInteger, intlLocale } from '../../i18n/format';

/** US$ amounts: the portfolio and delivery indicators are money in USD (framework-v1.md P4.6, P4.7). */
const MONEY_PARAMS = new Set(['portfolio', 'cutoff', 'hostDelivery']);
/** Conditions whose `threshold` is an amount of money rather than a number of countries. */
const MONEY_THRESHOLDS = new Set(['typology.condition.portfolio_at_least', 'typology.condition.host_delivery_at_least']);
const PERCENT_THRESHOLDS = new Set(['typology.review.host_pays_most']);

/** Whole dollars unless cents were entered: thresholds read "$10,000,000", not "$10,000,000.00". */
function formatUsd(value: number, language: Language): string {
  return new Intl.NumberFormat(intlLocale(language), { style: 'currency', currency: 'USD', minimumFractionDigits: 0, maximumFractionDigits: 2 }).format(value);
}

/**
 * The numbers of a rule, condition or review flag in the reader's language: amounts as US$,
 * shares as percentages, counts and ranks as integers. Text parameters (an indicator id) stay as they are.
 */
export function typologyParams(messageKey: string, params: TypologyParams, language: Language): Record<string, string> {
  // In Arabic text the parts of an amount ("12,000,000 US$") get reordered around the digits: shown
  // as one left-to-right block (LRI … PDI), without the direction marks Intl puts inside it.
  const isolate = isRightToLeft(language) ? (text: string) => `\u2066${text.replace(/[\u200e\u200f\u061c]/g, '')}\u2069` : (text: string) => text;
  const formatted: Record<string, string> = {};
  for (const [name, value] of Object.entries(params)) {
    if (typeof value !== 'number') formatted[name] = value;
    else if (MONEY_PARAMS.has(name) || (name === 'threshold' && MONEY_THRESHOLDS.has(messageKey))) formatted[name] = isolate(formatUsd(value, language));
    else if (name === 'share' || (name === 'threshold' && PERCENT_THRESHOLDS.has(messageKey))) formatted[name] = isolate(formatPercentValue(value, language));
    else formatted[name] = formatInteger(value, language);
  }
  return formatted;
}
