import ExcelJS from 'exceljs';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { frameworkFromXlsx, frameworkToXlsx } from '../../../electron/frameworks/framework-xlsx';
import { databasePath } from '../../../electron/store/store-paths';
import type { Answers } from '../../../shared/assessment/answer';
import { frameworkHash } from '../../../shared/framework/framework-hash';
import type { Framework } from '../../../shared/framework/framework-schema';
import { scoreAssessment } from '../../../shared/scoring/score-assessment';
import { workflowFixture, type Client } from './workflow-backend';

const fixture = workflowFixture();
afterEach(() => fixture.cleanup());

/** The frameworks table as stored, straight from the file: what "nothing installed" is checked against. */
function frameworkRows(dataDir: string): unknown[] {
  const db = new Database(databasePath(dataDir), { readonly: true });
  try {
    return db.prepare('SELECT hash, id, version, is_default, installed_at FROM frameworks ORDER BY hash').all();
  } finally {
    db.close();
  }
}

function base64(bytes: Uint8Array | string): string {
  return Buffer.from(bytes).toString('base64');
}

async function defaultFramework(client: Client): Promise<Framework> {
  const [summary] = await client.call('frameworks.list', {});
  return client.call('frameworks.get', { hash: summary!.hash });
}

/** The default framework revised as HQ would: version 1.1.0 with one weight changed. */
function revised(framework: Framework): Framework {
  const copy = structuredClone(framework);
  copy.version = '1.1.0';
  copy.perspectives[0]!.indicators[2]!.weight = 3; // P1.3, weight 1 in 1.0.0
  return copy;
}

/** An exported workbook with cells changed by exceljs, as an author would in Excel. */
async function editedWorkbook(bytes: Buffer, edit: (workbook: ExcelJS.Workbook) => void): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  edit(workbook);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

function headerColumn(sheet: ExcelJS.Worksheet, header: string): number {
  const headers = sheet.getRow(1).values as unknown[];
  const index = headers.indexOf(header);
  if (index < 1) throw new Error(`no column ${header}`);
  return index;
}

describe('frameworks.exportXlsx', () => {
  it('writes the framework as a real workbook named after its id and version, which reads back to the same text', async () => {
    const client = await fixture.start();
    const [summary] = await client.call('frameworks.list', {});
    const exported = await client.call('frameworks.exportXlsx', { hash: summary!.hash });
    expect(exported.fileName).toBe('fieldscore-default-1.0.0.xlsx');
    const bytes = Buffer.from(exported.dataBase64, 'base64');
    expect([...bytes.subarray(0, 4)]).toEqual([0x50, 0x4b, 0x03, 0x04]);
    const read = await frameworkFromXlsx(bytes);
    if (!read.ok) throw new Error(JSON.stringify(read.problems));
    expect(frameworkHash(read.framework)).toBe(summary!.hash);
  });

  it('answers not_found for a hash that is not installed', async () => {
    const client = await fixture.start();
    expect(await client.fail('frameworks.exportXlsx', { hash: `sha256:${'1'.repeat(64)}` })).toMatchObject({ code: 'not_found' });
  });
});

