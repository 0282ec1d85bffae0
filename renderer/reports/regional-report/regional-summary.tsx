import { REGIONS, TWO_TIER_OPTIONS } from '../../../shared/office/office-profile';
import { CHANGE_KINDS, type Stats } from '../../../shared/picture/picture-types';
import type { RegionalReportData } from '../../../shared/reports/regional-report-data';
import type { AggregateBand } from '../../../shared/scoring/band';
import { middleHalf, type RegionalFormats } from './regional-format';

interface SectionProps {
  data: RegionalReportData;
  formats: RegionalFormats;
}

const BANDS: AggregateBand[] = ['green', 'amber', 'red', 'insufficient_data'];

/**
 * The first page's figures: how many offices, the overall median and its middle half, the bands
 * of the offices' overall scores, how they moved since the previous cycle, the office types the
 * data supports and the coverage of the scope's countries — each a count with its words.
 */
export function RegionalSummary({ data, formats }: SectionProps) {
  const { t } = formats;
  const { benchmarks, trend, typology, coverage, masthead } = data;
  const overall = benchmarks.scope.overall;
  const bands = Object.fromEntries(BANDS.map((band) => [band, data.offices.filter((office) => office.overall.band === band).length])) as Record<AggregateBand, number>;
  const list = formats.list;
  const figures: Array<[string, string]> = [
    [t('reports.regional.summary.offices'), formats.integer(data.offices.length)],
    [
      t('reports.regional.summary.overallMedian'),
      overall ? t('reports.regional.summary.medianValue', { median: formats.score(overall.median), range: middleHalf(overall, formats), offices: formats.integer(overall.n) }) : t('reports.regional.figures.noScore'),
    ],
    ...(masthead.scope.kind === 'region' && benchmarks.network.overall
      ? [[t('reports.regional.summary.networkMedian'), formats.score(benchmarks.network.overall.median)] as [string, string]]
      : []),
    [t('reports.regional.summary.bands'), list(BANDS.map((band) => formats.pair(t(`editor.band.${band}`), formats.integer(bands[band]))))],
    [
      masthead.previousCycle === null ? t('reports.regional.summary.changeNone') : t('reports.regional.summary.change', { cycle: formats.year(masthead.previousCycle) }),
      masthead.previousCycle === null
        ? t('reports.regional.summary.firstCycle')
        : list([
            ...CHANGE_KINDS.map((kind) => formats.pair(t(`reports.regional.change.kind.${kind}`), formats.integer(trend.changes[kind]))),
            formats.pair(t('reports.regional.change.absent'), formats.integer(trend.absent)),
          ]),
    ],
    [
      t('reports.regional.summary.types'),
      list([
        ...TWO_TIER_OPTIONS.map((tier) => formats.pair(t(`twoTier.${tier}`), formats.integer(typology.suggested[tier]))),
        formats.pair(t('reports.regional.types.undecided'), formats.integer(typology.suggested.undecided)),
      ]),
    ],
    [
      t('reports.regional.summary.typesReview'),
      t('reports.regional.summary.typesReviewValue', { differs: formats.integer(typology.differs.length), flagged: formats.integer(typology.flagged.length) }),
    ],
    [
      t('reports.regional.summary.coverage'),
      list([
        formats.pair(t('maps.status.resident'), formats.integer(coverage.counts.resident)),
        formats.pair(t('maps.status.non_resident'), formats.integer(coverage.counts.non_resident)),
        formats.pair(t('maps.status.not_covered'), formats.integer(coverage.counts.not_covered)),
      ]),
    ],
  ];
  return (
    <section className="report-section regional-summary" aria-labelledby="regional-summary-heading">
      <h2 id="regional-summary-heading">{t('reports.regional.summary.heading')}</h2>
      <table className="report-table regional-figures report-keep">
        <caption>{t('reports.regional.summary.caption', { scope: formats.scope, cycle: formats.year(masthead.cycle) })}</caption>
        <tbody>
          {figures.map(([label, value]) => (
            <tr key={label}>
              <th scope="row">{label}</th>
              <td>{value}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="report-small">
        {t('reports.regional.summary.bandsNote', { green: formats.score(data.bands.green), amber: formats.score(data.bands.amber), coverage: formats.coverage(data.minCoverage) })}
      </p>
    </section>
  );
}

function statsCells(stats: Stats | null, formats: RegionalFormats) {
  if (stats === null) {
    return (
      <td colSpan={6} className="regional-none">
        {formats.t('reports.regional.figures.noScore')}
      </td>
    );
  }
  return (
    <>
      <td className="num">{formats.integer(stats.n)}</td>
      <td className="num">{formats.score(stats.min)}</td>
      <td className="num">{formats.score(stats.q1)}</td>
      <td className="num regional-median">{formats.score(stats.median)}</td>
      <td className="num">{formats.score(stats.q3)}</td>
      <td className="num">{formats.score(stats.max)}</td>
    </>
  );
}

/**
 * Medians and quartiles of the scope's offices, overall and per perspective, beside the median of
 * the previous cycle (and, for a region, the network's); for the network, each region's medians.
 */
export function RegionalMedians({ data, formats }: SectionProps) {
  const { t } = formats;
  const { benchmarks, trend, masthead } = data;
  const region = masthead.scope.kind === 'region';
  const rows = [
    { id: 'overall', label: t('reports.regional.figures.overall'), stats: benchmarks.scope.overall, then: trend.overall.then, network: benchmarks.network.overall?.median ?? null },
    ...data.perspectives.map((perspective) => ({
      id: perspective.id,
      label: formats.perspective(perspective.id),
      stats: benchmarks.scope.perspectives[perspective.id] ?? null,
      then: trend.perspectives[perspective.id]?.then ?? null,
      network: benchmarks.network.perspectives[perspective.id]?.median ?? null,
    })),
  ];
  const previous = masthead.previousCycle === null ? null : formats.year(masthead.previousCycle);
  return (
    <section className="report-section regional-medians" aria-labelledby="regional-medians-heading">
      <h2 id="regional-medians-heading">{t('reports.regional.medians.heading')}</h2>
      <table className="report-table regional-stats">
        <caption>{t('reports.regional.medians.caption', { scope: formats.scope, cycle: formats.year(masthead.cycle) })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('reports.regional.medians.score')}</th>
            <th scope="col" className="num">{t('reports.regional.medians.n')}</th>
            <th scope="col" className="num">{t('reports.regional.medians.min')}</th>
            <th scope="col" className="num">{t('reports.regional.medians.q1')}</th>
            <th scope="col" className="num">{t('reports.regional.medians.median')}</th>
            <th scope="col" className="num">{t('reports.regional.medians.q3')}</th>
            <th scope="col" className="num">{t('reports.regional.medians.max')}</th>
            {previous !== null && <th scope="col" className="num">{t('reports.regional.medians.then', { cycle: previous })}</th>}
            {region && <th scope="col" className="num">{t('reports.regional.medians.network')}</th>}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id} data-score={row.id}>
              <th scope="row">{row.label}</th>
              {statsCells(row.stats, formats)}
              {previous !== null && <td className="num">{formats.score(row.then)}</td>}
              {region && <td className="num">{formats.score(row.network)}</td>}
            </tr>
          ))}
        </tbody>
      </table>
      <p className="report-small">{t('reports.regional.medians.method')}</p>
      {!region && (
        <table className="report-table regional-stats report-keep">
          <caption>{t('reports.regional.medians.byRegion', { cycle: formats.year(masthead.cycle) })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('reports.regional.medians.region')}</th>
              <th scope="col" className="num">{t('reports.regional.medians.offices')}</th>
              <th scope="col" className="num">{t('reports.regional.figures.overall')}</th>
              {data.perspectives.map((perspective) => (
                <th key={perspective.id} scope="col" className="num">
                  {perspective.id}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {REGIONS.map((name) => {
              const benchmark = benchmarks.regions[name];
              return (
                <tr key={name} data-region={name}>
                  <th scope="row">{t(`region.${name}`)}</th>
                  <td className="num">{formats.integer(benchmark.offices)}</td>
                  <td className="num">{formats.score(benchmark.overall?.median ?? null)}</td>
                  {data.perspectives.map((perspective) => (
                    <td key={perspective.id} className="num">
                      {formats.score(benchmark.perspectives[perspective.id]?.median ?? null)}
                    </td>
                  ))}
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </section>
  );
}
