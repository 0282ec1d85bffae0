/**
 * `npm run bench reports`: printed reports to PDF through the machine's Chromium (the path of
 * `fieldscore report` and of "Save as PDF" in the browser mode), in seconds — the office report
 * of the example package and the 48-office regional report — next to printing a blank page
 * through the same browser, with the same options, in the same run. Needs dist/ (npm run build)
 * and a Chromium (FIELDSCORE_CHROMIUM or one on the PATH).
 */
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { readCountryGroups } from '../electron/geo/country-groups';
import { readPackageFile } from '../electron/packages/package-reader';
import { openReportPrinter, type ReportPrinter } from '../electron/reports/chromium-pdf';
import { readConsolidated } from '../electron/consolidation/consolidated-file';
import { officeReportDataOfPackage } from '../electron/reports/office-report-data';
import { regionalReportDataOfConsolidated } from '../electron/reports/regional-report-data';
import type { ReportInput } from '../shared/reports/report-input';
import { demoSet } from '../tests/electron/reports/fixtures/regional-demo-set';

const ROUNDS = 3;

/** The best of ROUNDS runs after one warm-up, in seconds, and what the last run returned. */
async function bestSeconds<T>(work: () => Promise<T>): Promise<{ seconds: number; result: T }> {
  let result = await work();
  let best = Number.POSITIVE_INFINITY;
  for (let round = 0; round < ROUNDS; round += 1) {
    const started = performance.now();
    result = await work();
    best = Math.min(best, performance.now() - started);
  }
  return { seconds: best / 1000, result };
}

function row(label: string, seconds: number, blank: number, detail: string): void {
  console.log(`  ${label.padEnd(30)} ${seconds.toFixed(2).padStart(6)} s   ${(seconds / blank).toFixed(1).padStart(5)}× the blank page   ${detail}`);
}

async function officeInput(root: string): Promise<ReportInput> {
  const read = await readPackageFile(path.join(root, 'docs/examples/KEN-RH_2025_r1.fieldscore'));
  if (!read.ok) throw new Error(`the example package does not verify: ${read.reason.code}`);
  return { kind: 'office', language: 'en', paper: 'a4', data: officeReportDataOfPackage(read.package, readCountryGroups(path.join(root, 'resources'))) };
}

/**
 * The demo network as a hub passes it upward (one signed consolidated file, the fixture the
 * regional report's tests print), then what `fieldscore report F.fieldscore-set` does before
 * printing: the file verified whole (envelope and every member) and the report's data built.
 */
async function regionalInput(root: string): Promise<{ input: ReportInput; packages: number; dataSeconds: number }> {
  const resources = path.join(root, 'resources');
  const set = await demoSet(resources);
  const groups = readCountryGroups(resources);
  const built = await bestSeconds(async () => {
    const read = await readConsolidated(set.bytes);
    if (!read.ok) throw new Error(`the demo set does not verify: ${read.reason.code}`);
    return regionalReportDataOfConsolidated(read.consolidated, groups);
  });
  return { input: { kind: 'regional', language: 'en', paper: 'a4', data: built.result }, packages: set.consolidated.members.length, dataSeconds: built.seconds };
}

export async function benchReports(root: string): Promise<void> {
  const launchStarted = performance.now();
  let printer: ReportPrinter;
  try {
    printer = await openReportPrinter({ appDir: path.join(root, 'resources') });
  } catch (error) {
    console.log(`  not run: ${error instanceof Error ? error.message : String(error)}`);
    return;
  }
  const launchSeconds = (performance.now() - launchStarted) / 1000;
  try {
    const blank = await bestSeconds(() => printer.printBlank());
    console.log(`  Chromium started in ${launchSeconds.toFixed(2)} s (once per command); best of ${ROUNDS} runs after a warm-up, each in a fresh page`);
    row('blank page', blank.seconds, blank.seconds, `${blank.result.length.toLocaleString('en-US')} bytes`);
    const office = await officeInput(root);
    for (const language of ['en', 'ar', 'zh'] as const) {
      const printed = await bestSeconds(() => printer.print({ ...office, language }));
      row(`office report (KEN-RH, ${language})`, printed.seconds, blank.seconds, `${printed.result.pdf.length.toLocaleString('en-US')} bytes`);
    }
    const regional = await regionalInput(root);
    console.log(
      `  regional report's data: the 48-office demo set (${regional.packages} packages) verified from its consolidated file and its picture built in ${regional.dataSeconds.toFixed(2)} s (best of ${ROUNDS})`,
    );
    for (const language of ['en', 'ar'] as const) {
      const printed = await bestSeconds(() => printer.print({ ...regional.input, language }));
      row(`48-office regional report, ${language}`, printed.seconds, blank.seconds, `${printed.result.pdf.length.toLocaleString('en-US')} bytes`);
    }
  } finally {
    await printer.close();
  }
}
