import { describe, expect, it } from 'vitest';
import { circleRing, dotsInRings, dotsPath, pathRings, stripesInRings, stripesPath, type Ring } from '../../../renderer/charts/texture-paths';

const segments = (d: string) =>
  [...d.matchAll(/M(-?[\d.]+),(-?[\d.]+)L(-?[\d.]+),(-?[\d.]+)/g)].map((match) => match.slice(1).map(Number) as [number, number, number, number]);
const dots = (d: string) => [...d.matchAll(/M(-?[\d.]+),(-?[\d.]+)h0\.01/g)].map((match) => [Number(match[1]), Number(match[2])] as const);
const square = (x0: number, y0: number, x1: number, y1: number): Ring => [[x0, y0], [x1, y0], [x1, y1], [x0, y1]];

describe('textures as paths', () => {
  it('cuts vertical stripes to a box, one spacing apart from the offset', () => {
    expect(stripesPath({ x0: 0, y0: 0, x1: 10, y1: 5 }, { spacing: 4, angle: 0, offset: 1 })).toBe('M1,0L1,5M5,0L5,5M9,0L9,5');
  });

  it('cuts 45° stripes to a box: every end on an edge', () => {
    const cut = segments(stripesPath({ x0: 0, y0: 0, x1: 12, y1: 12 }, { spacing: 6, angle: 45, offset: 0.55 }));
    expect(cut.length).toBeGreaterThan(2);
    for (const [x1, y1, x2, y2] of cut) {
      for (const [x, y] of [[x1, y1], [x2, y2]] as const) expect([0, 12].some((edge) => Math.abs(x - edge) < 0.01 || Math.abs(y - edge) < 0.01)).toBe(true);
      // Along the line n·p = c: x + y is the same at both ends.
      expect(x1 + y1).toBeCloseTo(x2 + y2, 1);
    }
  });

  it('cuts stripes to rings by the non-zero rule: a hole drawn the other way round stays empty', () => {
    const outer = square(0, 0, 10, 10);
    const hole: Ring = [...square(3, 3, 7, 7)].reverse();
    expect(stripesInRings([outer, hole], { spacing: 4, angle: 0, offset: 1 })).toBe('M1,0L1,10M5,0L5,3M5,7L5,10M9,0L9,10');
    // The same ring twice the same way round is still filled (non-zero, not even-odd).
    expect(stripesInRings([outer, outer], { spacing: 4, angle: 0, offset: 1 })).toBe('M1,0L1,10M5,0L5,10M9,0L9,10');
  });

  it('puts the dots whose centres are inside the rings, and only those', () => {
    const inside = dots(dotsInRings([square(0, 0, 10, 10), [...square(3, 3, 7, 7)].reverse()], { spacing: 4, angle: 0, offset: 2, r: 0.75 }));
    // Rows y = 2 and 6 (y = 10 lies on the top edge, which the half-open rule leaves out); the hole takes 6,6.
    expect(new Set(inside.map(String))).toEqual(new Set(['2,2', '6,2', '10,2', '2,6', '10,6']));
    // The lattice is the same as over a box: a square's dots are the box's.
    const box = dots(dotsPath({ x0: 0.1, y0: 0.1, x1: 9.9, y1: 9.9 }, { spacing: 4, angle: 0, offset: 2, r: 0.75 }));
    expect(new Set(dots(dotsInRings([square(0.1, 0.1, 9.9, 9.9)], { spacing: 4, angle: 0, offset: 2, r: 0.75 })).map(String))).toEqual(new Set(box.map(String)));
  });

  it('turns a lattice of dots with its angle', () => {
    const turned = dots(dotsPath({ x0: -10, y0: -10, x1: 10, y1: 10 }, { spacing: 6, angle: 45, offset: 3, r: 1 }));
    expect(turned).toContainEqual([0, 4.24]); // (3, 3) turned by 45°
    const inRings = dots(dotsInRings([square(-10, -10, 10, 10)], { spacing: 6, angle: 45, offset: 3, r: 1 }));
    expect(new Set(inRings.map(String))).toEqual(new Set(turned.map(String)));
  });

  it('reads d3-geo path data as rings, and refuses any other command', () => {
    expect(pathRings('M0,0L10,0L10,10ZM20,20L30,20L30,30Z')).toEqual([[[0, 0], [10, 0], [10, 10]], [[20, 20], [30, 20], [30, 30]]]);
    expect(pathRings('M0,0a5,5 0 1,1 10,0Z')).toBeNull();
    expect(circleRing(0, 0, 2)).toHaveLength(48);
  });

  it('is the same text every time', () => {
    const rings = [circleRing(5, 5, 4)];
    expect(stripesInRings(rings, { spacing: 4, angle: 45, offset: 0.4 })).toBe(stripesInRings(rings, { spacing: 4, angle: 45, offset: 0.4 }));
    expect(stripesPath({ x0: 0, y0: 0, x1: 0, y1: 5 }, { spacing: 4, angle: 0, offset: 0 })).toBe('');
  });
});
