import { scaleLinear } from 'd3-scale';
import type { Stats } from '../../shared/picture/picture-types';
import { clampCentre, type NumberFormat } from './chart-frame';
import { emptyScene, type Scene } from './chart-scene';
import type { ChartWords } from './chart-words';
import { clampScore } from './perspective-bars-layout';
import { flowLegend, scoreAxis, stackHeight, type LegendItem, type Thresholds } from './scene-layout';
import { textWidth } from './text-metrics';

/**
 * One indicator or perspective across offices, small enough for a table cell (160 × 28) and
 * legible larger: a dot per office on 0–100, the middle half (q1–q3) as a box, the median as a
 * line, outliers as crosses, and one office optionally ringed and labelled. The statistics are
 * the caller's (shared/picture computes them once for screens, reports and tests); this only draws them.
 */

export interface StripValue {
  id: string;
  /** The office's code, as printed next to a highlighted mark. */
  label: string;
  score: number | null;
}

export interface StripInput {
  values: readonly StripValue[];
  stats: Stats | null;
  outlierIds: readonly string[];
  highlightId: string | null;
  thresholds: Thresholds | null;
  words: ChartWords;
  format: NumberFormat;
  width: number;
  height: number;
  showLegend: boolean;
}

/** Below this height there is no room for the axis numbers under the marks. */
export const STRIP_AXIS_MIN_HEIGHT = 48;

export function stripFont(height: number): number {
  return Math.min(11, Math.max(8, Math.round(height * 0.32)));
}

export function distributionStripLayout(input: StripInput): Scene {
  const { values, stats, highlightId, thresholds, format, width, height } = input;
  const outliers = new Set(input.outlierIds);
  const scene = emptyScene(width);
  const font = stripFont(height);
  const dot = Math.min(3.5, Math.max(2, height / 14));
  const pad = dot * 2 + 2;
  const scale = scaleLinear().domain([0, 100]).range([pad, width - pad]);
  const highlight = highlightId === null ? undefined : values.find((value) => value.id === highlightId && value.score !== null);
  const labelRow = highlight ? stackHeight(1, font) + 1 : 0;
  const showAxis = height >= STRIP_AXIS_MIN_HEIGHT;
  // The axis numbers take one line, or more when two would touch (close thresholds, a narrow strip).
  const axisAt = (top: number, bottom: number) => scoreAxis({ scale, thresholds, top, bottom, labelTop: bottom + 3, size: font, format, minX: 0, maxX: width });
  const axisRow = showAxis ? axisAt(0, 0).height + 3 : 0;
  const marksTop = labelRow + 1;
  const marksBottom = height - axisRow - 1;
  const centre = (marksTop + marksBottom) / 2;
  const boxHeight = Math.min((marksBottom - marksTop) * 0.75, 16);

  if (showAxis) {
    const axis = axisAt(marksTop, marksBottom);
    scene.lines.push(...axis.lines);
    scene.texts.push(...axis.texts);
  }
  scene.lines.push({ key: 'baseline', x1: scale(0), y1: centre, x2: scale(100), y2: centre, style: 'edge' });
  if (stats) {
    scene.rects.push({ key: 'box', x: scale(clampScore(stats.q1)), y: centre - boxHeight / 2, width: scale(clampScore(stats.q3)) - scale(clampScore(stats.q1)), height: boxHeight, style: 'box' });
    const median = scale(clampScore(stats.median));
    scene.lines.push({ key: 'median', x1: median, y1: centre - boxHeight / 2 - 1, x2: median, y2: centre + boxHeight / 2 + 1, style: 'median' });
  }
  for (const value of values) {
    if (value.score === null || value.id === highlight?.id) continue;
    const outlier = outliers.has(value.id);
    scene.points.push({ key: `office-${value.id}`, x: scale(clampScore(value.score)), y: centre, shape: outlier ? 'outlier' : 'dot', size: outlier ? dot + 0.5 : dot });
  }
  if (highlight && highlight.score !== null) {
    const x = scale(clampScore(highlight.score));
    scene.points.push({ key: `office-${highlight.id}`, x, y: centre, shape: 'highlight', size: dot * 1.8 });
    const text = `${highlight.label} ${format(highlight.score)}`;
    const item = { key: 'highlight-label', x, y: font * 0.92, text, side: 'center' as const, size: font, bold: true };
    scene.texts.push({ ...item, x: clampCentre(x, textWidth(text, font, true), 0, width) });
  }
  scene.height = height;
  if (input.showLegend) {
    const flowed = flowLegend(legendItems(input, outliers.size > 0, highlight !== undefined), { x0: 0, x1: width, top: height + 8, size: 11 });
    scene.legend.push(...flowed.entries);
    scene.texts.push(...flowed.texts);
    scene.height = height + 8 + flowed.height + 2;
  }
  return scene;
}

function legendItems(input: StripInput, hasOutliers: boolean, hasHighlight: boolean): LegendItem[] {
  const { words } = input;
  const items: LegendItem[] = [];
  if (input.stats) {
    items.push({ key: 'box', mark: { kind: 'box' }, word: words.middleHalf });
    items.push({ key: 'median', mark: { kind: 'median' }, word: words.median });
  }
  if (hasOutliers) items.push({ key: 'outlier', mark: { kind: 'outlier' }, word: words.outlier });
  if (hasHighlight) {
    const highlight = input.values.find((value) => value.id === input.highlightId);
    if (highlight) items.push({ key: 'highlight', mark: { kind: 'highlight' }, word: highlight.label });
  }
  return items;
}

/** The distribution's numbers in sentences, for <desc>. */
export function distributionDescription(input: Pick<StripInput, 'values' | 'stats' | 'outlierIds' | 'highlightId' | 'words' | 'format'>): string {
  const { values, stats, words, format } = input;
  const scored = values.filter((value) => value.score !== null);
  const parts = [
    stats
      ? words.describe.distribution(format(stats.n), format(stats.min), format(stats.q1), format(stats.median), format(stats.q3), format(stats.max))
      : words.describe.noDistribution(format(scored.length)),
  ];
  const outliers = scored.filter((value) => input.outlierIds.includes(value.id));
  if (outliers.length > 0) parts.push(words.describe.outliers(words.list(outliers.map((value) => `${value.label} (${format(value.score!)})`))));
  const highlight = scored.find((value) => value.id === input.highlightId);
  if (highlight) parts.push(words.describe.scoreOnly(highlight.label, format(highlight.score!)));
  return words.sentences(parts);
}
