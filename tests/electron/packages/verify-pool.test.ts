import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import type { Worker } from 'node:worker_threads';
import { build, type BuildOptions } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { consolidateSet } from '../../../electron/consolidation/consolidate-set';
import { writeConsolidated, type Member } from '../../../electron/consolidation/consolidated-file';
import { generateDemoNetwork, type DemoPackage } from '../../../electron/packages/demo/generate-demo-network';
import { encryptWithPassphrase } from '../../../electron/packages/package-encryption';
import { readPackage } from '../../../electron/packages/package-reader';
import { generateSigningKey } from '../../../electron/packages/signing-key';
import { createVerifyPool, locateVerifyWorker, verifyBytes, type VerifyJob, type VerifyOutcome, type VerifyPool } from '../../../electron/packages/verify-pool';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const NOW = '2026-01-15T10:00:00.000Z';
const PASSPHRASE = 'correct horse battery staple';

let network: DemoPackage[];
let withEvidence: DemoPackage;
let consolidated: Buffer;
let encrypted: Buffer;
/** About a second of scrypt (age's own work factor, 2^18): a job long enough to abort or kill. */
let slow: Buffer;
const pools: VerifyPool[] = [];

/** The pool takes the bytes it is given (see VerifyJob.bytes); each job gets its own copy. */
const job = (name: string, bytes: Uint8Array, passphrase?: string): VerifyJob => ({ name, bytes: Buffer.from(bytes), ...(passphrase === undefined ? {} : { passphrase }) });

function pool(options: Parameters<typeof createVerifyPool>[0] = {}): VerifyPool {
  const created = createVerifyPool(options);
  pools.push(created);
  return created;
}

/** Paths of every Uint8Array in a value that is not a Buffer: a Buffer field the pool does not restore. */
function plainByteArrays(value: unknown, at = '$', seen = new Set<unknown>()): string[] {
  if (value instanceof Uint8Array) return Buffer.isBuffer(value) ? [] : [at];
  if (value === null || typeof value !== 'object' || seen.has(value)) return [];
  seen.add(value);
  return Object.entries(value).flatMap(([key, inner]) => plainByteArrays(inner, `${at}.${key}`, seen));
}

/** The workers a pool starts, which of them ended, and which were handed a job. */
const startedWorkers = () => {
  const workers: Worker[] = [];
  const exited = new Set<Worker>();
  const busy = new Set<Worker>();
  return {
    workers,
    exited,
    busy,
    onWorkerStarted: (worker: Worker) => {
      workers.push(worker);
      worker.once('exit', () => exited.add(worker));
      const post = worker.postMessage.bind(worker);
      worker.postMessage = (message: unknown, transfer?: readonly ArrayBuffer[]) => {
        busy.add(worker);
        post(message, transfer as ArrayBuffer[]);
      };
    },
  };
};

