import fs from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { build } from 'esbuild';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countryName } from '../../../renderer/countries/country-names';
import type { CoverageCountry } from '../../../renderer/maps/coverage-items';
import { loadMapGeometry, type MapGeometry } from '../../../renderer/maps/world-geometry';
import type { Language } from '../../../shared/i18n/languages';
import { demoCoverage } from './map-fixtures';

/**
 * The coverage map's keyboard, pointer and direction in real Chromium (Debian's): the map and
 * its list, bundled from the real components with esbuild (no dist/ needed), fed the geometry
 * computed here from the real atlas. Page images go to test-results/maps/.
 */

const ROOT = path.resolve(import.meta.dirname, '../../..');
const ARTEFACTS = path.join(ROOT, 'test-results', 'maps');
let browser: Browser;
let script: string;
let style: string;
let africa: CoverageCountry[];
let geometry: MapGeometry;

beforeAll(async () => {
  const bundle = await build({
    entryPoints: [path.join(import.meta.dirname, 'fixtures', 'map-harness.tsx')],
    bundle: true,
    write: false,
    format: 'iife',
    outdir: '/virtual',
    jsx: 'automatic',
    define: { 'process.env.NODE_ENV': '"development"' },
    logLevel: 'silent',
  });
  script = bundle.outputFiles.find((file) => file.path.endsWith('.js'))!.text;
  style = bundle.outputFiles.find((file) => file.path.endsWith('.css'))!.text;
  africa = demoCoverage('africa');
  geometry = await loadMapGeometry(africa.map(({ code }) => code));
  browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  fs.mkdirSync(ARTEFACTS, { recursive: true });
}, 120_000);

afterAll(async () => {
  await browser?.close();
});

async function open(language: Language, { lazy = false } = {}): Promise<Page> {
  // A context of its own (axe's builder asks for one), closed with the page.
  const context = await browser.newContext({ viewport: { width: 1000, height: 900 } });
  const page = await context.newPage();
  page.on('close', () => void context.close());
  // Nothing may come from the network: the page is set as content and every request is refused.
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  await page.route('**/*', (route) => route.abort());
  await page.setContent(`<!doctype html><html><head><title>Map</title><style>${style}</style></head><body><div id="root"></div></body></html>`);
  await page.evaluate((input) => Object.assign(window, { mapInput: input }), { language, countries: africa, geometry: lazy ? null : geometry });
  await page.addScriptTag({ content: script });
  await page.locator('.coverage-list tbody tr').first().waitFor();
  expect(requests.filter((url) => !url.startsWith('about:') && !url.startsWith('data:'))).toEqual([]);
  return page;
}

const focusedCountry = (page: Page) => page.evaluate(() => document.activeElement?.getAttribute('data-country') ?? null);
const caption = (page: Page) => page.locator('.coverage-map__caption').innerText();
const listOrder = (page: Page) => page.locator('.coverage-list tbody tr').evaluateAll((rows) => rows.map((row) => row.getAttribute('data-country')!));

/** WCAG 2.2 A and AA and axe's best practices, as tests/e2e/fixtures/axe.ts scans the app's screens. */
async function seriousViolations(page: Page, mustPass: readonly string[]): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze();
  // A scan that checked nothing would pass as clean.
  expect(results.passes.map((rule) => rule.id)).toEqual(expect.arrayContaining(['html-has-lang', 'aria-allowed-attr', 'aria-hidden-focus', 'svg-img-alt', 'th-has-data-cells', ...mustPass]));
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.impact} ${violation.id}: ${violation.help} — ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
}

