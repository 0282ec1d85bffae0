import { coveragePercent } from '../../../shared/scoring/coverage';
import type { Language } from '../../../shared/i18n/languages';
import { intlLocale } from '../../i18n/format';

/** Scores are kept to one decimal (docs/scoring.md, "Rounding"); shown as the engine rounded them. */
export function formatScore(score: number, language: Language): string {
  return new Intl.NumberFormat(intlLocale(language), { maximumFractionDigits: 1 }).format(score);
}

/** Any quantity a user entered, with grouping, at the precision it was entered. */
export function formatQuantity(value: number, language: Language): string {
  return new Intl.NumberFormat(intlLocale(language), { maximumFractionDigits: 6 }).format(value);
}

/** A value on a 0–100 percent scale (62.75 → "62.75 %" in French). */
export function formatPercentValue(value: number, language: Language): string {
  return new Intl.NumberFormat(intlLocale(language), { style: 'unit', unit: 'percent', maximumFractionDigits: 6 }).format(value);
}

/** Coverage 0–1, rounded down to a whole percent so "50 %" never shows for 49.6 %. */
export function formatCoverage(coverage: number, language: Language): string {
  return formatPercentValue(coveragePercent(coverage), language);
}

export function formatMoney(value: number, currency: string, language: Language): string {
  try {
    return new Intl.NumberFormat(intlLocale(language), { style: 'currency', currency, maximumFractionDigits: 2 }).format(value);
  } catch {
    // A currency code Intl does not know still shows, with the amount.
    return `${currency} ${formatQuantity(value, language)}`;
  }
}

/** The currency's symbol or code as the language writes it beside an amount. */
export function currencyLabel(currency: string, language: Language): string {
  try {
    const part = new Intl.NumberFormat(intlLocale(language), { style: 'currency', currency }).formatToParts(1).find((entry) => entry.type === 'currency');
    return part?.value ?? currency;
  } catch {
    return currency;
  }
}