const until = async (condition: () => boolean, ms = 10_000) => {
  const end = Date.now() + ms;
  while (!condition()) {
    if (Date.now() > end) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
};

beforeAll(async () => {
  network = await generateDemoNetwork({ resourcesDir: path.join(ROOT, 'resources') });
  const members: Member[] = [];
  for (const item of network.slice(0, 6)) {
    const read = await readPackage(Buffer.from(item.bytes));
    if (!read.ok) throw new Error(read.reason.code);
    members.push({ bytes: Buffer.from(item.bytes), verified: read.package });
    if (read.package.evidence.length > 0 && withEvidence === undefined) withEvidence = item;
  }
  if (withEvidence === undefined) throw new Error('no demo package with evidence among the first six');
  const set = consolidateSet([{ source: 'demo', members, trust: [], decisions: [] }], 'A. Hub', NOW);
  consolidated = await writeConsolidated({ hubName: 'Nairobi hub', members: set.members, decisions: set.decisions, trust: set.trust, generatorVersion: 'test', createdAt: NOW }, generateSigningKey());
  encrypted = await encryptWithPassphrase(withEvidence.bytes, PASSPHRASE, 10);
  slow = await encryptWithPassphrase(withEvidence.bytes, PASSPHRASE, 18);
}, 120_000);

afterAll(async () => {
  await Promise.all(pools.map((item) => item.close()));
});

describe('a pool of workers gives what verifying on this thread gives', () => {
  const cases = (): [string, Uint8Array, string | undefined, VerifyOutcome['kind'], string?][] => [
    ['a package with evidence', withEvidence.bytes, undefined, 'package'],
    ['a consolidated file', consolidated, undefined, 'consolidated'],
    ['bytes that are no package', Buffer.from('Dear hub, please find attached…'), undefined, 'invalid', 'not_a_package'],
    ['a truncated package', withEvidence.bytes.subarray(0, 5000), undefined, 'invalid'],
    ['an encrypted package with its passphrase', encrypted, PASSPHRASE, 'package'],
    ['an encrypted package without one', encrypted, undefined, 'invalid', 'passphrase_required'],
    ['an encrypted package with a wrong one', encrypted, 'wrong', 'invalid', 'wrong_passphrase'],
  ];

  it('deep-equal, Buffers restored as Buffers, for packages, consolidated files and refusals', async () => {
    // toStrictEqual tells a Buffer from a Uint8Array with the same bytes; plainByteArrays says where.
    expect(Buffer.from([1])).not.toStrictEqual(new Uint8Array([1]));
    const workers = pool({ size: 2 });
    expect(workers.size).toBe(2);
    // Twice each: a worker sends a framework once, then only its hash; both must come back whole.
    for (const round of [1, 2]) {
      for (const [name, bytes, passphrase, kind, code] of cases()) {
        const inline = await verifyBytes(job(name, bytes, passphrase));
        const pooled = await workers.verify(job(name, bytes, passphrase));
        expect(pooled.kind, `${name} (round ${round})`).toBe(kind);
        if (code !== undefined && pooled.kind === 'invalid') expect(pooled.reason.code).toBe(code);
        expect(plainByteArrays(pooled), name).toEqual([]);
        expect(pooled, name).toStrictEqual(inline);
      }
    }
  });

  it('shares one framework object between results, as the reader does', async () => {
    const workers = pool({ size: 1 });
    const [a, b] = await Promise.all(network.slice(0, 2).map((item) => workers.verify(job(item.fileName, item.bytes))));
    if (a?.kind !== 'package' || b?.kind !== 'package') throw new Error('not verified');
    expect(a.package.framework).toBe(b.package.framework);
  });

  it('verifies 100 demo packages through a pool of 2, results in the order of the jobs; throughput printed', async () => {
    const hundred = network.slice(0, 100);
    const run = async (target: VerifyPool) => {
      const jobs = hundred.map((item) => job(item.fileName, item.bytes));
      const started = performance.now();
      const outcomes = await Promise.all(jobs.map((item) => target.verify(item)));
      return { outcomes, perSecond: hundred.length / ((performance.now() - started) / 1000) };
    };
    const inline = pool({ inline: true });
    const inlineCold = await run(inline);
    const inlineWarm = await run(inline);
    const workers = pool({ size: 2 });
    const poolCold = await run(workers);
    const poolWarm = await run(workers);
    for (const { outcomes } of [inlineCold, inlineWarm, poolCold, poolWarm]) {
      expect(outcomes.map((outcome) => outcome.name)).toEqual(hundred.map((item) => item.fileName));
      expect(outcomes.filter((outcome) => outcome.kind !== 'package')).toEqual([]);
      expect(outcomes.map((outcome) => outcome.kind === 'package' && outcome.package.manifest.assessment.id)).toEqual(hundred.map((item) => item.assessmentId));
    }
    const rate = (value: number) => `${value.toFixed(0)} packages/s`;
    console.info(
      `verify-pool: 100 demo packages — inline ${rate(inlineCold.perSecond)} (then ${rate(inlineWarm.perSecond)}), ` +
        `pool of 2 ${rate(poolCold.perSecond)} including the workers' start (then ${rate(poolWarm.perSecond)}); ${os.availableParallelism()} cores`,
    );
  });
});

describe('the queue', () => {
  it('an aborted queued job rejects with an AbortError; the running one and later ones verify', async () => {
    const workers = pool({ size: 1 });
    const controller = new AbortController();
    const running = workers.verify(job('slow', slow, PASSPHRASE));
    const queued = workers.verify(job('queued', withEvidence.bytes), controller.signal);
    controller.abort();
    await expect(queued).rejects.toMatchObject({ name: 'AbortError' });
    expect((await running).kind).toBe('package');
    expect((await workers.verify(job('after', withEvidence.bytes))).kind).toBe('package');
  });

  it('a signal aborted already rejects at once', async () => {
    const workers = pool({ size: 1 });
    await expect(workers.verify(job('late', withEvidence.bytes), AbortSignal.abort())).rejects.toMatchObject({ name: 'AbortError' });
  });

  it('aborting a running job terminates its worker and starts a fresh one', async () => {
    const seen = startedWorkers();
    const workers = pool({ size: 1, onWorkerStarted: seen.onWorkerStarted });
    const controller = new AbortController();
    const running = workers.verify(job('slow', slow, PASSPHRASE), controller.signal);
    const next = workers.verify(job('next', withEvidence.bytes));
    await until(() => seen.busy.has(seen.workers[0]!));
    await new Promise((resolve) => setTimeout(resolve, 150));
    controller.abort();
    await expect(running).rejects.toMatchObject({ name: 'AbortError' });
    await until(() => seen.exited.has(seen.workers[0]!));
    expect(seen.workers).toHaveLength(2);
    expect((await next).kind).toBe('package');
    expect(seen.exited.has(seen.workers[1]!)).toBe(false);
  });

  it('runs at most size jobs at once, handed out in the order given', async () => {
    let inFlight = 0;
    let most = 0;
    const handedOut: string[] = [];
    const workers = pool({
      size: 2,
      onWorkerStarted: (worker) => {
        const post = worker.postMessage.bind(worker);
        worker.postMessage = (message: { name: string }, transfer?: readonly ArrayBuffer[]) => {
          most = Math.max(most, ++inFlight);
          handedOut.push(message.name);
          post(message, transfer as ArrayBuffer[]);
        };
        // Before the pool's own listener, which hands out the next job at once.
        worker.prependListener('message', (reply: { type: string }) => {
          if (reply.type !== 'ready') inFlight--;
        });
      },
    });
    const items = network.slice(0, 8);
    const outcomes = await Promise.all(items.map((item) => workers.verify(job(item.fileName, item.bytes))));
    expect(outcomes.map((outcome) => outcome.name)).toEqual(items.map((item) => item.fileName));
    expect(handedOut).toEqual(items.map((item) => item.fileName));
    expect(most).toBe(2);
  });

  it('inline, an aborted queued job rejects too, and the pool goes on', async () => {
    const inline = pool({ inline: true, size: 2 });
    expect(inline.size).toBe(1);
    const controller = new AbortController();
    const first = inline.verify(job('first', withEvidence.bytes));
    const second = inline.verify(job('second', withEvidence.bytes), controller.signal);
    controller.abort();
    await expect(second).rejects.toMatchObject({ name: 'AbortError' });
    expect((await first).kind).toBe('package');
  });
});

describe('failures of the workers themselves', () => {
  it('a worker killed mid-job fails that job as archive_damaged and is replaced; the next job verifies', async () => {
    const seen = startedWorkers();
    const workers = pool({ size: 1, onWorkerStarted: seen.onWorkerStarted });
    const killed = workers.verify(job('slow', slow, PASSPHRASE));
    await until(() => seen.busy.has(seen.workers[0]!));
    await new Promise((resolve) => setTimeout(resolve, 150));
    // Killed from outside, as the system would kill a thread; the pool did not ask for it.
    await seen.workers[0]!.terminate();
    const outcome = await killed;
    expect(outcome).toMatchObject({ kind: 'invalid', name: 'slow', reason: { code: 'archive_damaged' } });
    expect(outcome.kind === 'invalid' && String(outcome.reason.params.detail)).toMatch(/^verification failed: /);
    expect((await workers.verify(job('next', withEvidence.bytes))).kind).toBe('package');
    expect(seen.workers).toHaveLength(2);
  });

  it('a worker script that cannot start turns the pool into an inline one, with a warning', async () => {
    const warn = vi.fn();
    const broken = pool({ size: 2, warn, workerEntry: { file: path.join(os.tmpdir(), 'no-such-folder', 'verify-worker.cjs'), source: false } });
    const outcomes = await Promise.all([broken.verify(job('one', withEvidence.bytes)), broken.verify(job('two', consolidated))]);
    expect(outcomes.map((outcome) => outcome.kind)).toEqual(['package', 'consolidated']);
    expect(broken.size).toBe(1);
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn.mock.calls[0]![0]).toMatch(/^fieldscore: verifying packages on this thread: the worker did not start/);
  });

  it('no worker script found: inline from the start, with a warning', async () => {
    const warn = vi.fn();
    const none = pool({ warn, workerEntry: null });
    expect(none.size).toBe(1);
    expect(warn).toHaveBeenCalledWith('fieldscore: verifying packages on this thread: no verify-worker script was found beside this code');
    expect((await none.verify(job('one', withEvidence.bytes))).kind).toBe('package');
  });
});

