import type { TFunction } from 'i18next';
import type { Language } from '../../shared/i18n/languages';
import type { AggregateBand } from '../../shared/scoring/band';
import { intlLocale } from '../i18n/format';

/**
 * The fixed words a chart prints or says, already in the chart's language. Charts never call
 * i18n themselves: a report printed in Arabic from an English UI passes Arabic words, and the
 * same chart renders on screen, server-side and in print from the same props.
 */
export interface ChartWords {
  bands: Record<AggregateBand, string>;
  regionMedian: string;
  regionRange: string;
  networkMedian: string;
  median: string;
  middleHalf: string;
  outlier: string;
  noScore: string;
  /** Sentences for <desc>: every number a sighted reader gets from the marks. */
  describe: {
    score(label: string, value: string, band: string): string;
    noScore(label: string, band: string): string;
    scoreOnly(label: string, value: string): string;
    regionBenchmark(median: string, q1: string, q3: string): string;
    networkBenchmark(median: string): string;
    distribution(offices: string, min: string, q1: string, median: string, q3: string, max: string): string;
    noDistribution(offices: string): string;
    outliers(list: string): string;
    rank(rank: string, label: string, value: string): string;
    /** A perspective's score and the comparison's value on it ("…; Region median 70."). */
    scoreWithReference(label: string, value: string, band: string, reference: string, median: string): string;
    noScoreWithReference(label: string, band: string, reference: string, median: string): string;
    /** A dashed reference line across a chart. */
    reference(label: string, value: string): string;
  };
  /** "a, b and c" in the chart's language. */
  list(items: readonly string[]): string;
  /** Sentences one after the other (Chinese sentences are not separated by a space). */
  sentences(items: readonly string[]): string;
}

/** The chart words of one language, from the app's catalogs (`t` fixed to that language). Band names are the editor's. */
export function chartWords(t: TFunction, language: Language): ChartWords {
  const list = new Intl.ListFormat(intlLocale(language), { type: 'conjunction', style: 'long' });
  return {
    bands: {
      green: t('editor.band.green'),
      amber: t('editor.band.amber'),
      red: t('editor.band.red'),
      insufficient_data: t('editor.band.insufficient_data'),
    },
    regionMedian: t('charts.regionMedian'),
    regionRange: t('charts.regionRange'),
    networkMedian: t('charts.networkMedian'),
    median: t('charts.median'),
    middleHalf: t('charts.middleHalf'),
    outlier: t('charts.outlier'),
    noScore: t('charts.noScore'),
    describe: {
      score: (label, value, band) => t('charts.desc.score', { label, value, band }),
      noScore: (label, band) => t('charts.desc.noScore', { label, band }),
      scoreOnly: (label, value) => t('charts.desc.scoreOnly', { label, value }),
      regionBenchmark: (median, q1, q3) => t('charts.desc.regionBenchmark', { median, q1, q3 }),
      networkBenchmark: (median) => t('charts.desc.networkBenchmark', { median }),
      distribution: (offices, min, q1, median, q3, max) => t('charts.desc.distribution', { offices, min, q1, median, q3, max }),
      noDistribution: (offices) => t('charts.desc.noDistribution', { offices }),
      outliers: (items) => t('charts.desc.outliers', { list: items }),
      rank: (rank, label, value) => t('charts.desc.rank', { rank, label, value }),
      scoreWithReference: (label, value, band, reference, median) => t('charts.desc.scoreWithReference', { label, value, band, reference, median }),
      noScoreWithReference: (label, band, reference, median) => t('charts.desc.noScoreWithReference', { label, band, reference, median }),
      reference: (label, value) => t('charts.desc.reference', { label, value }),
    },
    list: (items) => list.format(items),
    sentences: (items) => items.join(language === 'zh' ? '' : ' '),
  };
}
