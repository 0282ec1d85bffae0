import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { boxesOverlap, textBox } from '../../../renderer/charts/chart-frame';
import { mirrorScene, type Scene } from '../../../renderer/charts/chart-scene';
import { distributionStripLayout } from '../../../renderer/charts/distribution-strip-layout';
import { perspectiveBarsLayout } from '../../../renderer/charts/perspective-bars-layout';
import { radarLayout } from '../../../renderer/charts/radar-layout';
import { rankedBarsLayout, rankItems } from '../../../renderer/charts/ranked-bars-layout';
import { LANGUAGES, type Language } from '../../../shared/i18n/languages';
import type { AggregateBand } from '../../../shared/scoring/band';
import { formatIn, wordsIn } from './chart-fixtures';

/**
 * "Text never overlaps at the sizes used", checked on the layouts by the same box rule the
 * layouts use (tests/renderer/charts/charts-print.test.ts checks in Chromium that the real
 * glyphs fit inside those boxes). Labels are the default framework's own titles in all six
 * languages, plus arbitrary strings.
 */

const FRAMEWORK = JSON.parse(fs.readFileSync(path.resolve(import.meta.dirname, '../../../resources/frameworks/fieldscore-default-1.0.0.json'), 'utf8')) as {
  bands: { aggregate: { green: number; amber: number } };
  perspectives: { id: string; title: Record<Language, string>; indicators: { title: Record<Language, string> }[] }[];
};
const TITLES = FRAMEWORK.perspectives.flatMap((perspective) => [perspective.title, ...perspective.indicators.map((indicator) => indicator.title)]);
const BANDS: AggregateBand[] = ['green', 'amber', 'red', 'insufficient_data'];

function overlaps(scene: Scene): string[] {
  const boxes = scene.texts.map((text) => ({ text, box: textBox(text) }));
  const problems: string[] = [];
  boxes.forEach((a, i) => {
    for (const b of boxes.slice(i + 1)) {
      if (boxesOverlap(a.box, b.box)) problems.push(`"${a.text.text}" (${a.text.key}) overlaps "${b.text.text}" (${b.text.key})`);
    }
    const { x0, x1, y0, y1 } = a.box;
    if (x0 < -0.01 || x1 > scene.width + 0.01 || y0 < -0.01 || y1 > scene.height + 0.01) {
      problems.push(`"${a.text.text}" (${a.text.key}) leaves the chart: ${JSON.stringify(a.box)} in ${scene.width}×${scene.height}`);
    }
  });
  return problems;
}

const language = fc.constantFrom(...LANGUAGES);
const score = fc.oneof(fc.constant(null), fc.constantFrom(0, 100, 59.9, 60, 80), fc.double({ min: 0, max: 100, noNaN: true }).map((value) => Math.round(value * 10) / 10));
const label = (lang: Language) =>
  fc.oneof(
    fc.constantFrom(...TITLES.map((title) => title[lang])),
    fc.string({ minLength: 1, maxLength: 60 }),
    fc.constantFrom('KEN-RH', 'MWI-CO', 'ЩШЖЮ-ММ', 'WWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWW'),
  );
const thresholds = fc.oneof(
  fc.constant(FRAMEWORK.bands.aggregate),
  fc.constant(null),
  fc.tuple(fc.integer({ min: 1, max: 98 }), fc.integer({ min: 1, max: 10 })).map(([amber, step]) => ({ amber, green: Math.min(100, amber + step) })),
);

