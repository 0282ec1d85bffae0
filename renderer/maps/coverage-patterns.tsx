import type { CoverageStatus } from '../../shared/picture/picture-types';
import { dotStroke, dotsInRings, dotsPath, insetBox, stripesInRings, stripesPath, type Box, type Dots, type Ring, type Stripes } from '../charts/texture-paths';

/**
 * The three coverage statuses as fills that differ in texture, not only in colour: resident
 * solid, non-resident diagonal hatch, not covered dotted inside a dashed outline. Printed in black
 * and white they stay apart, and the legend prints each swatch beside its word. The blue is the
 * app's (app.css --blue-dark): the bands' green, amber and red (renderer/charts) mean scores, and
 * a coverage map in those colours would read as one.
 */

export interface StatusStyle {
  texture: 'solid' | 'hatch' | 'dots';
  /** Lines and dots of the texture, and the whole fill when solid. */
  ink: string;
  /** The ground behind a texture. */
  ground: string;
  outline: string;
  outlineWidth: number;
  /** SVG stroke-dasharray of the outline, when dashed. */
  dash?: string;
}

export const STATUS_STYLES: Record<CoverageStatus, StatusStyle> = {
  resident: { texture: 'solid', ink: '#005289', ground: '#005289', outline: '#ffffff', outlineWidth: 0.5 },
  non_resident: { texture: 'hatch', ink: '#005289', ground: '#ffffff', outline: '#005289', outlineWidth: 0.7 },
  not_covered: { texture: 'dots', ink: '#3d4349', ground: '#ffffff', outline: '#3d4349', outlineWidth: 0.7, dash: '2 1.5' },
};

/** Countries of no interest to this picture, and land attributed to no M49 country or area. */
export const CONTEXT_STYLE = { fill: '#e3e6e9', outline: '#ffffff', outlineWidth: 0.4 } as const;

/**
 * Where each texture lies in the map's user space: the 4-unit tiles of the former <pattern>s
 * (the hatch turned 45°; a tile showed half its 1.6-wide line, so the stripes are 0.8 wide).
 * Drawn as vector paths, never as pattern fills: Chromium printed every pattern use as its own
 * tile object, 10 MB for the world map (see charts/texture-paths.ts).
 */
const TILE = 4;
const HATCH: Stripes = { spacing: TILE, angle: 45, offset: 0.4 };
const HATCH_WIDTH = 0.8;
const DOTS: Dots = { spacing: TILE, angle: 0, offset: TILE / 2, r: 0.75 };

/** useId's text as an id a `url(#…)` reference accepts unescaped (React's ids hold ':' or '«»'). */
export function svgIdPrefix(reactId: string): string {
  return `m${reactId.replace(/[^A-Za-z0-9_-]/g, '')}`;
}

/** The id of the clip path of one shape of one map: the map's prefix, the country, which part. */
export function statusClipId(prefix: string, code: string, part: 'shape' | 'marker'): string {
  return `${prefix}-clip-${code.replace(/[^A-Za-z0-9_-]/g, '_')}-${part}`;
}

/** The fill (ground, or ink when solid), stroke and dash of a shape of this status; its texture is StatusTexture, drawn over it. */
export function statusPaint(status: CoverageStatus) {
  const style = STATUS_STYLES[status];
  return { fill: style.ground, stroke: style.outline, strokeWidth: style.outlineWidth, strokeDasharray: style.dash };
}

/** A status's texture over `box` as one path (hatch lines or dots), or null when solid. */
function texturePath(status: CoverageStatus, box: Box, clipPath?: string) {
  const style = STATUS_STYLES[status];
  if (style.texture === 'hatch') {
    const d = stripesPath(box, HATCH);
    return d ? <path d={d} fill="none" stroke={style.ink} strokeWidth={HATCH_WIDTH} clipPath={clipPath} pointerEvents="none" data-texture="hatch" /> : null;
  }
  if (style.texture === 'dots') {
    const d = dotsPath(box, DOTS);
    return d ? <path d={d} {...dotStroke(DOTS, style.ink)} clipPath={clipPath} pointerEvents="none" data-texture="dots" /> : null;
  }
  return null;
}

/**
 * The texture of one map shape, drawn over it: one path of hatch lines or dots cut to the
 * shape's rings by arithmetic (texture-paths.ts says why not a clip path). A shape whose path
 * data cannot be read as rings (never d3-geo's polygons) falls back to its own <clipPath>.
 * The shape's stroke is in the texture's ink, so the outline looks as it did under a pattern.
 */
export function StatusTexture({ status, rings, clipId, bounds, shape }: {
  status: CoverageStatus;
  rings: readonly Ring[] | null;
  clipId: string;
  bounds: Box;
  shape: { d: string } | { cx: number; cy: number; r: number };
}) {
  const style = STATUS_STYLES[status];
  if (style.texture === 'solid') return null;
  if (rings) {
    const d = style.texture === 'hatch' ? stripesInRings(rings, HATCH) : dotsInRings(rings, DOTS);
    if (!d) return null;
    const paint = style.texture === 'hatch' ? { fill: 'none', stroke: style.ink, strokeWidth: HATCH_WIDTH } : dotStroke(DOTS, style.ink);
    return <path d={d} {...paint} pointerEvents="none" data-texture={style.texture} />;
  }
  const texture = texturePath(status, bounds, `url(#${clipId})`);
  if (!texture) return null;
  return (
    <>
      <clipPath id={clipId}>{'d' in shape ? <path d={shape.d} /> : <circle cx={shape.cx} cy={shape.cy} r={shape.r} />}</clipPath>
      {texture}
    </>
  );
}

/** A small square in the status's texture, for a legend or a table cell: plain paths, no ids. */
export function StatusSwatch({ status, size = 16 }: { status: CoverageStatus; size?: number }) {
  const style = STATUS_STYLES[status];
  // The texture stops inside the 1-wide outline (and a dot's radius, or a 45° line end, short of it).
  const inner = insetBox({ x0: 0.5, y0: 0.5, x1: size - 0.5, y1: size - 0.5 }, 0.5);
  return (
    <svg className="coverage-swatch" width={size} height={size} viewBox={`0 0 ${size} ${size}`} aria-hidden="true" focusable="false">
      <rect
        x={0.5}
        y={0.5}
        width={size - 1}
        height={size - 1}
        {...statusPaint(status)}
        stroke={status === 'resident' ? style.ink : style.outline}
        strokeWidth={1}
        data-status={status}
      />
      {texturePath(status, insetBox(inner, style.texture === 'dots' ? DOTS.r : (HATCH_WIDTH / 2) * Math.SQRT1_2))}
    </svg>
  );
}

/** The swatch of the grey context. */
export function ContextSwatch({ size = 16 }: { size?: number }) {
  return (
    <svg className="coverage-swatch" width={size} height={size} viewBox={`0 0 ${size} ${size}`} aria-hidden="true" focusable="false">
      <rect x={0.5} y={0.5} width={size - 1} height={size - 1} fill={CONTEXT_STYLE.fill} stroke="#9aa3ab" strokeWidth={1} />
    </svg>
  );
}
