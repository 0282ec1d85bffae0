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
import { officeReportDataOfPackage } from '../electron/reports/office-report-data';
import type { ReportInput } from '../shared/reports/report-input';

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
    // The regional report's data builder is the regional report's own (issue 10, G): measured here once it exists.
    console.log('  regional report (48 offices)   not available in this build');
  } finally {
    await printer.close();
  }
}