describe('the bytes handed over', () => {
  it('are transferred when they fill their buffer, and copied when they are a view into a larger one — inline too', async () => {
    for (const options of [{ size: 1 }, { inline: true }]) {
      const target = pool(options);
      const own = Buffer.from(withEvidence.bytes);
      expect((await target.verify({ name: 'own', bytes: own })).kind).toBe('package');
      expect(own.byteLength).toBe(0);
      const larger = Buffer.concat([Buffer.from(withEvidence.bytes), Buffer.from('trailing')]);
      const view = larger.subarray(0, withEvidence.bytes.length);
      expect((await target.verify({ name: 'view', bytes: view })).kind).toBe('package');
      expect(view.equals(withEvidence.bytes)).toBe(true);
    }
  });
});

describe('close()', () => {
  it('terminates the workers and rejects what is queued or running, and every later job', async () => {
    const seen = startedWorkers();
    const workers = pool({ size: 2, onWorkerStarted: seen.onWorkerStarted });
    const jobs = [job('slow 1', slow, PASSPHRASE), job('slow 2', slow, PASSPHRASE), job('queued', withEvidence.bytes)].map((item) =>
      workers.verify(item).then(
        (outcome) => `resolved as ${outcome.kind}`,
        (error: Error) => error.message,
      ),
    );
    await until(() => seen.busy.size === 2);
    await workers.close();
    expect(await Promise.all(jobs)).toEqual(Array(3).fill('the verification pool is closed'));
    expect(seen.workers).toHaveLength(2);
    await until(() => seen.workers.every((worker) => seen.exited.has(worker)));
    await expect(workers.verify(job('later', withEvidence.bytes))).rejects.toThrow('the verification pool is closed');
  });
});

