import { finiteAxis } from './chart-input';
import { ChartSvg, useChartId, type ChartDirection, type NumberFormat } from './chart-frame';
import { sceneFor } from './chart-scene';
import type { ChartWords } from './chart-words';
import { PerspectiveBars } from './perspective-bars';
import { radarDescription, radarLayout, type RadarAxis } from './radar-layout';
import { SceneMarks } from './scene-marks';

export type { RadarAxis } from './radar-layout';

export interface RadarChartProps {
  /** One per perspective, in the framework's order; 3 to 8 read well. */
  axes: readonly RadarAxis[];
  words: ChartWords;
  format: NumberFormat;
  title: string;
  /** The office polygon's name in the legend (e.g. its code). */
  officeLabel: string;
  /** The median polygon's name in the legend; defaults to the words' "Median". */
  medianLabel?: string;
  dir?: ChartDirection;
  /** Radius of the 100 ring in user units. */
  radius?: number;
  showLegend?: boolean;
  idPrefix?: string;
  className?: string;
  testId?: string;
}

/**
 * The perspectives radar. With fewer than three axes a radar has no area to read, so the same
 * scores are shown as bars instead.
 */
export function RadarChart(props: RadarChartProps) {
  const { words, format, title, officeLabel, dir = 'ltr', radius = 100, showLegend = true, idPrefix, className, testId } = props;
  const medianLabel = props.medianLabel ?? words.median;
  const id = useChartId(idPrefix);
  const axes = props.axes.map(finiteAxis);
  if (axes.length < 3) {
    return <PerspectiveBars bars={axes} thresholds={null} words={words} format={format} title={title} dir={dir} idPrefix={id} className={className} testId={testId} />;
  }
  const scene = sceneFor(radarLayout({ axes, words, format, officeLabel, medianLabel, radius, showLegend }), dir);
  return (
    <ChartSvg id={id} width={scene.width} height={scene.height} dir={dir} title={title} desc={radarDescription(axes, words, format, medianLabel)} className={className} testId={testId}>
      <SceneMarks scene={scene} dir={dir} />
    </ChartSvg>
  );
}
