import type { Framework } from '../framework/framework-schema';
import type { PictureEntry } from './picture-entry';
import type { IndicatorDistribution, IndicatorValue } from './picture-types';
import { isOutlier, statsOf } from './stats';

/**
 * Per indicator of the newest framework, its scores across the scope's offices: the statistics
 * and the outliers a box plot would show. Offices are matched to the indicator by its id; one
 * whose framework lacks it is 'absent'.
 */
export function indicatorDistributions(framework: Framework | null, entries: readonly PictureEntry[]): IndicatorDistribution[] {
  if (framework === null) return [];
  return framework.perspectives.flatMap((perspective) =>
    perspective.indicators.map((indicator) => {
      const values: IndicatorValue[] = entries.map((entry) => {
        const scored = entry.indicators.get(indicator.id);
        return scored
          ? { officeId: entry.office, officeCode: entry.code, score: scored.score, band: scored.band, status: scored.status }
          : { officeId: entry.office, officeCode: entry.code, score: null, band: null, status: 'absent' };
      });
      const stats = statsOf(values.map((value) => value.score));
      return {
        indicatorId: indicator.id,
        perspectiveId: perspective.id,
        name: indicator.title,
        scored: indicator.weight > 0,
        values,
        stats,
        outliers: stats === null ? [] : values.flatMap((value) => (value.score !== null && isOutlier(value.score, stats) ? [value.officeId] : [])),
      };
    }),
  );
}
