// reports.input and reports.pdf through the real backend (a real SQLite data folder, the
// example package imported at a hub) and, for the PDF, the machine's Chromium. Needs dist/
// (report.html and its fonts): run under the dist lock, after a build.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readCountryGroups } from '../../../electron/geo/country-groups';
import { readPackageFile } from '../../../electron/packages/package-reader';
import { officeReportDataOfPackage } from '../../../electron/reports/office-report-data';
import { checkReportInput } from '../../../shared/reports/report-input';
import { ROOT, workflowFixture, type Client } from '../backend/workflow-backend';
import { hasWords, isPaper, pdfInfo, pdfPagesText } from './pdf-checks';

const EXAMPLE = path.join(ROOT, 'docs/examples/KEN-RH_2025_r1.fieldscore');
const RESOURCES = path.join(ROOT, 'resources');
const fixture = workflowFixture();
let hub: Client;
let assessmentId: string;
let folder: string;

beforeAll(async () => {
  folder = fs.mkdtempSync(path.join(os.tmpdir(), 'fieldscore-report-ops-'));
  // The real resources/: the backend finds dist/renderer/report.html in the app folder above it.
  hub = await fixture.start(undefined, RESOURCES);
  const bytes = fs.readFileSync(EXAMPLE);
  const imported = await hub.call('hub.import', { fileName: path.basename(EXAMPLE), dataBase64: bytes.toString('base64'), decidedBy: 'H. Hub' });
  expect(imported.status).toBe('new');
  const read = await readPackageFile(EXAMPLE);
  if (!read.ok) throw new Error(read.reason.code);
  assessmentId = read.package.document.id;
}, 60_000);

afterAll(async () => {
  await hub?.close();
  fixture.cleanup();
  fs.rmSync(folder, { recursive: true, force: true });
});

describe('reports.input', () => {
  it('gives the report page the office report of a held package, which the page accepts as it is', async () => {
    const input = await hub.call('reports.input', { report: { kind: 'office', assessmentId, from: 'hub' }, language: 'ar', paper: 'letter' });
    expect(input).toMatchObject({ kind: 'office', language: 'ar', paper: 'letter' });
    const read = await readPackageFile(EXAMPLE);
    if (!read.ok) throw new Error(read.reason.code);
    // The held package read again gives what the file gives (no previous cycle held here).
    expect(input.data).toEqual(officeReportDataOfPackage(read.package, readCountryGroups(RESOURCES)));
    // What crosses IPC or the bridge is JSON; the page's own check accepts it after the trip.
    expect(checkReportInput(JSON.parse(JSON.stringify(input)))).toMatchObject({ ok: true });
  });

  it('refuses what it cannot make, each with its reason', async () => {
    // This data folder holds no revision of its own with that id.
    expect(await hub.fail('reports.input', { report: { kind: 'office', assessmentId, from: 'field' }, language: 'en', paper: 'a4' })).toMatchObject({ code: 'not_found' });
    const draft = await hub.create();
    expect(await hub.fail('reports.input', { report: { kind: 'office', assessmentId: draft.id, from: 'field' }, language: 'en', paper: 'a4' })).toMatchObject({
      messageKey: 'packages.errors.not_submitted',
    });
    // The hub holds one African office: no regional report of another region (regional-report-data.test.ts has the rest).
    expect(await hub.fail('reports.input', { report: { kind: 'regional', region: 'asia_pacific' }, language: 'en', paper: 'a4' })).toMatchObject({ messageKey: 'reports.regional.errors.empty' });
    const invalid = await hub.fail('reports.input', { report: { kind: 'office', assessmentId: 'not-a-uuid', from: 'hub' }, language: 'de', paper: 'a3' } as never);
    expect(invalid.code).toBe('invalid_request');
    expect(invalid.problems?.map((problem) => problem.path).sort()).toEqual(['language', 'paper', 'report.assessmentId']);
  });
});

describe('reports.pdf', () => {
  it('prints the same report through Chromium: a tagged PDF of the paper asked, in the language asked, named after the symbol', async () => {
    const pdf = await hub.call('reports.pdf', { report: { kind: 'office', assessmentId, from: 'hub' }, language: 'ar', paper: 'letter' });
    const input = await hub.call('reports.input', { report: { kind: 'office', assessmentId, from: 'hub' }, language: 'ar', paper: 'letter' });
    if (input.kind !== 'office') throw new Error('an office report was asked for');
    expect(pdf.fileName).toBe(`${input.data.masthead.symbol.replace(/[^A-Za-z0-9.]+/g, '-')}_ar.pdf`);
    const file = path.join(folder, pdf.fileName);
    fs.writeFileSync(file, Buffer.from(pdf.dataBase64, 'base64'));
    const info = pdfInfo(file);
    expect(info.tagged).toBe(true);
    expect(info.lang).toBe('ar');
    expect(info.pageSizes.every((size) => isPaper(size, 'letter', 'portrait') || isPaper(size, 'letter', 'landscape'))).toBe(true);
    // Embedded fonts are the shell's tests' and the office report's own (report-shell.test.ts, office-report-pdf.test.ts).
    const text = pdfPagesText(file).join('\n');
    expect(text).toContain(input.data.masthead.symbol);
    expect(hasWords(text, input.data.masthead.officeName)).toBe(true);
  }, 60_000);

  it('prints two requests made at once one after the other, both complete', async () => {
    const request = { report: { kind: 'office' as const, assessmentId, from: 'hub' as const }, language: 'en' as const, paper: 'a4' as const };
    const [first, second] = await Promise.all([hub.call('reports.pdf', request), hub.call('reports.pdf', { ...request, language: 'zh' })]);
    expect(first.fileName.endsWith('_en.pdf')).toBe(true);
    expect(second.fileName.endsWith('_zh.pdf')).toBe(true);
    for (const result of [first, second]) expect(Buffer.from(result.dataBase64, 'base64').subarray(0, 5).toString('latin1')).toBe('%PDF-');
  }, 90_000);
});
