import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { COUNTRY_CODES } from '../../shared/geo/country-codes';
import { m49NumericCode } from '../../shared/geo/country-regions';

/**
 * The world map shipped with the app: Natural Earth's countries at 1:50 million, as world-atlas
 * packs them (public domain). Its feature ids are M49 numeric codes ("404" for Kenya), which
 * shared/geo/m49-numeric.ts maps to the alpha-3 codes the data uses. 50m, not 110m, because
 * 110m leaves out Singapore, Bahrain, Malta, the Maldives and most Pacific states.
 */

export type CountryGeometry = Polygon | MultiPolygon;

export interface AtlasCountry {
  code: string;
  geometry: CountryGeometry;
}

export interface WorldAtlas {
  /** Drawn countries of M49, by alpha-3 code. A code with two features (Australia and Ashmore and Cartier Islands share 036) has them merged. */
  countries: ReadonlyMap<string, AtlasCountry>;
  /**
   * Features that belong to no M49 country or area: those without an id (Kosovo, N. Cyprus,
   * Somaliland, Siachen Glacier, Indian Ocean Ter.) and the one whose id M49 does not list
   * (158, Taiwan). They are drawn as context only, never named or coloured as a country.
   */
  unattributed: readonly CountryGeometry[];
}

type CountriesTopology = Topology<{ countries: GeometryCollection<{ name: string }> }>;

function polygonsOf(geometry: CountryGeometry): Position[][][] {
  return geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
}

/** The atlas from the TopoJSON: one geometry per M49 code, and the rest kept apart. */
export function indexWorldAtlas(topology: unknown): WorldAtlas {
  const countriesObject = (topology as CountriesTopology | null)?.objects?.countries;
  if (topology === null || typeof topology !== 'object' || countriesObject?.type !== 'GeometryCollection') {
    throw new Error('the world map data is not the countries TopoJSON of world-atlas');
  }
  const byNumeric = new Map<string, string>();
  for (const code of COUNTRY_CODES) byNumeric.set(m49NumericCode(code)!, code);

  const collected = new Map<string, Position[][][]>();
  const unattributed: CountryGeometry[] = [];
  const features = feature(topology as CountriesTopology, countriesObject).features as Feature<CountryGeometry | null>[];
  for (const { id, geometry } of features) {
    if (geometry === null || (geometry.type !== 'Polygon' && geometry.type !== 'MultiPolygon')) continue;
    const code = id === undefined ? undefined : byNumeric.get(String(id));
    if (code === undefined) {
      unattributed.push(geometry);
      continue;
    }
    collected.set(code, [...(collected.get(code) ?? []), ...polygonsOf(geometry)]);
  }
  const countries = new Map<string, AtlasCountry>();
  for (const [code, polygons] of collected) {
    countries.set(code, { code, geometry: polygons.length === 1 ? { type: 'Polygon', coordinates: polygons[0]! } : { type: 'MultiPolygon', coordinates: polygons } });
  }
  return { countries, unattributed };
}

let loading: Promise<WorldAtlas> | undefined;

/**
 * The atlas, read once. A dynamic import: the bundler puts the 756 KB of TopoJSON in a chunk of
 * its own, loaded from the app's files (never the network) the first time a map is shown, so
 * the first screen does not wait for it.
 */
export function loadWorldAtlas(): Promise<WorldAtlas> {
  loading ??= import('world-atlas/countries-50m.json')
    .then((module) => indexWorldAtlas((module as { default?: unknown }).default ?? module))
    .catch((error: unknown) => {
      loading = undefined; // a failed load may be retried
      throw error;
    });
  return loading;
}
