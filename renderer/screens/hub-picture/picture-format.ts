import type { TFunction } from 'i18next';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../shared/i18n/languages';
import type { LocalizedText } from '../../../shared/framework/framework-schema';
import type { Change, PictureScope, SetPicture } from '../../../shared/picture/picture-types';
import type { AggregateBand } from '../../../shared/scoring/band';
import { chartWords, type ChartWords } from '../../charts/chart-words';
import { formatInteger, formatYear, intlLocale } from '../../i18n/format';
import { useLanguage } from '../../i18n/use-language';
import { formatCoverage } from '../assessment-editor/number-format';
import { localizedString } from '../assessment-editor/localized-text';

/**
 * The words and number formats of the picture's screens, made once per language: the set table
 * of 1,000 offices formats some 15,000 numbers, and one Intl.NumberFormat per call would be most
 * of its rendering time.
 */
export interface PictureFormats {
  language: Language;
  collator: Intl.Collator;
  /** One decimal, as the engine rounded the scores (medians too: they are shown as scores are). */
  score(value: number): string;
  /** A difference with its sign, one decimal: "+2.1", "−3.4", "0". */
  signed(value: number): string;
  /** A difference without its sign (the arrow carries it). */
  magnitude(value: number): string;
  coverage(fraction: number): string;
  integer(value: number): string;
  year(value: number): string;
  bands: Record<AggregateBand, string>;
  chart: ChartWords;
  /** A framework text in the screen's language (English, then any, when the framework lacks it). */
  text(value: LocalizedText | undefined): string;
}

export function pictureFormats(t: TFunction, language: Language): PictureFormats {
  const locale = intlLocale(language);
  const one = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
  const signed = new Intl.NumberFormat(locale, { maximumFractionDigits: 1, signDisplay: 'exceptZero' });
  const chart = chartWords(t, language);
  return {
    language,
    collator: new Intl.Collator(locale, { numeric: true }),
    score: (value) => one.format(value),
    signed: (value) => signed.format(value),
    magnitude: (value) => one.format(Math.abs(value)),
    coverage: (fraction) => formatCoverage(fraction, language),
    integer: (value) => formatInteger(value, language),
    year: (value) => formatYear(value, language),
    bands: chart.bands,
    chart,
    text: (value) => localizedString(value, language),
  };
}

export function usePictureFormats(): PictureFormats {
  const { t } = useTranslation();
  const language = useLanguage();
  return useMemo(() => pictureFormats(t, language), [t, language]);
}

/** "Africa", or "the whole network". */
export function scopeName(t: TFunction, scope: PictureScope): string {
  return scope.kind === 'network' ? t('picture.scope.networkName') : t(`region.${scope.region}`);
}

/** The change in a sentence, for screen readers and tooltips: "Up 2.1 since 2024". */
export function changeSentence(t: TFunction, formats: PictureFormats, change: Change, previousCycle: number | null): string {
  if (previousCycle === null) return t('picture.change.noPrevious');
  const cycle = formats.year(previousCycle);
  const delta = change.delta === null ? '' : formats.magnitude(change.delta);
  switch (change.kind) {
    case 'up':
      return t('picture.change.up', { delta, cycle });
    case 'down':
      return t('picture.change.down', { delta, cycle });
    case 'unchanged':
      return t('picture.change.unchanged', { cycle });
    case 'new':
      return t('picture.change.new', { cycle });
    case 'not_comparable':
      return t('picture.change.not_comparable', { cycle });
  }
}

/** The benchmark of the picture's scope: its region's, or the network's. */
export function scopeBenchmark(picture: SetPicture) {
  return picture.scope.kind === 'network' ? picture.benchmarks.network : picture.benchmarks.regions[picture.scope.region];
}
