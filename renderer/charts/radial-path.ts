import { curveLinear, curveLinearClosed, lineRadial } from 'd3-shape';

/** Radar geometry: where axis i points, and the radar's line through one radius per axis. */

/** Radians from twelve o'clock, as d3's lineRadial counts them (positive = clockwise on screen). */
export function axisAngle(index: number, count: number, clockwise: boolean): number {
  return ((clockwise ? 1 : -1) * index * 2 * Math.PI) / count;
}

/** The point at `radius` on axis `index`, relative to the centre (y grows downwards). */
export function axisPoint(index: number, count: number, radius: number, clockwise: boolean): [number, number] {
  const angle = axisAngle(index, count, clockwise);
  return [radius * Math.sin(angle), -radius * Math.cos(angle)];
}

interface Vertex {
  index: number;
  radius: number | null;
}

/**
 * The path through every radius, relative to the centre. Complete, it closes into a polygon.
 * With a gap (null), it starts just after a gap and ends on it, so the line breaks at each gap —
 * including across the seam between the last axis and the first — and never passes through the
 * centre as a zero would.
 */
export function radialPath(radii: readonly (number | null)[], clockwise: boolean): string {
  const count = radii.length;
  const line = lineRadial<Vertex>()
    .angle((vertex) => axisAngle(vertex.index, count, clockwise))
    .radius((vertex) => vertex.radius ?? 0)
    .defined((vertex) => vertex.radius !== null);
  const vertices = radii.map((radius, index) => ({ index, radius }));
  const gap = radii.indexOf(null);
  if (gap === -1) return line.curve(curveLinearClosed)(vertices) ?? '';
  const fromGap = [...vertices.slice(gap + 1), ...vertices.slice(0, gap + 1)];
  return line.curve(curveLinear)(fromGap) ?? '';
}

/** Whether every radius is known, so the line is a closed polygon that may be filled. */
export function isComplete(radii: readonly (number | null)[]): boolean {
  return radii.every((radius) => radius !== null);
}
