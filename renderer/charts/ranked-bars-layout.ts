import { scaleLinear } from 'd3-scale';
import type { AggregateBand } from '../../shared/scoring/band';
import { bandLegendItems } from './band-patterns';
import { withFiniteScore } from './chart-input';
import type { NumberFormat } from './chart-frame';
import { emptyScene, type Scene } from './chart-scene';
import type { ChartWords } from './chart-words';
import { clampScore, noScoreWord } from './perspective-bars-layout';
import { flowLegend, scoreAxis, stackedTexts, stackHeight, type LegendItem, type Thresholds } from './scene-layout';
import { textWidth, wrapText } from './text-metrics';

/**
 * Offices ranked by score for the regional report. Rows have a fixed text size and height: a
 * long ranking makes a taller chart, never smaller text, and the caller pages the rows
 * (`rankItems` first, then slices), so ranks run on from page to page.
 */

export interface RankedItem {
  id: string;
  /** The office's code (or name), already in the chart's language. */
  label: string;
  score: number | null;
  band: AggregateBand;
}

export interface RankedRow extends RankedItem {
  /** 1 for the highest score; equal scores share a rank (1, 2, 2, 4); null without a score. */
  rank: number | null;
}

/** Highest score first, equal scores by label then id (code-point order, the same in every language); no score (or not a finite one) last. */
export function rankItems(items: readonly RankedItem[]): RankedRow[] {
  const byLabel = (a: RankedItem, b: RankedItem) => (a.label < b.label ? -1 : a.label > b.label ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  const sorted = items.map(withFiniteScore).sort((a, b) => {
    if (a.score === null || b.score === null) return a.score === b.score ? byLabel(a, b) : a.score === null ? 1 : -1;
    return b.score - a.score || byLabel(a, b);
  });
  let previous: { score: number; rank: number } | null = null;
  return sorted.map((item, index) => {
    if (item.score === null) return { ...item, rank: null };
    const rank: number = previous !== null && previous.score === item.score ? previous.rank : index + 1;
    previous = { score: item.score, rank };
    return { ...item, rank };
  });
}

export interface RankedInput {
  rows: readonly RankedRow[];
  thresholds: Thresholds | null;
  words: ChartWords;
  format: NumberFormat;
  width: number;
  /** A reference line across the rows, e.g. the region's median, named in the legend. */
  median: { value: number; label: string } | null;
  showLegend: boolean;
}

export const RANKED_FONT = 11;
export const RANKED_ROW = 18;
const BAR_HEIGHT = 12;
const GAP = 8;

export function rankedBarsLayout(input: RankedInput): Scene {
  const { rows, thresholds, words, format, width, median } = input;
  const scene = emptyScene(width);
  const rankWidth = Math.max(0, ...rows.map((row) => (row.rank === null ? 0 : textWidth(format(row.rank), RANKED_FONT))));
  const labelWidth = Math.min(Math.max(0, ...rows.map((row) => textWidth(row.label, RANKED_FONT))), width * 0.3);
  const valueReserve = Math.max(textWidth(format(100), RANKED_FONT), ...rows.map((row) => (row.score === null ? 0 : textWidth(format(row.score), RANKED_FONT)))) + 6;
  const labelX = rankWidth + (rankWidth > 0 ? GAP : 0);
  const plotX0 = labelX + labelWidth + GAP;
  const plotX1 = width - valueReserve;
  const scale = scaleLinear().domain([0, 100]).range([plotX0, plotX1]);

  let y = 2;
  rows.forEach((row, index) => {
    const key = `${index}-${row.id}`;
    const labelLines = wrapText(row.label, labelWidth, RANKED_FONT);
    const wordLines = row.score === null ? wrapText(noScoreWord(row.band, words), width - plotX0, RANKED_FONT) : [];
    const height = Math.max(RANKED_ROW, stackHeight(Math.max(labelLines.length, wordLines.length), RANKED_FONT) + 4);
    const textTop = (lines: number) => y + (height - stackHeight(lines, RANKED_FONT)) / 2;
    if (row.rank !== null) scene.texts.push({ key: `rank-${key}`, x: rankWidth, y: textTop(1) + RANKED_FONT * 0.92, text: format(row.rank), side: 'right', size: RANKED_FONT, muted: true });
    scene.texts.push(...stackedTexts(`label-${key}`, labelLines, labelX, textTop(labelLines.length), RANKED_FONT, 'left'));
    if (row.score === null) {
      scene.texts.push(...stackedTexts(`value-${key}`, wordLines, plotX0 + 2, textTop(wordLines.length), RANKED_FONT, 'left', { muted: true }));
    } else {
      const end = scale(clampScore(row.score));
      const barTop = y + (height - BAR_HEIGHT) / 2;
      scene.rects.push({ key: `bar-${key}`, x: plotX0, y: barTop, width: end - plotX0, height: BAR_HEIGHT, style: 'band', band: row.band });
      scene.texts.push({ key: `value-${key}`, x: end + 4, y: barTop + BAR_HEIGHT / 2 + RANKED_FONT * 0.35, text: format(row.score), side: 'left', size: RANKED_FONT, halo: true });
    }
    y += height;
  });

  const plotBottom = y + 2;
  if (median) {
    const x = scale(clampScore(median.value));
    scene.lines.push({ key: 'median', x1: x, y1: 0, x2: x, y2: plotBottom, style: 'reference' });
  }
  const axis = scoreAxis({ scale, thresholds, top: 0, bottom: plotBottom, labelTop: plotBottom + 3, size: RANKED_FONT, format, minX: plotX0 - GAP / 2, maxX: width });
  scene.lines.push(...axis.lines);
  scene.texts.push(...axis.texts);
  let height = plotBottom + 3 + axis.height;
  if (input.showLegend) {
    const items: LegendItem[] = bandLegendItems(words.bands);
    if (median) items.push({ key: 'median', mark: { kind: 'reference' }, word: median.label });
    const legend = flowLegend(items, { x0: 0, x1: width, top: height + 10, size: RANKED_FONT });
    scene.legend.push(...legend.entries);
    scene.texts.push(...legend.texts);
    height += 10 + legend.height;
  }
  scene.height = height + 2;
  return scene;
}

/** The ranking in sentences, for <desc>. */
export function rankedDescription(rows: readonly RankedRow[], words: ChartWords, format: NumberFormat, median: RankedInput['median']): string {
  const parts = rows.map((row) =>
    row.rank === null || row.score === null ? words.describe.noScore(row.label, words.bands[row.band]) : words.describe.rank(format(row.rank), row.label, format(row.score)),
  );
  if (median) parts.push(words.describe.reference(median.label, format(median.value)));
  return words.sentences(parts);
}
