import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { RadarChart, type RadarAxis } from '../../../renderer/charts/radar-chart';
import { radialPath } from '../../../renderer/charts/radial-path';
import { decode, elements, formatIn, markWith, texts, wordsIn } from './chart-fixtures';

const en = wordsIn('en');
const format = formatIn('en');

const AXES: RadarAxis[] = [
  { id: 'P1', label: 'Office type and mandate', score: 80, band: 'green', median: 70 },
  { id: 'P2', label: 'Country coverage', score: 40, band: 'red', median: 65 },
  { id: 'P3', label: 'Efficiency and working arrangements', score: 65.5, band: 'amber', median: 50 },
  { id: 'P4', label: 'Technical cooperation and UN reform engagement', score: null, band: 'insufficient_data', median: 60 },
  { id: 'P5', label: 'Learning and results', score: 100, band: 'green', median: 75 },
];

function render(axes: RadarAxis[] = AXES, dir: 'ltr' | 'rtl' = 'ltr', radius = 100): string {
  return renderToStaticMarkup(<RadarChart axes={axes} words={en} format={format} title="KEN-RH by perspective" officeLabel="KEN-RH" medianLabel="Region median" dir={dir} radius={radius} />);
}

const num = (value: string | undefined) => Number(value);

function centre(markup: string): [number, number] {
  const match = /translate\(([\d.]+) ([\d.]+)\)/.exec(markWith(markup, 'path', 'ring-100').transform!)!;
  return [Number(match[1]), Number(match[2])];
}

function vertex(markup: string, id: string): [number, number] {
  const circle = markWith(markup, 'circle', `vertex-${id}`);
  return [num(circle.cx), num(circle.cy)];
}

describe('RadarChart', () => {
  it('puts each vertex at a distance from the centre proportional to its score, on its own axis', () => {
    const markup = render();
    const [cx, cy] = centre(markup);
    for (const [index, axis] of AXES.entries()) {
      if (axis.score === null) continue;
      const [x, y] = vertex(markup, axis.id);
      expect(Math.hypot(x - cx, y - cy)).toBeCloseTo(axis.score, 1);
      // Clockwise from twelve o'clock.
      const angle = (index * 2 * Math.PI) / AXES.length;
      expect(x - cx).toBeCloseTo(axis.score * Math.sin(angle), 1);
      expect(y - cy).toBeCloseTo(-axis.score * Math.cos(angle), 1);
    }
    const scaled = render(AXES, 'ltr', 150);
    const [sx, sy] = centre(scaled);
    const [x, y] = vertex(scaled, 'P2');
    expect(Math.hypot(x - sx, y - sy)).toBeCloseTo(60, 1);
  });

  it('labels each vertex with its value and each axis with its name', () => {
    const all = texts(render());
    for (const value of ['80', '40', '65.5', '100']) expect(all).toContain(value);
    expect(all).toContain('Country coverage');
    expect(all.join(' ')).toContain('Technical cooperation and UN reform engagement');
  });

  it('leaves a perspective without a score as a gap, says so in its label, and draws no vertex at zero', () => {
    const markup = render();
    expect(elements(markup, 'circle').some((circle) => circle['data-mark'] === 'vertex-P4')).toBe(false);
    const label = texts(markup).indexOf('Insufficient data');
    expect(label).toBeGreaterThan(-1);
    const office = markWith(markup, 'path', 'office');
    // Two pieces (P5→P1→P2→P3 after the gap), never through the centre, not closed, not filled.
    expect(office.d!.match(/M/g)).toHaveLength(1);
    expect(office.d).not.toContain('Z');
    expect(office.d).not.toMatch(/[ML]0,0(?![\d.])/);
    expect(office.fill).toBe('none');
    const complete = markWith(render(AXES.map((axis) => ({ ...axis, score: axis.score ?? 50, band: axis.score === null ? 'red' : axis.band }))), 'path', 'office');
    expect(complete.d).toContain('Z');
    expect(complete.fill).not.toBe('none');
  });

  it('breaks the line at every gap, across the seam too', () => {
    expect(radialPath([10, null, 30, 40], true).match(/M/g)).toHaveLength(1);
    expect(radialPath([10, null, 30, null], true).match(/M/g)).toHaveLength(2);
    expect(radialPath([null, 20, 30, null, 50, 60], true).match(/M/g)).toHaveLength(2);
    // Axis 0 at the top: radius 10 → (0, −10).
    expect(radialPath([10, 20, 30], true)).toMatch(/^M0,-10L/);
  });

  it('draws the median polygon dashed with square vertices, and says both in its legend and description', () => {
    const markup = render();
    const median = markWith(markup, 'path', 'median');
    expect(median['stroke-dasharray']).toBe('5 3');
    expect(median.d).toContain('Z');
    const [cx, cy] = centre(markup);
    const square = markWith(markup, 'rect', 'median-P2');
    const x = num(square.x) + num(square.width) / 2;
    const y = num(square.y) + num(square.height) / 2;
    expect(Math.hypot(x - cx, y - cy)).toBeCloseTo(65, 1);
    expect(texts(markup)).toEqual(expect.arrayContaining(['KEN-RH', 'Region median']));
    const desc = decode(/<desc[^>]*>([^<]*)<\/desc>/.exec(markup)![1]!);
    expect(desc).toContain('Country coverage: score 40, Red; Region median 65.');
    expect(desc).toContain('Technical cooperation and UN reform engagement: no score (Insufficient data); Region median 60.');
    const svg = elements(markup, 'svg')[0]!;
    expect(svg.role).toBe('img');
    expect(svg['aria-label']).toBe('KEN-RH by perspective');
  });

  it('works with 3 to 8 axes, with rings from 20 to 100', () => {
    for (let count = 3; count <= 8; count += 1) {
      const axes = Array.from({ length: count }, (_, index) => ({ id: `A${index}`, label: `Axis ${index}`, score: 10 + index * 10, band: 'amber' as const }));
      const markup = render(axes);
      const [cx, cy] = centre(markup);
      for (const axis of axes) {
        const [x, y] = vertex(markup, axis.id);
        expect(Math.hypot(x - cx, y - cy)).toBeCloseTo(axis.score, 1);
      }
      expect(elements(markup, 'path').filter((path) => path['data-mark']?.startsWith('ring-'))).toHaveLength(5);
    }
  });

  it('falls back to bars below three axes', () => {
    const markup = render(AXES.slice(0, 2));
    expect(elements(markup, 'rect').some((rect) => rect['data-mark'] === 'bar-P1')).toBe(true);
    expect(elements(markup, 'path').some((path) => path['data-mark'] === 'office')).toBe(false);
  });

  it('mirrors for right-to-left: counter-clockwise, every x reflected', () => {
    const ltr = render();
    const rtl = render(AXES, 'rtl');
    const width = num(elements(ltr, 'svg')[0]!.width);
    expect(num(elements(rtl, 'svg')[0]!.width)).toBe(width);
    for (const axis of AXES.filter((a) => a.score !== null)) {
      const [lx, ly] = vertex(ltr, axis.id);
      const [rx, ry] = vertex(rtl, axis.id);
      expect(rx).toBeCloseTo(width - lx, 1);
      expect(ry).toBeCloseTo(ly, 6);
    }
    // The second axis is to the right of the top one left-to-right, to its left right-to-left.
    expect(vertex(ltr, 'P2')[0]).toBeGreaterThan(centre(ltr)[0]);
    expect(vertex(rtl, 'P2')[0]).toBeLessThan(centre(rtl)[0]);
  });
});
