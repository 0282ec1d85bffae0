import { BandRect } from './band-patterns';
import { ChartText, GRID, INK, MUTED, r2, type ChartDirection } from './chart-frame';
import { LEGEND_SWATCH, type LegendEntry, type LineMark, type PointMark, type RadialMark, type RectMark, type Scene } from './chart-scene';
import { isComplete, radialPath } from './radial-path';

/**
 * Draws a scene. Shapes differ as well as colours (a median is a solid line, the network median a
 * hollow diamond, an outlier a cross, the highlighted office a ring), so marks are told apart in
 * black and white and by people who do not see the colours.
 */

export const OFFICE_BLUE = '#0072bc';
const RANGE_FILL = '#d5dade';
const BOX_FILL = '#e4e7ea';

function LineShape({ line }: { line: LineMark }) {
  const common = { x1: r2(line.x1), y1: r2(line.y1), x2: r2(line.x2), y2: r2(line.y2), 'data-mark': line.key };
  switch (line.style) {
    case 'axis':
      return <line {...common} stroke={MUTED} strokeWidth={1} />;
    case 'edge':
    case 'separator':
      return <line {...common} stroke="#c9d3dc" strokeWidth={1} />;
    case 'threshold':
      return <line {...common} stroke={GRID} strokeWidth={1} strokeDasharray="3 3" />;
    case 'median':
    case 'regionMedian':
      return <line {...common} stroke={INK} strokeWidth={2} />;
    case 'reference':
      return <line {...common} stroke={INK} strokeWidth={1.5} strokeDasharray="5 3" />;
  }
}

function RectShape({ rect }: { rect: RectMark }) {
  if (rect.style === 'band' && rect.band) {
    return <BandRect band={rect.band} x={rect.x} y={rect.y} width={rect.width} height={rect.height} markKey={rect.key} />;
  }
  const fill = rect.style === 'range' ? RANGE_FILL : BOX_FILL;
  const stroke = rect.style === 'range' ? MUTED : '#3d4349';
  return <rect x={r2(rect.x)} y={r2(rect.y)} width={r2(rect.width)} height={r2(rect.height)} fill={fill} stroke={stroke} strokeWidth={1} data-mark={rect.key} />;
}

function diamond(x: number, y: number, size: number): string {
  return `M${r2(x)},${r2(y - size)}L${r2(x + size)},${r2(y)}L${r2(x)},${r2(y + size)}L${r2(x - size)},${r2(y)}Z`;
}

function PointShape({ point }: { point: PointMark }) {
  const { x, y, size } = point;
  const data = { 'data-mark': point.key, 'data-shape': point.shape };
  switch (point.shape) {
    case 'dot':
      return <circle cx={r2(x)} cy={r2(y)} r={size} fill="#3d4349" fillOpacity={0.6} {...data} />;
    case 'outlier':
      return (
        <path
          d={`M${r2(x - size)},${r2(y - size)}L${r2(x + size)},${r2(y + size)}M${r2(x - size)},${r2(y + size)}L${r2(x + size)},${r2(y - size)}`}
          stroke={INK}
          strokeWidth={1.6}
          fill="none"
          {...data}
        />
      );
    case 'highlight':
      return (
        <g {...data}>
          <circle cx={r2(x)} cy={r2(y)} r={size} fill="#ffffff" stroke={OFFICE_BLUE} strokeWidth={2} />
          <circle cx={r2(x)} cy={r2(y)} r={size / 2.5} fill={OFFICE_BLUE} />
        </g>
      );
    case 'diamond':
      return <path d={diamond(x, y, size)} fill="#ffffff" stroke={INK} strokeWidth={1.5} {...data} />;
    case 'vertex':
      return <circle cx={r2(x)} cy={r2(y)} r={size} fill={OFFICE_BLUE} stroke="#ffffff" strokeWidth={1} {...data} />;
    case 'medianVertex':
      return <rect x={r2(x - size)} y={r2(y - size)} width={size * 2} height={size * 2} fill="#ffffff" stroke={INK} strokeWidth={1.2} {...data} />;
  }
}

