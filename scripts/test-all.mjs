// `npm test`: every check the project has — type-check, lint, build, unit and backend tests
// (vitest, including the packaging check), end-to-end tests in Chromium and in the Electron
// runtime (playwright) — run in that order even when one fails, so one run shows everything.
// The last line is the total over every suite, exactly `N passed, N failed` (the form CI reads).
// Type-check, lint and build count as one test each. Skipped tests (the Electron suite where the
// runtime is not installed) are neither passed nor failed: each suite's line counts them and
// says why, e.g. `playwright: 60 passed, 0 failed, 7 skipped (Electron runtime not installed)`.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const bin = (name) => path.join(root, 'node_modules', '.bin', name);
const reports = mkdtempSync(path.join(os.tmpdir(), 'fieldscore-test-'));
const totals = { passed: 0, failed: 0 };
const lines = [];

function run(command, args, env = {}) {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  return result.status ?? 1;
}

/** skipped: [{ reason, count }], one entry per distinct reason; neither passed nor failed. */
function record(suite, passed, failed, skipped = []) {
  totals.passed += passed;
  totals.failed += failed;
  const count = skipped.reduce((sum, entry) => sum + entry.count, 0);
  let line = `${suite}: ${passed} passed, ${failed} failed`;
  if (count > 0) {
    const why = skipped.map((entry) => (skipped.length > 1 ? `${entry.count} ${shortReason(entry.reason)}` : shortReason(entry.reason)));
    line += `, ${count} skipped (${why.join('; ')})`;
  }
  lines.push(line);
  // The whole reason, where the line above had to shorten it.
  for (const entry of skipped) if (shortReason(entry.reason) !== entry.reason) lines.push(`  ${entry.count} skipped: ${entry.reason}`);
}

/** "Electron runtime not installed: require(…) threw …" → "Electron runtime not installed". */
function shortReason(reason) {
  const colon = reason.indexOf(': ');
  return colon > 0 ? reason.slice(0, colon) : reason;
}

/** The skipped tests of a Playwright JSON report, grouped by the reason their skip or fixme annotation gives. */
function playwrightSkips(report) {
  const counts = new Map();
  const visit = (suite) => {
    for (const child of suite.suites ?? []) visit(child);
    for (const spec of suite.specs ?? []) {
      for (const test of spec.tests ?? []) {
        if (test.status !== 'skipped') continue;
        const marks = (test.annotations ?? []).filter((annotation) => annotation.type === 'skip' || annotation.type === 'fixme');
        const reason = marks.find((annotation) => annotation.description)?.description ?? marks[0]?.type ?? 'no reason given';
        counts.set(reason, (counts.get(reason) ?? 0) + 1);
      }
    }
  };
  for (const suite of report.suites ?? []) visit(suite);
  return [...counts].map(([reason, count]) => ({ reason, count }));
}

function step(suite, command, args) {
  console.log(`\n▶ ${suite}`);
  const status = run(command, args);
  record(suite, status === 0 ? 1 : 0, status === 0 ? 0 : 1);
  return status === 0;
}

function readJson(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
}

step('typecheck', bin('tsc'), ['-p', 'tsconfig.json']);
step('typecheck shared (pure)', bin('tsc'), ['-p', 'tsconfig.shared.json']);
step('lint', bin('eslint'), ['--max-warnings', '0', '.']);
const built = step('build', process.execPath, [path.join(root, 'scripts', 'build.mjs'), '--quiet']);

console.log('\n▶ unit and backend tests (vitest)');
const vitestReport = path.join(reports, 'vitest.json');
const vitestStatus = run(bin('vitest'), ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${vitestReport}`]);
const vitest = readJson(vitestReport);
const vitestSkipped = (vitest?.numPendingTests ?? 0) + (vitest?.numTodoTests ?? 0);
if (vitest) {
  const failed = vitest.numFailedTests + (vitestStatus !== 0 && vitest.numFailedTests === 0 ? 1 : 0);
  record('vitest', vitest.numPassedTests, failed, vitestSkipped > 0 ? [{ reason: 'it.skip or it.todo', count: vitestSkipped }] : []);
}
else record('vitest', 0, 1);

console.log('\n▶ end-to-end tests (playwright: Chromium against the bridge, and the Electron app)');
if (!built) {
  record('playwright', 0, 1);
  lines.push('playwright: not run, the build failed');
} else if (!existsSync('/usr/bin/chromium')) {
  record('playwright', 0, 1);
  lines.push('playwright: not run, /usr/bin/chromium is missing (see README: apt-get install chromium)');
} else {
  const playwrightReport = path.join(reports, 'playwright.json');
  const playwrightStatus = run(bin('playwright'), ['test', '--reporter=list,json'], { PLAYWRIGHT_JSON_OUTPUT_NAME: playwrightReport });
  const playwright = readJson(playwrightReport);
  if (playwright?.stats) {
    const { expected = 0, unexpected = 0, flaky = 0 } = playwright.stats;
    const errors = playwright.errors?.length ?? 0;
    record('playwright', expected + flaky, unexpected + (playwrightStatus !== 0 && unexpected === 0 ? Math.max(1, errors) : 0), playwrightSkips(playwright));
  } else record('playwright', 0, 1);
}

rmSync(reports, { recursive: true, force: true });
console.log('\n' + lines.join('\n'));
console.log(`${totals.passed} passed, ${totals.failed} failed`);
process.exit(totals.failed === 0 ? 0 : 1);
