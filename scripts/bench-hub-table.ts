/**
 * `npm run bench hub-table`: how long the hub's set table takes to appear in Chromium for the
 * 48 offices of the demo network and for 1,000 offices — the real screen (#/hub/picture) over the
 * real bridge and backend holding that many packages — next to the floor measured in the same
 * run and the same page: a plain HTML table of the same cells handed to Chromium with
 * `page.setContent`. Both are timed the same way, from the Node side, from the request until the
 * rows are in the page and the frame showing them has been drawn (layout included). The screen shows 100 rows a page by default;
 * for 1,000 offices the first page and "All" (every row on one page) are each measured against a
 * plain table of the same rows. Also: the `hub.picture` request alone (the backend's share) and
 * re-sorting the shown table by a column.
 *
 * The 48 are the demo network's two cycles as `fieldscore demo` writes them. For 1,000, each of
 * the demo's offices is copied as other offices (new office and assessment ids, codes and a key
 * each), both cycles, so that every copy has a change since its previous cycle. Needs the build
 * (`npm run build`): it runs dist/electron/serve.cjs and dist/renderer.
 */
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { chromium, type Page } from '@playwright/test';
import { openBackend } from '../electron/backend/open-backend';
import { generateDemoNetwork } from '../electron/packages/demo/generate-demo-network';
import { readPackage, type VerifiedPackage } from '../electron/packages/package-reader';
import { writePackage } from '../electron/packages/package-writer';
import { generateSigningKey } from '../electron/packages/signing-key';
import type { SetPicture } from '../shared/picture/picture-types';
import { startBackend } from '../tests/e2e/fixtures/backend-server';

const SIZES = [48, 1000];
const WARM_RUNS = 5;
const BAND = { green: 'Green', amber: 'Amber', red: 'Red', insufficient_data: 'Insufficient data' } as const;

/** The demo's packages, then copies of its offices as new ones until `offices` offices: the files, in import order. */
export async function packagesFor(root: string, offices: number): Promise<{ fileName: string; bytes: Buffer }[]> {
  const demo = await generateDemoNetwork({ resourcesDir: path.join(root, 'resources') });
  const files = [...demo].sort((a, b) => a.fileName.localeCompare(b.fileName)).map((pkg) => ({ fileName: pkg.fileName, bytes: pkg.bytes }));
  if (offices <= 48) return files;
  // Each demo office's latest revision per cycle, read back as a verified package: what a copy is made from.
  const latest = new Map<string, VerifiedPackage>();
  for (const pkg of demo) {
    const read = await readPackage(pkg.bytes);
    if (!read.ok) throw new Error(`${pkg.fileName}: ${read.reason.code}`);
    const key = `${pkg.office.id}/${pkg.cycle}`;
    const held = latest.get(key);
    if (!held || read.package.document.revision > held.document.revision) latest.set(key, read.package);
  }
  const byOffice = new Map<string, VerifiedPackage[]>();
  for (const pkg of latest.values()) byOffice.set(pkg.document.officeId!, [...(byOffice.get(pkg.document.officeId!) ?? []), pkg]);
  const bases = [...byOffice.values()];
  for (let index = 48; index < offices; index += 1) {
    const cycles = bases[index % bases.length]!;
    const officeId = randomUUID();
    const code = `X${index}-CO`;
    const key = generateSigningKey();
    for (const base of cycles) {
      const id = randomUUID();
      const document = { ...base.document, id, lineageId: id, officeId, revision: 1, office: { ...base.document.office, code, name: `${base.document.office.name} (copy ${index})` } };
      delete (document as { previousRevisionId?: string }).previousRevisionId;
      delete (document as { previousCycleId?: string }).previousCycleId;
      const history = base.history.map((entry) => ({ ...entry, assessmentId: id }));
      const bytes = await writePackage({ document, history, evidence: base.evidence, framework: base.framework, generatorVersion: 'bench', createdAt: base.manifest.createdAt }, key);
      files.push({ fileName: `${code}_${document.cycle}_r1.fieldscore`, bytes });
    }
  }
  return files;
}

