import { useId } from 'react';
import { COVERAGE_STATUSES, type CoverageStatus } from '../../shared/picture/picture-types';

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

const TILE = 4;

/** useId's text as an id a `url(#…)` reference accepts unescaped (React's ids hold ':' or '«»'). */
export function svgIdPrefix(reactId: string): string {
  return `m${reactId.replace(/[^A-Za-z0-9_-]/g, '')}`;
}

export function statusPatternId(prefix: string, status: CoverageStatus): string {
  return `${prefix}-coverage-${status}`;
}

function Tile({ status }: { status: CoverageStatus }) {
  const style = STATUS_STYLES[status];
  switch (style.texture) {
    case 'solid':
      return <rect width={TILE} height={TILE} fill={style.ink} />;
    case 'hatch':
      return (
        <>
          <rect width={TILE} height={TILE} fill={style.ground} />
          <line x1={0} y1={0} x2={0} y2={TILE} stroke={style.ink} strokeWidth={1.6} />
        </>
      );
    case 'dots':
      return (
        <>
          <rect width={TILE} height={TILE} fill={style.ground} />
          <circle cx={TILE / 2} cy={TILE / 2} r={0.75} fill={style.ink} />
        </>
      );
  }
}

/**
 * One <pattern> per status, every one with an id (the solid one too), so that each status's
 * fill is a distinct pattern reference. Ids carry the prefix of the SVG that holds them: a
 * report may print several maps on a page.
 */
export function CoveragePatternDefs({ prefix }: { prefix: string }) {
  return (
    <defs>
      {COVERAGE_STATUSES.map((status) => (
        <pattern
          key={status}
          id={statusPatternId(prefix, status)}
          width={TILE}
          height={TILE}
          patternUnits="userSpaceOnUse"
          patternTransform={STATUS_STYLES[status].texture === 'hatch' ? 'rotate(45)' : undefined}
        >
          <Tile status={status} />
        </pattern>
      ))}
    </defs>
  );
}

/** The fill, stroke and dash of a shape of this status, patterns from the SVG with this prefix. */
export function statusPaint(prefix: string, status: CoverageStatus) {
  const style = STATUS_STYLES[status];
  return { fill: `url(#${statusPatternId(prefix, status)})`, stroke: style.outline, strokeWidth: style.outlineWidth, strokeDasharray: style.dash };
}

/** A small square in the status's texture, for a legend or a table cell. Self-contained: its own pattern, its own ids. */
export function StatusSwatch({ status, size = 16 }: { status: CoverageStatus; size?: number }) {
  const prefix = svgIdPrefix(useId());
  const style = STATUS_STYLES[status];
  return (
    <svg className="coverage-swatch" width={size} height={size} viewBox={`0 0 ${size} ${size}`} aria-hidden="true" focusable="false">
      <CoveragePatternDefs prefix={prefix} />
      <rect
        x={0.5}
        y={0.5}
        width={size - 1}
        height={size - 1}
        {...statusPaint(prefix, status)}
        stroke={status === 'resident' ? style.ink : style.outline}
        strokeWidth={1}
      />
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
