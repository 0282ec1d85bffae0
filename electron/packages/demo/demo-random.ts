import { createHash } from 'node:crypto';

/**
 * Everything random in the demo network derives from the run seed and a label saying what it
 * is for ("office:KEN-RH", "answers:KEN-RH:2025", …): SHA-256 of `${seed}:${label}`. Labels
 * keep the streams independent, so an office's data does not depend on how many other offices
 * were asked for, and the same seed always gives the same bytes.
 */
export function seedBytes(seed: string, label: string): Buffer {
  return createHash('sha256').update(`${seed}:${label}`, 'utf8').digest();
}

/** A UUID (version 4 layout, RFC 9562) made from the seed and a label instead of randomness. */
export function demoUuid(seed: string, label: string): string {
  const bytes = seedBytes(seed, `uuid:${label}`).subarray(0, 16);
  bytes[6] = (bytes[6]! & 0x0f) | 0x40;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/**
 * A small seeded generator, sfc32 (Chris Doty-Humphrey's "small fast counting" generator, 128
 * bits of state, passes PractRand), seeded from the label's SHA-256. Why our own: Math.random
 * cannot be seeded, node:crypto's randomness cannot be replayed, and fast-check is a
 * development dependency that the shipped CLI does not carry. Choosing plausible demo values
 * needs no more than this.
 */
export class DemoRandom {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  constructor(seed: string, label: string) {
    const bytes = seedBytes(seed, `prng:${label}`);
    this.a = bytes.readUInt32LE(0);
    this.b = bytes.readUInt32LE(4);
    this.c = bytes.readUInt32LE(8);
    this.d = bytes.readUInt32LE(12);
    // The reference implementation discards the first outputs to mix the seed in.
    for (let i = 0; i < 12; i += 1) this.uint32();
  }

  uint32(): number {
    const t = (((this.a + this.b) | 0) + this.d) | 0;
    this.d = (this.d + 1) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.c = (this.c + t) | 0;
    return t >>> 0;
  }

  /** Uniform in [0, 1). */
  next(): number {
    return this.uint32() / 4_294_967_296;
  }

  /** An integer in [min, max], both included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  /** Uniform in [min, max). */
  between(min: number, max: number): number {
    return min + this.next() * (max - min);
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error('nothing to pick from');
    return items[Math.floor(this.next() * items.length)]!;
  }

  /** One of the keys, with the given weights (need not sum to 1). */
  weighted<K extends string>(weights: Readonly<Record<K, number>>): K {
    const entries = Object.entries(weights) as [K, number][];
    const total = entries.reduce((sum, [, weight]) => sum + weight, 0);
    let draw = this.next() * total;
    for (const [key, weight] of entries) {
      draw -= weight;
      if (draw < 0) return key;
    }
    return entries[entries.length - 1]![0];
  }

  /** Roughly normal (sum of three uniforms), mean 0, standard deviation about `spread`. */
  noise(spread: number): number {
    return (this.next() + this.next() + this.next() - 1.5) * 2 * spread;
  }

  shuffled<T>(items: readonly T[]): T[] {
    const out = [...items];
    for (let i = out.length - 1; i > 0; i -= 1) {
      const j = Math.floor(this.next() * (i + 1));
      [out[i], out[j]] = [out[j]!, out[i]!];
    }
    return out;
  }
}

/** Rounded to `decimals` places, half away from zero (as the scores are). */
export function round(value: number, decimals = 0): number {
  const factor = 10 ** decimals;
  return (Math.sign(value) * Math.round(Math.abs(value) * factor)) / factor;
}

export function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}

/** `from` at quality 0, `to` at quality 1 (quality clamped to 0–1); works either way round. */
export function lerp(from: number, to: number, quality: number): number {
  return from + (to - from) * clamp(quality, 0, 1);
}