describe('chart layouts: no text overlaps another or leaves the chart', () => {
  it('PerspectiveBars', () => {
    fc.assert(
      fc.property(
        language.chain((lang) =>
          fc.record({
            lang: fc.constant(lang),
            width: fc.integer({ min: 300, max: 900 }),
            thresholds,
            bars: fc.array(
              fc.record({
                label: label(lang),
                score,
                band: fc.constantFrom(...BANDS),
                region: fc.option(fc.tuple(score, score, score), { nil: undefined }),
                network: fc.option(score, { nil: undefined }),
              }),
              { minLength: 1, maxLength: 9 },
            ),
          }),
        ),
        ({ lang, width, thresholds: bands, bars }) => {
          const scene = perspectiveBarsLayout({
            bars: bars.map((bar, index) => {
              const [a, b, c] = (bar.region ?? [null, null, null]).map((value) => value ?? 50).sort((x, y) => x - y) as [number, number, number];
              return {
                id: `P${index}`,
                label: bar.label,
                score: bar.score,
                band: bar.score === null ? 'insufficient_data' : bar.band,
                total: index === bars.length - 1,
                benchmark: { region: bar.region ? { q1: a, median: b, q3: c } : null, network: bar.network === undefined || bar.network === null ? null : { median: bar.network } },
              };
            }),
            thresholds: bands,
            words: wordsIn(lang),
            format: formatIn(lang),
            width,
            showLegend: true,
          });
          expect(overlaps(scene)).toEqual([]);
          expect(overlaps(mirrorScene(scene))).toEqual([]);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('RadarChart, 3 to 8 axes', () => {
    fc.assert(
      fc.property(
        language.chain((lang) =>
          fc.record({
            lang: fc.constant(lang),
            radius: fc.integer({ min: 60, max: 160 }),
            axes: fc.array(fc.record({ label: label(lang), score, median: fc.option(score, { nil: undefined }) }), { minLength: 3, maxLength: 8 }),
            office: label(lang),
          }),
        ),
        ({ lang, radius, axes, office }) => {
          const scene = radarLayout({
            axes: axes.map((axis, index) => ({ id: `A${index}`, label: axis.label, score: axis.score, band: axis.score === null ? 'insufficient_data' : 'amber', median: axis.median })),
            words: wordsIn(lang),
            format: formatIn(lang),
            officeLabel: office,
            medianLabel: wordsIn(lang).regionMedian,
            radius,
            showLegend: true,
          });
          expect(overlaps(scene)).toEqual([]);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('DistributionStrip, from a table cell up', () => {
    fc.assert(
      fc.property(
        fc.record({
          lang: language,
          width: fc.integer({ min: 120, max: 700 }),
          height: fc.integer({ min: 24, max: 120 }),
          scores: fc.array(score, { minLength: 1, maxLength: 60 }),
          highlight: fc.nat(),
          legend: fc.boolean(),
        }),
        ({ lang, width, height, scores, highlight, legend }) => {
          const values = scores.map((value, index) => ({ id: `o${index}`, label: `OFF-${index}`, score: value }));
          const scene = distributionStripLayout({
            values,
            stats: { n: 3, min: 10, q1: 20, median: 50, q3: 70, max: 90 },
            outlierIds: ['o0'],
            highlightId: `o${highlight % values.length}`,
            thresholds: FRAMEWORK.bands.aggregate,
            words: wordsIn(lang),
            format: formatIn(lang),
            width,
            height,
            showLegend: legend,
          });
          expect(overlaps(scene)).toEqual([]);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('RankedBars', () => {
    fc.assert(
      fc.property(
        language.chain((lang) =>
          fc.record({
            lang: fc.constant(lang),
            width: fc.integer({ min: 300, max: 900 }),
            items: fc.array(fc.record({ label: label(lang), score }), { minLength: 1, maxLength: 40 }),
            median: fc.option(score, { nil: undefined }),
            thresholds,
          }),
        ),
        ({ lang, width, items, median, thresholds: bands }) => {
          const scene = rankedBarsLayout({
            rows: rankItems(items.map((item, index) => ({ id: `o${index}`, label: item.label, score: item.score, band: item.score === null ? 'insufficient_data' : 'red' }))),
            thresholds: bands,
            words: wordsIn(lang),
            format: formatIn(lang),
            width,
            median: median === undefined || median === null ? null : { value: median, label: wordsIn(lang).regionMedian },
            showLegend: true,
          });
          expect(overlaps(scene)).toEqual([]);
        },
      ),
      { numRuns: 150 },
    );
  });
});
