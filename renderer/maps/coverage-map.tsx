import { useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { isRightToLeft } from '../../shared/i18n/languages';
import { COVERAGE_STATUSES } from '../../shared/picture/picture-types';
import { coverageItems, type CoverageCountry, type CoverageItem } from './coverage-items';
import { CONTEXT_STYLE, ContextSwatch, StatusSwatch, StatusTexture, statusClipId, statusPaint, svgIdPrefix } from './coverage-patterns';
import { circleRing, pathRings, type Box } from '../charts/texture-paths';
import type { MapWords } from './map-words';
import type { MapGeometry } from './world-geometry';
import './coverage-map.css';

export interface CoverageMapProps {
  /** The countries to show with their coverage (a region's, or the world's). */
  countries: readonly CoverageCountry[];
  /** From loadMapGeometry(codes of `countries`): the map does not load anything itself, so a report can await it before printing. */
  geometry: MapGeometry;
  /** The country's name in the words' language. */
  countryName: (code: string) => string;
  words: MapWords;
  /** On screen: each country focusable, with a caption on hover and focus. Off (print): a still image, the list beside it says the rest. */
  interactive?: boolean;
  /** The map's accessible name ("Coverage map: Africa"); words.mapLabel when absent. */
  label?: string;
}

type Focusable = SVGGElement | HTMLLIElement;

/**
 * The coverage map: every country of the data drawn in its status's texture (coverage-patterns:
 * vector lines or dots clipped to the country, never a pattern fill, so it prints small),
 * the rest of the frame grey and attributed to no one, the countries the map data cannot draw
 * listed under it, a legend of swatch and word, and the UN map disclaimer.
 *
 * Keyboard (interactive): a roving tab stop. The whole map is one stop of the Tab key, so that
 * a region's fifty countries do not stand between a reader and the rest of the screen; the arrow
 * keys then move through the countries in the order of CoverageList (by name in the language),
 * the ones listed under the map included; Home and End go to the first and the last. Left and
 * Right follow the reading direction (in Arabic, Left is next). Focus draws a ring round the
 * country (the map is not mirrored in Arabic: geography has one orientation; the legend, the
 * list and the caption are HTML and follow the page's direction).
 */
export function CoverageMap({ countries, geometry, countryName, words, interactive = false, label }: CoverageMapProps) {
  const prefix = svgIdPrefix(useId());
  const items = useMemo(() => coverageItems(countries, geometry, countryName, words), [countries, geometry, countryName, words]);
  const drawn = items.filter((item) => item.shape !== null);
  const undrawn = items.filter((item) => item.shape === null);
  // Countries the geometry has but the data does not: drawn as context, with no status claimed.
  const shown = new Set(drawn.map((item) => item.code));
  // The textures, worked out once per map, not on every hover or focus: the world's paths hold
  // some 100,000 points. The same elements each render, so React does not redraw them.
  const textures = useMemo(() => {
    const frame = { x0: 0, y0: 0, x1: geometry.width, y1: geometry.height };
    return new Map(
      items.flatMap((item) => {
        const shape = item.shape;
        if (!shape) return [];
        const marker = shape.marker;
        const rings = pathRings(shape.d);
        const texture = {
          // The box serves only the clip path that stands in when the path data is not rings.
          shape: <StatusTexture status={item.status} rings={rings} clipId={statusClipId(prefix, item.code, 'shape')} bounds={rings ? frame : pathBox(shape.d, frame)} shape={shape} />,
          marker: marker && <StatusTexture status={item.status} rings={[circleRing(marker.cx, marker.cy, marker.r)]} clipId={statusClipId(prefix, item.code, 'marker')} bounds={circleBox(marker)} shape={marker} />,
        };
        return [[item.code, texture] as const];
      }),
    );
  }, [items, geometry, prefix]);
  const extraContext = geometry.countries.filter((shape) => !shown.has(shape.code)).map((shape) => shape.d);

  const [current, setCurrent] = useState<string | null>(null);
  const [focused, setFocused] = useState<string | null>(null);
  const [hovered, setHovered] = useState<string | null>(null);
  const elements = useRef(new Map<string, Focusable>());
  const tabStop = items.some((item) => item.code === current) ? current : (items[0]?.code ?? null);
  const active = items.find((item) => item.code === (hovered ?? focused)) ?? null;
  // The keyboard's country keeps its ring while the pointer shows another.
  const ringed = [...new Set([hovered, focused])].map((code) => drawn.find((item) => item.code === code)).filter((item) => item !== undefined);

  function onKeyDown(event: KeyboardEvent) {
    const from = items.findIndex((item) => item.code === (focused ?? tabStop));
    if (from < 0) return;
    const forward = isRightToLeft(words.language) ? 'ArrowLeft' : 'ArrowRight';
    const back = isRightToLeft(words.language) ? 'ArrowRight' : 'ArrowLeft';
    const target =
      event.key === forward || event.key === 'ArrowDown'
        ? Math.min(from + 1, items.length - 1)
        : event.key === back || event.key === 'ArrowUp'
          ? Math.max(from - 1, 0)
          : event.key === 'Home'
            ? 0
            : event.key === 'End'
              ? items.length - 1
              : null;
    if (target === null) return;
    event.preventDefault();
    const code = items[target]!.code;
    setCurrent(code);
    elements.current.get(code)?.focus();
  }

  /** What makes one country focusable and captioned; nothing in print. */
  function focusProps(item: CoverageItem) {
    if (!interactive) return {};
    return {
      ref: (element: Focusable | null) => {
        if (element) elements.current.set(item.code, element);
        else elements.current.delete(item.code);
      },
      tabIndex: item.code === tabStop ? 0 : -1,
      'aria-label': item.description,
      'data-country': item.code,
      onFocus: () => {
        setFocused(item.code);
        setCurrent(item.code);
      },
      onBlur: () => setFocused((code) => (code === item.code ? null : code)),
      onPointerEnter: () => setHovered(item.code),
      onPointerLeave: () => setHovered((code) => (code === item.code ? null : code)),
    };
  }

  const keysId = `${prefix}-keys`;
  return (
    <figure className="coverage-map" onKeyDown={interactive ? onKeyDown : undefined}>
      <svg
        className="coverage-map__svg"
        viewBox={`0 0 ${geometry.width} ${geometry.height}`}
        role={interactive ? 'group' : 'img'}
        aria-label={label ?? words.mapLabel}
        aria-describedby={interactive ? keysId : undefined}
      >
        <g aria-hidden="true" fill={CONTEXT_STYLE.fill} stroke={CONTEXT_STYLE.outline} strokeWidth={CONTEXT_STYLE.outlineWidth}>
          {[...geometry.context, ...extraContext].map((d, index) => (
            <path key={index} d={d} />
          ))}
        </g>
        <g aria-hidden={interactive ? undefined : true}>
          {drawn.map((item) => (
            <g key={item.code} className="coverage-map__country" data-status={item.status} role={interactive ? 'img' : undefined} {...focusProps(item)}>
              {interactive && <title>{item.description}</title>}
              <path d={item.shape!.d} {...statusPaint(item.status)} />
              {textures.get(item.code)?.shape}
              {item.shape!.marker && (
                <>
                  <circle cx={item.shape!.marker.cx} cy={item.shape!.marker.cy} r={item.shape!.marker.r} {...statusPaint(item.status)} stroke="#1a1a1a" strokeWidth={1} strokeDasharray={undefined} />
                  {textures.get(item.code)?.marker}
                </>
              )}
            </g>
          ))}
        </g>
        {interactive && ringed.map((item) => <FocusRing key={item.code} item={item} />)}
      </svg>
      {interactive && (
        <p id={keysId} className="visually-hidden">
          {words.keys}
        </p>
      )}
      {interactive && (
        // The focused country's name already reaches a screen reader as its label: the caption is for the eye.
        <p className="coverage-map__caption" aria-hidden="true">
          {active?.description ?? words.hint}
        </p>
      )}
      {undrawn.length > 0 && (
        <div className="coverage-map__undrawable">
          <p>{words.undrawable}</p>
          <ul>
            {undrawn.map((item) => (
              <li key={item.code} className={item.code === active?.code ? 'is-active' : undefined} {...focusProps(item)} title={interactive ? item.description : undefined}>
                <StatusSwatch status={item.status} size={12} />
                <span aria-hidden={interactive ? true : undefined}>{item.name}</span>
                {!interactive && <span className="visually-hidden"> {words.status[item.status]}</span>}
              </li>
            ))}
          </ul>
        </div>
      )}
      <div className="coverage-map__legend">
        <p className="coverage-map__legend-title">{words.legendTitle}</p>
        <ul>
          {COVERAGE_STATUSES.map((status) => (
            <li key={status} data-status={status}>
              <StatusSwatch status={status} />
              <span>{words.status[status]}</span>
            </li>
          ))}
          <li>
            <ContextSwatch />
            <span>{words.otherAreas}</span>
          </li>
        </ul>
      </div>
      <figcaption className="coverage-map__disclaimer">{words.disclaimer}</figcaption>
    </figure>
  );
}

/**
 * The box round all of a path's points: the whole feature, islands far from the core included
 * (CountryShape.bounds is the core's). d3-geo writes polygons as absolute M/L/Z; any other
 * command and the box is the whole frame, which only costs texture lines the clip hides.
 */
function pathBox(d: string, frame: Box): Box {
  if (/[^MLZ0-9eE.,\s+-]/.test(d)) return frame;
  const numbers = d.match(/[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?/g)?.map(Number) ?? [];
  if (numbers.length < 2 || numbers.length % 2 !== 0) return frame;
  const box = { x0: Infinity, y0: Infinity, x1: -Infinity, y1: -Infinity };
  for (let index = 0; index < numbers.length; index += 2) {
    box.x0 = Math.min(box.x0, numbers[index]!);
    box.x1 = Math.max(box.x1, numbers[index]!);
    box.y0 = Math.min(box.y0, numbers[index + 1]!);
    box.y1 = Math.max(box.y1, numbers[index + 1]!);
  }
  return box;
}

function circleBox({ cx, cy, r }: { cx: number; cy: number; r: number }) {
  return { x0: cx - r, y0: cy - r, x1: cx + r, y1: cy + r };
}

/** A dark ring with a white core round the active country: visible on the solid fill, the hatch and the grey alike. */
function FocusRing({ item }: { item: CoverageItem }) {
  const shape = item.shape!;
  return (
    <g className="coverage-map__ring" aria-hidden="true" fill="none" pointerEvents="none">
      <path d={shape.d} stroke="#0b2e59" strokeWidth={5} strokeLinejoin="round" />
      <path d={shape.d} stroke="#ffffff" strokeWidth={2} strokeLinejoin="round" />
      {shape.marker && (
        <>
          <circle cx={shape.marker.cx} cy={shape.marker.cy} r={shape.marker.r + 3} stroke="#0b2e59" strokeWidth={4} />
          <circle cx={shape.marker.cx} cy={shape.marker.cy} r={shape.marker.r + 3} stroke="#ffffff" strokeWidth={1.5} />
        </>
      )}
    </g>
  );
}
