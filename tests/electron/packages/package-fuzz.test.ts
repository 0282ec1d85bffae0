import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readArchive } from '../../../electron/archives/archive-reader';
import { readPackage, type PackageReadResult } from '../../../electron/packages/package-reader';
import { PACKAGE_LIMITS } from '../../../shared/packages/package-format';
import { PACKAGE_REASON_CODES } from '../../../shared/packages/package-reasons';
import { deflatedZeros, rawZip, type RawEntry } from '../../fixtures/archives/hostile-zips';
import { entriesOf, pack } from '../../fixtures/packages/repack';
import { writeResources } from '../../fixtures/store/store-fixtures';
import { workflowFixture } from '../backend/workflow-backend';

/**
 * Thousands of hostile inputs: the reader must never throw past its boundary, never hang,
 * stay within a stated memory bound, and always give one of its documented reasons.
 * Stated bound: the process's RSS grows by less than 96 MiB over a whole property run, and
 * every single read finishes within 10 s (a hang would show as that timeout).
 */
const MEMORY_BOUND = 96 * 1024 * 1024;
const fixture = workflowFixture();
let valid: Buffer;
let bombData: Buffer; // 64 MiB of zeros, deflated to ~64 kB

beforeAll(async () => {
  const client = await fixture.start(fixture.folders.make(), writeResources(fixture.folders.make()));
  const { id } = await client.create();
  await client.call('assessments.submit', { id });
  valid = Buffer.from((await client.call('packages.export', { assessmentId: id })).dataBase64, 'base64');
  await client.close();
  bombData = await deflatedZeros(64 * 1024 * 1024);
}, 60_000);
afterAll(() => fixture.cleanup());

async function read(bytes: Buffer): Promise<PackageReadResult> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`readPackage hung on ${bytes.length} bytes`)), 10_000);
  });
  try {
    return await Promise.race([readPackage(bytes), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

function expectReason(result: PackageReadResult): void {
  expect(result.ok).toBe(false);
  if (!result.ok) {
    expect(PACKAGE_REASON_CODES).toContain(result.reason.code);
    expect(typeof result.reason.params).toBe('object');
  }
}

async function withinMemory(run: () => Promise<void>): Promise<void> {
  const before = process.memoryUsage().rss;
  let peak = before;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 5);
  try {
    await run();
  } finally {
    clearInterval(timer);
  }
  console.info(`RSS growth ${((peak - before) / 1024 / 1024).toFixed(1)} MiB`);
  expect(peak - before).toBeLessThan(MEMORY_BOUND);
}

const edit = fc.oneof(
  fc.record({ kind: fc.constant('flip' as const), at: fc.nat(), bit: fc.integer({ min: 0, max: 7 }) }),
  fc.record({ kind: fc.constant('set' as const), at: fc.nat(), value: fc.integer({ min: 0, max: 255 }) }),
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), bytes: fc.uint8Array({ minLength: 1, maxLength: 64 }) }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 512 }) }),
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
  // Overwrite a 16- or 32-bit little-endian field anywhere: sizes, offsets, counts of ZIP records.
  fc.record({ kind: fc.constant('field' as const), at: fc.nat(), value: fc.nat(), wide: fc.boolean() }),
);
type Edit = typeof edit extends fc.Arbitrary<infer T> ? T : never;

function apply(source: Buffer, edits: readonly Edit[]): Buffer {
  let bytes = Buffer.from(source);
  for (const change of edits) {
    const at = bytes.length === 0 ? 0 : change.at % bytes.length;
    switch (change.kind) {
      case 'flip':
        if (bytes.length) bytes.writeUInt8(bytes.readUInt8(at) ^ (1 << change.bit), at);
        break;
      case 'set':
        if (bytes.length) bytes[at] = change.value;
        break;
      case 'insert':
        bytes = Buffer.concat([bytes.subarray(0, at), Buffer.from(change.bytes), bytes.subarray(at)]);
        break;
      case 'delete':
        bytes = Buffer.concat([bytes.subarray(0, at), bytes.subarray(at + change.length)]);
        break;
      case 'truncate':
        bytes = bytes.subarray(0, at);
        break;
      case 'field':
        if (change.wide && at + 4 <= bytes.length) bytes.writeUInt32LE(change.value >>> 0, at);
        else if (at + 2 <= bytes.length) bytes.writeUInt16LE(change.value & 0xffff, at);
        break;
    }
  }
  return bytes;
}