describe('frameworks.install', () => {
  it('installs the exported workbook again as the same framework, without a second row (idempotent)', async () => {
    const client = await fixture.start();
    const [summary] = await client.call('frameworks.list', {});
    const before = frameworkRows(client.dataDir);
    const exported = await client.call('frameworks.exportXlsx', { hash: summary!.hash });
    const installed = await client.call('frameworks.install', { fileName: exported.fileName, dataBase64: exported.dataBase64 });
    expect(installed).toEqual(summary);
    expect(frameworkRows(client.dataDir)).toEqual(before);
  });

  it('refuses a workbook with a bad cell, naming sheet, row and column, and installs nothing', async () => {
    const client = await fixture.start();
    const framework = await defaultFramework(client);
    const bytes = await editedWorkbook(await frameworkToXlsx(revised(framework)), (workbook) => {
      const sheet = workbook.getWorksheet('indicators')!;
      sheet.getRow(12).getCell(headerColumn(sheet, 'weight')).value = 'abc';
      sheet.getRow(5).getCell(headerColumn(sheet, 'rule')).value = 'guess';
    });
    const before = frameworkRows(client.dataDir);
    const error = await client.fail('frameworks.install', { fileName: 'scorecard-1.1.0.xlsx', dataBase64: base64(bytes) });
    expect(error).toMatchObject({
      code: 'invalid_request',
      messageKey: 'errors.framework_invalid',
      params: { fileName: 'scorecard-1.1.0.xlsx', count: 2 },
    });
    expect(error.problems).toEqual([
      { path: 'indicators!H5 (rule)', message: expect.stringMatching(/unknown rule "guess"/) },
      { path: 'indicators!O12 (weight)', message: 'weight must be a number, not "abc"' },
    ]);
    expect(frameworkRows(client.dataDir)).toEqual(before);
  });

  it('refuses a JSON framework that does not validate, every problem with its JSON path, and installs nothing', async () => {
    const client = await fixture.start();
    const broken = revised(await defaultFramework(client)) as unknown as { perspectives: { weight: unknown; indicators: { weight: unknown }[] }[] };
    broken.perspectives[1]!.weight = -2;
    broken.perspectives[2]!.indicators[0]!.weight = 'heavy';
    const before = frameworkRows(client.dataDir);
    const error = await client.fail('frameworks.install', { fileName: 'broken.json', dataBase64: base64(JSON.stringify(broken)) });
    expect(error).toMatchObject({ code: 'invalid_request', messageKey: 'errors.framework_invalid' });
    expect(error.problems?.map((problem) => problem.path)).toEqual(['perspectives.1.weight', 'perspectives.2.indicators.0.weight']);
    expect(error.problems?.every((problem) => problem.message.length > 0)).toBe(true);
    expect(frameworkRows(client.dataDir)).toEqual(before);
  });

  it.each([
    ['not base64', 'not base64!', /not valid base64/],
    ['a blank text file', base64(' \n'), /nor valid JSON/],
    ['an old .xls file', base64(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0])), /old Excel file \(\.xls\)/],
    ['text that is not JSON', base64('perspective,weight\nP1,15\n'), /neither an Excel workbook \(\.xlsx\) nor valid JSON/],
    ['bytes that are not text', base64(Buffer.from([0xff, 0xfe, 0x00, 0x81, 0x9f])), /neither an Excel workbook \(\.xlsx\) nor a JSON text file/],
    ['a zip that is not a workbook', base64(Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(40)])), /damaged|not an Excel workbook/],
    ['a file over 10 MB', 'A'.repeat(Math.ceil((10 * 1024 * 1024) / 3) * 4 + 4), /too large; framework files may be at most 10 MB/],
  ])('refuses %s as a whole-file problem', async (_name, dataBase64, message) => {
    const client = await fixture.start();
    const before = frameworkRows(client.dataDir);
    const error = await client.fail('frameworks.install', { fileName: 'upload.bin', dataBase64 });
    expect(error).toMatchObject({ code: 'invalid_request', messageKey: 'errors.framework_invalid' });
    expect(error.problems).toEqual([{ path: '', message: expect.stringMatching(message) }]);
    expect(frameworkRows(client.dataDir)).toEqual(before);
  });

  it('refuses another text under an installed id and version (conflict), keeping the installed one', async () => {
    const client = await fixture.start();
    const framework = await defaultFramework(client);
    const changed = structuredClone(framework);
    changed.perspectives[0]!.weight += 1;
    const before = frameworkRows(client.dataDir);
    const error = await client.fail('frameworks.install', { fileName: 'same-version.xlsx', dataBase64: base64(await frameworkToXlsx(changed)) });
    expect(error).toMatchObject({
      code: 'conflict',
      messageKey: 'errors.framework_version_exists',
      params: { id: 'fieldscore-default', version: '1.0.0', fileName: 'same-version.xlsx' },
    });
    expect(frameworkRows(client.dataDir)).toEqual(before);
  });

  it('installs a revised workbook as the new default; an earlier assessment keeps being scored with its own framework', async () => {
    const client = await fixture.start();
    const original = await defaultFramework(client);
    const earlier = await client.create();
    // P1.3: 3 of 4 functions (75), P1.4 "no" (0), P1.5 "vacant" (0): enough coverage, and weights move the P1 score.
    const answers: Answers = {
      'P1.3': { state: 'answered', value: ['technical_cooperation', 'research_policy_advice', 'normative_work'] },
      'P1.4': { state: 'answered', value: 'no' },
      'P1.5': { state: 'answered', value: 'vacant' },
    };
    for (const [indicatorId, answer] of Object.entries(answers)) await client.call('answers.set', { assessmentId: earlier.id, indicatorId, answer });

    const next = revised(original);
    const installed = await client.call('frameworks.install', { fileName: 'scorecard-1.1.0.xlsx', dataBase64: base64(await frameworkToXlsx(next)) });
    expect(installed).toMatchObject({ id: 'fieldscore-default', version: '1.1.0', hash: frameworkHash(next), isDefault: true, title: original.title });
    const list = await client.call('frameworks.list', {});
    expect(list.map((summary) => [summary.version, summary.isDefault])).toEqual([
      ['1.1.0', true],
      ['1.0.0', false],
    ]);

    const document = await client.call('assessments.get', { id: earlier.id });
    expect(document.framework).toEqual(earlier.framework);
    const own = await client.call('frameworks.get', { hash: document.framework.hash });
    expect(own).toEqual(original);
    expect(own.perspectives[0]!.indicators[2]!.weight).toBe(1);
    // The same answers weigh differently under 1.1.0, so which framework is used is visible in the score.
    const withOwn = scoreAssessment(own, document.answers).perspectives[0]!.score;
    const withNew = scoreAssessment(next, document.answers).perspectives[0]!.score;
    expect(withOwn).toBe(25); // (75 + 0 + 0) ÷ 3
    expect(withNew).toBe(45); // (3 × 75 + 0 + 0) ÷ 5

    const later = await client.create({ office: { name: 'Country Office Dakar', currentTier: 'country_office', region: 'africa', hostCountry: 'SEN' } });
    expect(later.framework).toEqual({ id: 'fieldscore-default', version: '1.1.0', hash: frameworkHash(next) });
  });

  it('installs a valid JSON framework and reports it the same way', async () => {
    const client = await fixture.start();
    const pilot = structuredClone(await defaultFramework(client));
    pilot.id = 'hq-pilot';
    pilot.version = '0.1.0';
    const installed = await client.call('frameworks.install', { fileName: 'pilot.json', dataBase64: base64(`\uFEFF${JSON.stringify(pilot)}`) });
    expect(installed).toMatchObject({ id: 'hq-pilot', version: '0.1.0', hash: frameworkHash(pilot), isDefault: false });
    expect(await client.call('frameworks.install', { fileName: 'pilot-again.json', dataBase64: base64(JSON.stringify(pilot, null, 2)) })).toEqual(installed);
  });
});
