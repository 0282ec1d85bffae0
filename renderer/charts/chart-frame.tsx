import { useId, type ReactNode } from 'react';
import { textWidth } from './text-metrics';

/**
 * What every chart shares: the <svg> frame with its accessible name and description, text items
 * placed by physical side, and the box rule that the layout tests use to prove no text overlaps.
 */

export type ChartDirection = 'ltr' | 'rtl';

/** Numbers arrive formatted by the caller, in the report's language (not necessarily the UI's). */
export type NumberFormat = (value: number) => string;

/** Where a text's anchor point is, physically: its left edge, its right edge or its middle. */
export type Side = 'left' | 'right' | 'center';

export interface TextItem {
  key: string;
  x: number;
  /** The baseline. */
  y: number;
  text: string;
  side: Side;
  size: number;
  bold?: boolean;
  muted?: boolean;
  /**
   * A white ground behind the text, for a number printed across gridlines or lines. A rectangle,
   * not a stroke around the glyphs: Chromium prints stroked text as Type 3 drawings, not text.
   */
  halo?: boolean;
}

export interface Box {
  x0: number;
  x1: number;
  y0: number;
  y1: number;
}

/** Tall enough for Arabic marks above and descenders below; stacked lines are LINE_HEIGHT apart, so they never touch. */
const ASCENT = 0.92;
const DESCENT = 0.3;
export const LINE_HEIGHT = 1.25;

export function textBox(item: TextItem): Box {
  const width = textWidth(item.text, item.size, item.bold);
  const x0 = item.side === 'left' ? item.x : item.side === 'right' ? item.x - width : item.x - width / 2;
  return { x0, x1: x0 + width, y0: item.y - ASCENT * item.size, y1: item.y + DESCENT * item.size };
}

export function boxesOverlap(a: Box, b: Box): boolean {
  return a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
}

/** The centre for a centred text of `width` near `x`, moved just enough to stay between `min` and `max`. */
export function clampCentre(x: number, width: number, min: number, max: number): number {
  const half = width / 2;
  return Math.min(Math.max(x, min + half), max - half);
}

/**
 * text-anchor is logical: under direction="rtl" "start" is the right edge. The layouts think in
 * physical sides (x grows to the right in both directions), so this is the only translation.
 */
export function textAnchor(side: Side, dir: ChartDirection): 'start' | 'middle' | 'end' {
  if (side === 'center') return 'middle';
  const startIsLeft = dir === 'ltr';
  return (side === 'left') === startIsLeft ? 'start' : 'end';
}

/** Two decimals are finer than any printer and keep the markup short and identical run to run. */
export function r2(value: number): number {
  return Math.round(value * 100) / 100;
}

export const INK = '#1a1a1a';
export const MUTED = '#595959';
export const GRID = '#8a939b';

export function ChartText({ item, dir }: { item: TextItem; dir: ChartDirection }) {
  const text = (
    <text x={r2(item.x)} y={r2(item.y)} fontSize={item.size} fontWeight={item.bold ? 700 : undefined} textAnchor={textAnchor(item.side, dir)} fill={item.muted ? MUTED : INK}>
      {item.text}
    </text>
  );
  if (!item.halo) return text;
  const box = textBox(item);
  return (
    <g>
      <rect x={r2(box.x0 - 1)} y={r2(box.y0 + item.size * 0.15)} width={r2(box.x1 - box.x0 + 2)} height={r2(box.y1 - box.y0 - item.size * 0.15)} fill="#ffffff" fillOpacity={0.85} />
      {text}
    </g>
  );
}

/**
 * A chart's id, unique on the page, for its pattern and title ids: React's useId is stable
 * between a server render and the browser, and differs between two charts of one tree. Two
 * separately rendered trees on one page must pass their own `idPrefix`.
 */
export function useChartId(idPrefix?: string): string {
  const reactId = useId();
  const raw = idPrefix ?? `chart${reactId}`;
  return raw.replace(/[^A-Za-z0-9_-]/g, '_');
}

interface ChartSvgProps {
  id: string;
  width: number;
  height: number;
  dir: ChartDirection;
  /** The accessible name: what the chart shows, in a sentence. */
  title: string;
  /** The numbers, in words, for a screen reader and for anyone who cannot see the marks. */
  desc: string;
  className?: string;
  testId?: string;
  children: ReactNode;
}

/** Sizes are user units in a viewBox, so the chart prints sharp at any size it is scaled to. */
export function ChartSvg({ id, width, height, dir, title, desc, className, testId, children }: ChartSvgProps) {
  const w = r2(width);
  const h = r2(height);
  return (
    <svg
      xmlns="http://www.w3.org/2000/svg"
      role="img"
      aria-label={title}
      aria-describedby={`${id}-desc`}
      viewBox={`0 0 ${w} ${h}`}
      width={w}
      height={h}
      direction={dir}
      className={className}
      data-testid={testId}
      data-chart-id={id}
    >
      <title>{title}</title>
      <desc id={`${id}-desc`}>{desc}</desc>
      {children}
    </svg>
  );
}
