import type { Stats } from '../../shared/picture/picture-types';
import { finiteStats, withFiniteScore } from './chart-input';
import { ChartSvg, useChartId, type ChartDirection, type NumberFormat } from './chart-frame';
import { sceneFor } from './chart-scene';
import type { ChartWords } from './chart-words';
import { distributionDescription, distributionStripLayout, type StripValue } from './distribution-strip-layout';
import { SceneMarks } from './scene-marks';
import type { Thresholds } from './scene-layout';

export type { StripValue } from './distribution-strip-layout';

export interface DistributionStripProps {
  values: readonly StripValue[];
  /** n, min, q1, median, q3, max over the scored values (null when there are none). */
  stats: Stats | null;
  /** The offices beyond 1.5 × IQR from the quartiles, as the picture computed them. */
  outlierIds?: readonly string[];
  /** One office drawn larger and labelled with its code and score. */
  highlightId?: string | null;
  /** Gridlines at the band thresholds (drawn when the strip is tall enough for an axis). */
  thresholds?: Thresholds | null;
  words: ChartWords;
  format: NumberFormat;
  title: string;
  dir?: ChartDirection;
  width?: number;
  height?: number;
  /** Off by default: in a table the legend is the table's, once. */
  showLegend?: boolean;
  idPrefix?: string;
  className?: string;
  testId?: string;
}

export function DistributionStrip(props: DistributionStripProps) {
  const { words, format, title, dir = 'ltr', width = 160, height = 28, showLegend = false, idPrefix, className, testId } = props;
  const outlierIds = props.outlierIds ?? [];
  const highlightId = props.highlightId ?? null;
  const id = useChartId(idPrefix);
  const values = props.values.map(withFiniteScore);
  const stats = finiteStats(props.stats);
  const scene = sceneFor(
    distributionStripLayout({ values, stats, outlierIds, highlightId, thresholds: props.thresholds ?? null, words, format, width, height, showLegend }),
    dir,
  );
  return (
    <ChartSvg
      id={id}
      width={scene.width}
      height={scene.height}
      dir={dir}
      title={title}
      desc={distributionDescription({ values, stats, outlierIds, highlightId, words, format })}
      className={className}
      testId={testId}
    >
      <SceneMarks scene={scene} dir={dir} />
    </ChartSvg>
  );
}
