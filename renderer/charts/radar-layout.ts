import { scaleLinear } from 'd3-scale';
import type { AggregateBand } from '../../shared/scoring/band';
import { boxesOverlap, textBox, type Box, type NumberFormat, type TextItem } from './chart-frame';
import { emptyScene, type Scene } from './chart-scene';
import type { ChartWords } from './chart-words';
import { clampScore, noScoreWord } from './perspective-bars-layout';
import { axisPoint } from './radial-path';
import { flowLegend, stackedTexts, stackHeight, type LegendItem } from './scene-layout';
import { textWidth, wrapText } from './text-metrics';

/**
 * The perspectives radar: one axis per perspective, clockwise from twelve o'clock (counter-
 * clockwise right-to-left, by mirroring), rings at 20…100, the office's polygon with its value
 * at each vertex and, optionally, a median polygon dashed. A perspective without a score is a gap
 * in the polygon and says so under its name — never a vertex at zero.
 */

export interface RadarAxis {
  id: string;
  label: string;
  score: number | null;
  band: AggregateBand;
  /** The comparison median on this axis (null: none for this axis). */
  median?: number | null;
}

export interface RadarInput {
  axes: readonly RadarAxis[];
  words: ChartWords;
  format: NumberFormat;
  /** The office polygon's legend word (e.g. the office code). */
  officeLabel: string;
  /** The median polygon's legend word (e.g. "Region median"); the polygon shows when an axis has a median. */
  medianLabel: string;
  radius: number;
  showLegend: boolean;
}

export const RADAR_LABEL_FONT = 11;
export const RADAR_VALUE_FONT = 10;
export const RADAR_RING_FONT = 9;
const RINGS = [20, 40, 60, 80, 100];
const LABEL_MAX_WIDTH = 120;
const MARGIN = 4;
const MAX_LABEL_PUSH = 400;

export function radarLayout(input: RadarInput): Scene {
  const { axes, words, format, radius, officeLabel, medianLabel } = input;
  const count = axes.length;
  const scene = emptyScene(0);
  const r = scaleLinear().domain([0, 100]).range([0, radius]);
  // A value's centre sits just far enough out along its axis for its box to clear the vertex.
  const valueOffset = (index: number, text: string) => {
    const [sx, sy] = axisPoint(index, count, 1, true);
    const halfWidth = textWidth(text, RADAR_VALUE_FONT, true) / 2;
    const halfHeight = RADAR_VALUE_FONT * 0.61;
    const toEdge = Math.min(Math.abs(sx) > 1e-9 ? halfWidth / Math.abs(sx) : Infinity, Math.abs(sy) > 1e-9 ? halfHeight / Math.abs(sy) : Infinity);
    return 4 + toEdge;
  };
  const labelRadius = (index: number) => radius + 2 * valueOffset(index, format(100));

  for (const ring of RINGS) scene.radials.push({ key: `ring-${ring}`, cx: 0, cy: 0, radii: axes.map(() => r(ring)), clockwise: true, style: 'ring' });
  axes.forEach((axis, index) => {
    const [x, y] = axisPoint(index, count, radius, true);
    scene.lines.push({ key: `spoke-${axis.id}`, x1: 0, y1: 0, x2: x, y2: y, style: 'edge' });
  });

  const hasMedian = axes.some((axis) => axis.median !== undefined && axis.median !== null);
  if (hasMedian) {
    const radii = axes.map((axis) => (axis.median === undefined || axis.median === null ? null : r(clampScore(axis.median))));
    scene.radials.push({ key: 'median', cx: 0, cy: 0, radii, clockwise: true, style: 'median' });
    radii.forEach((value, index) => {
      if (value === null) return;
      const [x, y] = axisPoint(index, count, value, true);
      scene.points.push({ key: `median-${axes[index]!.id}`, x, y, shape: 'medianVertex', size: 2.5 });
    });
  }
  const officeRadii = axes.map((axis) => (axis.score === null ? null : r(clampScore(axis.score))));
  scene.radials.push({ key: 'office', cx: 0, cy: 0, radii: officeRadii, clockwise: true, style: 'office' });

  // Values sit just outside their vertex, but never nearer the centre than where two
  // neighbouring values could touch.
  const widestValue = Math.max(...axes.map((axis) => (axis.score === null ? 0 : textWidth(format(axis.score), RADAR_VALUE_FONT))), 1);
  const minValueRadius = (widestValue + RADAR_VALUE_FONT * 1.4) / (2 * Math.sin(Math.PI / Math.max(count, 3)));
  axes.forEach((axis, index) => {
    const vertex = officeRadii[index];
    if (vertex === null || vertex === undefined || axis.score === null) return;
    const [x, y] = axisPoint(index, count, vertex, true);
    scene.points.push({ key: `vertex-${axis.id}`, x, y, shape: 'vertex', size: 3 });
    const offset = valueOffset(index, format(axis.score));
    const [vx, vy] = axisPoint(index, count, Math.max(vertex + offset, minValueRadius), true);
    scene.texts.push({ key: `value-${axis.id}`, x: vx, y: vy + RADAR_VALUE_FONT * 0.35, text: format(axis.score), side: 'center', size: RADAR_VALUE_FONT, bold: true, halo: true });
  });

  // Axis names start just outside the values at 100; where two neighbours' names would touch
  // (many axes, long names, a small radius), all move outwards together until none do.
  const valueBoxes = scene.texts.map(textBox);
  const labelsAt = (extra: number) => axes.flatMap((axis, index) => axisLabel(axis, index, count, labelRadius(index) + extra, words));
  let extra = 0;
  let labels = labelsAt(extra);
  while (extra < MAX_LABEL_PUSH && anyOverlap(labels.map(textBox), valueBoxes)) {
    extra += 4;
    labels = labelsAt(extra);
  }
  scene.texts.push(...labels);

  // Ring numbers along the seam between the last axis and the first, from 100 inwards; one that
  // would touch a value, a name or the ring number before it is left out (the rings are evenly
  // spaced, the others still read them).
  const taken = scene.texts.map(textBox);
  for (const ring of [...RINGS].reverse()) {
    const [x, y] = axisPoint(-0.5, count, r(ring), true);
    const item: TextItem = { key: `ring-label-${ring}`, x: x - 2, y: y + RADAR_RING_FONT * 0.35, text: format(ring), side: 'right', size: RADAR_RING_FONT, muted: true, halo: true };
    const box = textBox(item);
    if (taken.some((other) => boxesOverlap(other, box))) continue;
    scene.texts.push(item);
    taken.push(box);
  }

  return placeAndLegend(scene, input.showLegend ? legendItems(hasMedian, officeLabel, medianLabel) : [], radius);
}