/** Imports the files into a fresh data folder through the backend's own operation, then closes it. */
export async function importInto(root: string, dataDir: string, files: readonly { fileName: string; bytes: Buffer }[]): Promise<void> {
  const backend = await openBackend({ dataDir, resourcesDir: path.join(root, 'resources'), appVersion: 'bench', mode: 'node', log: () => undefined });
  try {
    for (const file of files) {
      const result = await backend.dispatch('hub.import', { fileName: file.fileName, dataBase64: file.bytes.toString('base64'), decidedBy: 'Bench' });
      if (!result.ok) throw new Error(`${file.fileName}: ${JSON.stringify(result.error)}`);
    }
  } finally {
    await backend.close();
  }
}

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/** The same cells as the screen's table — office, region, tiers, review, scores with band and coverage, change — as plain HTML; the first `count` rows in the screen's first order (by code). */
function plainTable(picture: SetPicture, count: number): string {
  const collator = new Intl.Collator('en', { numeric: true });
  const shown = [...picture.rows].sort((a, b) => collator.compare(a.officeCode, b.officeCode)).slice(0, count);
  const one = new Intl.NumberFormat('en', { maximumFractionDigits: 1 });
  const cell = (score: { score: number | null; band: keyof typeof BAND; coverage: number } | null) =>
    score === null ? '<td>—</td>' : `<td>${score.score === null ? '' : one.format(score.score)} ${BAND[score.band]} ${Math.floor(score.coverage * 100)}%</td>`;
  const head = ['Office', 'Region', 'Current tier', 'Suggested tier', 'Review', 'Overall', ...picture.perspectives.map((perspective) => perspective.id), 'Change'];
  const rows = shown.map(
    (row) =>
      `<tr><th scope="row">${escape(row.officeCode)} ${escape(row.officeName)}</th><td>${row.region}</td><td>${row.currentTier}</td><td>${row.recommendation.suggestedTier ?? ''}</td><td>${row.review}</td>${cell(row.overall)}${picture.perspectives
        .map((perspective) => cell(row.perspectives[perspective.id] ?? null))
        .join('')}<td>${row.change.overall.kind} ${row.change.overall.delta ?? ''}</td></tr>`,
  );
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Plain table</title></head><body><table><caption>Offices</caption><thead><tr>${head.map((text) => `<th scope="col">${text}</th>`).join('')}</tr></thead><tbody>${rows.join('')}</tbody></table></body></html>`;
}

/**
 * Until the frame that shows what changed has been drawn: a requestAnimationFrame callback runs
 * before its frame's style, layout and paint, so the second one runs after them. Layout is most of
 * a large table's cost, and a single frame would leave it out.
 */
const nextFrame = (page: Page) => page.evaluate('new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve())))');

const rowsShown = (page: Page, rows: number) =>
  page.waitForFunction((count) => document.querySelectorAll('[data-testid="picture-table"] tbody tr[data-office]').length === count, rows, { polling: 'raf', timeout: 120_000 });

/**
 * From the address change to the rows in the table and a frame drawn, in ms. The app is loaded
 * afresh first (on its list screen), so that no picture of an earlier run is in its store: the
 * time includes the request, as a person's first visit does.
 */
async function showTable(page: Page, url: string, rows: number): Promise<number> {
  await page.goto('about:blank');
  await page.goto(url);
  await page.getByRole('heading', { level: 1 }).waitFor();
  const started = performance.now();
  await page.evaluate(() => {
    window.location.hash = '#/hub/picture';
  });
  await rowsShown(page, rows);
  await nextFrame(page);
  return performance.now() - started;
}

/**
 * Times, inside the page, an action on the table on screen (choosing a page size, pressing a sort
 * button) until `done` holds and the next frame is drawn: Playwright's own steps (finding the
 * element, waiting for it to be stable) are left out, as a person's click has none.
 */
function timeInPage(page: Page, action: { select?: string; click?: string; value?: string }, done: { rows?: number; sorted?: [string, string] }): Promise<number> {
  // Given as source text: a function passed from this file would carry the helpers tsx adds to it (__name), unknown in the page.
  return page.evaluate(`new Promise((resolve) => {
    const action = ${JSON.stringify(action)};
    const done = ${JSON.stringify(done)};
    const started = performance.now();
    if (action.select) {
      const select = document.querySelector(action.select);
      select.value = action.value;
      select.dispatchEvent(new Event('change', { bubbles: true }));
    } else {
      document.querySelector(action.click).click();
    }
    const check = () => {
      const rows = document.querySelectorAll('[data-testid="picture-table"] tbody tr[data-office]').length;
      const sorted = done.sorted ? document.querySelector('th[data-column="' + done.sorted[0] + '"]')?.getAttribute('aria-sort') === done.sorted[1] : true;
      if ((done.rows === undefined || rows === done.rows) && sorted) requestAnimationFrame(() => requestAnimationFrame(() => resolve(performance.now() - started)));
      else requestAnimationFrame(check);
    };
    check();
  })`) as Promise<number>;
}

/** The table already on screen, from choosing how many rows a page holds to those rows drawn. */
function showPageSize(page: Page, size: string, rows: number): Promise<number> {
  return timeInPage(page, { select: '.table-pager-size select', value: size }, { rows });
}

async function showPlain(page: Page, html: string): Promise<number> {
  const started = performance.now();
  await page.setContent(html);
  await nextFrame(page);
  return performance.now() - started;
}

/** The table on screen, re-sorted by a column's button until its heading says so (the rows are re-ordered in the same render) and a frame is drawn. */
function sortBy(page: Page, column: string, direction: 'ascending' | 'descending'): Promise<number> {
  return timeInPage(page, { click: `[data-testid="picture-table"] th[data-column="${column}"] button` }, { sorted: [column, direction] });
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
/** The screen's default page (renderer/state/picture-store.ts, DEFAULT_PAGE_SIZE). */
const PAGE = 100;
const ms = (value: number) => `${value.toFixed(0).padStart(6)} ms`;

/** Re-sorts by a perspective, down then up, back to the codes' order between runs: the down and up times. */
async function sortRuns(page: Page): Promise<number[]> {
  const times: number[] = [];
  for (let run = 0; run < WARM_RUNS; run += 1) {
    times.push(await sortBy(page, 'P3', 'descending'));
    times.push(await sortBy(page, 'P3', 'ascending'));
    await sortBy(page, 'office', 'ascending');
  }
  return times;
}

export async function benchHubTable(root: string): Promise<void> {
  for (const required of ['dist/electron/serve.cjs', 'dist/renderer/index.html']) {
    if (!fs.existsSync(path.join(root, required))) throw new Error(`${required} is missing: run \`npm run build\` first`);
  }
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  try {
    for (const size of SIZES) {
      const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), `fieldscore-bench-table-${size}-`));
      try {
        const made = performance.now();
        const files = await packagesFor(root, size);
        await importInto(root, dataDir, files);
        const backend = await startBackend(dataDir);
        try {
          const requestTimes: number[] = [];
          let picture: SetPicture | null = null;
          for (let run = 0; run <= WARM_RUNS; run += 1) {
            const started = performance.now();
            picture = await backend.callOk('hub.picture', {});
            requestTimes.push(performance.now() - started);
          }
          if (picture!.rows.length !== size) throw new Error(`the picture has ${picture!.rows.length} offices, not ${size}`);
          console.log(`  ${size.toLocaleString('en-US')} offices of cycle ${picture!.cycle} (${files.length.toLocaleString('en-US')} packages imported, ${((performance.now() - made) / 1000).toFixed(0)} s to make and import); a first run, then the median of ${WARM_RUNS}`);

          const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
          const firstPage = Math.min(size, PAGE);
          const first = await showTable(page, backend.url, firstPage);
          const screen: number[] = [];
          for (let run = 0; run < WARM_RUNS; run += 1) screen.push(await showTable(page, backend.url, firstPage));
          const sorts = await sortRuns(page);
          const all: number[] = [];
          let allSorts: number[] = [];
          if (size > PAGE) {
            for (let run = 0; run < WARM_RUNS; run += 1) {
              all.push(await showPageSize(page, 'all', size));
              await showPageSize(page, String(PAGE), PAGE);
            }
            await showPageSize(page, 'all', size);
            allSorts = await sortRuns(page);
            await showPageSize(page, String(PAGE), PAGE);
          }

          const plain = async (count: number) => {
            const html = plainTable(picture!, count);
            const times: number[] = [];
            for (let run = 0; run <= WARM_RUNS; run += 1) times.push(await showPlain(page, html));
            return { first: times[0]!, median: median(times.slice(1)), kb: html.length / 1024 };
          };
          const plainPage = await plain(firstPage);
          const plainAll = size > PAGE ? await plain(size) : null;
          await page.close();

          const request = median(requestTimes.slice(1));
          const screenMedian = median(screen);
          const rows = (count: number) => `${count.toLocaleString('en-US')} rows`;
          console.log(`    hub.picture request alone                         first ${ms(requestTimes[0]!)}   median ${ms(request)}`);
          console.log(`    the set table on screen, first page (${rows(firstPage)})`.padEnd(54) + `first ${ms(first)}   median ${ms(screenMedian)}`);
          console.log(`    plain HTML table of the same ${rows(firstPage)} (setContent)`.padEnd(54) + `first ${ms(plainPage.first)}   median ${ms(plainPage.median)}  (${plainPage.kb.toFixed(0)} kB)`);
          console.log(`    re-sort the page by a column`.padEnd(54) + `                median ${ms(median(sorts))}`);
          console.log(
            `    ratio`.padEnd(54) + `the screen takes ${(screenMedian / plainPage.median).toFixed(1)}× the plain table (median), ${((screenMedian - request) / plainPage.median).toFixed(1)}× without the request`,
          );
          if (plainAll) {
            const allMedian = median(all);
            console.log(`    "All": the whole set on one page (${rows(size)})`.padEnd(54) + `                median ${ms(allMedian)}  (from the first page)`);
            console.log(`    plain HTML table of the same ${rows(size)} (setContent)`.padEnd(54) + `first ${ms(plainAll.first)}   median ${ms(plainAll.median)}  (${plainAll.kb.toFixed(0)} kB)`);
            console.log(`    re-sort all ${rows(size)} by a column`.padEnd(54) + `                median ${ms(median(allSorts))}`);
            console.log(`    ratio`.padEnd(54) + `"All" takes ${(allMedian / plainAll.median).toFixed(1)}× the plain table of every row (median)`);
          }
        } finally {
          await backend.stop();
        }
      } finally {
        fs.rmSync(dataDir, { recursive: true, force: true });
      }
    }
  } finally {
    await browser.close();
  }
}