const hostileName = fc.oneof(
  fc.constantFrom('../x', '../../etc/passwd', '/abs', 'C:/win', 'a\\b', 'a//b', './a', 'a/./b', '', 'nul\u0000', 'manifest.json', 'mimetype', 'MANIFEST.JSON'),
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
);

const hostileEntry: fc.Arbitrary<RawEntry> = fc.oneof(
  fc.record({ name: hostileName, data: fc.uint8Array({ maxLength: 256 }).map((bytes) => Buffer.from(bytes)) }),
  // A deflated bomb whose headers claim anything from nothing to far beyond the limits.
  fc.record({
    name: hostileName,
    data: fc.constant(null).map(() => bombData),
    method: fc.constant(8 as const),
    declaredSize: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 4096 }), fc.constant(0xffffffff), fc.integer({ min: 0, max: 0x7fffffff })),
  }),
);

describe('the package reader under fuzzing', () => {
  it('gives a reason for random bytes, with or without a ZIP signature in front', async () => {
    await withinMemory(() =>
      fc.assert(
        fc.asyncProperty(fc.uint8Array({ maxLength: 4096 }), fc.boolean(), async (bytes, zipLike) => {
          const input = zipLike ? Buffer.concat([Buffer.from('PK\u0003\u0004', 'latin1'), Buffer.from(bytes)]) : Buffer.from(bytes);
          expectReason(await read(input));
        }),
        { numRuns: 1000 },
      ),
    );
  }, 300_000);

  it('gives a reason for every mutation of a valid package (or the package is byte-identical again)', async () => {
    await withinMemory(() =>
      fc.assert(
        fc.asyncProperty(fc.array(edit, { minLength: 1, maxLength: 6 }), async (edits) => {
          const mutated = apply(valid, edits);
          const result = await read(mutated);
          if (result.ok) expect(mutated.equals(valid)).toBe(true);
          else expectReason(result);
        }),
        { numRuns: 2000 },
      ),
    );
  }, 300_000);

  it('gives a reason for hand-made hostile archives: traversal and duplicate names, lying bombs', async () => {
    await withinMemory(() =>
      fc.assert(
        fc.asyncProperty(fc.array(hostileEntry, { minLength: 1, maxLength: 8 }), async (entries) => {
          expectReason(await read(rawZip(entries)));
          // The generic reader (the .xlsx path) inflates; it must stay within its limits too.
          const generic = await readArchive(rawZip(entries), PACKAGE_LIMITS);
          if (!generic.ok) expect(generic.failure.code).toMatch(/^[a-z_]+$/);
          else expect(generic.entries.reduce((sum, entry) => sum + entry.data.length, 0)).toBeLessThanOrEqual(PACKAGE_LIMITS.maxTotalBytes);
        }),
        { numRuns: 500 },
      ),
    );
  }, 300_000);

  it('gives a reason for a valid package with hostile entries added in the canonical layout', async () => {
    const base = await entriesOf(valid);
    await withinMemory(() =>
      fc.assert(
        fc.asyncProperty(fc.array(fc.record({ name: hostileName, data: fc.uint8Array({ maxLength: 64 }) }), { minLength: 1, maxLength: 4 }), async (extra) => {
          const entries = new Map(base);
          for (const { name, data } of extra) entries.set(name, Buffer.from(data));
          let zip: Buffer;
          try {
            zip = await pack(entries);
          } catch {
            return; // yazl itself refuses some names (absolute, ..); nothing to read then
          }
          const result = await read(zip);
          if (result.ok) expect([...entries.keys()].sort()).toEqual([...base.keys()].sort());
          else expectReason(result);
        }),
        { numRuns: 500 },
      ),
    );
  }, 300_000);
});
