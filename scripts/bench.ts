/**
 * Benchmarks: `npm run bench` (or `npx tsx scripts/bench.ts [section…]`). Each section prints
 * its own figures; there are no thresholds — numbers are for comparing runs on one machine.
 * To add a section, append a { name, run } entry to SECTIONS.
 */
import Database from 'better-sqlite3';
import fc from 'fast-check';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { openBackend } from '../electron/backend/open-backend';
import { startBridgeServer } from '../electron/bridge/bridge-server';
import type { ApiResult } from '../shared/api/app-error';
import type { AssessmentSummary, RequestOf } from '../shared/api/contract';
import type { Answers } from '../shared/assessment/answer';
import { validateFramework } from '../shared/framework/validate-framework';
import { scoreAssessment } from '../shared/scoring/score-assessment';
import { answersArb } from '../tests/fixtures/scoring/arbitrary-answers';
import { benchImport } from './bench-import';
import { benchHubTable } from './bench-hub-table';
import { benchPackages } from './bench-packages';
import { benchReports } from './bench-reports';

interface BenchSection {
  name: string;
  run: () => void | Promise<void>;
}

const ROOT = path.resolve(import.meta.dirname, '..');

/** Runs `work` once to warm up, then `rounds` times; returns the best time in ms (least disturbed by other processes). */
function bestOf(rounds: number, work: () => void): number {
  work();
  let best = Number.POSITIVE_INFINITY;
  for (let i = 0; i < rounds; i += 1) {
    const start = performance.now();
    work();
    best = Math.min(best, performance.now() - start);
  }
  return best;
}

function perSecond(count: number, ms: number): string {
  return Math.round((count / ms) * 1000).toLocaleString('en-US');
}

const scoring: BenchSection = {
  name: 'scoring',
  run() {
    const file = path.join(ROOT, 'resources/frameworks/fieldscore-default-1.0.0.json');
    const validation = validateFramework(JSON.parse(readFileSync(file, 'utf8')));
    if (!validation.ok) throw new Error(`default framework invalid: ${JSON.stringify(validation.problems)}`);
    const framework = validation.framework;

    const count = 10_000;
    const seed = 20_230_127;
    // Valid random answers (blank, N/A, unknown and values of every input type), seeded so runs compare.
    const assessments: Answers[] = fc.sample(answersArb(framework), { seed, numRuns: count });

    let sink = 0;
    const scoringMs = bestOf(5, () => {
      for (const answers of assessments) sink += scoreAssessment(framework, answers).overall.coverage;
    });
    // Baseline in the same run: a JSON round trip of the same answer sets, the cheapest thing any code does with them.
    const baselineMs = bestOf(5, () => {
      for (const answers of assessments) sink += (JSON.parse(JSON.stringify(answers)) as Answers) === answers ? 1 : 0;
    });

    console.log(`  framework            ${framework.id} ${framework.version} (${framework.perspectives.flatMap((p) => p.indicators).length} indicators)`);
    console.log(`  assessments          ${count.toLocaleString('en-US')} generated, seed ${seed}`);
    console.log(`  scoring              ${scoringMs.toFixed(1)} ms  → ${perSecond(count, scoringMs)} assessments/s`);
    console.log(`  baseline (JSON r/t)  ${baselineMs.toFixed(1)} ms  → ${perSecond(count, baselineMs)} answer sets/s`);
    console.log(`  ratio                scoring takes ${(scoringMs / baselineMs).toFixed(2)}× the JSON round trip`);
    if (Number.isNaN(sink)) console.log('  (unreachable: keeps the work from being optimised away)');
  },
};

