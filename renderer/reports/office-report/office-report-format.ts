import type { TFunction } from 'i18next';
import type { LocalizedText } from '../../../shared/framework/framework-schema';
import type { Language } from '../../../shared/i18n/languages';
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

/** "28 February 2025": the document's date, a UTC day (YYYY-MM-DD). */
export function formatReportDay(day: string, language: Language): string {
  const date = new Date(`${day}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return day;
  return new Intl.DateTimeFormat(intlLocale(language), { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' }).format(date);
}

/** "28 February 2025 at 13:22 UTC": an instant, in UTC and saying so, whatever the printing computer's zone. */
export function formatReportTime(iso: string, language: Language): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(intlLocale(language), {
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

/** A change in points with its sign ("+2.1", "−0.4", "0"). */
export function deltaText(delta: number, language: Language): string {
  return new Intl.NumberFormat(intlLocale(language), { maximumFractionDigits: 1, signDisplay: 'exceptZero' }).format(delta);
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
