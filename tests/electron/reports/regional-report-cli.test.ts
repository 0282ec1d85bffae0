// The regional report from the command line, end to end, as a hub's officer runs it: the built
// command (bin/fieldscore.cjs → dist/electron/cli.cjs) in its own processes — `fieldscore demo`
// writes the 48-office network, `fieldscore consolidate` signs it into one file, `fieldscore
// report` prints it — the machine's Chromium, the PDFs read back with poppler. Needs dist/: run
// under the dist lock, after a build:
//   flock /tmp/fieldscore-dist.lock -c 'node scripts/build.mjs --quiet && npx vitest run tests/electron/reports/regional-report-cli.test.ts'
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readConsolidated } from '../../../electron/consolidation/consolidated-file';
import { readCountryGroups } from '../../../electron/geo/country-groups';
import { regionalReportDataOfConsolidated } from '../../../electron/reports/regional-report-data';
import { ROOT } from '../backend/workflow-backend';
import { hasWords, isPaper, pdfInfo, pdfPagesText } from './pdf-checks';

const BIN = path.join(ROOT, 'bin', 'fieldscore.cjs');
let dir: string;
let network: string;
let africa: string;

/** The installed command in its own process, in a scratch folder, with its own data folder (its signing key). */
function fieldscore(...args: string[]) {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, FIELDSCORE_RESOURCES_DIR: '', FIELDSCORE_DATA_DIR: path.join(dir, 'data') },
    maxBuffer: 64 * 1024 * 1024,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const codesOf = async (file: string) => {
  const read = await readConsolidated(fs.readFileSync(file));
  if (!read.ok) throw new Error(read.reason.code);
  return regionalReportDataOfConsolidated(read.consolidated, readCountryGroups(path.join(ROOT, 'resources')));
};

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fieldscore-regional-cli-'));
  expect(fieldscore('demo', 'packages')).toMatchObject({ code: 0 });
  network = path.join(dir, 'network.fieldscore-set');
  expect(fieldscore('consolidate', 'packages', '--out', network, '--hub', 'Headquarters')).toMatchObject({ code: 0 });
  // One region's offices only: what a regional hub passes upward.
  fs.mkdirSync(path.join(dir, 'africa'));
  const demo = fs.readdirSync(path.join(dir, 'packages'));
  expect(demo.length).toBeGreaterThan(48);
  africa = path.join(dir, 'africa.fieldscore-set');
  // Package files are named <office code>_<cycle>_r<revision>.fieldscore.
  const african = new Set((await codesOf(network)).offices.filter((office) => office.region === 'africa').map((office) => office.officeCode));
  expect(african.size).toBe(16);
  for (const name of demo.filter((file) => african.has(file.split('_')[0]!))) fs.copyFileSync(path.join(dir, 'packages', name), path.join(dir, 'africa', name));
  expect(fieldscore('consolidate', 'africa', '--out', africa, '--hub', 'Nairobi hub')).toMatchObject({ code: 0 });
}, 300_000);

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('fieldscore report <consolidated file>', () => {
  it('prints the regional report of the whole demo network: A4, English, 48 offices, the table landscape', async () => {
    const out = path.join(dir, 'network.pdf');
    const result = fieldscore('report', network, '--pdf', out);
    expect({ code: result.code, stderr: result.stderr }).toEqual({ code: 0, stderr: '' });
    expect(result.stdout).toBe(`Wrote ${out}: regional report FS/2025/REG.NET (the network), cycle 2025, 48 offices, en, A4, ${fs.statSync(out).size} bytes\n`);
    const info = pdfInfo(out);
    expect(info).toMatchObject({ tagged: true, lang: 'en', outline: true, title: 'Regional report: Whole field network, 2025' });
    const landscape = info.pageSizes.filter((size) => isPaper(size, 'a4', 'landscape')).length;
    expect(landscape).toBeGreaterThanOrEqual(2);
    expect(info.pageSizes.filter((size) => isPaper(size, 'a4', 'portrait')).length).toBe(info.pages - landscape);
    const texts = pdfPagesText(out);
    for (const text of texts) expect(text).toContain('FS/2025/REG.NET');
    const data = await codesOf(network);
    const all = texts.join('\n');
    expect(data.offices.map((office) => office.officeCode).filter((code) => !all.includes(code))).toEqual([]);
    expect(hasWords(texts[0]!, 'The consolidated file signed by Headquarters')).toBe(true);
    expect(fs.readdirSync(dir).filter((name) => name.endsWith('.part'))).toEqual([]);
  }, 120_000);

  it('prints a region’s file as that region’s report, in Arabic on US Letter', async () => {
    const out = path.join(dir, 'africa-ar.pdf');
    const result = fieldscore('report', africa, '--pdf', out, '--lang', 'ar', '--paper', 'letter');
    expect({ code: result.code, stderr: result.stderr }).toEqual({ code: 0, stderr: '' });
    expect(result.stdout).toMatch(/^Wrote .*africa-ar\.pdf: regional report FS\/2025\/REG\.AFR \(africa\), cycle 2025, 16 offices, ar, US Letter, \d+ bytes\n$/);
    const info = pdfInfo(out);
    expect(info).toMatchObject({ tagged: true, lang: 'ar' });
    expect(info.pageSizes.every((size) => isPaper(size, 'letter', 'portrait') || isPaper(size, 'letter', 'landscape'))).toBe(true);
    const texts = pdfPagesText(out);
    expect(hasWords(texts[0]!, 'التقرير الإقليمي: أفريقيا')).toBe(true);
    for (const text of texts) expect(text).toContain('FS/2025/REG.AFR');
  }, 120_000);

  it('prints one office of the network’s file with --office, and refuses an office the file does not hold', () => {
    const out = path.join(dir, 'ken.pdf');
    const result = fieldscore('report', network, '--pdf', out, '--office', 'KEN-RH');
    expect({ code: result.code, stderr: result.stderr }).toEqual({ code: 0, stderr: '' });
    expect(result.stdout).toContain('office KEN-RH, cycle 2025');
    expect(pdfPagesText(out).join('\n')).toContain('FS/2025/KEN-RH');
    const unknown = fieldscore('report', africa, '--pdf', path.join(dir, 'none.pdf'), '--office', 'PER-CO');
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('holds no office PER-CO');
    expect(fs.existsSync(path.join(dir, 'none.pdf'))).toBe(false);
  }, 120_000);

  it('refuses a consolidated file changed after it was signed, printing nothing', () => {
    const bytes = fs.readFileSync(africa);
    // One byte inside the last member package: its SHA-256 no longer matches the hub's manifest.
    const at = bytes.length - 200;
    bytes.writeUInt8(bytes.readUInt8(at) ^ 0x01, at);
    const tampered = path.join(dir, 'tampered.fieldscore-set');
    fs.writeFileSync(tampered, bytes);
    const out = path.join(dir, 'tampered.pdf');
    const result = fieldscore('report', tampered, '--pdf', out);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/is not valid: .+\[[a-z_]+\]/);
    expect(fs.existsSync(out)).toBe(false);
  });
});
