import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  formatFrameworkFileProblem,
  readFrameworkBytes,
  readFrameworkFile,
  type FrameworkFileResult,
} from '../../../electron/frameworks/framework-file';
import { frameworkToXlsx } from '../../../electron/frameworks/framework-xlsx';
import { FRAMEWORK_MAX_BYTES } from '../../../shared/api/contract';
import { frameworkHash } from '../../../shared/framework/framework-hash';
import { smallFramework } from '../../fixtures/xlsx/small-framework';

const OLD_EXCEL = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]);

function problemLines(result: FrameworkFileResult): string[] {
  if (result.ok) throw new Error('expected problems, got a valid framework');
  return result.problems.map(formatFrameworkFileProblem);
}

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

function fileWith(name: string, bytes: Uint8Array | string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fieldscore-framework-file-'));
  dirs.push(dir);
  const file = path.join(dir, name);
  fs.writeFileSync(file, bytes);
  return file;
}

describe('readFrameworkBytes', () => {
  it('reads the same framework, with the same hash, from JSON (with a BOM) and from a workbook', async () => {
    const framework = smallFramework();
    const ref = { id: 'small-test', version: '1.2.0', hash: frameworkHash(framework) };
    const json = await readFrameworkBytes(Buffer.from(`\uFEFF${JSON.stringify(framework)}`));
    const xlsx = await readFrameworkBytes(await frameworkToXlsx(framework));
    expect(json).toEqual({ ok: true, format: 'json', framework, ref });
    expect(xlsx).toEqual({ ok: true, format: 'xlsx', framework, ref });
  });

  it('locates JSON problems by their path', async () => {
    const framework = smallFramework();
    framework.minCoverage = 0;
    const result = await readFrameworkBytes(Buffer.from(JSON.stringify(framework)));
    expect(result).toMatchObject({ ok: false, format: 'json', problems: [{ jsonPath: 'minCoverage', message: expect.any(String) }] });
    expect(problemLines(result)).toEqual([expect.stringMatching(/^minCoverage: /)]);
  });

  it.each([
    ['an old .xls file', OLD_EXCEL, /^this is an old Excel file \(\.xls\)/],
    ['bytes that are not text', Buffer.from([0xff, 0xfe, 0x00, 0x81, 0x9f]), /^the file is neither an Excel workbook \(\.xlsx\) nor a JSON text file$/],
    ['text that is not JSON', Buffer.from('perspective,weight\nP1,15\n'), /^the file is neither an Excel workbook \(\.xlsx\) nor valid JSON \(/],
    ['a file over the limit', Buffer.alloc(FRAMEWORK_MAX_BYTES + 1, 0x20), /^the file is too large; framework files may be at most 10 MB$/],
  ])('refuses %s as a whole-file problem', async (_name, bytes, message) => {
    expect(problemLines(await readFrameworkBytes(bytes))).toEqual([expect.stringMatching(message)]);
  });

  it('recognises the format from the content, unless the caller says a workbook is expected', async () => {
    const text = Buffer.from(JSON.stringify(smallFramework()));
    expect(await readFrameworkBytes(text)).toMatchObject({ ok: true, format: 'json' });
    expect(problemLines(await readFrameworkBytes(text, { workbookExpected: true }))).toEqual([
      expect.stringMatching(/^the file is not an Excel workbook \(\.xlsx\)/),
    ]);
  });
});

describe('readFrameworkFile', () => {
  it('reads a file from disk through the same reader', async () => {
    const framework = smallFramework();
    const file = fileWith('small.xlsx', await frameworkToXlsx(framework));
    expect(await readFrameworkFile(file)).toEqual(await readFrameworkBytes(fs.readFileSync(file)));
    expect(await readFrameworkFile(file)).toMatchObject({ ok: true, ref: { hash: frameworkHash(framework) } });
  });

  it('reads a file named .xlsx as a workbook, and names an old .xls file as such whatever its name', async () => {
    expect(problemLines(await readFrameworkFile(fileWith('fake.xlsx', '{}')))).toEqual([expect.stringMatching(/not an Excel workbook \(\.xlsx\)/)]);
    expect(problemLines(await readFrameworkFile(fileWith('old.xlsx', OLD_EXCEL)))).toEqual([expect.stringMatching(/old Excel file \(\.xls\)/)]);
  });

  it('refuses a folder, a missing file and a file over the limit without reading it', async () => {
    const folder = path.dirname(fileWith('x.json', '{}'));
    expect(problemLines(await readFrameworkFile(folder))).toEqual([`${folder} is not a file`]);
    expect(problemLines(await readFrameworkFile(path.join(folder, 'absent.json')))).toEqual([expect.stringMatching(/^cannot read .*ENOENT$/)]);
    const large = fileWith('large.json', '');
    fs.truncateSync(large, FRAMEWORK_MAX_BYTES + 1);
    expect(problemLines(await readFrameworkFile(large))).toEqual([expect.stringMatching(/too large; framework files may be at most 10 MB/)]);
  });
});
