import type { AggregateBand } from '../../shared/scoring/band';
import { r2 } from './chart-frame';
import { dotStroke, dotsPath, insetBox, stripesPath, type Dots, type Stripes } from './texture-paths';
import type { LegendItem } from './scene-layout';

/**
 * The four bands as fills that differ in texture as well as colour — green solid, amber diagonal
 * hatch, red cross-hatch, insufficient data dotted — so a chart printed in black and white still
 * tells them apart, and the band's word is always printed beside a swatch. The colours are the
 * editor's band colours (renderer/screens/assessment-editor/editor.css): the dark "ink" of each
 * band for lines and outlines, its pale tint behind a texture; amber's hatch uses the app's
 * warning line colour, a lighter amber that prints as a mid grey next to the dark solid green.
 */

export const CHART_BANDS: readonly AggregateBand[] = ['green', 'amber', 'red', 'insufficient_data'];

export type Texture = 'solid' | 'diagonal' | 'cross' | 'dots';

export interface BandStyle {
  texture: Texture;
  /** Lines, dots, outlines — and the whole fill when solid. */
  ink: string;
  /** The ground behind a texture. */
  pale: string;
  /** The colour of the texture's strokes. */
  stroke: string;
}

export const BAND_STYLES: Record<AggregateBand, BandStyle> = {
  green: { texture: 'solid', ink: '#17602d', pale: '#e6f4ea', stroke: '#17602d' },
  amber: { texture: 'diagonal', ink: '#5c3b00', pale: '#fff4e0', stroke: '#c98a00' },
  red: { texture: 'cross', ink: '#a4001d', pale: '#fdecee', stroke: '#a4001d' },
  insufficient_data: { texture: 'dots', ink: '#3d4349', pale: '#eef0f2', stroke: '#3d4349' },
};

/**
 * How each band's texture lies in the SVG's user space: the 6-unit tiles of the former
 * <pattern>s, turned 45°, so the on-screen look is theirs. A tile clipped its line at its edge
 * and showed half the line's width (amber 1.1, red 0.6): the stripes here are drawn that wide,
 * at that place.
 */
const TILE = 6;
const STRIPES: Partial<Record<AggregateBand, { width: number; families: Stripes[] }>> = {
  amber: { width: 1.1, families: [{ spacing: TILE, angle: 45, offset: 0.55 }] },
  red: { width: 0.6, families: [{ spacing: TILE, angle: 45, offset: 0.3 }, { spacing: TILE, angle: 135, offset: 0.3 }] },
};
const DOTS: Partial<Record<AggregateBand, Dots>> = {
  insufficient_data: { spacing: TILE, angle: 45, offset: TILE / 2, r: 1 },
};
/** Half the outline's width: the texture stays inside the outline, so a light hatch never crosses the band's dark edge. */
const OUTLINE = 1;

/** The fill under a mark's texture: the band's pale ground, or its ink when solid. */
export function bandGround(band: AggregateBand): string {
  return BAND_STYLES[band].texture === 'solid' ? BAND_STYLES[band].ink : BAND_STYLES[band].pale;
}

/**
 * The texture of a band over a rectangle, as one path of vector lines or dots, cut to the
 * rectangle by arithmetic (no clip path, no pattern: see texture-paths.ts). Null when solid.
 */
export function BandTexture({ band, x, y, width, height }: { band: AggregateBand; x: number; y: number; width: number; height: number }) {
  const stripes = STRIPES[band];
  const dots = DOTS[band];
  const box = { x0: x, y0: y, x1: x + width, y1: y + height };
  if (stripes) {
    // A butt end at 45° reaches half its width × sin 45° past the edge: kept within the outline.
    const d = stripes.families.map((family) => stripesPath(insetBox(box, OUTLINE / 2 + (stripes.width / 2) * Math.SQRT1_2), family)).join('');
    return d ? <path d={d} fill="none" stroke={BAND_STYLES[band].stroke} strokeWidth={stripes.width} data-texture={BAND_STYLES[band].texture} /> : null;
  }
  if (dots) {
    const d = dotsPath(insetBox(box, OUTLINE / 2 + dots.r), dots);
    return d ? <path d={d} {...dotStroke(dots, BAND_STYLES[band].stroke)} data-texture={BAND_STYLES[band].texture} /> : null;
  }
  return null;
}

/** One mark in a band's fill and texture, outlined in its ink so the edge shows on a pale texture. */
export function BandRect({ band, x, y, width, height, markKey }: {
  band: AggregateBand;
  x: number;
  y: number;
  width: number;
  height: number;
  markKey?: string;
}) {
  const [rx, ry, rw, rh] = [r2(x), r2(y), r2(width), r2(height)];
  return (
    <>
      <rect x={rx} y={ry} width={rw} height={rh} fill={bandGround(band)} stroke={BAND_STYLES[band].ink} strokeWidth={OUTLINE} data-band={band} data-mark={markKey} />
      <BandTexture band={band} x={rx} y={ry} width={rw} height={rh} />
    </>
  );
}

export const SWATCH = 12;

/** A chart legend's entry per band, swatch and word, in the bands' order. */
export function bandLegendItems(words: Record<AggregateBand, string>): LegendItem[] {
  return CHART_BANDS.map((band) => ({ key: `band-${band}`, mark: { kind: 'band', band }, word: words[band] }));
}

/**
 * A band swatch on its own, for HTML tables and lists (the band's word is the caller's text next
 * to it, so the swatch is hidden from screen readers). No ids: the texture is plain paths (`idPrefix` is kept for callers, unused).
 */
export function BandSwatch({ band, size = SWATCH }: { band: AggregateBand; idPrefix?: string; size?: number }) {
  return (
    <svg
      xmlns="http://www.w3.org/2000/svg"
      viewBox={`0 0 ${SWATCH} ${SWATCH}`}
      width={size}
      height={size}
      aria-hidden="true"
      focusable="false"
      className="band-swatch"
    >
      <BandRect band={band} x={0.5} y={0.5} width={SWATCH - 1} height={SWATCH - 1} />
    </svg>
  );
}

/**
 * The bands' key for an HTML page (a table of scores, a report's summary): swatch and word per
 * band, as a list a screen reader reads as words.
 */
export function BandKey({ words, idPrefix, label }: { words: Record<AggregateBand, string>; idPrefix: string; label: string }) {
  return (
    <ul className="band-key" aria-label={label}>
      {CHART_BANDS.map((band) => (
        <li key={band} data-band={band}>
          <BandSwatch band={band} idPrefix={`${idPrefix}-${band}`} /> {words[band]}
        </li>
      ))}
    </ul>
  );
}