describe('CoverageMap in Chromium', () => {
  it('is one Tab stop; the arrow keys go through every country in the order of the list; focus is ringed and captioned', async () => {
    const page = await open('en');
    try {
      const order = await listOrder(page);
      expect(order).toHaveLength(africa.length);
      await page.keyboard.press('Tab');
      expect(await focusedCountry(page)).toBe(order[0]);
      const visited = [order[0]];
      for (let step = 1; step < order.length; step++) {
        await page.keyboard.press('ArrowRight');
        visited.push((await focusedCountry(page))!);
      }
      expect(visited).toEqual(order); // the undrawable ones (Mayotte, Réunion) in their place
      await page.keyboard.press('ArrowRight'); // past the last: stays
      expect(await focusedCountry(page)).toBe(order.at(-1));
      await page.keyboard.press('Home');
      expect(await focusedCountry(page)).toBe(order[0]);
      await page.keyboard.press('End');
      expect(await focusedCountry(page)).toBe(order.at(-1));

      // Kenya: its caption, and a ring drawn on its own outline.
      for (let index = order.length - 1; index > order.indexOf('KEN'); index--) await page.keyboard.press('ArrowUp');
      expect(await focusedCountry(page)).toBe('KEN');
      expect(await caption(page)).toBe('Kenya — resident office KEN-RH');
      const kenyaPath = await page.locator('g[data-country="KEN"] path').getAttribute('d');
      expect(await page.locator('.coverage-map__ring path').first().getAttribute('d')).toBe(kenyaPath);

      // Tab leaves the map; Shift+Tab comes back to the country last focused.
      await page.keyboard.press('Tab');
      expect(await focusedCountry(page)).toBeNull();
      await page.keyboard.press('Shift+Tab');
      expect(await focusedCountry(page)).toBe('KEN');

      // A focused country's accessible name is its caption.
      const snapshot = await page.locator('g[data-country="KEN"]').ariaSnapshot();
      expect(snapshot).toContain('Kenya — resident office KEN-RH');
      await page.locator('figure.coverage-map').screenshot({ path: path.join(ARTEFACTS, 'coverage-map-en.png') });
    } finally {
      await page.close();
    }
  }, 120_000);

  it('captions the country under the pointer, and keeps the keyboard ring where it was', async () => {
    const page = await open('en');
    try {
      await page.keyboard.press('Tab');
      const first = (await focusedCountry(page))!;
      await page.locator('g[data-country="NGA"]').hover();
      expect(await caption(page)).toBe('Nigeria — resident office NGA-RH');
      expect(await page.locator('.coverage-map__ring').count()).toBe(first === 'NGA' ? 1 : 2);
      expect(await page.locator('g[data-country="NGA"] title').textContent()).toBe('Nigeria — resident office NGA-RH');
      await page.mouse.move(2, 2); // off the countries: the caption goes back to the focused one
      const label = await page.locator(`[data-country="${first}"]`).first().getAttribute('aria-label');
      expect(label).toMatch(new RegExp(`^${countryName(first, 'en')} — `));
      expect(await caption(page)).toBe(label);
    } finally {
      await page.close();
    }
  }, 120_000);

  it('mirrors the legend and the keys in Arabic, not the map', async () => {
    const page = await open('ar');
    try {
      const order = await listOrder(page);
      await page.keyboard.press('Tab');
      await page.keyboard.press('ArrowLeft'); // next, in a right-to-left reading
      expect(await focusedCountry(page)).toBe(order[1]);
      await page.keyboard.press('ArrowRight');
      expect(await focusedCountry(page)).toBe(order[0]);

      const legend = await page.locator('.coverage-map__legend li').evaluateAll((items) => items.map((item) => item.getBoundingClientRect().left));
      expect(legend[0]).toBeGreaterThan(legend.at(-1)!); // first on the right
      const x = async (code: string) => (await page.locator(`g[data-country="${code}"]`).boundingBox())!.x;
      expect(await x('SEN')).toBeLessThan(await x('KEN')); // west still on the left
      const swatch = (await page.locator('.coverage-map__legend li').first().locator('svg').boundingBox())!;
      const word = (await page.locator('.coverage-map__legend li').first().locator('span').boundingBox())!;
      expect(swatch.x).toBeGreaterThan(word.x); // the swatch leads, on the right
      expect(await page.locator('.coverage-map__disclaimer').innerText()).toContain('الأمم المتحدة');
      await page.locator('figure.coverage-map').screenshot({ path: path.join(ARTEFACTS, 'coverage-map-ar.png') });
    } finally {
      await page.close();
    }
  }, 120_000);

  it('loads the atlas on demand, from the bundle alone, and draws the same map as Node', async () => {
    const page = await open('en', { lazy: true });
    try {
      const drawn = await page.locator('g[data-country]').evaluateAll((groups) => groups.map((group) => [group.getAttribute('data-country'), group.querySelector('path')!.getAttribute('d')]));
      const fromNode = new Map(geometry.countries.map((shape) => [shape.code, shape.d]));
      expect(drawn.length).toBe(geometry.countries.length);
      for (const [code, d] of drawn) expect(d, code!).toBe(fromNode.get(code!));
    } finally {
      await page.close();
    }
  }, 120_000);

  it('passes axe with no serious or critical violation, in English and in Arabic', async () => {
    // axe checks the contrast of no text of this Arabic page (it reports the rule inapplicable
    // there), so the English page, in the same colours, is the one that must pass it.
    for (const [language, mustPass] of [['en', ['color-contrast']], ['ar', []]] as const) {
      const page = await open(language);
      try {
        await page.keyboard.press('Tab'); // with a focused country and its ring
        expect({ language, violations: await seriousViolations(page, mustPass) }).toEqual({ language, violations: [] });
      } finally {
        await page.close();
      }
    }
  }, 180_000);
});
