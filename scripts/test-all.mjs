// `npm test`: every check the project has — type-check, lint, build, unit and backend tests
// (vitest), end-to-end tests in Chromium (playwright) — run in that order even when one fails,
// so one run shows everything. The last line is the total over every suite, exactly
// `N passed, N failed` (the form CI reads). Type-check, lint and build count as one test each.
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

function record(suite, passed, failed) {
  totals.passed += passed;
  totals.failed += failed;
  lines.push(`${suite}: ${passed} passed, ${failed} failed`);
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
if (vitest) record('vitest', vitest.numPassedTests, vitest.numFailedTests + (vitestStatus !== 0 && vitest.numFailedTests === 0 ? 1 : 0));
else record('vitest', 0, 1);

console.log('\n▶ end-to-end tests (playwright, Chromium)');
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
    record('playwright', expected + flaky, unexpected + (playwrightStatus !== 0 && unexpected === 0 ? Math.max(1, errors) : 0));
  } else record('playwright', 0, 1);
}

rmSync(reports, { recursive: true, force: true });
console.log('\n' + lines.join('\n'));
console.log(`${totals.passed} passed, ${totals.failed} failed`);
process.exit(totals.failed === 0 ? 0 : 1);
