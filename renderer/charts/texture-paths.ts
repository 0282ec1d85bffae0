/**
 * Textures (hatches, cross-hatches, dots) as plain path data, for the bands of the charts
 * (band-patterns.tsx) and the statuses of the coverage map (maps/coverage-patterns.tsx).
 *
 * Why not SVG <pattern> fills: Chromium prints every use of a pattern fill as its own tile
 * object in the PDF, which made the 48-office regional report 12 MB in English and 16 MB in
 * Arabic. A texture drawn as one path of lines or dots is a few hundred bytes of vector
 * drawing, prints sharp at any zoom and looks the same on screen. A texture here is laid out
 * in the SVG's user space exactly as the old userSpaceOnUse pattern tiles were (same spacing,
 * same rotation, same origin), so neighbouring marks' textures line up as before.
 *
 * Pure and deterministic: numbers rounded to two decimals, nothing measured.
 */

export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** Parallel lines a distance `spacing` apart, the normal of the lines at `angle` degrees (clockwise, as SVG's rotate), the first at `offset` from the origin. */
export interface Stripes {
  spacing: number;
  angle: number;
  offset: number;
}

/** A lattice of dots of radius `r`: the points (offset + i·spacing, offset + j·spacing) rotated by `angle` degrees round the origin. */
export interface Dots {
  spacing: number;
  angle: number;
  offset: number;
  r: number;
}

const round = (value: number) => Math.round(value * 100) / 100;
const EPSILON = 1e-9;

export function insetBox(box: Box, by: number): Box {
  return { x0: box.x0 + by, y0: box.y0 + by, x1: box.x1 - by, y1: box.y1 - by };
}

/** The lines of `stripes` that cross `box`, cut at its edges, as "M x,y L x,y" segments. */
export function stripesPath(box: Box, stripes: Stripes): string {
  if (!(box.x1 > box.x0 && box.y1 > box.y0) || !(stripes.spacing > 0)) return '';
  const a = (stripes.angle * Math.PI) / 180;
  const n = { x: Math.cos(a), y: Math.sin(a) };
  const d = { x: -n.y, y: n.x };
  const corners = [
    [box.x0, box.y0],
    [box.x1, box.y0],
    [box.x0, box.y1],
    [box.x1, box.y1],
  ].map(([x, y]) => x! * n.x + y! * n.y);
  const first = Math.ceil((Math.min(...corners) - stripes.offset) / stripes.spacing);
  const last = Math.floor((Math.max(...corners) - stripes.offset) / stripes.spacing);
  const parts: string[] = [];
  for (let k = first; k <= last; k += 1) {
    const c = stripes.offset + k * stripes.spacing;
    const p = { x: c * n.x, y: c * n.y };
    // The stretch of the line p + t·d inside the box, one slab at a time.
    let t0 = -Infinity;
    let t1 = Infinity;
    for (const [origin, direction, low, high] of [
      [p.x, d.x, box.x0, box.x1],
      [p.y, d.y, box.y0, box.y1],
    ] as const) {
      if (Math.abs(direction) < EPSILON) {
        if (origin < low || origin > high) t1 = -Infinity;
        continue;
      }
      const ta = (low - origin) / direction;
      const tb = (high - origin) / direction;
      t0 = Math.max(t0, Math.min(ta, tb));
      t1 = Math.min(t1, Math.max(ta, tb));
    }
    if (t1 - t0 < EPSILON) continue;
    parts.push(`M${round(p.x + t0 * d.x)},${round(p.y + t0 * d.y)}L${round(p.x + t1 * d.x)},${round(p.y + t1 * d.y)}`);
  }
  return parts.join('');
}

/**
 * The dots of `dots` whose centres lie in `box`, each a stroke 0.01 long: drawn with a round
 * cap and a width of twice the radius (dotStroke), a dot is a disc. A dot as a filled circle
 * costs the PDF four to six Bézier curves; as a round-capped stroke, one move and one line —
 * a world map holds tens of thousands of them.
 */
export function dotsPath(box: Box, dots: Dots): string {
  if (!(box.x1 > box.x0 && box.y1 > box.y0) || !(dots.spacing > 0)) return '';
  const a = (dots.angle * Math.PI) / 180;
  const [cos, sin] = [Math.cos(a), Math.sin(a)];
  // The box's corners in the lattice's own (unrotated) coordinates bound the i and j to try.
  const local = [
    [box.x0, box.y0],
    [box.x1, box.y0],
    [box.x0, box.y1],
    [box.x1, box.y1],
  ].map(([x, y]) => ({ u: x! * cos + y! * sin, v: -x! * sin + y! * cos }));
  const range = (values: number[]) => [Math.ceil((Math.min(...values) - dots.offset) / dots.spacing), Math.floor((Math.max(...values) - dots.offset) / dots.spacing)] as const;
  const [i0, i1] = range(local.map((point) => point.u));
  const [j0, j1] = range(local.map((point) => point.v));
  const parts: string[] = [];
  for (let j = j0; j <= j1; j += 1) {
    for (let i = i0; i <= i1; i += 1) {
      const u = dots.offset + i * dots.spacing;
      const v = dots.offset + j * dots.spacing;
      const x = u * cos - v * sin;
      const y = u * sin + v * cos;
      if (x < box.x0 || x > box.x1 || y < box.y0 || y > box.y1) continue;
      parts.push(`M${round(x)},${round(y)}h0.01`);
    }
  }
  return parts.join('');
}

/** The stroke that makes dotsPath's segments discs of the lattice's radius. */
export function dotStroke(dots: Dots, colour: string) {
  return { fill: 'none', stroke: colour, strokeWidth: 2 * dots.r, strokeLinecap: 'round' } as const;
}

/**
 * A shape as closed rings of points (the map's countries): textures are cut to it by
 * arithmetic — the stretches of each line inside the shape by the non-zero rule, as SVG fills
 * it — rather than by a <clipPath>. A clip path has to be intersected with the page's own clips
 * when Chromium prints, a path operation that on a country of 20,000 points (Russia) lost parts
 * of the texture; lines already cut need no clip at all, and print every country's outline once.
 */
export type Ring = readonly (readonly [number, number])[];

/** The rings of absolute "M x,y L x,y … Z" path data (what d3-geo writes for polygons), or null for any other command. */
export function pathRings(d: string): Ring[] | null {
  if (/[^MLZ0-9eE.,\s+-]/.test(d)) return null;
  const rings: [number, number][][] = [];
  for (const part of d.split(/(?=M)/)) {
    const numbers = part.match(/[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?/g)?.map(Number) ?? [];
    if (numbers.length % 2 !== 0) return null;
    const ring: [number, number][] = [];
    for (let index = 0; index < numbers.length; index += 2) ring.push([numbers[index]!, numbers[index + 1]!]);
    if (ring.length >= 3) rings.push(ring);
  }
  return rings;
}

/** A circle as a ring of 48 points: fine enough for a marker a few units across. */
export function circleRing(cx: number, cy: number, r: number): Ring {
  return Array.from({ length: 48 }, (_, index) => [cx + r * Math.cos((index * Math.PI) / 24), cy + r * Math.sin((index * Math.PI) / 24)] as const);
}

/**
 * For each line n·p = offset + k·spacing (n at `angle` degrees) that crosses the rings: the
 * stretches of it inside them, as [t0, t1] along the line's direction d = (−n.y, n.x).
 */
function insideRuns(rings: readonly Ring[], angle: number, spacing: number, offset: number) {
  const a = (angle * Math.PI) / 180;
  const n = { x: Math.cos(a), y: Math.sin(a) };
  const d = { x: -n.y, y: n.x };
  const crossings = new Map<number, { t: number; winding: number }[]>();
  for (const ring of rings) {
    for (let index = 0; index < ring.length; index += 1) {
      const [x1, y1] = ring[index]!;
      const [x2, y2] = ring[(index + 1) % ring.length]!;
      const [u1, u2] = [x1 * n.x + y1 * n.y, x2 * n.x + y2 * n.y];
      if (u1 === u2) continue;
      const [t1, t2] = [x1 * d.x + y1 * d.y, x2 * d.x + y2 * d.y];
      const [low, high] = [Math.min(u1, u2), Math.max(u1, u2)];
      // Half-open [low, high): a line through a vertex meets one of its two edges, not both.
      for (let k = Math.ceil((low - offset) / spacing); offset + k * spacing < high; k += 1) {
        const c = offset + k * spacing;
        const list = crossings.get(k) ?? [];
        list.push({ t: t1 + ((c - u1) / (u2 - u1)) * (t2 - t1), winding: u2 > u1 ? 1 : -1 });
        crossings.set(k, list);
      }
    }
  }
  return [...crossings.entries()]
    .sort(([k1], [k2]) => k1 - k2)
    .map(([k, list]) => {
      list.sort((p, q) => p.t - q.t);
      const runs: [number, number][] = [];
      let winding = 0;
      for (const crossing of list) {
        const before = winding;
        winding += crossing.winding;
        if (before === 0 && winding !== 0) runs.push([crossing.t, crossing.t]);
        else if (before !== 0 && winding === 0) runs[runs.length - 1]![1] = crossing.t;
      }
      return { c: offset + k * spacing, runs, n, d };
    });
}

/** The lines of `stripes` inside the rings, as "M x,y L x,y" segments. */
export function stripesInRings(rings: readonly Ring[], stripes: Stripes): string {
  if (!(stripes.spacing > 0)) return '';
  const parts: string[] = [];
  for (const { c, runs, n, d } of insideRuns(rings, stripes.angle, stripes.spacing, stripes.offset)) {
    for (const [t0, t1] of runs) {
      if (t1 - t0 < EPSILON) continue;
      parts.push(`M${round(c * n.x + t0 * d.x)},${round(c * n.y + t0 * d.y)}L${round(c * n.x + t1 * d.x)},${round(c * n.y + t1 * d.y)}`);
    }
  }
  return parts.join('');
}

/** The dots of `dots` whose centres lie inside the rings, as dotsPath draws them. */
export function dotsInRings(rings: readonly Ring[], dots: Dots): string {
  if (!(dots.spacing > 0)) return '';
  const a = (dots.angle * Math.PI) / 180;
  const [cos, sin] = [Math.cos(a), Math.sin(a)];
  const parts: string[] = [];
  // A row of the lattice, v = offset + j·spacing, is a line whose normal is the lattice's v axis;
  // along it t = −u (d = −(cos, sin)).
  for (const { c: v, runs } of insideRuns(rings, dots.angle + 90, dots.spacing, dots.offset)) {
    for (const [t0, t1] of runs) {
      for (let i = Math.ceil((-t1 - dots.offset) / dots.spacing); dots.offset + i * dots.spacing <= -t0; i += 1) {
        const u = dots.offset + i * dots.spacing;
        parts.push(`M${round(u * cos - v * sin)},${round(u * sin + v * cos)}h0.01`);
      }
    }
  }
  return parts.join('');
}
