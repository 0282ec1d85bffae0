import { describe, expect, it } from 'vitest';
import { readArchive, unsafeNameReason } from '../../../electron/archives/archive-reader';
import { writeArchive } from '../../../electron/archives/archive-writer';
import { deflatedZeros, lyingBomb, rawZip } from '../../fixtures/archives/hostile-zips';

const LIMITS = { maxEntries: 100, maxEntryBytes: 16 * 1024 * 1024, maxTotalBytes: 64 * 1024 * 1024 };

/** Peak of RSS while fn runs, sampled every few milliseconds, minus RSS before. */
async function peakGrowth<T>(fn: () => Promise<T>): Promise<{ result: T; growth: number }> {
  global.gc?.();
  const before = process.memoryUsage().rss;
  let peak = before;
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 2);
  try {
    const result = await fn();
    peak = Math.max(peak, process.memoryUsage().rss);
    return { result, growth: peak - before };
  } finally {
    clearInterval(timer);
  }
}

describe('readArchive', () => {
  it('reads what writeArchive wrote, deflated or stored', async () => {
    const zip = await writeArchive(
      [
        { name: 'a.txt', data: Buffer.from('hello') },
        { name: 'dir/b.bin', data: Buffer.alloc(5000, 7), store: true },
      ],
      new Date('2025-01-01T00:00:00Z'),
    );
    const result = await readArchive(zip, LIMITS);
    if (!result.ok) throw new Error(result.failure.detail);
    expect(result.entries.map((entry) => [entry.name, entry.data.length, entry.stored])).toEqual([
      ['a.txt', 5, false],
      ['dir/b.bin', 5000, true],
    ]);
  });

  it('refuses the 1.5 MB archive that declares 1,000 bytes and inflates to 1.5 GB, early and in bounded memory', async () => {
    const bomb = await lyingBomb();
    expect(bomb.length).toBeLessThan(2 * 1024 * 1024);
    const started = performance.now();
    const { result, growth } = await peakGrowth(() => readArchive(bomb, LIMITS));
    const elapsed = performance.now() - started;
    expect(result.ok).toBe(false);
    if (result.ok) return;
    // yauzl stops at the declared size; our counter would stop at the entry limit.
    expect(['archive_damaged', 'entry_too_large', 'too_much_data']).toContain(result.failure.code);
    expect(growth).toBeLessThan(LIMITS.maxTotalBytes);
    console.info(`1.5 GB bomb (${bomb.length} bytes on disk) refused as ${result.failure.code} (${result.failure.detail}) in ${elapsed.toFixed(0)} ms, RSS growth ${(growth / 1024 / 1024).toFixed(1)} MiB`);
  }, 120_000);

  it('stops an entry that declares its size honestly but above the limit before inflating it', async () => {
    const zip = rawZip([{ name: 'big.xml', data: await deflatedZeros(20 * 1024 * 1024), method: 8, declaredSize: 20 * 1024 * 1024 }]);
    const result = await readArchive(zip, LIMITS);
    expect(result).toMatchObject({ ok: false, failure: { code: 'entry_too_large', entry: 'big.xml' } });
  });

  it('counts the total across entries, whatever each declares', async () => {
    const piece = await deflatedZeros(10 * 1024 * 1024);
    const zip = rawZip(Array.from({ length: 8 }, (_, index) => ({ name: `part${index}.xml`, data: piece, method: 8 as const, declaredSize: 10 * 1024 * 1024 })));
    expect(await readArchive(zip, LIMITS)).toMatchObject({ ok: false, failure: { code: 'too_much_data' } });
  });

  it('refuses more entries than allowed before reading any', async () => {
    const zip = rawZip(Array.from({ length: 101 }, (_, index) => ({ name: `f${index}`, data: Buffer.from('x') })));
    expect(await readArchive(zip, LIMITS)).toMatchObject({ ok: false, failure: { code: 'too_many_entries' } });
  });

  it.each([
    ['../evil.txt'],
    ['a/../../evil.txt'],
    ['/etc/passwd'],
    ['C:/Windows/evil.exe'],
    ['a\\..\\evil.txt'],
    ['a//b'],
    ['./a'],
    ['bad\u0000name'],
    ['line\nbreak'],
    ['x'.repeat(300)],
  ])('refuses the entry name %j', async (name) => {
    const result = await readArchive(rawZip([{ name, data: Buffer.from('x') }]), LIMITS);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(['unsafe_entry_name', 'archive_damaged']).toContain(result.failure.code);
    expect(unsafeNameReason(name)).not.toBeNull();
  });

  it('refuses duplicate names, also when they differ only in case', async () => {
    for (const second of ['a.json', 'A.json']) {
      const zip = rawZip([{ name: 'a.json', data: Buffer.from('1') }, { name: second, data: Buffer.from('2') }]);
      expect(await readArchive(zip, LIMITS)).toMatchObject({ ok: false, failure: { code: 'duplicate_entry' } });
    }
  });

  it('refuses compressed entries when only stored ones are allowed, without inflating them', async () => {
    const zip = rawZip([{ name: 'a.json', data: await deflatedZeros(1000), method: 8 }]);
    expect(await readArchive(zip, { ...LIMITS, storedOnly: true })).toMatchObject({ ok: false, failure: { code: 'unsupported_entry' } });
  });

  it('says "not a zip" for random bytes', async () => {
    expect(await readArchive(Buffer.from('this is not a zip file at all'), LIMITS)).toMatchObject({ ok: false, failure: { code: 'not_a_zip' } });
  });
});
