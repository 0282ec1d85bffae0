// `fieldscore report`, end to end: the real command (the built bin/fieldscore.cjs, and runCli in
// process), real packages and a real consolidated file, the machine's Chromium, the PDFs checked
// with poppler. Needs dist/ (dist/electron/cli.cjs, report.html and its fonts): run under the dist
// lock, after a build:
//   flock /tmp/fieldscore-dist.lock -c 'node scripts/build.mjs --quiet && npx vitest run tests/electron/cli/report-command.test.ts'
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { CliIo } from '../../../electron/cli/cli-io';
import { REPORT_USAGE } from '../../../electron/cli/report-command';
import { runCli } from '../../../electron/cli/run-cli';
import { generateDemoNetwork, type DemoPackage } from '../../../electron/packages/demo/generate-demo-network';
import { RESOURCES_DIR, tempDir } from '../../fixtures/xlsx/cli-files';
import { hasWords, isPaper, pdfInfo, pdfPagesText } from '../reports/pdf-checks';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const EXAMPLE = path.join(ROOT, 'docs/examples/KEN-RH_2025_r1.fieldscore');
const BIN = path.join(ROOT, 'bin', 'fieldscore.cjs');

let dir: string;
let demo: DemoPackage[];
let setFile: string;

async function run(...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const io: CliIo = { stdout: (text) => (stdout += text), stderr: (text) => (stderr += text), resourcesDir: RESOURCES_DIR };
  const code = await runCli(argv, io);
  return { code, stdout, stderr };
}

/** The installed command as a user runs it, in its own process. */
function spawn(args: string[], env: NodeJS.ProcessEnv = {}) {
  const result = spawnSync(process.execPath, [BIN, ...args], { cwd: dir, encoding: 'utf8', env: { ...process.env, FIELDSCORE_RESOURCES_DIR: '', ...env } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

beforeAll(async () => {
  dir = tempDir();
  vi.stubEnv('FIELDSCORE_DATA_DIR', path.join(dir, 'data'));
  // Three offices over 2024 and 2025, consolidated the way a hub does.
  demo = await generateDemoNetwork({ resourcesDir: RESOURCES_DIR, offices: 3 });
  const packages = path.join(dir, 'packages');
  fs.mkdirSync(packages);
  for (const pkg of demo) fs.writeFileSync(path.join(packages, pkg.fileName), pkg.bytes);
  setFile = path.join(dir, 'region.fieldscore-set');
  const consolidated = await run('consolidate', packages, '--out', setFile, '--hub', 'Test hub');
  expect(consolidated.code).toBe(0);
  vi.unstubAllEnvs();
}, 120_000);

afterEach(() => vi.unstubAllEnvs());
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('fieldscore report', () => {
  it('prints the example package’s office report from the built command: Letter, Arabic, tagged, the symbol on every page', () => {
    const out = path.join(dir, 'kenya-ar.pdf');
    const result = spawn(['report', EXAMPLE, '--pdf', out, '--lang', 'ar', '--paper', 'letter']);
    expect({ code: result.code, stderr: result.stderr }).toEqual({ code: 0, stderr: '' });
    expect(result.stdout).toBe(`Wrote ${out}: office KEN-RH, cycle 2025, revision 1, ar, US Letter, ${fs.statSync(out).size} bytes\n`);
    const info = pdfInfo(out);
    expect(info).toMatchObject({ tagged: true, lang: 'ar', outline: true });
    expect(info.pageSizes.every((size) => isPaper(size, 'letter', 'portrait') || isPaper(size, 'letter', 'landscape'))).toBe(true);
    for (const text of pdfPagesText(out)) expect(text).toContain('FS/2025/KEN-RH');
    expect(fs.readdirSync(dir).filter((name) => name.endsWith('.part'))).toEqual([]);
  }, 60_000);

  it('prints one office of a consolidated file, its latest cycle, A4 by default', async () => {
    const office = demo[0]!.office.code;
    const out = path.join(dir, `${office}.pdf`);
    const result = await run('report', setFile, '--pdf', out, '--office', office.toLowerCase());
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout).toContain(`office ${office}, cycle 2025`);
    const info = pdfInfo(out);
    expect(info.lang).toBe('en');
    expect(info.pageSizes.every((size) => isPaper(size, 'a4', 'portrait') || isPaper(size, 'a4', 'landscape'))).toBe(true);
    const text = pdfPagesText(out).join('\n');
    expect(text).toContain(`FS/2025/${office}`);
    expect(hasWords(text, demo[0]!.office.name)).toBe(true);
  }, 60_000);

  it('says why it makes nothing: an office the set does not hold, a package with --office, a file that is not one', async () => {
    const unknown = await run('report', setFile, '--pdf', path.join(dir, 'x.pdf'), '--office', 'ZZZ-XX');
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('holds no office ZZZ-XX; it holds: ');
    const withOffice = await run('report', EXAMPLE, '--pdf', path.join(dir, 'y.pdf'), '--office', 'KEN-RH');
    expect(withOffice.code).toBe(1);
    expect(withOffice.stderr).toContain('--office is for a consolidated file');
    const notAPackage = path.join(dir, 'notes.fieldscore');
    fs.writeFileSync(notAPackage, 'not a zip');
    const invalid = await run('report', notAPackage, '--pdf', path.join(dir, 'z.pdf'));
    expect(invalid.code).toBe(1);
    expect(invalid.stderr).toMatch(/is not valid: .+\[not_a_package\]/);
    expect(['x.pdf', 'y.pdf', 'z.pdf'].filter((name) => fs.existsSync(path.join(dir, name)))).toEqual([]);
  });

  it('never overwrites an existing file', async () => {
    const out = path.join(dir, 'existing.pdf');
    fs.writeFileSync(out, 'keep me');
    const result = await run('report', EXAMPLE, '--pdf', out);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('already exists');
    expect(fs.readFileSync(out, 'utf8')).toBe('keep me');
  });

  it('says what is missing, and how to fix it, when no Chromium is found', () => {
    const out = path.join(dir, 'no-browser.pdf');
    const result = spawn(['report', EXAMPLE, '--pdf', out], { FIELDSCORE_CHROMIUM: path.join(dir, 'no-such-chromium') });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('no Chromium, Google Chrome or Microsoft Edge found to print with');
    expect(result.stderr).toContain('no-such-chromium');
    expect(result.stderr).toContain('set FIELDSCORE_CHROMIUM');
    expect(fs.existsSync(out)).toBe(false);
  });

  it('has --help, and refuses wrong usage with exit code 2', async () => {
    expect(await run('report', '--help')).toEqual({ code: 0, stdout: `${REPORT_USAGE}\n`, stderr: '' });
    const noPdf = await run('report', EXAMPLE);
    expect(noPdf.code).toBe(2);
    expect(noPdf.stderr).toContain('--pdf <file>');
    expect((await run('report', EXAMPLE, '--pdf', path.join(dir, 'a.pdf'), '--lang', 'de')).code).toBe(2);
    expect((await run('report', EXAMPLE, '--pdf', path.join(dir, 'a.pdf'), '--paper', 'a3')).code).toBe(2);
    expect((await run('report', EXAMPLE, EXAMPLE, '--pdf', path.join(dir, 'a.pdf'))).code).toBe(2);
    expect((await run('--help')).stdout).toContain('report <file> --pdf <file>');
  });
});
