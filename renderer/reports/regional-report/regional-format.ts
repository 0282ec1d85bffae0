import type { TFunction } from 'i18next';
import type { LocalizedText } from '../../../shared/framework/framework-schema';
import { isRightToLeft, type Language } from '../../../shared/i18n/languages';
import type { PictureScope, Stats } from '../../../shared/picture/picture-types';
import type { RegionalOffice, RegionalReportData } from '../../../shared/reports/regional-report-data';
import type { TypologyParams } from '../../../shared/typology/recommend-office-type';
import { chartWords, type ChartWords } from '../../charts/chart-words';
import { formatInteger, formatYear } from '../../i18n/format';
import { formatCoverage, formatScore } from '../../screens/assessment-editor/number-format';
import { typologyParams } from '../../screens/office-type/typology-params';
import { deltaText, text } from '../office-report/office-report-format';

/**
 * The regional report's words and numbers in the report's language (never the screen's), made
 * once per report: the tables of 48 offices format a few thousand numbers. Scores and statistics
 * are shown to one decimal as the engine rounds them, coverage as a whole percent rounded down
 * (docs/hub-picture.md, "Statistics").
 */
export interface RegionalFormats {
  language: Language;
  dir: 'ltr' | 'rtl';
  t: TFunction;
  score(value: number | null): string;
  coverage(fraction: number): string;
  integer(value: number): string;
  year(value: number): string;
  /** A difference with its sign, as one left-to-right block in Arabic ("+2.1"). */
  delta(value: number): string;
  /** A code or id in a sentence: one left-to-right block in Arabic, so punctuation stays outside it. */
  code(value: string): string;
  /** A name (an office's, a hub's) in a sentence: in Arabic set apart by its own first strong letter, as it may be written in either script. */
  name(value: string): string;
  text(value: LocalizedText | undefined): string;
  /** "Africa", or "the whole field network". */
  scope: string;
  /** "P2 Country coverage". */
  perspective(id: string): string;
  /** "P2.1 Countries covered"; the id alone for an indicator the framework does not name. */
  indicator(id: string): string;
  office(officeId: string): RegionalOffice | undefined;
  /** An office-type rule's, condition's or flag's sentence with its numbers and indicator named. */
  typology(messageKey: string, params: TypologyParams): string;
  /** Items of a list joined as the language punctuates them ("a, b", "a、b", "a، b"). */
  list(items: readonly string[]): string;
  /** Clauses of one sentence ("a; b", "a ; b", "a；b", "a؛ b"). */
  clauses(items: readonly string[]): string;
  /** "Green: 12" ("Vert : 12", "绿色：12"). */
  pair(label: string, value: string): string;
  /** "Name (Region)" ("名称（区域）"). */
  parenthesis(text: string, aside: string): string;
  /** The sentence with the language's full stop. */
  sentence(text: string): string;
  /** The charts' fixed words in the report's language. */
  chart: ChartWords;
  /** The charts' number format (one decimal). */
  chartNumber(value: number): string;
}

/**
 * Punctuation between the parts the report assembles, by language: typography rather than words
 * (so it is not in the catalogs, whose texts must each hold their script's letters). French puts a
 * no-break space before ";" and ":", Chinese uses full-width marks, Arabic its own comma and semicolon.
 */
const PUNCTUATION: Record<Language, { list: string; clause: string; colon: string; stop: string; open: string; close: string }> = {
  en: { list: ', ', clause: '; ', colon: ': ', stop: '.', open: ' (', close: ')' },
  es: { list: ', ', clause: '; ', colon: ': ', stop: '.', open: ' (', close: ')' },
  ru: { list: ', ', clause: '; ', colon: ': ', stop: '.', open: ' (', close: ')' },
  fr: { list: ', ', clause: '\u00a0; ', colon: '\u00a0: ', stop: '.', open: ' (', close: ')' },
  ar: { list: '\u060c ', clause: '\u061b ', colon: ': ', stop: '.', open: ' (', close: ')' },
  zh: { list: '\u3001', clause: '\uff1b', colon: '\uff1a', stop: '\u3002', open: '\uff08', close: '\uff09' },
};

export function scopeName(scope: PictureScope, t: TFunction): string {
  return scope.kind === 'network' ? t('reports.regional.scope.network') : t(`region.${scope.region}`);
}

export function regionalFormats(data: RegionalReportData, t: TFunction, language: Language): RegionalFormats {
  const rtl = isRightToLeft(language);
  const marks = PUNCTUATION[language];
  const perspectives = new Map(data.perspectives.map((perspective) => [perspective.id, perspective]));
  const indicators = new Map(data.indicators.map((indicator) => [indicator.id, indicator]));
  const offices = new Map(data.offices.map((office) => [office.officeId, office]));
  const named = (id: string, name: LocalizedText | undefined) => {
    const title = text(name, language);
    return title ? `${id} ${title}` : id;
  };
  const code = (value: string) => (rtl ? `\u2066${value}\u2069` : value);
  const indicator = (id: string) => named(id, indicators.get(id)?.name);
  return {
    language,
    dir: rtl ? 'rtl' : 'ltr',
    t,
    score: (value) => (value === null ? '—' : formatScore(value, language)),
    coverage: (fraction) => formatCoverage(fraction, language),
    integer: (value) => formatInteger(value, language),
    year: (value) => formatYear(value, language),
    delta: (value) => deltaText(value, language),
    code,
    name: (value) => (rtl ? `\u2068${value}\u2069` : value),
    text: (value) => text(value, language),
    scope: scopeName(data.masthead.scope, t),
    perspective: (id) => named(id, perspectives.get(id)?.name),
    indicator,
    office: (officeId) => offices.get(officeId),
    typology: (messageKey, params) => {
      const formatted = typologyParams(messageKey, params, language);
      if (typeof params.indicator === 'string') formatted.indicator = indicator(params.indicator);
      return t(messageKey, formatted);
    },
    list: (items) => items.join(marks.list),
    clauses: (items) => items.join(marks.clause),
    pair: (label, value) => `${label}${marks.colon}${value}`,
    parenthesis: (text, aside) => `${text}${marks.open}${aside}${marks.close}`,
    sentence: (text) => `${text}${marks.stop}`,
    chart: chartWords(t, language),
    chartNumber: (value) => formatScore(value, language),
  };
}

/** "52.3–71.8": the middle half of a distribution. */
export function middleHalf(stats: Stats, formats: RegionalFormats): string {
  return formats.t('reports.regional.figures.range', { from: formats.score(stats.q1), to: formats.score(stats.q3) });
}

/** An office as the tables name it: its code, or its name when it has none. */
export function officeCode(office: Pick<RegionalOffice, 'officeCode' | 'officeName'>): string {
  return office.officeCode || office.officeName;
}
