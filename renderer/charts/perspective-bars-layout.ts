import { scaleLinear } from 'd3-scale';
import type { AggregateBand } from '../../shared/scoring/band';
import { bandLegendItems } from './band-patterns';
import type { NumberFormat } from './chart-frame';
import { emptyScene, type Scene } from './chart-scene';
import type { ChartWords } from './chart-words';
import { flowLegend, scoreAxis, stackedTexts, stackHeight, type LegendItem, type Thresholds } from './scene-layout';
import { textWidth, wrapText } from './text-metrics';

/** One horizontal bar per perspective (and the total), laid out left to right; right-to-left is its mirror. */

export interface RegionBenchmark {
  median: number;
  q1: number;
  q3: number;
}

export interface BarBenchmark {
  region?: RegionBenchmark | null;
  network?: { median: number } | null;
}

export interface PerspectiveBar {
  id: string;
  /** Already translated, in the chart's language. */
  label: string;
  score: number | null;
  band: AggregateBand;
  /** The total: set off by a rule, its label and value in bold. */
  total?: boolean;
  benchmark?: BarBenchmark;
}

export interface PerspectiveBarsInput {
  bars: readonly PerspectiveBar[];
  thresholds: Thresholds | null;
  words: ChartWords;
  format: NumberFormat;
  width: number;
  showLegend: boolean;
}

export const BAR_FONT = 12;
export const VALUE_FONT = 11;
export const LEGEND_FONT = 11;
export const BAR_HEIGHT = 14;
const STRIP_GAP = 3;
const STRIP_HEIGHT = 8;
const ROW_GAP = 10;
const LABEL_GAP = 10;
const VALUE_GAP = 4;
const MIN_PLOT = 100;

/** Scores outside 0–100 cannot come from the engine; drawn at the edge rather than outside the chart. */
export function clampScore(value: number): number {
  return Math.min(100, Math.max(0, value));
}

export function noScoreWord(band: AggregateBand, words: ChartWords): string {
  return band === 'insufficient_data' ? words.bands.insufficient_data : words.noScore;
}

