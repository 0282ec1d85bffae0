import type { AggregateBand } from '../../shared/scoring/band';
import { r2 } from './chart-frame';
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

export function bandPatternId(chartId: string, band: AggregateBand): string {
  return `${chartId}-band-${band}`;
}

/** The fill of a mark in `band`: a pattern of this chart (or a plain colour for the solid band). */
export function bandFill(chartId: string, band: AggregateBand): string {
  return BAND_STYLES[band].texture === 'solid' ? BAND_STYLES[band].ink : `url(#${bandPatternId(chartId, band)})`;
}

const TILE = 6;

function PatternTile({ band }: { band: AggregateBand }) {
  const style = BAND_STYLES[band];
  switch (style.texture) {
    case 'solid':
      return <rect width={TILE} height={TILE} fill={style.ink} />;
    case 'diagonal':
      return (
        <>
          <rect width={TILE} height={TILE} fill={style.pale} />
          <line x1={0} y1={0} x2={0} y2={TILE} stroke={style.stroke} strokeWidth={2.2} />
        </>
      );
    case 'cross':
      return (
        <>
          <rect width={TILE} height={TILE} fill={style.pale} />
          <line x1={0} y1={0} x2={0} y2={TILE} stroke={style.stroke} strokeWidth={1.2} />
          <line x1={0} y1={0} x2={TILE} y2={0} stroke={style.stroke} strokeWidth={1.2} />
        </>
      );
    case 'dots':
      return (
        <>
          <rect width={TILE} height={TILE} fill={style.pale} />
          <circle cx={TILE / 2} cy={TILE / 2} r={1} fill={style.stroke} />
        </>
      );
  }
}

/** <defs> with one pattern per textured band (or the `bands` given), ids prefixed by the chart's own id. */
export function BandPatternDefs({ chartId, bands = CHART_BANDS }: { chartId: string; bands?: readonly AggregateBand[] }) {
  return (
    <defs>
      {bands.filter((band) => BAND_STYLES[band].texture !== 'solid').map((band) => (
        <pattern
          key={band}
          id={bandPatternId(chartId, band)}
          data-band={band}
          patternUnits="userSpaceOnUse"
          width={TILE}
          height={TILE}
          // Hatches at 45°; the cross-hatch too, so it reads as a lattice rather than a grid of squares.
          patternTransform="rotate(45)"
        >
          <PatternTile band={band} />
        </pattern>
      ))}
    </defs>
  );
}

/** One mark in a band's fill, outlined in its ink so the edge shows on a pale texture. */
export function BandRect({ chartId, band, x, y, width, height, markKey }: {
  chartId: string;
  band: AggregateBand;
  x: number;
  y: number;
  width: number;
  height: number;
  markKey?: string;
}) {
  return (
    <rect
      x={r2(x)}
      y={r2(y)}
      width={r2(width)}
      height={r2(height)}
      fill={bandFill(chartId, band)}
      stroke={BAND_STYLES[band].ink}
      strokeWidth={1}
      data-band={band}
      data-mark={markKey}
    />
  );
}

export const SWATCH = 12;

/** A chart legend's entry per band, swatch and word, in the bands' order. */
export function bandLegendItems(words: Record<AggregateBand, string>): LegendItem[] {
  return CHART_BANDS.map((band) => ({ key: `band-${band}`, mark: { kind: 'band', band }, word: words[band] }));
}

/**
 * A band swatch on its own, for HTML tables and lists (the band's word is the caller's text next
 * to it, so the swatch is hidden from screen readers). Each swatch carries its own pattern.
 */
export function BandSwatch({ band, idPrefix, size = SWATCH }: { band: AggregateBand; idPrefix: string; size?: number }) {
  const chartId = idPrefix.replace(/[^A-Za-z0-9_-]/g, '_');
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
      {BAND_STYLES[band].texture === 'solid' ? null : <BandPatternDefs chartId={chartId} bands={[band]} />}
      <rect x={0.5} y={0.5} width={SWATCH - 1} height={SWATCH - 1} fill={bandFill(chartId, band)} stroke={BAND_STYLES[band].ink} />
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
