// The regional report's textures print as vectors: no raster image in the PDF, and a file size
// that says so. Chromium printed every use of an SVG <pattern> fill as its own tile object; the
// textures are now hatch lines and dots cut to their shape by arithmetic (renderer/charts/
// texture-paths.ts). Measured on the 48-office demo network, A4, with this test:
//   pattern fills:  English 11,741,958 bytes (31 pages), 479 tiling patterns, 722 image objects;
//                   Arabic  15,844,637 bytes (29 pages), 479 tiling patterns, 582 image objects
//   vector paths:   English  2,267,658 bytes, Arabic 2,444,587 bytes, no pattern, no image
// (`pdfimages -list` lists no image in either: it does not look inside patterns.)
// (the world map's page about 0.95 MB of it, a rankings page about 43 kB, fonts included).
// The bound, 3 MiB, leaves a quarter above the larger, Arabic, file for more offices or text;
// a texture printed as tiles again would pass it several times over.
// Needs dist/: run under the dist lock, after a build:
//   flock /tmp/fieldscore-dist.lock -c 'node scripts/build.mjs --quiet && npx vitest run tests/electron/reports/regional-report-size.test.ts'
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readCountryGroups } from '../../../electron/geo/country-groups';
import { openReportPrinter, type ReportPrinter } from '../../../electron/reports/chromium-pdf';
import { regionalReportDataOfConsolidated } from '../../../electron/reports/regional-report-data';
import type { RegionalReportData } from '../../../shared/reports/regional-report-data';
import { ROOT } from '../backend/workflow-backend';
import { demoSet } from './fixtures/regional-demo-set';
import { fontProblems, pdfFonts, pdfInfo, REPORT_ARTEFACTS } from './pdf-checks';

const REPORT_PAGE = path.join(ROOT, 'dist/renderer/report.html');
/** The bound on the file: see the figures at the top. */
const SIZE_BOUND = 3 * 1024 * 1024;

let printer: ReportPrinter;
let data: RegionalReportData;

/** The rows of `pdfimages -list` (after its two header lines): one per image drawn, with its page. */
function pdfImages(file: string): { page: number; type: string; width: number; height: number }[] {
  const lines = execFileSync('pdfimages', ['-list', file], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 }).split('\n');
  if (!/^page\s+num\s+type/.test(lines[0] ?? '')) throw new Error(`pdfimages printed no table for ${file}`);
  return lines
    .slice(2)
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const cells = line.trim().split(/\s+/);
      return { page: Number(cells[0]), type: cells[2]!, width: Number(cells[3]), height: Number(cells[4]) };
    });
}

beforeAll(async () => {
  const set = await demoSet(path.join(ROOT, 'resources'));
  data = regionalReportDataOfConsolidated(set.consolidated, readCountryGroups(path.join(ROOT, 'resources')));
  expect(data.offices).toHaveLength(48);
  printer = await openReportPrinter({ reportPage: REPORT_PAGE });
}, 240_000);

afterAll(async () => {
  await printer?.close();
});

describe('the regional report’s textures, printed', () => {
  it('draws the map’s and the charts’ textures as vectors: no raster image, a small file, no Type 3 font', async () => {
    const measured = [];
    for (const language of ['en', 'ar'] as const) {
      const result = await printer.print({ kind: 'regional', language, paper: 'a4', data });
      // Kept as an artefact (test-results/ is not committed), to look into when the size grows.
      fs.mkdirSync(REPORT_ARTEFACTS, { recursive: true });
      const file = path.join(REPORT_ARTEFACTS, `regional-size-${language}.pdf`);
      fs.writeFileSync(file, result.pdf);
      const images = pdfImages(file).length;
      // pdfimages lists the images a page draws, not those inside a tiling pattern, which is where
      // Chromium put a pattern fill's raster tile: the file's own objects say whether any is left
      // (Chromium writes object dictionaries uncompressed).
      const bytes = fs.readFileSync(file).toString('latin1');
      const tiles = (bytes.match(/\/PatternType\b/g) ?? []).length;
      const rasters = (bytes.match(/\/Subtype\s*\/Image\b/g) ?? []).length;
      const size = bytes.length;
      console.log(`regional report ${language}: ${size} bytes, ${pdfInfo(file).pages} pages, ${images} images listed, ${tiles} patterns, ${rasters} image objects`);
      measured.push({ language, images, tiles, rasters, underBound: size < SIZE_BOUND, fontProblems: fontProblems(pdfFonts(file)) });
    }
    expect(measured).toEqual([
      { language: 'en', images: 0, tiles: 0, rasters: 0, underBound: true, fontProblems: [] },
      { language: 'ar', images: 0, tiles: 0, rasters: 0, underBound: true, fontProblems: [] },
    ]);
  }, 300_000);
});