export function perspectiveBarsLayout(input: PerspectiveBarsInput): Scene {
  const { bars, thresholds, words, format, width } = input;
  const scene = emptyScene(width);
  const valueTexts = bars.flatMap((bar) => (bar.score === null ? [] : [format(bar.score)]));
  const valueReserve = Math.max(textWidth(format(100), VALUE_FONT, true), ...valueTexts.map((text) => textWidth(text, VALUE_FONT, true))) + VALUE_GAP + 2;
  const labelWidth = Math.max(60, Math.min(Math.round(width * 0.32), 220, width - valueReserve - LABEL_GAP - MIN_PLOT));
  const plotX0 = labelWidth + LABEL_GAP;
  const plotX1 = width - valueReserve;
  const scale = scaleLinear().domain([0, 100]).range([plotX0, plotX1]);
  const hasBenchmark = (bar: PerspectiveBar) => Boolean(bar.benchmark?.region || bar.benchmark?.network);

  let y = 2;
  bars.forEach((bar, index) => {
    const labelLines = wrapText(bar.label, labelWidth, BAR_FONT, bar.total);
    const labelHeight = stackHeight(labelLines.length, BAR_FONT);
    const wordLines = bar.score === null ? wrapText(noScoreWord(bar.band, words), width - plotX0, VALUE_FONT) : [];
    const mainHeight = Math.max(BAR_HEIGHT, stackHeight(wordLines.length, VALUE_FONT));
    const blockHeight = mainHeight + (hasBenchmark(bar) ? STRIP_GAP + STRIP_HEIGHT : 0);
    const rowHeight = Math.max(labelHeight, blockHeight);
    if (bar.total && index > 0) {
      scene.lines.push({ key: `rule-${bar.id}`, x1: 0, y1: y - ROW_GAP / 2, x2: width, y2: y - ROW_GAP / 2, style: 'separator' });
    }
    scene.texts.push(...stackedTexts(`label-${bar.id}`, labelLines, 0, y + (rowHeight - labelHeight) / 2, BAR_FONT, 'left', { bold: bar.total }));
    const barTop = y + (rowHeight - blockHeight) / 2;
    if (bar.score === null) {
      scene.texts.push(...stackedTexts(`value-${bar.id}`, wordLines, plotX0 + 2, barTop + (mainHeight - stackHeight(wordLines.length, VALUE_FONT)) / 2, VALUE_FONT, 'left', { muted: true }));
    } else {
      const end = scale(clampScore(bar.score));
      scene.rects.push({ key: `bar-${bar.id}`, x: plotX0, y: barTop, width: end - plotX0, height: BAR_HEIGHT, style: 'band', band: bar.band });
      scene.texts.push({ key: `value-${bar.id}`, x: end + VALUE_GAP, y: barTop + BAR_HEIGHT / 2 + VALUE_FONT * 0.35, text: format(bar.score), side: 'left', size: VALUE_FONT, bold: bar.total, halo: true });
    }
    const stripTop = barTop + mainHeight + STRIP_GAP;
    const region = bar.benchmark?.region;
    if (region) {
      const q1 = scale(clampScore(region.q1));
      scene.rects.push({ key: `range-${bar.id}`, x: q1, y: stripTop + 1, width: scale(clampScore(region.q3)) - q1, height: STRIP_HEIGHT - 2, style: 'range' });
      const median = scale(clampScore(region.median));
      scene.lines.push({ key: `region-median-${bar.id}`, x1: median, y1: stripTop - 1, x2: median, y2: stripTop + STRIP_HEIGHT + 1, style: 'regionMedian' });
    }
    const network = bar.benchmark?.network;
    if (network) {
      scene.points.push({ key: `network-median-${bar.id}`, x: scale(clampScore(network.median)), y: stripTop + STRIP_HEIGHT / 2, shape: 'diamond', size: 4 });
    }
    y += rowHeight + ROW_GAP;
  });

  const plotBottom = y - ROW_GAP + 2;
  const axis = scoreAxis({ scale, thresholds, top: 0, bottom: plotBottom, labelTop: plotBottom + 3, size: VALUE_FONT, format, minX: plotX0 - LABEL_GAP / 2, maxX: width });
  scene.lines.push(...axis.lines);
  scene.texts.push(...axis.texts);
  let height = plotBottom + 3 + axis.height;

  if (input.showLegend) {
    const legend = flowLegend(legendItems(bars, words), { x0: 0, x1: width, top: height + 10, size: LEGEND_FONT });
    scene.legend.push(...legend.entries);
    scene.texts.push(...legend.texts);
    height += 10 + legend.height;
  }
  scene.height = height + 2;
  return scene;
}

function legendItems(bars: readonly PerspectiveBar[], words: ChartWords): LegendItem[] {
  const items = bandLegendItems(words.bands);
  if (bars.some((bar) => bar.benchmark?.region)) {
    items.push({ key: 'region-range', mark: { kind: 'regionRange' }, word: words.regionRange });
    items.push({ key: 'region-median', mark: { kind: 'regionMedian' }, word: words.regionMedian });
  }
  if (bars.some((bar) => bar.benchmark?.network)) items.push({ key: 'network-median', mark: { kind: 'networkMedian' }, word: words.networkMedian });
  return items;
}

/** The chart's numbers in sentences, for <desc>. */
export function perspectiveBarsDescription(bars: readonly PerspectiveBar[], words: ChartWords, format: NumberFormat): string {
  return words.sentences(
    bars.flatMap((bar) => {
      const band = words.bands[bar.band];
      const parts = [bar.score === null ? words.describe.noScore(bar.label, band) : words.describe.score(bar.label, format(bar.score), band)];
      const region = bar.benchmark?.region;
      if (region) parts.push(words.describe.regionBenchmark(format(region.median), format(region.q1), format(region.q3)));
      const network = bar.benchmark?.network;
      if (network) parts.push(words.describe.networkBenchmark(format(network.median)));
      return parts;
    }),
  );
}
