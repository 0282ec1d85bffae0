import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { DistributionStrip, type StripValue } from '../../../renderer/charts/distribution-strip';
import { decode, elements, formatIn, markWith, texts, wordsIn } from './chart-fixtures';

const en = wordsIn('en');
const format = formatIn('en');

const VALUES: StripValue[] = [
  { id: 'a', label: 'KEN-RH', score: 72.5 },
  { id: 'b', label: 'UGA-CO', score: 60 },
  { id: 'c', label: 'ETH-SO', score: 8 },
  { id: 'd', label: 'MWI-CO', score: 66 },
  { id: 'e', label: 'TZA-CO', score: 81 },
  { id: 'f', label: 'RWA-CO', score: null },
];
const STATS = { n: 5, min: 8, q1: 60, median: 66, q3: 72.5, max: 81 };

function render(props: Partial<Parameters<typeof DistributionStrip>[0]> = {}): string {
  return renderToStaticMarkup(
    <DistributionStrip values={VALUES} stats={STATS} outlierIds={['c']} highlightId="a" words={en} format={format} title="P1.1 across the region" {...props} />,
  );
}

const num = (value: string | undefined) => Number(value);

function scale(markup: string): (value: number) => number {
  const baseline = markWith(markup, 'line', 'baseline');
  const x0 = num(baseline.x1);
  const x100 = num(baseline.x2);
  return (value) => x0 + ((x100 - x0) * value) / 100;
}

describe('DistributionStrip', () => {
  it('fits a table cell: 160 × 28 by default, in a viewBox', () => {
    const svg = elements(render(), 'svg')[0]!;
    expect([svg.width, svg.height, svg.viewBox]).toEqual(['160', '28', '0 0 160 28']);
    expect(svg.role).toBe('img');
    expect(svg['aria-label']).toBe('P1.1 across the region');
  });

  it('draws the box from q1 to q3 and the median line from the given statistics', () => {
    for (const size of [{}, { width: 480, height: 64 }]) {
      const markup = render(size);
      const at = scale(markup);
      const box = markWith(markup, 'rect', 'box');
      expect(num(box.x)).toBeCloseTo(at(60), 1);
      expect(num(box.width)).toBeCloseTo(at(72.5) - at(60), 1);
      const median = markWith(markup, 'line', 'median');
      expect(num(median.x1)).toBeCloseTo(at(66), 1);
      expect(num(median.y1)).toBeLessThan(num(box.y));
    }
  });

  it('puts a dot per office with a score at its score, outliers as crosses, the highlighted office ringed and labelled', () => {
    const markup = render();
    const at = scale(markup);
    expect(markWith(markup, 'circle', 'office-b')['data-shape']).toBe('dot');
    expect(num(markWith(markup, 'circle', 'office-b').cx)).toBeCloseTo(at(60), 1);
    const outlier = markWith(markup, 'path', 'office-c');
    expect(outlier['data-shape']).toBe('outlier');
    expect(outlier.d).toMatch(new RegExp(`^M${(Math.round((at(8) - 2.5) * 100) / 100).toString().replace('.', '\\.')},`));
    const highlight = markWith(markup, 'g', 'office-a');
    expect(highlight['data-shape']).toBe('highlight');
    expect(texts(markup)).toContain('KEN-RH 72.5');
    expect(markup).not.toContain('office-f');
    const shapes = elements(markup, '(?:circle|path|g)').filter((element) => element['data-mark']?.startsWith('office-')).map((element) => element['data-shape']);
    expect(shapes.sort()).toEqual(['dot', 'dot', 'dot', 'highlight', 'outlier']);
  });

  it('says the distribution in words, with the outliers and the highlighted office', () => {
    const desc = decode(/<desc[^>]*>([^<]*)<\/desc>/.exec(render())![1]!);
    expect(desc).toBe('Offices: 5; lowest 8, first quartile 60, median 66, third quartile 72.5, highest 81. Outliers: ETH-SO (8). KEN-RH: score 72.5.');
    const none = decode(/<desc[^>]*>([^<]*)<\/desc>/.exec(render({ stats: null, outlierIds: [], highlightId: null }))![1]!);
    expect(none).toBe('Offices with a score: 5.');
  });

  it('shows the axis numbers only when tall enough, and a legend on request', () => {
    expect(texts(render())).toEqual(['KEN-RH 72.5']);
    const tall = render({ width: 480, height: 64, thresholds: { amber: 60, green: 80 }, showLegend: true });
    expect(texts(tall)).toEqual(expect.arrayContaining(['0', '60', '80', '100', 'Middle half of offices (Q1–Q3)', 'Median', 'Outlier', 'KEN-RH']));
    expect(num(elements(tall, 'svg')[0]!.height)).toBeGreaterThan(64);
  });

  it('keeps the highlighted label inside the chart at the ends of the scale', () => {
    const markup = render({ values: [{ id: 'a', label: 'KEN-RH', score: 100 }], stats: null, outlierIds: [] });
    const label = elements(markup, 'text')[0]!;
    expect(num(label.x)).toBeLessThan(160 - 20);
  });

  it('mirrors for right-to-left', () => {
    const ltr = render();
    const rtl = render({ dir: 'rtl' });
    expect(num(markWith(rtl, 'line', 'median').x1)).toBeCloseTo(160 - num(markWith(ltr, 'line', 'median').x1), 1);
    expect(num(markWith(rtl, 'line', 'baseline').x1)).toBeCloseTo(160 - num(markWith(ltr, 'line', 'baseline').x1), 1);
    expect(elements(rtl, 'svg')[0]!.direction).toBe('rtl');
  });
});
