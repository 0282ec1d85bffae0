import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { PerspectiveBars, type PerspectiveBar } from '../../../renderer/charts/perspective-bars';
import { perspectiveBarsLayout } from '../../../renderer/charts/perspective-bars-layout';
import { decode, elements, formatIn, markWith, texts, wordsIn } from './chart-fixtures';

const en = wordsIn('en');
const format = formatIn('en');

const BARS: PerspectiveBar[] = [
  { id: 'P1', label: 'Office type and mandate', score: 75, band: 'amber', benchmark: { region: { median: 70, q1: 55, q3: 82.5 }, network: { median: 64 } } },
  { id: 'P2', label: 'Country coverage', score: 88.4, band: 'green' },
  { id: 'P3', label: 'Efficiency and working arrangements', score: 12.5, band: 'red' },
  { id: 'P4', label: 'Technical cooperation and UN reform engagement', score: null, band: 'insufficient_data' },
  { id: 'total', label: 'Total', score: 61.2, band: 'amber', total: true },
];

function render(dir: 'ltr' | 'rtl' = 'ltr', bars = BARS, width = 520): string {
  return renderToStaticMarkup(<PerspectiveBars bars={bars} thresholds={{ amber: 60, green: 80 }} words={en} format={format} title="Scores by perspective, KEN-RH" dir={dir} width={width} />);
}

const num = (value: string | undefined) => Number(value);

/** The axis as drawn: x of the 0 and 100 gridlines. */
function axis(markup: string): { x0: number; x100: number } {
  return { x0: num(markWith(markup, 'line', 'grid-0').x1), x100: num(markWith(markup, 'line', 'grid-100').x1) };
}

