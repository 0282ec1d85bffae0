import type { Language } from '../../shared/i18n/languages';

/**
 * Locale for Intl. Arabic uses Latin digits: the same digits as the ISO codes, document symbols
 * and years shown beside the formatted values.
 */
export function intlLocale(language: Language): string {
  return language === 'ar' ? 'ar-u-nu-latn' : language;
}

export function formatDateTime(iso: string, language: Language): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(intlLocale(language), { dateStyle: 'medium', timeStyle: 'short' }).format(date);
}

/** The date spelled out ("12 March 2025 at 14:02"), for a sentence rather than a table. */
export function formatDateTimeLong(iso: string, language: Language): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(intlLocale(language), { dateStyle: 'long', timeStyle: 'short' }).format(date);
}

/** Years are labels, not quantities: never grouped ("2025", not "2,025"). */
export function formatYear(year: number, language: Language): string {
  return new Intl.NumberFormat(intlLocale(language), { useGrouping: false }).format(year);
}

export function formatInteger(value: number, language: Language): string {
  return new Intl.NumberFormat(intlLocale(language), { maximumFractionDigits: 0 }).format(value);
}

/** File sizes in the largest unit that keeps the number at or above 1 (decimal units, as file managers show them). */
export function formatFileSize(bytes: number, language: Language): string {
  const units = ['byte', 'kilobyte', 'megabyte', 'gigabyte'] as const;
  let value = Math.max(0, bytes);
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit += 1;
  }
  return new Intl.NumberFormat(intlLocale(language), {
    style: 'unit',
    unit: units[unit],
    unitDisplay: 'short',
    maximumFractionDigits: unit === 0 ? 0 : 1,
  }).format(value);
}