function anyOverlap(labels: Box[], others: Box[]): boolean {
  return labels.some((box, index) => labels.slice(index + 1).some((other) => boxesOverlap(box, other)) || others.some((other) => boxesOverlap(box, other)));
}

/** The axis name, wrapped, on the side of the circle its axis points to; "no score" under it when there is none. */
function axisLabel(axis: RadarAxis, index: number, count: number, labelRadius: number, words: ChartWords): TextItem[] {
  const [x, y] = axisPoint(index, count, labelRadius, true);
  const sin = x / labelRadius;
  const cos = -y / labelRadius;
  const side: TextItem['side'] = sin > 0.15 ? 'left' : sin < -0.15 ? 'right' : 'center';
  const nameLines = wrapText(axis.label, LABEL_MAX_WIDTH, RADAR_LABEL_FONT);
  const gapLines = axis.score === null ? wrapText(noScoreWord(axis.band, words), LABEL_MAX_WIDTH, RADAR_LABEL_FONT) : [];
  const height = stackHeight(nameLines.length + gapLines.length, RADAR_LABEL_FONT);
  const top = cos > 0.15 ? y - height : cos < -0.15 ? y : y - height / 2;
  const lines = [...nameLines, ...gapLines];
  return stackedTexts(`label-${axis.id}`, lines, x, top, RADAR_LABEL_FONT, side).map((item, line) => (line >= nameLines.length ? { ...item, muted: true } : item));
}

function legendItems(hasMedian: boolean, officeLabel: string, medianLabel: string): LegendItem[] {
  const items: LegendItem[] = [{ key: 'office', mark: { kind: 'officePolygon' }, word: officeLabel }];
  if (hasMedian) items.push({ key: 'median', mark: { kind: 'medianPolygon' }, word: medianLabel });
  return items;
}

/** Moves everything so the texts and the circle start at the margin, then adds the legend below. */
function placeAndLegend(scene: Scene, legend: LegendItem[], radius: number): Scene {
  const boxes = scene.texts.map(textBox);
  const minX = Math.min(-radius, ...boxes.map((box) => box.x0)) - MARGIN;
  const maxX = Math.max(radius, ...boxes.map((box) => box.x1)) + MARGIN;
  const minY = Math.min(-radius, ...boxes.map((box) => box.y0)) - MARGIN;
  const maxY = Math.max(radius, ...boxes.map((box) => box.y1)) + MARGIN;
  const dx = -minX;
  const dy = -minY;
  const width = maxX - minX;
  const placed: Scene = {
    ...scene,
    width,
    height: maxY - minY,
    lines: scene.lines.map((line) => ({ ...line, x1: line.x1 + dx, x2: line.x2 + dx, y1: line.y1 + dy, y2: line.y2 + dy })),
    points: scene.points.map((point) => ({ ...point, x: point.x + dx, y: point.y + dy })),
    radials: scene.radials.map((radial) => ({ ...radial, cx: radial.cx + dx, cy: radial.cy + dy })),
    texts: scene.texts.map((text) => ({ ...text, x: text.x + dx, y: text.y + dy })),
  };
  if (legend.length > 0) {
    const flowed = flowLegend(legend, { x0: MARGIN, x1: width - MARGIN, top: placed.height + 6, size: RADAR_LABEL_FONT });
    placed.legend.push(...flowed.entries);
    placed.texts.push(...flowed.texts);
    placed.height += 6 + flowed.height + MARGIN;
  }
  return placed;
}

/** The chart's numbers in sentences, for <desc>. */
export function radarDescription(axes: readonly RadarAxis[], words: ChartWords, format: NumberFormat, medianLabel: string): string {
  return words.sentences(
    axes.map((axis) => {
      const band = axis.score === null ? noScoreWord(axis.band, words) : words.bands[axis.band];
      const median = axis.median === undefined || axis.median === null ? null : format(axis.median);
      if (axis.score === null) return median === null ? words.describe.noScore(axis.label, band) : words.describe.noScoreWithReference(axis.label, band, medianLabel, median);
      const value = format(axis.score);
      return median === null ? words.describe.score(axis.label, value, band) : words.describe.scoreWithReference(axis.label, value, band, medianLabel, median);
    }),
  );
}
