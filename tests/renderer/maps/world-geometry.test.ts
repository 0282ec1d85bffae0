import fs from 'node:fs';
import path from 'node:path';
import { geoCentroid } from 'd3-geo';
import type { Polygon } from 'geojson';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadWorldAtlas, indexWorldAtlas, type WorldAtlas } from '../../../renderer/maps/world-atlas';
import { cachedMapGeometry, coreOf, DEFAULT_MAP_SIZE, mapGeometry, MIN_VISIBLE_AREA, type MapGeometry } from '../../../renderer/maps/world-geometry';
import { COUNTRY_CODES } from '../../../shared/geo/country-codes';
import { m49NumericCode, REGION_COUNTRIES } from '../../../shared/geo/country-regions';
import { REGIONS, type Region } from '../../../shared/office/office-profile';

const ROOT = path.resolve(import.meta.dirname, '../../..');
/** The atlas file as it is, read without the module under test. */
const RAW = JSON.parse(fs.readFileSync(path.join(ROOT, 'node_modules/world-atlas/countries-50m.json'), 'utf8')) as {
  objects: { countries: { geometries: { id?: string; properties: { name: string } }[] } };
};
const RAW_IDS = new Set(RAW.objects.countries.geometries.flatMap(({ id }) => (id === undefined ? [] : [id])));

let atlas: WorldAtlas;
let world: MapGeometry;
const regions = new Map<Region, MapGeometry>();

beforeAll(async () => {
  atlas = await loadWorldAtlas();
  world = mapGeometry(atlas, COUNTRY_CODES);
  for (const region of REGIONS) regions.set(region, mapGeometry(atlas, REGION_COUNTRIES[region]));
});

