import { geoArea, geoCentroid, geoDistance, geoEqualEarth, geoPath, type GeoProjection } from 'd3-geo';
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import { loadWorldAtlas, type CountryGeometry, type WorldAtlas } from './world-atlas';

/**
 * The shapes of a map of some countries (a region's, or the world's), projected into SVG
 * coordinates. Pure: the same atlas, codes and size always give the same strings.
 *
 * Projection: Equal Earth (equal-area, so a large country does not look more covered than it
 * is), rotated so that the map's cut falls in the widest stretch of longitude where the
 * countries have no land (the Pacific for Europe and Central Asia, whose Chukotka lies past
 * 180°; the Atlantic for Asia and the Pacific, whose islands lie on both sides of 180°), then
 * fitted to the countries' land.
 *
 * Crop: a country's far-flung parts do not stretch the frame. France's feature holds French
 * Guiana, Guadeloupe, Martinique, Réunion and Mayotte; the Netherlands' the Caribbean
 * Netherlands: fitting Europe to them would draw the Atlantic. So each country's "core" is its
 * largest polygon and the polygons within CORE_RADIUS of it; the frame is fitted to the cores,
 * and the rest is clipped at the frame's edge. M49 lists those territories as countries of their
 * own regions; the atlas has no feature for them, so they are `undrawable` and listed.
 */

/** Great-circle distance (radians) from a country's largest polygon within which its other polygons count as its core: 50°, beyond Chukotka from Russia's mainland (≈ 35°) or Easter Island from Chile (≈ 34°), short of French Guiana from France (≈ 64°). */
const CORE_RADIUS = (50 / 180) * Math.PI;
/**
 * A country whose core covers less than this (px²) at the map's scale also gets a marker: a shape
 * of a few px² cannot be pointed at, and below about 6 × 6 px its texture (hatched, dotted) no
 * longer shows, so its status would be told by colour alone.
 */
export const MIN_VISIBLE_AREA = 40;
export const MARKER_RADIUS = 5;
/** Below this widest gap in longitude the countries go round the world: a world map, not rotated. */
const MIN_GAP_TO_ROTATE = 60;
const DIGITS = 1;
const CACHE_SIZE = 12;

export interface MapSize {
  /** SVG width in user units; the height follows the countries' shape, within limits. */
  width: number;
  /** Height as a fraction of the width: at least (a wide region stays readable), at most (a tall one fits a page). */
  minAspect: number;
  maxAspect: number;
  /** Kept free round the countries, so a marker or the focus ring at the edge is not cut. */
  padding: number;
}

export const DEFAULT_MAP_SIZE: MapSize = { width: 960, minAspect: 0.45, maxAspect: 1.1, padding: 12 };

export type Point = readonly [x: number, y: number];
export type Bounds = readonly [topLeft: Point, bottomRight: Point];

export interface CountryShape {
  code: string;
  /** SVG path data of the whole feature, clipped to the frame. */
  d: string;
  /** Of the core, and of the marker when there is one. */
  bounds: Bounds;
  /** Of the core: where a marker or a label goes. */
  centroid: Point;
  /** Projected area of the core, px². */
  area: number;
  /** Set when the country is too small to see at this scale. */
  marker: { cx: number; cy: number; r: number } | null;
}

export interface MapGeometry {
  width: number;
  height: number;
  /** The requested countries the atlas can draw, sorted by code. */
  countries: readonly CountryShape[];
  /** Requested codes with no feature in the atlas (Tuvalu, Gibraltar, Réunion …, or a code M49 does not list), sorted: they must still be listed. */
  undrawable: readonly string[];
  /** Everything else in the frame, grey, attributed to no one: other countries, and the features of no M49 country or area (Kosovo, N. Cyprus …). */
  context: readonly string[];
}

function polygonsOf(geometry: CountryGeometry): Position[][][] {
  return geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
}

/** The country's largest polygon and those near it. */
export function coreOf(geometry: CountryGeometry): CountryGeometry {
  const polygons = polygonsOf(geometry).map((coordinates) => {
    const polygon: Polygon = { type: 'Polygon', coordinates };
    return { polygon, area: geoArea(polygon), centroid: geoCentroid(polygon) };
  });
  if (polygons.length === 1) return geometry;
  const largest = polygons.reduce((best, polygon) => (polygon.area > best.area ? polygon : best));
  const core = polygons.filter((polygon) => geoDistance(largest.centroid, polygon.centroid) <= CORE_RADIUS);
  return core.length === 1 ? core[0]!.polygon : { type: 'MultiPolygon', coordinates: core.map(({ polygon }) => polygon.coordinates) } satisfies MultiPolygon;
}

/** The central meridian: the middle of the land's span, opposite the widest gap of longitude without land. */
export function centralMeridian(geometries: readonly CountryGeometry[]): number {
  const longitudes = [...new Set(geometries.flatMap((geometry) => polygonsOf(geometry).flat(2).map(([lon]) => Math.round(lon! * 10) / 10)))].sort((a, b) => a - b);
  if (longitudes.length < 2) return longitudes[0] ?? 0;
  let gap = longitudes[0]! + 360 - longitudes[longitudes.length - 1]!;
  let gapEnd = longitudes[0]!;
  for (let index = 1; index < longitudes.length; index++) {
    const width = longitudes[index]! - longitudes[index - 1]!;
    if (width > gap) [gap, gapEnd] = [width, longitudes[index]!];
  }
  if (gap < MIN_GAP_TO_ROTATE) return 0;
  const middle = gapEnd + (360 - gap) / 2; // east of the gap's end, half the land's span
  return Math.round((((middle + 180) % 360) + 360) % 360 - 180);
}

