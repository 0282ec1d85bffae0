import { memo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { isRightToLeft } from '../../../shared/i18n/languages';
import { REGIONS } from '../../../shared/office/office-profile';
import type { Benchmark, PictureRow, SetPicture, Stats } from '../../../shared/picture/picture-types';
import { isOutlier, medianOf } from '../../../shared/picture/stats';
import { DistributionStrip } from '../../charts/distribution-strip';
import { usePictureStore } from '../../state/stores-context';
import { scopeBenchmark, scopeName, type PictureFormats } from './picture-format';

interface Measure {
  id: string;
  label: string;
  /** The measure's score of a row. */
  score: (row: PictureRow) => number | null;
  stats: (benchmark: Benchmark) => Stats | null;
}

/**
 * Benchmarks under the set table: the scope's medians and middle half per perspective and overall
 * (all its offices of the cycle, whatever the filters — a benchmark does not move with what one
 * looks at), the network's beside a region's, each region's under the network, the median of the
 * offices shown when filters are on, and a strip per column with every office as a dot.
 */
export const BenchmarksPanel = memo(function BenchmarksPanel({ picture, shown, formats, filtered }: { picture: SetPicture; shown: readonly PictureRow[]; formats: PictureFormats; filtered: boolean }) {
  const { t } = useTranslation();
  const selected = usePictureStore((state) => state.selectedOfficeId);
  const scope = scopeName(t, picture.scope);
  const own = scopeBenchmark(picture);
  const network = picture.benchmarks.network;
  const measures: Measure[] = [
    { id: 'overall', label: t('picture.column.overall'), score: (row) => row.overall.score, stats: (benchmark) => benchmark.overall },
    ...picture.perspectives.map((perspective) => ({
      id: perspective.id,
      label: `${perspective.id} ${formats.text(perspective.name)}`,
      score: (row: PictureRow) => row.perspectives[perspective.id]?.score ?? null,
      stats: (benchmark: Benchmark) => benchmark.perspectives[perspective.id] ?? null,
    })),
  ];
  const value = (number: number | null | undefined) => (number === null || number === undefined ? <span className="muted">{t('picture.bench.noScore')}</span> : <bdi>{formats.score(number)}</bdi>);
  const range = (stats: Stats | null) => (stats === null ? value(null) : <bdi>{t('picture.bench.range', { q1: formats.score(stats.q1), q3: formats.score(stats.q3) })}</bdi>);

  const medianRow = (key: string, label: string, benchmark: Benchmark) => (
    <BenchRow key={key} id={key} label={label} measures={measures} cell={(measure) => value(measure.stats(benchmark)?.median)} />
  );
  const rangeRow = (key: string, label: string, benchmark: Benchmark) => (
    <BenchRow key={key} id={key} label={label} measures={measures} cell={(measure) => range(measure.stats(benchmark))} />
  );
  const offices = (count: number) => formats.integer(count);

  const rows: ReactNode[] = [
    medianRow('scope-median', t('picture.bench.median', { scope, offices: offices(own.offices) }), own),
    rangeRow('scope-range', t('picture.bench.middleHalf', { scope }), own),
  ];
  if (picture.scope.kind === 'region') {
    rows.push(medianRow('network-median', t('picture.bench.median', { scope: t('picture.scope.networkName'), offices: offices(network.offices) }), network));
    rows.push(rangeRow('network-range', t('picture.bench.middleHalf', { scope: t('picture.scope.networkName') }), network));
  } else {
    for (const region of REGIONS) {
      const benchmark = picture.benchmarks.regions[region];
      if (benchmark.offices > 0) rows.push(medianRow(`region-median-${region}`, t('picture.bench.median', { scope: t(`region.${region}`), offices: offices(benchmark.offices) }), benchmark));
    }
  }
  if (filtered) {
    rows.push(
      <BenchRow
        key="shown-median"
        id="shown-median"
        label={t('picture.bench.shownMedian', { offices: offices(shown.length) })}
        measures={measures}
        cell={(measure) => value(medianOf(shown.map(measure.score)))}
      />,
    );
  }
  const dir = isRightToLeft(formats.language) ? 'rtl' : 'ltr';

  return (
    <section className="panel picture-benchmarks" aria-labelledby="picture-bench-title" data-testid="picture-benchmarks">
      <h2 id="picture-bench-title">{t('picture.bench.title')}</h2>
      <p className="hint">{t('picture.bench.intro')}</p>
      <div className="table-scroll">
        <table className="data-table bench-table">
          <caption className="visually-hidden">{t('picture.bench.caption', { scope })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('picture.bench.measure')}</th>
              {measures.map((measure) => (
                <th scope="col" key={measure.id} data-measure={measure.id}>
                  {measure.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows}
            <tr data-benchmark="distribution">
              <th scope="row">{t('picture.bench.distribution', { scope })}</th>
              {measures.map((measure) => {
                const stats = measure.stats(own);
                const values = picture.rows.map((row) => ({ id: row.officeId, label: row.officeCode, score: measure.score(row) }));
                const outliers = stats === null ? [] : values.flatMap((entry) => (entry.score !== null && isOutlier(entry.score, stats) ? [entry.id] : []));
                return (
                  <td key={measure.id} data-measure={measure.id}>
                    <DistributionStrip
                      values={values}
                      stats={stats}
                      outlierIds={outliers}
                      highlightId={selected}
                      words={formats.chart}
                      format={formats.score}
                      title={t('picture.bench.stripTitle', { measure: measure.label, scope })}
                      dir={dir}
                      width={150}
                      height={selected ? 36 : 28}
                    />
                  </td>
                );
              })}
            </tr>
          </tbody>
        </table>
      </div>
    </section>
  );
});

function BenchRow({ id, label, measures, cell }: { id: string; label: string; measures: readonly Measure[]; cell: (measure: Measure) => ReactNode }) {
  return (
    <tr data-benchmark={id}>
      <th scope="row">{label}</th>
      {measures.map((measure) => (
        <td key={measure.id} data-measure={measure.id}>
          {cell(measure)}
        </td>
      ))}
    </tr>
  );
}
