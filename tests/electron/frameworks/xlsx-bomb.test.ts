import { afterEach, describe, expect, it } from 'vitest';
import { frameworkFromXlsx } from '../../../electron/frameworks/framework-xlsx';
import { lyingBomb } from '../../fixtures/archives/hostile-zips';
import { workflowFixture } from '../backend/workflow-backend';

const fixture = workflowFixture();
afterEach(() => fixture.cleanup());

async function peakRssGrowth<T>(fn: () => Promise<T>): Promise<{ result: T; growth: number; ms: number }> {
  const before = process.memoryUsage().rss;
  let peak = before;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 2);
  const started = performance.now();
  try {
    const result = await fn();
    return { result, growth: Math.max(peak, process.memoryUsage().rss) - before, ms: performance.now() - started };
  } finally {
    clearInterval(timer);
  }
}

/**
 * Issue 11, item 2: a 1.5 MB .xlsx that declares 1,000 bytes and inflates to 1.5 GB used to
 * pass the size check (it trusted the declared sizes) and reach exceljs, which inflated it
 * (1.66 GiB of memory for 9 s). Now the one archive reader counts what it inflates.
 */
describe('a workbook that lies about its size', () => {
  it('is refused by the framework reader early and in bounded memory', async () => {
    const bomb = await lyingBomb(1.5 * 1024 ** 3, 1000, 'xl/worksheets/sheet1.xml');
    const { result, growth, ms } = await peakRssGrowth(() => frameworkFromXlsx(bomb));
    expect(result).toEqual({ ok: false, problems: [{ message: expect.stringMatching(/damaged|unpacks to more than/) }] });
    expect(growth).toBeLessThan(64 * 1024 * 1024);
    console.info(`xlsx bomb of ${bomb.length} bytes refused in ${ms.toFixed(0)} ms, peak RSS growth ${(growth / 1024 / 1024).toFixed(1)} MiB`);
  }, 120_000);

  it('is refused through frameworks.install with nothing installed', async () => {
    const backend = await fixture.start();
    const before = await backend.call('frameworks.list', {});
    const bomb = await lyingBomb(256 * 1024 * 1024, 1000, 'xl/workbook.xml');
    const error = await backend.fail('frameworks.install', { fileName: 'scorecard.xlsx', dataBase64: bomb.toString('base64') });
    expect(error.code).toBe('invalid_request');
    expect(await backend.call('frameworks.list', {})).toEqual(before);
  }, 120_000);
});
