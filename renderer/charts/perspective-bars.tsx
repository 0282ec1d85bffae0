import { finiteBar } from './chart-input';
import { ChartSvg, useChartId, type ChartDirection, type NumberFormat } from './chart-frame';
import { sceneFor } from './chart-scene';
import type { ChartWords } from './chart-words';
import { perspectiveBarsDescription, perspectiveBarsLayout, type PerspectiveBar } from './perspective-bars-layout';
import { SceneMarks } from './scene-marks';
import type { Thresholds } from './scene-layout';

export type { BarBenchmark, PerspectiveBar, RegionBenchmark } from './perspective-bars-layout';

export interface PerspectiveBarsProps {
  bars: readonly PerspectiveBar[];
  /** The framework's aggregate band thresholds: gridlines at amber and green. */
  thresholds: Thresholds | null;
  words: ChartWords;
  format: NumberFormat;
  /** What the chart shows, e.g. "Scores by perspective, KEN-RH, 2025"; also its accessible name. */
  title: string;
  dir?: ChartDirection;
  /** Layout width in user units (the chart scales to its box; the layout, line breaks included, is decided at this width). */
  width?: number;
  showLegend?: boolean;
  idPrefix?: string;
  className?: string;
  testId?: string;
}

/**
 * Horizontal bars on a 0–100 axis, one per perspective and the total, each filled with its
 * band's pattern and its score printed at its end ("insufficient data" in words instead of a
 * bar); with benchmarks, under each bar the region's middle half and median and the network's
 * median. Right-to-left, bars grow from the right.
 */
export function PerspectiveBars({ bars: given, thresholds, words, format, title, dir = 'ltr', width = 520, showLegend = true, idPrefix, className, testId }: PerspectiveBarsProps) {
  const id = useChartId(idPrefix);
  const bars = given.map(finiteBar);
  const scene = sceneFor(perspectiveBarsLayout({ bars, thresholds, words, format, width, showLegend }), dir);
  return (
    <ChartSvg id={id} width={scene.width} height={scene.height} dir={dir} title={title} desc={perspectiveBarsDescription(bars, words, format)} className={className} testId={testId}>
      <SceneMarks scene={scene} dir={dir} />
    </ChartSvg>
  );
}
