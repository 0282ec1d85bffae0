/**
 * Benchmarks: `npm run bench` (or `npx tsx scripts/bench.ts [section…]`). Each section prints
 * its own figures; there are no thresholds — numbers are for comparing runs on one machine.
 * To add a section, append a { name, run } entry to SECTIONS.
 */
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import type { Answers } from '../shared/assessment/answer';
import { validateFramework } from '../shared/framework/validate-framework';
import { scoreAssessment } from '../shared/scoring/score-assessment';
import { answersArb } from '../tests/fixtures/scoring/arbitrary-answers';

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

const SECTIONS: BenchSection[] = [scoring];

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