function asFeatures(geometries: readonly CountryGeometry[]): FeatureCollection {
  return { type: 'FeatureCollection', features: geometries.map((geometry): Feature => ({ type: 'Feature', properties: {}, geometry })) };
}

function round(value: number, to: (scaled: number) => number = Math.round): number {
  return to(value * 10 ** DIGITS) / 10 ** DIGITS;
}

/** Rotated Equal Earth fitted to the cores: the frame's width is given, its height follows within the size's limits. */
function fittedProjection(cores: readonly CountryGeometry[], size: MapSize): { projection: GeoProjection; height: number } {
  const projection = geoEqualEarth().rotate([-centralMeridian(cores), 0]);
  const land = asFeatures(cores);
  const inner = size.width - 2 * size.padding;
  projection.fitWidth(inner, land);
  const [[, top], [, bottom]] = geoPath(projection).bounds(land);
  const natural = Math.ceil(bottom - top) + 2 * size.padding;
  const height = Math.round(Math.min(Math.max(natural, size.width * size.minAspect), size.width * size.maxAspect));
  projection.fitExtent([[size.padding, size.padding], [size.width - size.padding, height - size.padding]], land);
  projection.clipExtent([[0, 0], [size.width, height]]);
  return { projection, height };
}

/** A size a page can hold: the SVG's numbers are user units, and a runaway width would only cost memory. */
function checkSize(size: MapSize): void {
  const { width, minAspect, maxAspect, padding } = size;
  const fine =
    Number.isFinite(width) && width >= 100 && width <= 4000 &&
    Number.isFinite(minAspect) && Number.isFinite(maxAspect) && minAspect > 0 && minAspect <= maxAspect && maxAspect <= 4 &&
    Number.isFinite(padding) && padding >= MARKER_RADIUS && padding * 4 < width;
  if (!fine) throw new RangeError(`map size out of range: ${JSON.stringify(size)}`);
}

/** The map of these countries: pure, deterministic; `undrawable` lists the codes the atlas cannot draw. */
export function mapGeometry(atlas: WorldAtlas, codes: readonly string[], size: MapSize = DEFAULT_MAP_SIZE): MapGeometry {
  checkSize(size);
  const requested = [...new Set(codes)].sort();
  const drawable = requested.filter((code) => atlas.countries.has(code));
  const undrawable = requested.filter((code) => !atlas.countries.has(code));
  if (drawable.length === 0) return { width: size.width, height: Math.round(size.width * size.minAspect), countries: [], undrawable, context: [] };

  const cores = new Map(drawable.map((code) => [code, coreOf(atlas.countries.get(code)!.geometry)]));
  const { projection, height } = fittedProjection([...cores.values()], size);
  const path = geoPath(projection).digits(DIGITS);

  const countries = drawable.map((code): CountryShape => {
    const core = cores.get(code)!;
    const area = path.area(core);
    const [cx, cy] = path.centroid(core).map((value) => round(value)) as [number, number];
    const marker = area < MIN_VISIBLE_AREA ? { cx, cy, r: MARKER_RADIUS } : null;
    let [[x0, y0], [x1, y1]] = path.bounds(core);
    if (marker) [x0, y0, x1, y1] = [Math.min(x0, cx - marker.r), Math.min(y0, cy - marker.r), Math.max(x1, cx + marker.r), Math.max(y1, cy + marker.r)];
    return {
      code,
      d: path(atlas.countries.get(code)!.geometry) ?? '',
      bounds: [[round(x0, Math.floor), round(y0, Math.floor)], [round(x1, Math.ceil), round(y1, Math.ceil)]], // outward: they still contain the shape
      centroid: [cx, cy],
      area: round(area),
      marker,
    };
  });

  const others = [...atlas.countries.values()].filter(({ code }) => !cores.has(code)).map(({ geometry }) => geometry);
  const context = [...others, ...atlas.unattributed].map((geometry) => path(geometry) ?? '').filter((d) => d !== '');
  return { width: size.width, height, countries, undrawable, context };
}

const cache = new WeakMap<WorldAtlas, Map<string, MapGeometry>>();

/** mapGeometry, remembered per atlas for the last few code lists and sizes (a screen re-renders; a report prints several maps). */
export function cachedMapGeometry(atlas: WorldAtlas, codes: readonly string[], size: MapSize = DEFAULT_MAP_SIZE): MapGeometry {
  const key = `${size.width}/${size.minAspect}/${size.maxAspect}/${size.padding}:${[...new Set(codes)].sort().join(',')}`;
  let entries = cache.get(atlas);
  if (!entries) cache.set(atlas, (entries = new Map()));
  const hit = entries.get(key);
  if (hit) {
    entries.delete(key); // most recently used last
    entries.set(key, hit);
    return hit;
  }
  const geometry = mapGeometry(atlas, codes, size);
  entries.set(key, geometry);
  if (entries.size > CACHE_SIZE) entries.delete(entries.keys().next().value!);
  return geometry;
}

/** Loads the atlas (once) and draws the countries: what a screen or a report awaits before showing its map. */
export async function loadMapGeometry(codes: readonly string[], size: MapSize = DEFAULT_MAP_SIZE): Promise<MapGeometry> {
  return cachedMapGeometry(await loadWorldAtlas(), codes, size);
}
