import ExcelJS from 'exceljs';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CliIo } from '../../../electron/cli/cli-io';
import { runCli } from '../../../electron/cli/run-cli';
import type { ScoreReport } from '../../../electron/cli/score-report';
import { frameworkFromXlsx, frameworkToXlsx } from '../../../electron/frameworks/framework-xlsx';
import { findShippedFramework, readShippedFrameworks } from '../../../electron/frameworks/shipped-frameworks';
import { frameworkHash } from '../../../shared/framework/framework-hash';
import { scoreAssessment } from '../../../shared/scoring/score-assessment';
import { recommendOfficeType } from '../../../shared/typology/recommend-office-type';
import { typologyInputFromAssessment } from '../../../shared/typology/typology-input';
import { assessmentOf, readDefaultFramework, RESOURCES_DIR, SMALL_ANSWERS, tempDir, writeJson } from '../../fixtures/xlsx/cli-files';
import { workedExampleAnswers } from '../../fixtures/scoring/worked-example-tables';
import { smallFramework } from '../../fixtures/xlsx/small-framework';

let dir: string;
beforeEach(() => {
  dir = tempDir();
});
afterEach(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

async function run(...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const io: CliIo = { stdout: (text) => (stdout += text), stderr: (text) => (stderr += text), resourcesDir: RESOURCES_DIR };
  const code = await runCli(argv, io);
  return { code, stdout, stderr, lines: stdout.trimEnd().split('\n') };
}

async function writeXlsx(name: string, bytes: Buffer | Promise<Buffer>): Promise<string> {
  const file = path.join(dir, name);
  fs.writeFileSync(file, await bytes);
  return file;
}

describe('usage', () => {
  it('prints help for the tool and for each command, exit 0', async () => {
    const main = await run('--help');
    expect(main).toMatchObject({ code: 0, stderr: '' });
    expect(main.stdout).toMatch(/^Usage: fieldscore <command>/);
    expect((await run('framework', 'check', '--help')).stdout).toMatch(/^Usage: fieldscore framework check/);
    expect((await run('framework', 'export', '-h')).stdout).toMatch(/^Usage: fieldscore framework export/);
    expect((await run('score', '--help')).stdout).toMatch(/^Usage: fieldscore score/);
  });

  it.each([
    [['frobnicate'], /unknown command "frobnicate"/],
    [[], /no command given/],
    [['framework', 'lint', 'x.json'], /unknown command "framework lint"/],
    [['score', 'a.json', '--colour'], /Unknown option '--colour'/],
    [['score'], /exactly one file is expected/],
    [['framework', 'check', 'a.json', 'b.json'], /exactly one file is expected/],
    [['framework', 'export', 'fieldscore-default'], /--xlsx <out.xlsx>/],
  ])('%j is wrong usage: the usage on stderr, exit 2', async (argv, message) => {
    const result = await run(...argv);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(message);
    expect(result.stderr).toMatch(/Usage: fieldscore/);
  });
});

describe('framework check', () => {
  it('accepts a valid JSON framework with one OK line', async () => {
    const framework = smallFramework();
    const result = await run('framework', 'check', writeJson(dir, 'small.json', framework));
    expect(result).toEqual({ code: 0, stdout: `OK small-test 1.2.0 ${frameworkHash(framework)}\n`, stderr: '', lines: expect.any(Array) });
  });

  it('accepts the same framework as a workbook, with the same hash', async () => {
    const file = await writeXlsx('small.xlsx', frameworkToXlsx(smallFramework()));
    expect((await run('framework', 'check', file)).stdout).toBe(`OK small-test 1.2.0 ${frameworkHash(smallFramework())}\n`);
  });

  it('lists the structural problems of an invalid JSON framework with their paths, exit 1', async () => {
    const framework = smallFramework();
    framework.perspectives[1]!.indicators[1]!.weight = -1;
    framework.minCoverage = 0;
    const result = await run('framework', 'check', writeJson(dir, 'bad.json', framework));
    expect(result.code).toBe(1);
    expect(result.lines).toEqual([
      expect.stringMatching(/^minCoverage: /),
      expect.stringMatching(/^perspectives\.1\.indicators\.1\.weight: indicator P2\.3 weight: /),
    ]);
    expect(result.stderr).toMatch(/2 problems; the framework is not valid/);
  });

  it('reports whole-document problems of a JSON framework: order of bands, missing translation', async () => {
    const framework = smallFramework();
    framework.bands.indicator = { green: 70, amber: 85 };
    delete framework.perspectives[1]?.indicators[1]?.title.fr;
    const result = await run('framework', 'check', writeJson(dir, 'bad.json', framework));
    expect(result.code).toBe(1);
    expect(result.lines).toEqual([
      expect.stringMatching(/^bands\.indicator: .*amber \(85\) must be below green \(70\)/),
      expect.stringMatching(/^perspectives\.1\.indicators\.1\.title\.fr: indicator P2\.3 title has no text in "fr"/),
    ]);
  });

  it('lists the problems of an invalid workbook by sheet, row and column, exit 1', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await frameworkToXlsx(smallFramework())) as unknown as ArrayBuffer);
    const row = workbook.getWorksheet('indicators')!.getRow(5); // P1.7
    row.getCell(15).value = 'heavy'; // weight
    row.getCell(8).value = 'quadratic'; // rule
    const file = await writeXlsx('bad.xlsx', workbook.xlsx.writeBuffer().then((b) => Buffer.from(b)));
    const result = await run('framework', 'check', file);
    expect(result.code).toBe(1);
    expect(result.lines).toEqual([
      expect.stringMatching(/^sheet "indicators", row 5, column H \(rule\): unknown rule "quadratic"/),
      'sheet "indicators", row 5, column O (weight): weight must be a number, not "heavy"',
    ]);
  });

  it('refuses a file that is neither JSON nor a workbook, and a missing file', async () => {
    const text = path.join(dir, 'notes.txt');
    fs.writeFileSync(text, 'not a framework');
    expect(await run('framework', 'check', text)).toMatchObject({ code: 1, stdout: expect.stringMatching(/neither an Excel workbook \(\.xlsx\) nor valid JSON/) });
    const fake = path.join(dir, 'fake.xlsx');
    fs.writeFileSync(fake, 'not a zip');
    expect(await run('framework', 'check', fake)).toMatchObject({ code: 1, stdout: expect.stringMatching(/not an Excel workbook \(\.xlsx\)/) });
    expect(await run('framework', 'check', path.join(dir, 'absent.json'))).toMatchObject({ code: 1, stdout: expect.stringMatching(/ENOENT/) });
  });
});