function RadialShape({ radial }: { radial: RadialMark }) {
  const d = radialPath(radial.radii, radial.clockwise);
  const transform = `translate(${r2(radial.cx)} ${r2(radial.cy)})`;
  const data = { 'data-mark': radial.key };
  switch (radial.style) {
    case 'ring':
      return <path d={d} transform={transform} fill="none" stroke="#c9d3dc" strokeWidth={1} {...data} />;
    case 'median':
      return <path d={d} transform={transform} fill="none" stroke={INK} strokeWidth={1.5} strokeDasharray="5 3" {...data} />;
    case 'office':
      return (
        <path
          d={d}
          transform={transform}
          fill={isComplete(radial.radii) ? OFFICE_BLUE : 'none'}
          fillOpacity={0.15}
          stroke={OFFICE_BLUE}
          strokeWidth={2}
          {...data}
        />
      );
  }
}

function LegendSwatch({ entry }: { entry: LegendEntry }) {
  const { x, y, mark } = entry;
  const key = `legend-${entry.key}`;
  const s = LEGEND_SWATCH;
  const mid = { x: x + s / 2, y: y + s / 2 };
  switch (mark.kind) {
    case 'band':
      return <BandRect band={mark.band} x={x} y={y} width={s} height={s} markKey={key} />;
    case 'regionMedian':
    case 'median':
      return <LineShape line={{ key, x1: mid.x, y1: y, x2: mid.x, y2: y + s, style: 'median' }} />;
    case 'regionRange':
      return <RectShape rect={{ key, x, y: y + 3, width: s, height: s - 6, style: 'range' }} />;
    case 'box':
      return <RectShape rect={{ key, x, y: y + 2, width: s, height: s - 4, style: 'box' }} />;
    case 'networkMedian':
      return <PointShape point={{ key, ...mid, shape: 'diamond', size: 4.5 }} />;
    case 'officePolygon':
      return <path d={`M${r2(x)},${r2(mid.y)}H${r2(x + s)}`} stroke={OFFICE_BLUE} strokeWidth={2.5} data-mark={key} />;
    case 'reference':
      return <LineShape line={{ key, x1: mid.x, y1: y, x2: mid.x, y2: y + s, style: 'reference' }} />;
    case 'medianPolygon':
      return <path d={`M${r2(x)},${r2(mid.y)}H${r2(x + s)}`} stroke={INK} strokeWidth={1.5} strokeDasharray="5 3" data-mark={key} />;
    case 'dot':
      return <PointShape point={{ key, ...mid, shape: 'dot', size: 2.5 }} />;
    case 'outlier':
      return <PointShape point={{ key, ...mid, shape: 'outlier', size: 3.5 }} />;
    case 'highlight':
      return <PointShape point={{ key, ...mid, shape: 'highlight', size: 4.5 }} />;
  }
}

/** Everything in a scene, in painting order: gridlines under marks, text on top. */
export function SceneMarks({ scene, dir }: { scene: Scene; dir: ChartDirection }) {
  return (
    <>
      {scene.lines.filter((line) => line.style === 'edge' || line.style === 'threshold' || line.style === 'separator').map((line) => <LineShape key={line.key} line={line} />)}
      {scene.radials.map((radial) => <RadialShape key={radial.key} radial={radial} />)}
      {scene.rects.map((rect) => <RectShape key={rect.key} rect={rect} />)}
      {scene.lines.filter((line) => line.style !== 'edge' && line.style !== 'threshold' && line.style !== 'separator').map((line) => <LineShape key={line.key} line={line} />)}
      {scene.points.map((point) => <PointShape key={point.key} point={point} />)}
      {scene.legend.map((entry) => <LegendSwatch key={entry.key} entry={entry} />)}
      {scene.texts.map((text) => <ChartText key={text.key} item={text} dir={dir} />)}
    </>
  );
}