/** Milliseconds of each run, sorted, with the median and 99th percentile (nearest rank). */
function latencies(samples: number[]): { median: number; p99: number } {
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = (q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? Number.NaN;
  return { median: rank(0.5), p99: rank(0.99) };
}

async function timeEach(count: number, work: (index: number) => unknown): Promise<number[]> {
  const samples: number[] = [];
  for (let index = 0; index < count; index += 1) {
    const start = performance.now();
    await work(index);
    samples.push(performance.now() - start);
  }
  return samples;
}

function expectOk(result: ApiResult<unknown>): unknown {
  if (!result.ok) throw new Error(`bench call failed: ${JSON.stringify(result.error)}`);
  return result.value;
}

/**
 * From a keystroke's answers.set to its durable commit (WAL, synchronous=FULL: one fsync per
 * edit), next to the floor any durable store has on this disk: a bare one-row INSERT in its
 * own transaction with the same PRAGMAs. Then the same edit through the HTTP bridge, to
 * include the transport the browser build uses.
 */
const saveLatency: BenchSection = {
  name: 'save-latency',
  async run() {
    const count = 1_000;
    const warmUp = 20;
    const temp = mkdtempSync(path.join(os.tmpdir(), 'fieldscore-bench-'));
    try {
      const backend = await openBackend({
        dataDir: path.join(temp, 'data'),
        resourcesDir: path.join(ROOT, 'resources'),
        appVersion: 'bench',
        mode: 'node',
        log: () => undefined,
      });
      const bridge = await startBridgeServer({ backend, rendererDir: temp, port: 0 });
      try {
        const created = expectOk(
          await backend.dispatch('assessments.create', {
            office: { name: 'Bench Office', currentTier: 'country_office', region: 'africa', hostCountry: 'KEN' },
            cycle: 2025,
          } satisfies RequestOf<'assessments.create'>),
        ) as AssessmentSummary;
        // A new value each time, so every call is a real edit with its history row.
        let value = 0;
        const edit = (): RequestOf<'answers.set'> => ({
          assessmentId: created.id,
          indicatorId: 'P2.5',
          answer: { state: 'answered', value: (value += 1) },
        });
        const direct = async () => expectOk(await backend.dispatch('answers.set', edit()));
        const overHttp = async () => {
          const response = await fetch(`http://127.0.0.1:${bridge.port}/api/answers.set`, {
            method: 'POST',
            headers: { authorization: `Bearer ${bridge.token}`, 'content-type': 'application/json' },
            body: JSON.stringify(edit()),
          });
          expectOk((await response.json()) as ApiResult<unknown>);
        };

        await timeEach(warmUp, direct);
        const dispatched = latencies(await timeEach(count, direct));
        await timeEach(warmUp, overHttp);
        const bridged = latencies(await timeEach(count, overHttp));

        const bare = new Database(path.join(temp, 'bare.sqlite'));
        try {
          bare.pragma('journal_mode = WAL');
          bare.pragma('synchronous = FULL');
          bare.exec('CREATE TABLE edits (id INTEGER PRIMARY KEY, value TEXT NOT NULL) STRICT');
          const insert = bare.prepare('INSERT INTO edits (value) VALUES (?)');
          const write = bare.transaction((index: number) => insert.run(JSON.stringify({ state: 'answered', value: index })));
          await timeEach(warmUp, write);
          const floor = latencies(await timeEach(count, write));

          const row = (label: string, figures: { median: number; p99: number }) =>
            console.log(`  ${label.padEnd(34)} median ${figures.median.toFixed(3).padStart(8)} ms   p99 ${figures.p99.toFixed(3).padStart(8)} ms`);
          console.log(`  edits                              ${count.toLocaleString('en-US')} each (after ${warmUp} warm-up), WAL + synchronous=FULL`);
          row('answers.set via dispatch', dispatched);
          row('answers.set via HTTP bridge', bridged);
          row('bare single-row INSERT + commit', floor);
          console.log(
            `  ratio                              dispatch ${(dispatched.median / floor.median).toFixed(2)}× the bare write (median), ` +
              `${(dispatched.p99 / floor.p99).toFixed(2)}× (p99)`,
          );
        } finally {
          bare.close();
        }
      } finally {
        await bridge.close();
        await backend.close();
      }
    } finally {
      rmSync(temp, { recursive: true, force: true });
    }
  },
};

const packages: BenchSection = { name: 'packages', run: () => benchPackages(ROOT) };

const hubImport: BenchSection = { name: 'import', run: () => benchImport(ROOT) };

const SECTIONS: BenchSection[] = [scoring, saveLatency, packages, hubImport, { name: 'hub-table', run: () => benchHubTable(ROOT) }, { name: 'reports', run: () => benchReports(ROOT) }];

async function main(): Promise<void> {
  const wanted = process.argv.slice(2);
  const unknown = wanted.filter((name) => !SECTIONS.some((section) => section.name === name));
  if (unknown.length > 0) {
    console.error(`unknown bench section(s): ${unknown.join(', ')}; known: ${SECTIONS.map((s) => s.name).join(', ')}`);
    process.exitCode = 2;
    return;
  }
  console.log(`Fieldscore benchmarks — node ${process.version}, ${process.platform}/${process.arch}`);
  for (const section of SECTIONS.filter((s) => wanted.length === 0 || wanted.includes(s.name))) {
    console.log(`\n[${section.name}]`);
    await section.run();
  }
}

await main();