describe('framework export', () => {
  it('writes the shipped default framework as a workbook that reads back equal', async () => {
    const out = path.join(dir, 'default.xlsx');
    const latest = findShippedFramework(readShippedFrameworks(RESOURCES_DIR).frameworks, 'fieldscore-default');
    if (!latest) throw new Error('no shipped default framework');
    const result = await run('framework', 'export', 'fieldscore-default', '--xlsx', out);
    expect(result).toMatchObject({ code: 0, stdout: `Wrote ${out} (fieldscore-default ${latest.ref.version})\n` });
    const back = await frameworkFromXlsx(fs.readFileSync(out));
    expect(back).toEqual({ ok: true, framework: latest.framework });

    const pinned = path.join(dir, 'pinned.xlsx');
    expect(await run('framework', 'export', 'fieldscore-default', '--version', '1.0.0', '--xlsx', pinned)).toMatchObject({ code: 0 });
    expect(await frameworkFromXlsx(fs.readFileSync(pinned))).toEqual({ ok: true, framework: readDefaultFramework() });
    expect(fs.readdirSync(dir).sort()).toEqual(['default.xlsx', 'pinned.xlsx']); // no partial files left
  });

  it('refuses an id or version that is not shipped, naming what is', async () => {
    const out = path.join(dir, 'x.xlsx');
    const unknown = await run('framework', 'export', 'nope', '--xlsx', out);
    expect(unknown).toMatchObject({ code: 1, stderr: expect.stringMatching(/no shipped framework "nope"; shipped: .*fieldscore-default 1\.0\.0/) });
    const version = await run('framework', 'export', 'fieldscore-default', '--version', '9.9.9', '--xlsx', out);
    expect(version).toMatchObject({ code: 1, stderr: expect.stringMatching(/version 9\.9\.9/) });
    expect(fs.existsSync(out)).toBe(false);
  });

  it('reports a folder it cannot write to', async () => {
    const result = await run('framework', 'export', 'fieldscore-default', '--xlsx', path.join(dir, 'missing', 'x.xlsx'));
    expect(result).toMatchObject({ code: 1, stderr: expect.stringMatching(/cannot write .*ENOENT/) });
  });
});

