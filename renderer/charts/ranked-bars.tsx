import { finiteOrNull } from './chart-input';
import { ChartSvg, useChartId, type ChartDirection, type NumberFormat } from './chart-frame';
import { sceneFor } from './chart-scene';
import type { ChartWords } from './chart-words';
import { rankedBarsLayout, rankedDescription, type RankedRow } from './ranked-bars-layout';
import { SceneMarks } from './scene-marks';
import type { Thresholds } from './scene-layout';

export { rankItems, RANKED_ROW, type RankedItem, type RankedRow } from './ranked-bars-layout';

export interface RankedBarsProps {
  /** From `rankItems`, possibly one page of them: drawn in rank order. */
  rows: readonly RankedRow[];
  thresholds: Thresholds | null;
  words: ChartWords;
  format: NumberFormat;
  title: string;
  /** A dashed reference line, e.g. { value: region median, label: "Region median" }. */
  median?: { value: number; label: string } | null;
  dir?: ChartDirection;
  width?: number;
  showLegend?: boolean;
  idPrefix?: string;
  className?: string;
  testId?: string;
}

/** Offices ranked by score: rank, code, a bar in its band's pattern and the score at its end. */
export function RankedBars({ rows, thresholds, words, format, title, median: givenMedian = null, dir = 'ltr', width = 480, showLegend = true, idPrefix, className, testId }: RankedBarsProps) {
  const id = useChartId(idPrefix);
  const median = givenMedian && Number.isFinite(givenMedian.value) ? givenMedian : null;
  const ordered = rows.map((row) => (finiteOrNull(row.score) === null && row.score !== null ? { ...row, score: null, rank: null } : row)).sort((a, b) => (a.rank ?? Number.POSITIVE_INFINITY) - (b.rank ?? Number.POSITIVE_INFINITY));
  const scene = sceneFor(rankedBarsLayout({ rows: ordered, thresholds, words, format, width, median, showLegend }), dir);
  return (
    <ChartSvg id={id} width={scene.width} height={scene.height} dir={dir} title={title} desc={rankedDescription(ordered, words, format, median)} className={className} testId={testId}>
      <SceneMarks scene={scene} dir={dir} />
    </ChartSvg>
  );
}
