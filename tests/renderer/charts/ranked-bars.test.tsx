import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { RankedBars, rankItems, RANKED_ROW, type RankedItem } from '../../../renderer/charts/ranked-bars';
import { elements, formatIn, markWith, texts, wordsIn } from './chart-fixtures';

const en = wordsIn('en');
const format = formatIn('en');

const ITEMS: RankedItem[] = [
  { id: 'u', label: 'UGA-CO', score: 77.5, band: 'amber' },
  { id: 'k', label: 'KEN-RH', score: 91, band: 'green' },
  { id: 'r', label: 'RWA-CO', score: null, band: 'insufficient_data' },
  { id: 'm', label: 'MWI-CO', score: 77.5, band: 'amber' },
  { id: 'e', label: 'ETH-SO', score: 40, band: 'red' },
];

function render(items: RankedItem[] = ITEMS, props: Partial<Parameters<typeof RankedBars>[0]> = {}): string {
  return renderToStaticMarkup(<RankedBars rows={rankItems(items)} thresholds={{ amber: 60, green: 80 }} words={en} format={format} title="Ranking, Africa" {...props} />);
}

const num = (value: string | undefined) => Number(value);

describe('rankItems', () => {
  it('sorts by score, highest first; equal scores share a rank by code; no score last without a rank', () => {
    expect(rankItems(ITEMS).map((row) => [row.label, row.rank])).toEqual([
      ['KEN-RH', 1],
      ['MWI-CO', 2],
      ['UGA-CO', 2],
      ['ETH-SO', 4],
      ['RWA-CO', null],
    ]);
  });

  it('gives the same order whatever the input order', () => {
    const reversed = rankItems([...ITEMS].reverse());
    expect(reversed).toEqual(rankItems(ITEMS));
  });
});

describe('RankedBars', () => {
  it('draws the rows in rank order with code labels, bars on the scale and values at their ends', () => {
    const markup = render();
    const x0 = num(markWith(markup, 'line', 'grid-0').x1);
    const x100 = num(markWith(markup, 'line', 'grid-100').x1);
    const bar = markWith(markup, 'rect', 'bar-0-k');
    expect(num(bar.x)).toBeCloseTo(x0, 1);
    expect(num(bar.width)).toBeCloseTo(((x100 - x0) * 91) / 100, 1);
    expect(num(markWith(markup, 'rect', 'bar-3-e').width)).toBeCloseTo(((x100 - x0) * 40) / 100, 1);
    const all = texts(markup);
    expect(all.slice(0, 6)).toEqual(['1', 'KEN-RH', '91', '2', 'MWI-CO', '77.5']);
    expect(all).toContain('Insufficient data');
    expect(markup).not.toContain('bar-4-r');
    const ys = ['bar-0-k', 'bar-1-m', 'bar-2-u', 'bar-3-e'].map((key) => num(markWith(markup, 'rect', key).y));
    expect(ys).toEqual([...ys].sort((a, b) => a - b));
  });

  it('never shrinks text for a long list: the chart grows a row at a time', () => {
    const many = (count: number) => Array.from({ length: count }, (_, index) => ({ id: `o${index}`, label: `OFF-${index}`, score: (index * 7) % 100, band: 'red' as const }));
    const short = render(many(10), { showLegend: false });
    const long = render(many(200), { showLegend: false });
    const sizes = new Set(elements(long, 'text').map((text) => text['font-size']));
    expect([...sizes]).toEqual(['11']);
    const heightOf = (markup: string) => num(elements(markup, 'svg')[0]!.height);
    expect(heightOf(long) - heightOf(short)).toBeCloseTo(190 * RANKED_ROW, 6);
  });

  it('keeps ranks across pages the caller slices', () => {
    const rows = rankItems(ITEMS);
    const second = renderToStaticMarkup(<RankedBars rows={rows.slice(3)} thresholds={null} words={en} format={format} title="Page 2" showLegend={false} />);
    expect(texts(second).slice(0, 3)).toEqual(['4', 'ETH-SO', '40']);
  });

  it('draws a dashed reference line at the median, named in the legend and the description', () => {
    const markup = render(ITEMS, { median: { value: 66, label: 'Region median' } });
    const x0 = num(markWith(markup, 'line', 'grid-0').x1);
    const x100 = num(markWith(markup, 'line', 'grid-100').x1);
    const line = markWith(markup, 'line', 'median');
    expect(num(line.x1)).toBeCloseTo(x0 + ((x100 - x0) * 66) / 100, 1);
    expect(line['stroke-dasharray']).toBe('5 3');
    expect(texts(markup)).toContain('Region median');
    expect(markup).toContain('Rank 1: KEN-RH, score 91. Rank 2: MWI-CO, score 77.5.');
    expect(markup).toContain('Dashed line: Region median 66.');
  });

  it('mirrors for right-to-left: bars grow from the right', () => {
    const ltr = render();
    const rtl = render(ITEMS, { dir: 'rtl' });
    const width = num(elements(ltr, 'svg')[0]!.width);
    const l = markWith(ltr, 'rect', 'bar-0-k');
    const r = markWith(rtl, 'rect', 'bar-0-k');
    expect(num(r.x) + num(r.width)).toBeCloseTo(width - num(l.x), 1);
    expect(num(markWith(rtl, 'line', 'grid-0').x1)).toBeGreaterThan(num(markWith(rtl, 'line', 'grid-100').x1));
  });
});
