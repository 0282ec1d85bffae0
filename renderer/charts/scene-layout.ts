import type { ScaleLinear } from 'd3-scale';
import { clampCentre, LINE_HEIGHT, type NumberFormat, type TextItem } from './chart-frame';
import { LEGEND_SWATCH, type LegendEntry, type LegendMark, type LineMark } from './chart-scene';
import { textWidth, wrapText } from './text-metrics';

/** Layout rules shared by the charts: the 0–100 axis with its threshold gridlines, stacked text lines, the legend. */

export interface Thresholds {
  amber: number;
  green: number;
}

/** Baselines of `lines` stacked from `top`, LINE_HEIGHT apart. */
export function stackedTexts(key: string, lines: string[], x: number, top: number, size: number, side: TextItem['side'], extra: Partial<TextItem> = {}): TextItem[] {
  return lines.map((text, index) => ({ key: `${key}-${index}`, x, y: top + size * (0.92 + index * LINE_HEIGHT), text, side, size, ...extra }));
}

export function stackHeight(lineCount: number, size: number): number {
  return lineCount === 0 ? 0 : size * (0.92 + 0.3 + (lineCount - 1) * LINE_HEIGHT);
}

export interface AxisLayout {
  texts: TextItem[];
  lines: LineMark[];
  /** Height of the tick labels below `labelTop`. */
  height: number;
}

/**
 * Gridlines at 0, the band thresholds and 100, from `top` to `bottom`; their numbers under the
 * axis from `labelTop`. A number whose box would touch the one before it moves to the next line
 * down (thresholds can be close together): no overlap, whatever the framework's thresholds.
 */
export function scoreAxis(options: {
  scale: ScaleLinear<number, number>;
  thresholds: Thresholds | null;
  top: number;
  bottom: number;
  labelTop: number;
  size: number;
  format: NumberFormat;
  minX: number;
  maxX: number;
}): AxisLayout {
  const { scale, thresholds, top, bottom, labelTop, size, format, minX, maxX } = options;
  const values = [...new Set([0, ...(thresholds ? [thresholds.amber, thresholds.green] : []), 100])].sort((a, b) => a - b);
  const lines: LineMark[] = values.map((value) => ({
    key: `grid-${value}`,
    x1: scale(value),
    y1: top,
    x2: scale(value),
    y2: bottom,
    style: value === 0 ? 'axis' : value === 100 ? 'edge' : 'threshold',
  }));
  const rowsRightEdge: number[] = [];
  const texts: TextItem[] = [];
  const placed = values
    .map((value) => ({ value, x: scale(value), text: format(value) }))
    .sort((a, b) => a.x - b.x);
  for (const tick of placed) {
    const width = textWidth(tick.text, size);
    const centre = clampCentre(tick.x, width, minX, maxX);
    let row = rowsRightEdge.findIndex((right) => right + 4 <= centre - width / 2);
    if (row === -1) {
      row = rowsRightEdge.length;
      rowsRightEdge.push(0);
    }
    rowsRightEdge[row] = centre + width / 2;
    texts.push({ key: `tick-${tick.value}`, x: centre, y: labelTop + size * (0.92 + row * LINE_HEIGHT), text: tick.text, side: 'center', size, muted: true });
  }
  return { texts, lines, height: stackHeight(rowsRightEdge.length, size) };
}

export interface LegendItem {
  key: string;
  mark: LegendMark;
  word: string;
}

export interface LegendLayout {
  entries: LegendEntry[];
  texts: TextItem[];
  height: number;
}

const LEGEND_GAP = 16;
const SWATCH_GAP = 5;

/**
 * Legend entries flow left to right in rows between `x0` and `x1` (the scene is mirrored as a
 * whole for right-to-left, which makes them flow from the right). A word too long for the row
 * wraps beside its swatch.
 */
export function flowLegend(items: LegendItem[], options: { x0: number; x1: number; top: number; size: number }): LegendLayout {
  const { x0, x1, top, size } = options;
  const entries: LegendEntry[] = [];
  const texts: TextItem[] = [];
  const maxWordWidth = Math.max(x1 - x0 - LEGEND_SWATCH - SWATCH_GAP, size * 4);
  let x = x0;
  let rowTop = top;
  let rowHeight = 0;
  for (const item of items) {
    const lines = wrapText(item.word, maxWordWidth, size);
    const wordWidth = Math.max(...lines.map((line) => textWidth(line, size)));
    const width = LEGEND_SWATCH + SWATCH_GAP + wordWidth;
    const height = Math.max(LEGEND_SWATCH, stackHeight(lines.length, size));
    if (x > x0 && x + width > x1) {
      x = x0;
      rowTop += rowHeight + 6;
      rowHeight = 0;
    }
    entries.push({ key: item.key, mark: item.mark, x, y: rowTop });
    texts.push(...stackedTexts(`legend-${item.key}`, lines, x + LEGEND_SWATCH + SWATCH_GAP, rowTop + (LEGEND_SWATCH - size * 1.22) / 2, size, 'left'));
    x += width + LEGEND_GAP;
    rowHeight = Math.max(rowHeight, height);
  }
  return { entries, texts, height: items.length === 0 ? 0 : rowTop - top + rowHeight };
}