describe('score', () => {
  it('prints the engine\'s scores, bands and coverage as a table', async () => {
    const framework = readDefaultFramework();
    const answers = workedExampleAnswers();
    const file = writeJson(dir, 'assessment.json', assessmentOf(framework, answers));
    const expected = scoreAssessment(framework, answers);
    const result = await run('score', file);
    expect(result.code).toBe(0);
    for (const perspective of expected.perspectives) {
      const line = result.lines.find((candidate) => candidate.startsWith(`${perspective.perspectiveId} `));
      const score = perspective.score === null ? '—' : perspective.score.toFixed(1);
      const band = perspective.band === 'insufficient_data' ? 'insufficient data' : perspective.band;
      expect(line).toMatch(new RegExp(`^${perspective.perspectiveId}\\s+${score}\\s+${band}`));
    }
    const overall = expected.overall.score?.toFixed(1) ?? '—';
    expect(result.stdout).toMatch(new RegExp(`\\nOverall\\s+${overall.replace('.', '\\.')}\\s+${expected.overall.band}`));
    for (const id of expected.redWithoutJustification) expect(result.stdout).toMatch(new RegExp(`\\n  ${id.replace('.', '\\.')}  `));
    expect(result.stdout).toMatch(/Office-type recommendation/);
  });

  it('--json prints one stable object with the same numbers as scoreAssessment and recommendOfficeType', async () => {
    const framework = smallFramework();
    const document = assessmentOf(framework, SMALL_ANSWERS);
    const frameworkFile = await writeXlsx('small.xlsx', frameworkToXlsx(framework));
    const result = await run('score', writeJson(dir, 'a.json', document), '--json', '--framework', frameworkFile);
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout) as ScoreReport;
    const expected = scoreAssessment(framework, SMALL_ANSWERS);
    const hostFlags = { ldc: false, sids: false, fragile: false };
    const recommendation = recommendOfficeType(typologyInputFromAssessment(framework, SMALL_ANSWERS, hostFlags, 'africa'));
    expect(report.schema).toBe('fieldscore.score-report/1');
    expect(report.framework).toEqual(document.framework);
    expect(report.overall).toMatchObject({ score: expected.overall.score, band: expected.overall.band, coverage: expected.overall.coverage });
    expect(report.perspectives.map((p) => [p.id, p.score, p.band, p.coverage])).toEqual(
      expected.perspectives.map((p) => [p.perspectiveId, p.score, p.band, p.coverage]),
    );
    expect(report.indicators.map((i) => [i.id, i.score, i.band])).toEqual(expected.indicators.map((i) => [i.indicatorId, i.score, i.band]));
    expect(report.redNeedingJustification.map((red) => red.id)).toEqual(expected.redWithoutJustification);
    expect(report.redNeedingJustification).toEqual([{ id: 'P1.3', title: 'Mandated functions active this year', score: 50 }]);
    expect(report.recommendation.suggestedTier).toBe(recommendation.suggestedTier);
    expect(report.recommendation.rules.map((rule) => rule.fired)).toEqual(recommendation.rules.map((rule) => rule.fired));
    expect(report.recommendation.missing).toEqual(recommendation.missing);
    expect(report.recommendation.needsReview).toBe(false);
  });

  it('raises the review flags: LDC host from the shipped country groups, and --fragile', async () => {
    const framework = smallFramework();
    const frameworkFile = writeJson(dir, 'small.json', framework);
    const file = writeJson(dir, 'a.json', assessmentOf(framework, SMALL_ANSWERS, 'AFG'));
    const report = JSON.parse((await run('score', file, '--json', '--fragile', '--framework', frameworkFile)).stdout) as ScoreReport;
    expect(report.recommendation.hostFlags).toEqual({ ldc: true, sids: false, fragile: true });
    expect(report.recommendation.reviewFlags.map((flag) => flag.flag)).toEqual(['ldc', 'fragile']);
    expect((await run('score', file, '--fragile', '--framework', frameworkFile)).stdout).toMatch(
      /Needs review by a person: the host country is a least developed country; fragile context/,
    );
  });

  it('refuses a framework whose content hash differs from the one the assessment recorded', async () => {
    const framework = smallFramework();
    const document = assessmentOf(framework, SMALL_ANSWERS);
    const changed = smallFramework();
    changed.perspectives[0]!.weight = 41;
    const result = await run('score', writeJson(dir, 'a.json', document), '--framework', writeJson(dir, 'changed.json', changed));
    expect(result).toMatchObject({ code: 1, stdout: '' });
    expect(result.stderr).toMatch(new RegExp(`^hash mismatch: .*${document.framework.hash}.*${frameworkHash(changed)}`));
  });

  it('refuses a shipped framework whose hash differs, a framework of another version, and one that is not shipped', async () => {
    const shipped = readDefaultFramework();
    const tampered = assessmentOf(shipped, {});
    tampered.framework.hash = `sha256:${'0'.repeat(64)}`;
    expect(await run('score', writeJson(dir, 'tampered.json', tampered))).toMatchObject({ code: 1, stderr: expect.stringMatching(/^hash mismatch/) });

    const framework = smallFramework();
    const other = { ...smallFramework(), version: '1.3.0' };
    const result = await run('score', writeJson(dir, 'a.json', assessmentOf(framework, SMALL_ANSWERS)), '--framework', writeJson(dir, 'o.json', other));
    expect(result).toMatchObject({ code: 1, stderr: expect.stringMatching(/the framework file is small-test 1\.3\.0, but the assessment was made with small-test 1\.2\.0/) });

    const notShipped = await run('score', writeJson(dir, 'a.json', assessmentOf(framework, SMALL_ANSWERS)));
    expect(notShipped).toMatchObject({ code: 1, stderr: expect.stringMatching(/small-test 1\.2\.0, which is not shipped .* --framework <file>/) });
  });

  it('refuses an invalid assessment document, listing what is wrong', async () => {
    const document = { ...assessmentOf(smallFramework(), SMALL_ANSWERS), id: 'not-a-uuid', cycle: 1990 };
    const result = await run('score', writeJson(dir, 'a.json', document));
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/is not a valid assessment document:\n {2}id: .*\n {2}cycle: /);
    const framework = writeJson(dir, 'f.json', smallFramework());
    expect(await run('score', framework)).toMatchObject({ code: 1, stderr: expect.stringMatching(/not an assessment document/) });
  });
});