describe('finding the worker script', () => {
  const everything = () => true;

  it('beside a bundle — dist/electron, inside app.asar too (Electron reads it there)', () => {
    expect(locateVerifyWorker('/opt/Fieldscore/resources/app.asar/dist/electron/main.cjs', undefined, everything)).toEqual({
      file: path.join('/opt/Fieldscore/resources/app.asar/dist/electron', 'verify-worker.cjs'),
      source: false,
    });
    expect(locateVerifyWorker('/srv/fieldscore/dist/electron/cli.cjs', '/srv/fieldscore/bin/fieldscore.cjs', everything)?.file).toBe(path.join('/srv/fieldscore/dist/electron', 'verify-worker.cjs'));
  });

  it('from TypeScript source, beside this module or from the entry script (tsx, ESM)', () => {
    const source = path.join(ROOT, 'electron', 'packages', 'verify-worker.ts');
    expect(locateVerifyWorker(path.join(ROOT, 'electron', 'packages', 'verify-pool.ts'), undefined)).toEqual({ file: source, source: true });
    expect(locateVerifyWorker(undefined, path.join(ROOT, 'electron', 'cli', 'main.ts'))).toEqual({ file: source, source: true });
  });

  it('nowhere: undefined, so the pool verifies inline', () => {
    expect(locateVerifyWorker('/srv/fieldscore/dist/electron/serve.cjs', undefined, () => false)).toBeUndefined();
    expect(locateVerifyWorker(undefined, path.join(os.tmpdir(), 'elsewhere.mjs'))).toBeUndefined();
    expect(locateVerifyWorker(undefined, undefined)).toBeUndefined();
  });

  it('as bundles (scripts/build.mjs options): a script beside verify-worker.cjs starts it, without tsx, and the worker has no store', async () => {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'fieldscore-verify-bundle-'));
    try {
      const options: BuildOptions = { bundle: true, platform: 'node', format: 'cjs', target: 'node20', external: ['electron', 'better-sqlite3', 'exceljs'], logLevel: 'silent' };
      await build({ ...options, entryPoints: [path.join(ROOT, 'electron', 'packages', 'verify-worker.ts')], outfile: path.join(folder, 'verify-worker.cjs') });
      const probe = `
        import { readFileSync } from 'node:fs';
        import { createVerifyPool } from './electron/packages/verify-pool';
        void (async () => {
        const warnings: string[] = [];
        const pool = createVerifyPool({ size: 2, warn: (message) => warnings.push(message) });
        const outcomes = await Promise.all(process.argv.slice(2).map((file) => pool.verify({ name: file, bytes: readFileSync(file) })));
        console.log(JSON.stringify({ size: pool.size, warnings, kinds: outcomes.map((outcome) => outcome.kind), isBuffer: outcomes[0].kind === 'package' && Buffer.isBuffer(outcomes[0].package.signature) }));
        await pool.close();
        })();
      `;
      await build({ ...options, stdin: { contents: probe, resolveDir: ROOT, loader: 'ts' }, outfile: path.join(folder, 'probe.cjs') });
      const packageFile = path.join(folder, withEvidence.fileName);
      const consolidatedFile = path.join(folder, 'hub.fieldscore-set');
      fs.writeFileSync(packageFile, withEvidence.bytes);
      fs.writeFileSync(consolidatedFile, consolidated);
      const { stdout } = await promisify(execFile)(process.execPath, [path.join(folder, 'probe.cjs'), packageFile, consolidatedFile], { cwd: os.tmpdir() });
      expect(JSON.parse(stdout)).toEqual({ size: 2, warnings: [], kinds: ['package', 'consolidated'], isBuffer: true });
      expect(fs.readFileSync(path.join(folder, 'verify-worker.cjs'), 'utf8')).not.toMatch(/require\("better-sqlite3"\)/);
    } finally {
      fs.rmSync(folder, { recursive: true, force: true });
    }
  });
});
