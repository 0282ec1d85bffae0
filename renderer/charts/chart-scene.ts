import type { AggregateBand } from '../../shared/scoring/band';
import type { ChartDirection, TextItem } from './chart-frame';

/**
 * A chart is laid out as a scene — plain numbers, no React — and then drawn. Keeping the two
 * apart lets the tests check positions against the scale, and every text box against every
 * other, without a browser; and it makes right-to-left one reflection of a left-to-right scene
 * (x → width − x), so the two can never drift apart.
 */

export type RectStyle = 'band' | 'range' | 'box';

export interface RectMark {
  key: string;
  x: number;
  y: number;
  width: number;
  height: number;
  style: RectStyle;
  band?: AggregateBand;
}

export type LineStyle = 'edge' | 'threshold' | 'separator' | 'median' | 'regionMedian' | 'reference' | 'axis';

export interface LineMark {
  key: string;
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  style: LineStyle;
}

export type PointShape = 'dot' | 'outlier' | 'highlight' | 'diamond' | 'vertex' | 'medianVertex';

export interface PointMark {
  key: string;
  x: number;
  y: number;
  shape: PointShape;
  /** Half the mark's width. */
  size: number;
}

export type LegendMark =
  | { kind: 'band'; band: AggregateBand }
  | { kind: 'regionMedian' }
  | { kind: 'regionRange' }
  | { kind: 'networkMedian' }
  | { kind: 'officePolygon' }
  | { kind: 'medianPolygon' }
  | { kind: 'reference' }
  | { kind: 'dot' }
  | { kind: 'outlier' }
  | { kind: 'highlight' }
  | { kind: 'median' }
  | { kind: 'box' };

/** A legend's swatch; its words are ordinary texts of the scene, so they are laid out and checked like any other. */
export interface LegendEntry {
  key: string;
  mark: LegendMark;
  /** The swatch's left edge and top; it is LEGEND_SWATCH square. */
  x: number;
  y: number;
}

export const LEGEND_SWATCH = 12;

export type RadialStyle = 'ring' | 'office' | 'median';

/**
 * A closed line around (cx, cy) through one radius per axis, axis 0 at twelve o'clock, drawn by
 * d3's lineRadial; a null radius is a gap in the line. Mirroring turns clockwise into counter-clockwise.
 */
export interface RadialMark {
  key: string;
  cx: number;
  cy: number;
  radii: (number | null)[];
  clockwise: boolean;
  style: RadialStyle;
}

export interface Scene {
  width: number;
  height: number;
  rects: RectMark[];
  lines: LineMark[];
  points: PointMark[];
  radials: RadialMark[];
  texts: TextItem[];
  legend: LegendEntry[];
}

export function emptyScene(width: number): Scene {
  return { width, height: 0, rects: [], lines: [], points: [], radials: [], texts: [], legend: [] };
}

/** The same scene for right-to-left: every x reflected, every text anchored on its other side. */
export function mirrorScene(scene: Scene): Scene {
  const w = scene.width;
  return {
    ...scene,
    rects: scene.rects.map((rect) => ({ ...rect, x: w - rect.x - rect.width })),
    lines: scene.lines.map((line) => ({ ...line, x1: w - line.x1, x2: w - line.x2 })),
    points: scene.points.map((point) => ({ ...point, x: w - point.x })),
    radials: scene.radials.map((radial) => ({ ...radial, cx: w - radial.cx, clockwise: !radial.clockwise })),
    texts: scene.texts.map((text) => ({
      ...text,
      x: w - text.x,
      side: text.side === 'left' ? 'right' : text.side === 'right' ? 'left' : 'center',
    })),
    legend: scene.legend.map((entry) => ({ ...entry, x: w - entry.x - LEGEND_SWATCH })),
  };
}

export function sceneFor(scene: Scene, dir: ChartDirection): Scene {
  return dir === 'rtl' ? mirrorScene(scene) : scene;
}
