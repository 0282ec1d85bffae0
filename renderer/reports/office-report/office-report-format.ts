import type { TFunction } from 'i18next';
import type { LocalizedText } from '../../../shared/framework/framework-schema';
import { isRightToLeft, type Language } from '../../../shared/i18n/languages';
import type { ReportIndicator, ReportPerspective } from '../../../shared/reports/office-report-data';
import type { IndicatorStatus } from '../../../shared/scoring/assessment-score';
import type { AggregateBand } from '../../../shared/scoring/band';
import { intlLocale } from '../../i18n/format';
import { localizedString } from '../../screens/assessment-editor/localized-text';
import { formatScore } from '../../screens/assessment-editor/number-format';

/**
 * The office report's small formatting rules, in the report's language (never the screen's):
 * dates in UTC so that every printing of one revision gives the same text, scores as the engine
 * rounded them, bands and statuses as words.
 */

/** Dates the UN way round in English ("28 February 2025"), as the United Kingdom writes them, not the United States. */
function dateLocale(language: Language): string {
  return language === 'en' ? 'en-GB' : intlLocale(language);
}

/** "28 February 2025": the document's date, a UTC day (YYYY-MM-DD). */
export function formatReportDay(day: string, language: Language): string {
  const date = new Date(`${day}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return day;
  return new Intl.DateTimeFormat(dateLocale(language), { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' }).format(date);
}

/** "28 February 2025 at 13:22 UTC": an instant, in UTC and saying so, whatever the printing computer's zone. */
export function formatReportTime(iso: string, language: Language): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(dateLocale(language), {
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZone: 'UTC',
    timeZoneName: 'short',
  }).format(date);
}

/** A score as printed everywhere (one decimal at most), or a dash for none. */
export function scoreText(score: number | null, language: Language): string {
  return score === null ? '—' : formatScore(score, language);
}

/**
 * A change in points with its sign ("+2.1", "-0.4", "0"). In Arabic the sign would be moved to
 * the far side of the digits by the bidi algorithm: the number is one left-to-right block there.
 */
export function deltaText(delta: number, language: Language): string {
  const formatted = new Intl.NumberFormat(intlLocale(language), { maximumFractionDigits: 1, signDisplay: 'exceptZero' }).format(delta);
  return isRightToLeft(language) ? `\u2066${formatted.replace(/[\u200e\u200f\u061c]/g, '')}\u2069` : formatted;
}

/**
 * Text of the other direction inside an Arabic sentence, set apart so that the bidi algorithm
 * cannot pull neighbouring punctuation into it ("(fieldscore-default، …" instead of the id in
 * its brackets): codes and ids as one left-to-right block (LRI … PDI), names by their own first
 * strong letter (FSI … PDI), as an office may be named in either script. Unchanged elsewhere.
 */
export function isolate(value: string, language: Language, kind: 'ltr' | 'name'): string {
  if (!isRightToLeft(language)) return value;
  return `${kind === 'ltr' ? '\u2066' : '\u2068'}${value}\u2069`;
}

export function bandWord(band: AggregateBand | null, t: TFunction): string {
  return band === null ? '—' : t(`editor.band.${band}`);
}

/** Why an indicator has no score, or that it has one: the editor's words. */
export function statusWord(status: IndicatorStatus, t: TFunction): string {
  return t(`editor.score.status.${status}`);
}

export function text(value: LocalizedText | undefined, language: Language): string {
  return localizedString(value, language);
}

/** "P2 Country coverage": ids keep a line findable in the printed framework. */
export function perspectiveLabel(perspective: Pick<ReportPerspective, 'id' | 'title'> | undefined, id: string, language: Language): string {
  const title = text(perspective?.title, language);
  return title ? `${id} ${title}` : id;
}

export function indicatorLabel(indicator: Pick<ReportIndicator, 'id' | 'title'> | undefined, id: string, language: Language): string {
  const title = text(indicator?.title, language);
  return title ? `${id} ${title}` : id;
}

/** The evidence file's detected type as people name it: the subtype, upper case ("PDF", "PNG", "CSV"). */
export function mediaTypeLabel(mediaType: string): string {
  const subtype = mediaType.split('/')[1] ?? mediaType;
  const known: Record<string, string> = {
    'vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'XLSX',
    'vnd.openxmlformats-officedocument.wordprocessingml.document': 'DOCX',
    'vnd.openxmlformats-officedocument.presentationml.presentation': 'PPTX',
    'vnd.oasis.opendocument.text': 'ODT',
    'vnd.oasis.opendocument.spreadsheet': 'ODS',
    plain: 'TXT',
    jpeg: 'JPEG',
  };
  return known[subtype] ?? subtype.replace(/^x-/, '').toUpperCase();
}
