// scripts/report-fonts.mjs, run for real (in its own Node process, as the build runs it) into a
// scratch folder: the files the report page loads and the @font-face rules that name them.
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPORT_FONT_FAMILIES, REPORT_FONT_WEIGHTS } from '../../../renderer/reports/report-fonts';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const MODULE = path.join(ROOT, 'scripts', 'report-fonts.mjs');
let out: string;
let css: string;

/** Runs a function of the module in Node; returns its JSON result, or throws with its error. */
function runModule(body: string): unknown {
  const script = `import(${JSON.stringify(MODULE)}).then(async (m) => { const result = await (${body})(m); process.stdout.write(JSON.stringify(result ?? null)); })`;
  return JSON.parse(execFileSync(process.execPath, ['-e', script], { encoding: 'utf8' })) as unknown;
}

beforeAll(() => {
  out = fs.mkdtempSync(path.join(os.tmpdir(), 'fieldscore-fonts-'));
  runModule(`(m) => m.buildReportFonts(${JSON.stringify(ROOT)}, ${JSON.stringify(out)})`);
  css = fs.readFileSync(path.join(out, 'fonts.css'), 'utf8');
});

afterAll(() => fs.rmSync(out, { recursive: true, force: true }));

interface Face {
  family: string;
  weight: number;
  url: string;
  range: string | undefined;
}

const faces = (): Face[] =>
  [...css.matchAll(/@font-face \{([^}]*)\}/g)].map(([, body]) => ({
    family: /font-family: '([^']+)'/.exec(body!)![1]!,
    weight: Number(/font-weight: (\d+)/.exec(body!)![1]),
    url: /src: url\('([^']+)'\)/.exec(body!)![1]!,
    range: /unicode-range: ([^;]+);/.exec(body!)?.[1],
  }));

describe('the report fonts the build writes', () => {
  it('names only the report’s families, at the weights the page loads, each backed by a file written beside it', () => {
    const all = faces();
    expect(new Set(all.map((face) => face.family))).toEqual(new Set(REPORT_FONT_FAMILIES));
    for (const family of REPORT_FONT_FAMILIES) {
      expect(new Set(all.filter((face) => face.family === family).map((face) => face.weight))).toEqual(new Set(REPORT_FONT_WEIGHTS));
    }
    for (const face of all) {
      expect(face.url.startsWith('./')).toBe(true);
      expect(fs.statSync(path.join(out, face.url)).size).toBeGreaterThan(1000);
    }
    // Local files only: nothing in the stylesheet reaches elsewhere.
    expect(css).not.toMatch(/https?:|\/\/|local\(/);
  });

  it('ships TrueType files for Latin, Cyrillic and Arabic, and Chinese in unicode-range slices covering the common characters', () => {
    const all = faces();
    for (const face of all.filter((candidate) => candidate.family !== 'Fieldscore SC')) {
      expect(face.range).toBeUndefined();
      // A TrueType file starts with 0x00010000.
      expect(fs.readFileSync(path.join(out, face.url)).subarray(0, 4)).toEqual(Buffer.from([0, 1, 0, 0]));
    }
    const slices = all.filter((face) => face.family === 'Fieldscore SC');
    expect(slices.length).toBeGreaterThan(100);
    for (const slice of slices) expect(fs.readFileSync(path.join(out, slice.url)).subarray(0, 4).toString('latin1')).toBe('wOF2');
    // 中 (U+4E2D) and 国 (U+56FD) fall in some 400 and some 700 slice.
    const covers = (range: string, code: number) =>
      range.split(',').some((part) => {
        const [low, high] = part.replace('U+', '').split('-').map((hex) => parseInt(hex, 16));
        return code >= low! && code <= (high ?? low!);
      });
    for (const weight of [400, 700]) {
      for (const code of [0x4e2d, 0x56fd]) expect(slices.some((slice) => slice.weight === weight && covers(slice.range!, code))).toBe(true);
    }
    expect(fs.existsSync(path.join(out, 'OFL.txt'))).toBe(true);
    expect(fs.existsSync(path.join(out, 'sc', 'LICENSE'))).toBe(true);
  });

  it('fails the build, rather than ship half of Chinese, when fontsource’s stylesheet is not what it expects', () => {
    const broken = [
      "@font-face { font-family: 'Noto Sans SC'; font-weight: 400; src: url(./files/other.woff2) format('woff2'); unicode-range: U+4e00-4e10; }",
      "@font-face { font-family: 'Noto Sans SC'; font-weight: 400; src: url(./files/noto-sans-sc-1-400-normal.woff2) format('woff2'); unicode-range: everything; }",
      "@font-face { font-family: 'Noto Sans SC'; font-weight: 400; src: url(./files/noto-sans-sc-1-400-normal.woff2) format('woff2'); unicode-range: U+4e00-4e10; }",
    ];
    for (const text of broken) {
      const script = `import(${JSON.stringify(MODULE)}).then((m) => m.parseFontsourceFaces(${JSON.stringify(text)}, 400))`;
      const result = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8' });
      expect(result.status).not.toBe(0);
      expect(result.stderr).toMatch(/without a woff2 slice file|without a valid unicode-range|only 1 Noto Sans SC slices/);
    }
  });
});
