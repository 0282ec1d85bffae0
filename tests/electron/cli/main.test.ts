import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { frameworkToXlsx } from '../../../electron/frameworks/framework-xlsx';
import { frameworkHash } from '../../../shared/framework/framework-hash';
import { scoreAssessment } from '../../../shared/scoring/score-assessment';
import { assessmentOf, readDefaultFramework, RESOURCES_DIR, tempDir, writeJson } from '../../fixtures/xlsx/cli-files';
import { workedExampleAnswers } from '../../fixtures/scoring/worked-example-tables';
import { smallFramework } from '../../fixtures/xlsx/small-framework';

/** The real `fieldscore` process: from source with tsx, and built the way scripts/build.mjs builds it. */
const ROOT = path.resolve(__dirname, '../../..');
const TSX = path.join(ROOT, 'node_modules', '.bin', 'tsx');

function spawn(command: string, args: string[], cwd: string) {
  const result = spawnSync(command, args, { cwd, encoding: 'utf8', env: { ...process.env, FIELDSCORE_RESOURCES_DIR: '' } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

let dir: string;
let builtRoot: string;
let smallJson: string;
let smallXlsx: string;
let assessment: string;

beforeAll(async () => {
  dir = tempDir();
  smallJson = writeJson(dir, 'small.json', smallFramework());
  smallXlsx = path.join(dir, 'small.xlsx');
  fs.writeFileSync(smallXlsx, await frameworkToXlsx(smallFramework()));
  const framework = readDefaultFramework();
  const answers = workedExampleAnswers();
  assessment = writeJson(dir, 'assessment.json', assessmentOf(framework, answers));

  // An installed layout: package.json, bin/, dist/electron/cli.cjs, resources/ and node_modules/ side by side.
  builtRoot = path.join(dir, 'app');
  fs.mkdirSync(path.join(builtRoot, 'bin'), { recursive: true });
  fs.copyFileSync(path.join(ROOT, 'package.json'), path.join(builtRoot, 'package.json'));
  fs.copyFileSync(path.join(ROOT, 'bin', 'fieldscore.cjs'), path.join(builtRoot, 'bin', 'fieldscore.cjs'));
  fs.symlinkSync(RESOURCES_DIR, path.join(builtRoot, 'resources'));
  fs.symlinkSync(path.join(ROOT, 'node_modules'), path.join(builtRoot, 'node_modules'));
  const result = await build({
    entryPoints: [path.join(ROOT, 'electron/cli/main.ts')],
    outfile: path.join(builtRoot, 'dist', 'electron', 'cli.cjs'),
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    // As scripts/build.mjs: native and Electron modules external, the rest bundled.
    external: ['electron', 'better-sqlite3', 'exceljs'],
    logLevel: 'silent',
  });
  // A warning here (e.g. import.meta in a CommonJS bundle) would show in every `npm run build`.
  expect(result.warnings).toEqual([]);
});

afterAll(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('fieldscore from source (tsx)', () => {
  it('checks a framework: exit 0 and the OK line', () => {
    const result = spawn(TSX, ['electron/cli/main.ts', 'framework', 'check', smallJson], ROOT);
    expect(result).toMatchObject({ code: 0, stdout: `OK small-test 1.2.0 ${frameworkHash(smallFramework())}\n` });
  });

  it('exits 2 with the usage for an unknown command', () => {
    const result = spawn(TSX, ['electron/cli/main.ts', 'publish'], ROOT);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/unknown command "publish"\nUsage: fieldscore/);
  });
});

describe('fieldscore as built (bin/fieldscore.cjs → dist/electron/cli.cjs)', () => {
  it('checks a workbook', () => {
    const result = spawn(process.execPath, [path.join(builtRoot, 'bin', 'fieldscore.cjs'), 'framework', 'check', smallXlsx], dir);
    expect(result).toMatchObject({ code: 0, stdout: `OK small-test 1.2.0 ${frameworkHash(smallFramework())}\n` });
  });

  it('finds the shipped frameworks beside the build and scores with them', () => {
    const result = spawn(process.execPath, [path.join(builtRoot, 'bin', 'fieldscore.cjs'), 'score', assessment, '--json'], dir);
    expect(result.stderr).toBe('');
    const report = JSON.parse(result.stdout) as { overall: { score: number | null } };
    const answers = (JSON.parse(fs.readFileSync(assessment, 'utf8')) as { answers: Parameters<typeof scoreAssessment>[1] }).answers;
    expect(report.overall.score).toBe(scoreAssessment(readDefaultFramework(), answers).overall.score);
  });

  it('runs the bundle directly too: export finds resources two levels up', () => {
    const out = path.join(dir, 'exported.xlsx');
    const result = spawn(process.execPath, [path.join(builtRoot, 'dist', 'electron', 'cli.cjs'), 'framework', 'export', 'fieldscore-default', '--xlsx', out], dir);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(fs.readFileSync(out).subarray(0, 2).toString()).toBe('PK');
  });

  it('says so when the CLI has not been built', () => {
    const bare = path.join(dir, 'bare', 'bin');
    fs.mkdirSync(bare, { recursive: true });
    fs.copyFileSync(path.join(ROOT, 'bin', 'fieldscore.cjs'), path.join(bare, 'fieldscore.cjs'));
    const result = spawn(process.execPath, [path.join(bare, 'fieldscore.cjs'), '--help'], dir);
    expect(result).toMatchObject({ code: 1, stdout: '', stderr: 'Fieldscore is not built yet: run npm install\n' });
  });
});
