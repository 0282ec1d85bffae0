import { renderToStaticMarkup } from 'react-dom/server';
import { beforeAll, describe, expect, it } from 'vitest';
import { countryName } from '../../../renderer/countries/country-names';
import { catalogs } from '../../../renderer/i18n/catalogs';
import type { CoverageCountry } from '../../../renderer/maps/coverage-items';
import { CoverageList } from '../../../renderer/maps/coverage-list';
import { CoverageMap } from '../../../renderer/maps/coverage-map';
import { loadMapGeometry, type MapGeometry } from '../../../renderer/maps/world-geometry';
import { LANGUAGES, type Language } from '../../../shared/i18n/languages';
import { COVERAGE_STATUSES } from '../../../shared/picture/picture-types';
import { demoCoverage, words } from './map-fixtures';

const decode = (text: string) => text.replace(/&#x27;/g, "'").replace(/&quot;/g, '"').replace(/&amp;/g, '&');
/** The values of one attribute, in document order, on the elements (of `tag`, holding `having`) that have it. */
function attributes(html: string, name: string, { tag = '[a-z]+', having = '' }: { tag?: string; having?: string } = {}): string[] {
  return [...html.matchAll(new RegExp(`<(?:${tag})\\b([^>]*)>`, 'g'))]
    .map((match) => match[1]!)
    .filter((inside) => inside.includes(having))
    .flatMap((inside) => {
      const value = inside.match(new RegExp(`\\s${name}="([^"]*)"`));
      return value ? [decode(value[1]!)] : [];
    });
}

const africa = demoCoverage('africa');
let africaMap: MapGeometry;
const nameIn = (language: Language) => (code: string) => countryName(code, language) ?? code;

beforeAll(async () => {
  africaMap = await loadMapGeometry(africa.map(({ code }) => code));
});

function renderMap(language: Language, interactive: boolean, countries = africa, geometry = africaMap) {
  return renderToStaticMarkup(<CoverageMap countries={countries} geometry={geometry} countryName={nameIn(language)} words={words(language)} interactive={interactive} />);
}

function renderList(language: Language, countries = africa, geometry: MapGeometry | null = africaMap) {
  return renderToStaticMarkup(<CoverageList countries={countries} geometry={geometry} countryName={nameIn(language)} words={words(language)} />);
}

describe('CoverageMap and CoverageList', () => {
  // The keyboard's order through them is the list's: tests/renderer/maps/coverage-map.browser.test.ts.
  it("has as focusable countries exactly the list's rows, and the rows sorted by name in the language", () => {
    for (const language of ['en', 'ar', 'zh'] as const) {
      const map = renderMap(language, true);
      const focusable = attributes(map, 'data-country', { tag: 'g|li', having: 'tabindex=' });
      const rows = attributes(renderList(language), 'data-country', { tag: 'tr' });
      expect(focusable.length).toBe(africa.length);
      expect(new Set(focusable)).toEqual(new Set(rows));
      expect(new Set(rows)).toEqual(new Set(africa.map(({ code }) => code)));
      expect(rows).toHaveLength(africa.length);
      const names = rows.map((code) => nameIn(language)(code));
      expect(names).toEqual([...names].sort(new Intl.Collator(language === 'ar' ? 'ar-u-nu-latn' : language).compare));
      // One tab stop for the whole map.
      expect(map.match(/tabindex="0"/g)).toHaveLength(1);
    }
  });

  it('draws each status with its own texture and colour, as vector paths cut to the country, never a pattern fill', () => {
    const map = renderMap('en', true);
    const looks = new Map<string, Set<string>>();
    for (const country of africa) {
      const group = map.match(new RegExp(`data-country="${country.code}"[^>]*>(?:<title>[^<]*</title>)?<path d="[^"]*" fill="([^"]+)"(.*?)</g>`));
      if (!group) continue; // not drawn: checked with the undrawable ones
      const textures = [...group[2]!.matchAll(/<path d="([^"]+)"([^>]*)data-texture="(\w+)"/g)].map(([, d, inside, texture]) => ({ d: d!, inside: inside!, texture: texture! }));
      // Cut to the country by arithmetic, every point within the country's box: no clip path.
      const shape = africaMap.countries.find((one) => one.code === country.code)!;
      const [[x0, y0], [x1, y1]] = shape.marker
        ? [[shape.marker.cx - shape.marker.r, shape.marker.cy - shape.marker.r], [shape.marker.cx + shape.marker.r, shape.marker.cy + shape.marker.r]]
        : [[Infinity, Infinity], [-Infinity, -Infinity]];
      const points = [...shape.d.matchAll(/(-?[\d.]+),(-?[\d.]+)/g)].map(([, x, y]) => [Number(x), Number(y)] as const);
      const box = { x0: Math.min(x0, ...points.map((p) => p[0])), y0: Math.min(y0, ...points.map((p) => p[1])), x1: Math.max(x1, ...points.map((p) => p[0])), y1: Math.max(y1, ...points.map((p) => p[1])) };
      for (const texture of textures) {
        expect(texture.inside).not.toContain('clip-path');
        for (const [, x, y] of texture.d.matchAll(/(-?[\d.]+),(-?[\d.]+)/g)) {
          expect(Number(x)).toBeGreaterThanOrEqual(box.x0 - 0.01);
          expect(Number(x)).toBeLessThanOrEqual(box.x1 + 0.02);
          expect(Number(y)).toBeGreaterThanOrEqual(box.y0 - 0.01);
          expect(Number(y)).toBeLessThanOrEqual(box.y1 + 0.01);
        }
      }
      const look = `${group[1]} ${[...new Set(textures.map(({ texture }) => texture))].join(',') || 'solid'}`;
      looks.set(country.status, (looks.get(country.status) ?? new Set()).add(look));
    }
    expect([...looks.keys()].sort()).toEqual([...COVERAGE_STATUSES].sort());
    // One look per status, and three distinct ones: a solid blue, white with a hatch, white with dots.
    const each = COVERAGE_STATUSES.map((status) => [...looks.get(status)!]);
    for (const one of each) expect(one).toHaveLength(1);
    expect(each.flat()).toEqual(['#005289 solid', '#ffffff hatch', '#ffffff dots']);
    expect(map).not.toContain('<pattern');
    expect(map).not.toMatch(/fill="url\(/);
    // The legend's swatches carry the same textures.
    for (const [status, texture] of [['non_resident', 'hatch'], ['not_covered', 'dots']] as const) {
      expect(map).toMatch(new RegExp(`<li data-status="${status}"><svg class="coverage-swatch"[^>]*><rect [^>]*></rect><path d="M[^"]+"[^>]*data-texture="${texture}"></path></svg>`));
    }
    expect(map).toMatch(/<li data-status="resident"><svg class="coverage-swatch"[^>]*><rect [^>]*fill="#005289"[^>]*><\/rect><\/svg>/);
  });

  it('names each country with its office, for the tooltip and the screen reader', () => {
    const map = renderMap('en', true);
    expect(attributes(map, 'aria-label', { having: 'data-country="KEN"' })).toEqual(['Kenya — resident office KEN-RH']);
    expect(map).toContain('<title>Kenya — resident office KEN-RH</title>');
    expect(attributes(map, 'aria-label', { having: 'data-country="SSD"' })).toEqual(['South Sudan — non-resident, covered from KEN-RH']);
    const french = renderMap('fr', true);
    expect(attributes(french, 'aria-label', { having: 'data-country="KEN"' })).toEqual(['Kenya — bureau résident KEN-RH']);
  });

  it('lists the countries the map cannot draw under it and in the table, and attributes no grey shape', () => {
    expect(africaMap.undrawable).toEqual(['MYT', 'REU']);
    const map = renderMap('en', true);
    const under = map.match(/<div class="coverage-map__undrawable">(.*?)<\/div>/)![1]!;
    expect(attributes(under, 'data-country')).toEqual(['MYT', 'REU']);
    const list = renderList('en');
    for (const code of ['MYT', 'REU']) expect(list).toMatch(new RegExp(`data-country="${code}"><th scope="row">[^<]+<span class="coverage-list__note"> \\(not drawn on the map\\)`));
    expect(list.match(/not drawn on the map/g)).toHaveLength(2);
    // Context shapes carry no country and no status.
    const context = map.match(/<g aria-hidden="true" fill="#e3e6e9"[^>]*>(.*?)<\/g>/)![1]!;
    expect(context).not.toMatch(/data-country|url\(#/);
    expect((context.match(/<path /g) ?? []).length).toBe(africaMap.context.length);
  });

  it('prints a still image: no tab stops, no handlers, one accessible name', () => {
    const map = renderMap('en', false);
    expect(map).not.toMatch(/tabindex/);
    expect(map).toMatch(/<svg class="coverage-map__svg" viewBox="[^"]+" role="img" aria-label="Coverage map"/);
    expect(map).not.toContain('coverage-map__caption');
  });

  it('has the legend, each status in words beside its swatch, and the UN disclaimer, in six languages', () => {
    for (const language of LANGUAGES) {
      const map = renderMap(language, true);
      const catalog = (catalogs[language] as { maps: { status: Record<string, string>; disclaimer: string } }).maps;
      for (const status of COVERAGE_STATUSES) {
        expect(map).toMatch(new RegExp(`<li data-status="${status}"><svg class="coverage-swatch"[^>]*>.*?</svg><span>${catalog.status[status]!.replace(/[()]/g, '\\$&')}</span></li>`));
      }
      expect(decode(map)).toContain(`<figcaption class="coverage-map__disclaimer">${catalog.disclaimer}</figcaption>`);
    }
    expect(decode(renderMap('en', false))).toContain(
      'The boundaries and names shown and the designations used on this map do not imply official endorsement or acceptance by the United Nations.',
    );
  });

  it('gives every map on a page its own ids, and draws nothing that refers to an id (no pattern, no clip path)', () => {
    const map = <CoverageMap countries={africa} geometry={africaMap} countryName={nameIn('en')} words={words('en')} interactive />;
    const page = renderToStaticMarkup(
      <>
        {map}
        {map}
      </>,
    );
    const ids = attributes(page, 'id');
    expect(ids.length).toBe(2); // the keyboard hint of each map
    expect(new Set(ids).size).toBe(ids.length);
    expect(page).not.toMatch(/url\(#|<pattern|<clipPath/);
    // Every textured country has its texture: 2 per map at least of hatch and of dots.
    expect((page.match(/data-texture="hatch"/g) ?? []).length).toBeGreaterThan(4);
    expect((page.match(/data-texture="dots"/g) ?? []).length).toBeGreaterThan(4);
  });

  it('shows a country the geometry lacks as undrawable, and a drawn country the data lacks as grey context', () => {
    const some = africa.filter(({ code }) => ['KEN', 'UGA'].includes(code));
    const withExtra = [...some, { code: 'TUV', status: 'not_covered' as const, offices: [] }];
    const map = renderMap('en', true, withExtra);
    expect(attributes(map, 'data-country')).toEqual(['KEN', 'UGA', 'TUV']); // drawn, then those under the map
    const context = map.match(/<g aria-hidden="true" fill="#e3e6e9"[^>]*>(.*?)<\/g>/)![1]!;
    expect((context.match(/<path /g) ?? []).length).toBe(africaMap.context.length + africaMap.countries.length - 2);
    expect(attributes(renderList('en', withExtra), 'data-country')).toEqual(['KEN', 'TUV', 'UGA']);
  });

  it('says "none" for the offices of a country not covered, and both offices of a country covered twice', () => {
    const twice: CoverageCountry[] = [
      { code: 'KEN', status: 'resident', offices: [{ officeCode: 'KEN-RH', resident: true }, { officeCode: 'ETH-CO', resident: false }] },
      { code: 'SOM', status: 'not_covered', offices: [] },
    ];
    const list = renderList('en', twice, null);
    expect(list).toContain('<td>resident office KEN-RH and non-resident, covered from ETH-CO</td>');
    expect(list).toMatch(/data-country="SOM"><th scope="row">Somalia<\/th><td><svg[^]*?<\/svg>Not covered<\/td><td>none<\/td>/);
    expect(list).not.toContain('not drawn on the map');
  });
});