describe('renderer/maps/world-geometry.ts', () => {
  it('draws every M49 country the atlas has, and lists exactly the others as undrawable', () => {
    const inAtlas = COUNTRY_CODES.filter((code) => RAW_IDS.has(m49NumericCode(code)!));
    expect(world.countries.map(({ code }) => code)).toEqual(inAtlas);
    for (const shape of world.countries) expect(shape.d, shape.code).toMatch(/^M[\d.-]/);
    expect(world.undrawable).toEqual(COUNTRY_CODES.filter((code) => !RAW_IDS.has(m49NumericCode(code)!)));
    // What the printing notes say of the 50m atlas.
    expect(world.undrawable).toEqual(['BES', 'BVT', 'CCK', 'CXR', 'GIB', 'GLP', 'GUF', 'MTQ', 'MYT', 'REU', 'SJM', 'TKL', 'TUV', 'UMI']);
    for (const code of ['SGP', 'BHR', 'MLT', 'MDV', 'KIR', 'NRU']) expect(inAtlas, code).toContain(code);
  });

  it('attributes no feature without an id, nor the one whose id M49 does not list', () => {
    const unnamed = RAW.objects.countries.geometries.filter(({ id }) => id === undefined).map(({ properties }) => properties.name);
    expect(unnamed.sort()).toEqual(['Indian Ocean Ter.', 'Kosovo', 'N. Cyprus', 'Siachen Glacier', 'Somaliland']);
    const notM49 = [...RAW_IDS].filter((id) => !COUNTRY_CODES.some((code) => m49NumericCode(code) === id));
    expect(notM49).toEqual(['158']);
    expect(atlas.unattributed).toHaveLength(unnamed.length + notM49.length);
    // Every attributed country is exactly the M49 codes whose numeric id the file has.
    expect([...atlas.countries.keys()].sort()).toEqual(COUNTRY_CODES.filter((code) => RAW_IDS.has(m49NumericCode(code)!)));
    // On the world map they are grey context, and nothing else is (every country is requested).
    expect(world.context).toHaveLength(unnamed.length + notM49.length);
  });

  it('keeps the polygons a country shares an id with (Australia and Ashmore and Cartier Islands)', () => {
    const raw = RAW.objects.countries.geometries.filter(({ id }) => id === '036').map(({ properties }) => properties.name);
    expect(raw.sort()).toEqual(['Ashmore and Cartier Is.', 'Australia']);
    expect(atlas.countries.get('AUS')!.geometry.type).toBe('MultiPolygon');
  });

  it.each(REGIONS)('crops %s to its countries: every one inside the frame, none cut', (region) => {
    const map = regions.get(region)!;
    expect(map.countries.length + map.undrawable.length).toBe(REGION_COUNTRIES[region].length);
    for (const { code, bounds } of map.countries) {
      const [[x0, y0], [x1, y1]] = bounds;
      expect({ code, inside: x0 >= 0 && y0 >= 0 && x1 <= map.width && y1 <= map.height }).toEqual({ code, inside: true });
    }
    expect(map.height).toBeGreaterThan(0);
  });

  it("does not stretch Europe's frame to France's overseas departments, nor split Pacific states at 180°", () => {
    const france = atlas.countries.get('FRA')!.geometry;
    const core = coreOf(france);
    const polygons = (geometry: typeof france) => (geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates);
    expect(polygons(core).length).toBeLessThan(polygons(france).length);
    for (const coordinates of polygons(core)) {
      const [lon, lat] = geoCentroid({ type: 'Polygon', coordinates } satisfies Polygon);
      expect(lon > -10 && lon < 12 && lat > 40).toBe(true); // metropolitan France and Corsica
    }
    // A country drawn on both edges of the map would be as wide as the map.
    const asia = regions.get('asia_pacific')!;
    for (const code of ['FJI', 'KIR', 'NZL', 'TON']) {
      const [[x0], [x1]] = asia.countries.find((shape) => shape.code === code)!.bounds;
      expect(x1 - x0, code).toBeLessThan(asia.width / 3);
    }
    const europe = regions.get('europe_central_asia')!;
    const [[x0], [x1]] = europe.countries.find((shape) => shape.code === 'RUS')!.bounds;
    expect(x1 - x0).toBeLessThan(europe.width);
  });

  it('gives a marker to every country too small to see, and to no other', () => {
    for (const map of [world, ...regions.values()]) {
      for (const shape of map.countries) {
        expect({ code: shape.code, marker: shape.marker !== null }).toEqual({ code: shape.code, marker: shape.area < MIN_VISIBLE_AREA });
        if (shape.marker) {
          const [[x0, y0], [x1, y1]] = shape.bounds;
          const { cx, cy, r } = shape.marker;
          const slack = 1e-9; // decimal coordinates in binary floating point
          expect(x0 <= cx - r + slack && x1 >= cx + r - slack && y0 <= cy - r + slack && y1 >= cy + r - slack, shape.code).toBe(true);
        }
      }
    }
    const arab = regions.get('arab_states')!;
    expect(arab.countries.find((shape) => shape.code === 'BHR')!.marker).not.toBeNull();
    expect(arab.countries.find((shape) => shape.code === 'SAU')!.marker).toBeNull();
  });

  it('lists codes the atlas cannot draw, whatever they are, and draws nothing for none', () => {
    const map = mapGeometry(atlas, ['KEN', 'TUV', 'TWN', 'XKX', 'KEN']);
    expect(map.countries.map(({ code }) => code)).toEqual(['KEN']);
    expect(map.undrawable).toEqual(['TUV', 'TWN', 'XKX']);
    const none = mapGeometry(atlas, ['TUV']);
    expect(none.countries).toEqual([]);
    expect(none.undrawable).toEqual(['TUV']);
    expect(none.context).toEqual([]);
  });

  it('is deterministic, and cached per code list whatever its order', () => {
    const fresh = indexWorldAtlas(RAW);
    expect(mapGeometry(fresh, REGION_COUNTRIES.africa)).toEqual(regions.get('africa'));
    const first = cachedMapGeometry(fresh, ['KEN', 'UGA', 'TZA']);
    expect(cachedMapGeometry(fresh, ['TZA', 'KEN', 'UGA'])).toBe(first);
    expect(cachedMapGeometry(fresh, ['TZA', 'KEN'])).not.toBe(first);
  });

  it('refuses a size no page holds', () => {
    for (const size of [{ width: 0 }, { width: Number.NaN }, { width: 1e6 }, { minAspect: 2, maxAspect: 1 }, { padding: 1 }]) {
      expect(() => mapGeometry(atlas, ['KEN'], { ...DEFAULT_MAP_SIZE, ...size }), JSON.stringify(size)).toThrow(RangeError);
    }
    expect(mapGeometry(atlas, ['KEN'], { width: 400, minAspect: 0.5, maxAspect: 0.5, padding: 8 })).toMatchObject({ width: 400, height: 200 });
  });

  it('refuses data that is not the countries TopoJSON', () => {
    expect(() => indexWorldAtlas({ type: 'Topology', objects: {} })).toThrow(/not the countries TopoJSON/);
    expect(() => indexWorldAtlas(null)).toThrow(/not the countries TopoJSON/);
  });

  it("is not in the app's first bundle: nothing main.tsx reaches by static imports imports the atlas", () => {
    // The printed report is another page (renderer/reports/report-main.tsx) and may import it statically.
    const reached = new Set<string>();
    const visit = (file: string) => {
      if (reached.has(file)) return;
      reached.add(file);
      const text = fs.readFileSync(file, 'utf8');
      for (const [, specifier] of text.matchAll(/^import (?!type )[^;]*?from '(\.[^']+)';/gms)) {
        const base = path.resolve(path.dirname(file), specifier!);
        const resolved = ['', '.ts', '.tsx', '/index.ts'].map((ending) => base + ending).find((candidate) => fs.existsSync(candidate) && fs.statSync(candidate).isFile());
        if (resolved && /\.tsx?$/.test(resolved)) visit(resolved);
      }
    };
    visit(path.join(ROOT, 'renderer/main.tsx'));
    expect(reached.size).toBeGreaterThan(50);
    const staticImporters = [...reached].filter((file) => /^import [^;]*from 'world-atlas/m.test(fs.readFileSync(file, 'utf8')));
    expect(staticImporters).toEqual([]);
    const text = fs.readFileSync(path.join(ROOT, 'renderer/maps/world-atlas.ts'), 'utf8');
    expect(text).toMatch(/import\('world-atlas\/countries-50m\.json'\)/);
    expect(text).not.toMatch(/^import .*world-atlas/m);
  });
});