describe('PerspectiveBars', () => {
  it('draws each bar from 0 to its score on the axis scale', () => {
    const markup = render();
    const { x0, x100 } = axis(markup);
    const length = x100 - x0;
    expect(length).toBeGreaterThan(200);
    for (const bar of BARS.filter((b) => b.score !== null)) {
      const rect = markWith(markup, 'rect', `bar-${bar.id}`);
      expect(num(rect.x)).toBeCloseTo(x0, 1);
      expect(num(rect.width)).toBeCloseTo((length * bar.score!) / 100, 1);
      expect(rect['data-band']).toBe(bar.band);
    }
  });

  it('gives exactly the scale in the layout: 75 is three quarters of the axis', () => {
    const scene = perspectiveBarsLayout({ bars: BARS, thresholds: null, words: en, format, width: 520, showLegend: false });
    const x0 = scene.lines.find((line) => line.key === 'grid-0')!.x1;
    const x100 = scene.lines.find((line) => line.key === 'grid-100')!.x1;
    const bar = scene.rects.find((rect) => rect.key === 'bar-P1')!;
    expect(bar.x).toBe(x0);
    expect(bar.width / (x100 - x0)).toBeCloseTo(0.75, 9);
  });

  it('prints the score at the bar end, and the words instead of a bar when there is no score', () => {
    const markup = render();
    const { x0, x100 } = axis(markup);
    const all = texts(markup);
    expect(all).toContain('75');
    expect(all).toContain('88.4');
    expect(all).toContain('61.2');
    expect(all).toContain('Insufficient data');
    expect(elements(markup, 'rect').some((rect) => rect['data-mark'] === 'bar-P4')).toBe(false);
    const end = x0 + ((x100 - x0) * 75) / 100;
    const value = elements(markup, 'text').find((_, index) => texts(markup)[index] === '75')!;
    expect(num(value.x)).toBeCloseTo(end + 4, 1);
    expect(value['text-anchor']).toBe('start');
  });

  it('has gridlines at 0, the band thresholds and 100, the thresholds dashed', () => {
    const markup = render();
    const { x0, x100 } = axis(markup);
    for (const value of [60, 80]) {
      const line = markWith(markup, 'line', `grid-${value}`);
      expect(num(line.x1)).toBeCloseTo(x0 + ((x100 - x0) * value) / 100, 1);
      expect(line['stroke-dasharray']).toBe('3 3');
    }
    expect(texts(markup)).toEqual(expect.arrayContaining(['0', '60', '80', '100']));
  });

  it('draws the benchmarks: the region middle half from q1 to q3, its median, the network median', () => {
    const markup = render();
    const { x0, x100 } = axis(markup);
    const at = (value: number) => x0 + ((x100 - x0) * value) / 100;
    const range = markWith(markup, 'rect', 'range-P1');
    expect(num(range.x)).toBeCloseTo(at(55), 1);
    expect(num(range.width)).toBeCloseTo(at(82.5) - at(55), 1);
    expect(num(markWith(markup, 'line', 'region-median-P1').x1)).toBeCloseTo(at(70), 1);
    const network = markWith(markup, 'path', 'network-median-P1');
    expect(network['data-shape']).toBe('diamond');
    expect(network.d).toContain(`M${Math.round(at(64) * 100) / 100},`);
    expect(texts(markup)).toEqual(expect.arrayContaining(['Region median', 'Network median', 'Region: middle half of offices (Q1–Q3)']));
    // No benchmark legend without benchmarks.
    expect(texts(render('ltr', BARS.map(({ benchmark: _b, ...bar }) => bar)))).not.toContain('Region median');
  });

  it('mirrors for right-to-left: every x reflected, bars grow from the right, labels anchored at their other end', () => {
    const ltr = render('ltr');
    const rtl = render('rtl');
    const width = num(elements(ltr, 'svg')[0]!.width);
    for (const bar of ['P1', 'P2', 'P3', 'total']) {
      const l = markWith(ltr, 'rect', `bar-${bar}`);
      const r = markWith(rtl, 'rect', `bar-${bar}`);
      expect(num(r.x)).toBeCloseTo(width - num(l.x) - num(l.width), 1);
      expect(num(r.width)).toBeCloseTo(num(l.width), 6);
    }
    expect(axis(rtl).x0).toBeCloseTo(width - axis(ltr).x0, 1);
    expect(axis(rtl).x0).toBeGreaterThan(axis(rtl).x100);
    const ltrTexts = elements(ltr, 'text');
    const rtlTexts = elements(rtl, 'text');
    expect(rtlTexts.length).toBe(ltrTexts.length);
    ltrTexts.forEach((text, index) => {
      expect(num(rtlTexts[index]!.x)).toBeCloseTo(width - num(text.x), 1);
      const mirrored = { start: 'start', end: 'end', middle: 'middle' }[text['text-anchor']!];
      // Under direction="rtl", "start" is the right edge: the same logical anchor is the mirrored physical one.
      expect(rtlTexts[index]!['text-anchor']).toBe(mirrored);
    });
    expect(elements(rtl, 'svg')[0]!.direction).toBe('rtl');
  });

  it('gives each chart on a page its own ids, and draws its textures as paths, with no pattern to share', () => {
    const markup = renderToStaticMarkup(
      <div>
        <PerspectiveBars bars={BARS} thresholds={null} words={en} format={format} title="A" />
        <PerspectiveBars bars={BARS} thresholds={null} words={en} format={format} title="B" />
      </div>,
    );
    const svgs = markup.split('<svg').slice(1);
    expect(svgs).toHaveLength(2);
    const ids = svgs.map((svg) => [...svg.matchAll(/\sid="([^"]+)"/g)].map((match) => match[1]!));
    expect(ids[0]!.length).toBeGreaterThan(0);
    expect(ids[0]!.filter((id) => ids[1]!.includes(id))).toEqual([]);
    expect(markup).not.toContain('<pattern');
    expect(markup).not.toContain('url(#');
    const explicit = renderToStaticMarkup(<PerspectiveBars bars={BARS} thresholds={null} words={en} format={format} title="C" idPrefix="summary chart" />);
    expect(elements(explicit, 'desc').map((desc) => desc.id)).toEqual(['summary_chart-desc']);
  });

  it('is an image with a name and the numbers in words', () => {
    const markup = render();
    const svg = elements(markup, 'svg')[0]!;
    expect(svg.role).toBe('img');
    expect(svg['aria-label']).toBe('Scores by perspective, KEN-RH');
    expect(svg.viewBox).toBe(`0 0 ${svg.width} ${svg.height}`);
    const desc = decode(/<desc id="([^"]+)">([^<]*)<\/desc>/.exec(markup)![2]!);
    expect(svg['aria-describedby']).toBe(/<desc id="([^"]+)"/.exec(markup)![1]);
    expect(desc).toContain('Office type and mandate: score 75, Amber.');
    expect(desc).toContain('Region median 70, middle half 55 to 82.5. Network median 64.');
    expect(desc).toContain('Technical cooperation and UN reform engagement: no score (Insufficient data).');
    expect(desc).toContain('Total: score 61.2, Amber.');
    expect(markup).toContain('<title>Scores by perspective, KEN-RH</title>');
  });

  it('renders the same markup every time', () => {
    expect(render('rtl')).toBe(render('rtl'));
  });

  it('prints the legend with a texture and the word for every band', () => {
    const markup = render();
    for (const [band, word] of Object.entries(en.bands)) {
      expect(texts(markup)).toContain(word);
      expect(elements(markup, 'rect').some((rect) => rect['data-band'] === band)).toBe(true);
    }
    // Each textured band has its own texture, drawn as vector paths: hatch lines, lines both ways, dots.
    const textures = elements(markup, 'path').filter((path) => path['data-texture']);
    expect([...new Set(textures.map((path) => path['data-texture']))]).toEqual(['diagonal', 'cross', 'dots']);
    const one = (texture: string) => textures.find((path) => path['data-texture'] === texture)!;
    expect(one('diagonal').d).toMatch(/^(M[-\d.]+,[-\d.]+L[-\d.]+,[-\d.]+)+$/);
    expect(one('diagonal').stroke).toBe('#c98a00');
    expect(one('cross').stroke).toBe('#a4001d');
    // The cross-hatch runs both ways: segments going down-left and down-right.
    const slopes = [...one('cross').d!.matchAll(/M([-\d.]+),([-\d.]+)L([-\d.]+),([-\d.]+)/g)].map(([, x1, y1, x2, y2]) => Math.sign((Number(x2) - Number(x1)) * (Number(y2) - Number(y1))));
    expect(new Set(slopes)).toEqual(new Set([1, -1]));
    // Dots: round-capped strokes 0.01 long, as wide as a dot.
    expect(one('dots').d).toMatch(/^(M[-\d.]+,[-\d.]+h0\.01)+$/);
    expect(one('dots')).toMatchObject({ stroke: '#3d4349', 'stroke-width': '2', 'stroke-linecap': 'round' });
    // The ground under each band: the pale tint, or the ink for the solid green.
    const fills = Object.fromEntries(elements(markup, 'rect').filter((rect) => rect['data-band']).map((rect) => [rect['data-band'], rect.fill]));
    expect(fills).toEqual({ green: '#17602d', amber: '#fff4e0', red: '#fdecee', insufficient_data: '#eef0f2' });
  });

  it('clamps a score outside 0–100 to the axis instead of drawing outside the chart', () => {
    const markup = render('ltr', [{ id: 'X', label: 'X', score: 140, band: 'green' }]);
    const { x0, x100 } = axis(markup);
    expect(num(markWith(markup, 'rect', 'bar-X').width)).toBeCloseTo(x100 - x0, 1);
  });
});
