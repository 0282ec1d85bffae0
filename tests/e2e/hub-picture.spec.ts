import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { generateDemoNetwork } from '../../electron/packages/demo/generate-demo-network';
import { readPackage, type VerifiedPackage } from '../../electron/packages/package-reader';
import type { SetPicture } from '../../shared/picture/picture-types';
import { coveragePercent } from '../../shared/scoring/coverage';
import { openScreen } from './fixtures/assessments';
import { seriousViolations } from './fixtures/axe';
import { startBackend, type BackendServer } from './fixtures/backend-server';
import { column, expectedOffices, median, quantile, shownRows, type ExpectedOffice } from './fixtures/hub-picture';
import { tabTo } from './fixtures/keyboard';

/**
 * The hub's picture in Chromium over the real backend: the 48-office demo network (two cycles,
 * some offices with a second revision) imported into a fresh data folder, then every view of
 * the picture checked against numbers the test computes itself — each package scored again with
 * the engine, medians and quartiles recomputed from the cells the table shows.
 */

const ROOT = path.resolve(import.meta.dirname, '../..');
const CYCLE = 2025;
const PREVIOUS = 2024;
const BAND_WORDS: Record<string, string> = { green: 'Green', amber: 'Amber', red: 'Red', insufficient_data: 'Insufficient data' };
const STATUS_WORDS: Record<string, string> = { resident: 'Resident office', non_resident: 'Covered from a non-resident office', not_covered: 'Not covered' };
const one = new Intl.NumberFormat('en', { maximumFractionDigits: 1 });
const signed = new Intl.NumberFormat('en', { maximumFractionDigits: 1, signDisplay: 'exceptZero' });

let backend: BackendServer;
/** Per office code: its current revision of 2025, scored again here. */
let expected: Map<string, ExpectedOffice>;

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  test.setTimeout(240_000);
  const demo = await generateDemoNetwork({ resourcesDir: path.join(ROOT, 'resources') });
  backend = await startBackend();
  const packages: VerifiedPackage[] = [];
  // The demo folder's files, imported into the fresh data folder through the hub's import
  // operation, one file at a time in name order (the import screen itself: hub-import.spec.ts).
  for (const pkg of [...demo].sort((a, b) => a.fileName.localeCompare(b.fileName))) {
    await backend.callOk('hub.import', { fileName: pkg.fileName, dataBase64: pkg.bytes.toString('base64'), decidedBy: 'E2E hub' });
    const read = await readPackage(pkg.bytes);
    if (!read.ok) throw new Error(`${pkg.fileName}: ${read.reason.code}`);
    packages.push(read.package);
  }
  expected = expectedOffices(packages, CYCLE, PREVIOUS);
  expect(expected.size).toBe(48);
});

test.afterAll(async () => {
  await backend?.dispose();
});

function benchCell(page: Page, row: string, measure: string) {
  return page.locator(`[data-testid="picture-benchmarks"] tr[data-benchmark="${row}"] td[data-measure="${measure}"]`);
}

const MEASURES = ['overall', 'P1', 'P2', 'P3', 'P4', 'P5'];

test('the set table shows all 48 offices with the scores the engine gives their packages', async ({ page }) => {
  test.setTimeout(120_000);
  await openScreen(page, backend, '#/hub');
  await page.getByRole('navigation', { name: 'Main sections' }).getByRole('link', { name: 'Picture of the set' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Picture of the set' })).toBeVisible();
  await expect(page.getByTestId('picture-summary')).toHaveText('48 offices of the whole network, cycle 2025, compared with cycle 2024.');
  const table = page.getByRole('table', { name: /^Offices of the whole network, cycle 2025: score, band and coverage by perspective\./ });
  await expect(table.locator('tbody tr[data-office]')).toHaveCount(48);
  await expect(page.getByTestId('picture-shown')).toHaveText('Offices matching the filters: 48 of 48');

  const rows = await shownRows(page);
  expect(rows.map((row) => row.code).sort()).toEqual([...expected.keys()].sort());
  for (const row of rows) {
    const office = expected.get(row.code)!;
    const engine = [office.overall, ...['P1', 'P2', 'P3', 'P4', 'P5'].map((id) => office.perspectives.get(id)!)];
    expect(
      row.cells.map((cell) => [cell.score === null ? null : one.format(cell.score), cell.band, cell.coverage]),
      row.code,
    ).toEqual(engine.map((cell) => [cell.score === null ? null : one.format(cell.score), BAND_WORDS[cell.band], `${coveragePercent(cell.coverage)}%`]));
    // The change since 2024, from the two packages' own scores.
    const before = office.previousOverall;
    const kind = before === undefined ? 'new' : before === null || office.overall.score === null ? 'not_comparable' : office.overall.score > before ? 'up' : office.overall.score < before ? 'down' : 'unchanged';
    expect(row.change, row.code).toBe(kind);
  }
  // The backend's own list of held packages says the same overall scores (stored at import).
  const held = await backend.callOk('hub.offices');
  for (const office of expected.values()) {
    expect(held.find((entry) => entry.assessmentId === office.assessmentId)!.overall.score).toBe(office.overall.score);
  }

  // The trend counts the same changes as the rows.
  const network = page.getByTestId('picture-trend').locator('tr[data-group="network"]');
  for (const kind of ['up', 'down', 'unchanged', 'new', 'not_comparable']) {
    await expect(network.locator(`td[data-kind="${kind}"]`)).toHaveText(String(rows.filter((row) => row.change === kind).length));
  }
  expect(await seriousViolations(page)).toEqual([]);
});

test('sorting by a perspective orders the rows by its scores; filters by region and tier keep exactly the matching offices', async ({ page }) => {
  test.setTimeout(120_000);
  // The hub has accepted one revision (the review loop); the others are as received.
  await backend.callOk('hub.review.set', { assessmentId: expected.get('KEN-RH')!.assessmentId, status: 'accepted', comments: [], decidedBy: 'E2E hub' });
  await openScreen(page, backend, '#/hub/picture');
  const table = page.getByTestId('picture-table');
  await expect(table.locator('tbody tr[data-office]')).toHaveCount(48);
  await expect(table.locator('th[data-column="office"]')).toHaveAttribute('aria-sort', 'ascending');

  const p3 = table.locator('th[data-column="P3"]');
  await p3.getByRole('button').click();
  await expect(p3).toHaveAttribute('aria-sort', 'descending');
  await expect(table.locator('th[data-column="office"]')).not.toHaveAttribute('aria-sort', /.*/);
  await expect(table.locator('caption')).toContainText('Sorted by P3 Efficiency and working arrangements, descending.');
  let scores = (await shownRows(page)).map((row) => row.cells[3]!.score);
  const known = scores.filter((score): score is number => score !== null);
  expect(known).toEqual([...known].sort((a, b) => b - a));
  expect(scores.slice(known.length).every((score) => score === null)).toBe(true);
  // The same button again: ascending.
  await p3.getByRole('button').click();
  await expect(p3).toHaveAttribute('aria-sort', 'ascending');
  scores = (await shownRows(page)).map((row) => row.cells[3]!.score);
  const ascending = scores.filter((score): score is number => score !== null);
  expect(ascending).toEqual([...ascending].sort((a, b) => a - b));

  // By keyboard: from P3's heading button, Shift+Tab reaches P2's; Enter sorts by it.
  const p2 = table.locator('th[data-column="P2"]');
  await expect(p3.getByRole('button')).toBeFocused();
  await page.keyboard.press('Shift+Tab');
  await expect(p2.getByRole('button')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(p2).toHaveAttribute('aria-sort', 'descending');
  const p2Scores = (await shownRows(page)).flatMap((row) => (row.cells[2]!.score === null ? [] : [row.cells[2]!.score!]));
  expect(p2Scores).toEqual([...p2Scores].sort((a, b) => b - a));

  // Pages of 25 rows follow the order: the two pages together are the whole sorted table.
  const wholeOrder = (await shownRows(page)).map((row) => row.code);
  await page.getByLabel('Rows per page').selectOption('25');
  await expect(table.locator('tbody tr[data-office]')).toHaveCount(25);
  await expect(page.getByTestId('picture-range')).toHaveText('Rows 1 to 25 of 48. Page 1 of 2.');
  const firstPage = (await shownRows(page)).map((row) => row.code);
  const next = page.getByRole('navigation', { name: 'Pages of the table', exact: true }).getByRole('button', { name: 'Next page' });
  await next.click();
  await expect(table.locator('tbody tr[data-office]')).toHaveCount(23);
  await expect(page.getByTestId('picture-range')).toHaveText('Rows 26 to 48 of 48. Page 2 of 2.');
  await expect(next).toHaveAttribute('aria-disabled', 'true');
  await expect(next).toBeFocused();
  expect([...firstPage, ...(await shownRows(page)).map((row) => row.code)]).toEqual(wholeOrder);
  expect(await seriousViolations(page)).toEqual([]);
  await page.getByRole('navigation', { name: 'Pages of the table, below it' }).getByRole('button', { name: 'Previous page' }).click();
  await expect(page.getByTestId('picture-range')).toHaveText('Rows 1 to 25 of 48. Page 1 of 2.');
  await page.getByLabel('Rows per page').selectOption('100');
  await expect(table.locator('tbody tr[data-office]')).toHaveCount(48);

  // Region: Africa.
  await page.getByLabel('Region', { exact: true }).selectOption('africa');
  const african = [...expected.values()].filter((office) => office.region === 'africa');
  await expect(table.locator('tbody tr[data-office]')).toHaveCount(african.length);
  expect((await shownRows(page)).map((row) => row.code).sort()).toEqual(african.map((office) => office.code).sort());
  await expect(page.getByTestId('picture-shown')).toHaveText(`Offices matching the filters: ${african.length} of 48`);
  // And the current tier: country offices of Africa.
  await page.getByLabel('Current tier', { exact: true }).selectOption('country_office');
  const africanCountryOffices = african.filter((office) => office.tier === 'country_office');
  expect(africanCountryOffices.length).toBeGreaterThan(0);
  expect(africanCountryOffices.length).toBeLessThan(african.length);
  await expect(table.locator('tbody tr[data-office]')).toHaveCount(africanCountryOffices.length);
  expect((await shownRows(page)).map((row) => row.code).sort()).toEqual(africanCountryOffices.map((office) => office.code).sort());
  for (const cell of await table.locator('tbody tr[data-office] td:nth-child(3)').allTextContents()) expect(cell).toBe('Country office');
  // The review status: no African country office is accepted yet; the one accepted revision is Nairobi's hub.
  await page.getByLabel('Review status', { exact: true }).selectOption('accepted');
  await expect(page.getByText('No office matches these filters.')).toBeVisible();
  await page.getByRole('button', { name: 'Clear the filters' }).click();
  await page.getByLabel('Review status', { exact: true }).selectOption('accepted');
  await expect(table.locator('tbody tr[data-office]')).toHaveCount(1);
  await expect(table.locator('tbody tr[data-office="KEN-RH"] td[data-review="accepted"]')).toHaveText('Accepted');
  await page.getByLabel('Review status', { exact: true }).selectOption('received');
  await expect(table.locator('tbody tr[data-office]')).toHaveCount(47);
  await page.getByRole('button', { name: 'Clear the filters' }).click();
  await expect(table.locator('tbody tr[data-office]')).toHaveCount(48);
  expect(await seriousViolations(page)).toEqual([]);
});

test('the medians and quartiles shown are those of the cells shown, for the network, a filter and a region', async ({ page }) => {
  test.setTimeout(120_000);
  await openScreen(page, backend, '#/hub/picture');
  await expect(page.getByTestId('picture-table').locator('tbody tr[data-office]')).toHaveCount(48);
  const all = await shownRows(page);
  const networkMedians = new Map<string, string>();
  for (const [index, measure] of MEASURES.entries()) {
    const values = column(all, index);
    const sorted = [...values].sort((a, b) => a - b);
    networkMedians.set(measure, one.format(median(values)));
    await expect(benchCell(page, 'scope-median', measure)).toHaveText(one.format(median(values)));
    await expect(benchCell(page, 'scope-range', measure)).toHaveText(`${one.format(quantile(sorted, 0.25))} to ${one.format(quantile(sorted, 0.75))}`);
  }
  await expect(page.locator('tr[data-benchmark="scope-median"] th')).toHaveText('Median, the whole network (48 offices)');
  // Each region's median row, from the cells of its offices.
  for (const region of new Set(all.map((row) => row.region))) {
    const mine = all.filter((row) => row.region === region);
    await expect(benchCell(page, `region-median-${region}`, 'overall')).toHaveText(one.format(median(column(mine, 0))));
  }
  await expect(benchCell(page, 'shown-median', 'overall')).toHaveCount(0);

  // A filter: the median of the offices shown joins the scope's, which stays.
  await page.getByLabel('Current tier', { exact: true }).selectOption('country_office');
  const countryOffices = await shownRows(page);
  expect(countryOffices.length).toBeLessThan(48);
  for (const [index, measure] of MEASURES.entries()) {
    await expect(benchCell(page, 'shown-median', measure)).toHaveText(one.format(median(column(countryOffices, index))));
    await expect(benchCell(page, 'scope-median', measure)).toHaveText(networkMedians.get(measure)!);
  }
  await page.getByRole('button', { name: 'Clear the filters' }).click();

  // The region switch: Asia and the Pacific's own offices, its medians, and the network's beside them.
  await page.getByLabel('Offices of').selectOption('asia_pacific');
  await expect(page.getByTestId('picture-summary')).toHaveText(/^\d+ offices of Asia and the Pacific, cycle 2025, compared with cycle 2024\.$/);
  await expect(page.getByLabel('Region', { exact: true })).toHaveCount(0);
  const asian = [...expected.values()].filter((office) => office.region === 'asia_pacific');
  await expect(page.getByTestId('picture-table').locator('tbody tr[data-office]')).toHaveCount(asian.length);
  const regionRows = await shownRows(page);
  for (const [index, measure] of MEASURES.entries()) {
    await expect(benchCell(page, 'scope-median', measure)).toHaveText(one.format(median(column(regionRows, index))));
    await expect(benchCell(page, 'network-median', measure)).toHaveText(networkMedians.get(measure)!);
  }

  // One office against the medians: its score minus the region's and the network's.
  const office = regionRows[0]!;
  const compare = page.getByRole('button', { name: `Compare ${office.code}` });
  await compare.click();
  await expect(compare).toHaveAttribute('aria-expanded', 'true');
  const detail = page.getByTestId('office-against');
  await expect(detail.getByRole('heading', { name: `${office.code} against the medians` })).toBeVisible();
  const overallLine = detail.locator('tr[data-measure="overall"]');
  const regionMedian = median(column(regionRows, 0));
  const networkMedian = median(column(all, 0));
  await expect(overallLine.locator('td[data-delta="region"]')).toHaveText(signed.format(office.cells[0]!.score! - regionMedian));
  await expect(overallLine.locator('td[data-delta="network"]')).toHaveText(signed.format(office.cells[0]!.score! - networkMedian));
  await expect(detail.getByRole('img', { name: `Scores of ${office.code} by perspective, with the middle half and median of Asia and the Pacific and the median of the whole network` })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);

  // Its drill-down: the link in its row header opens the office's assessment as the hub holds it.
  const link = page.getByTestId('picture-table').locator(`tr[data-office="${office.code}"] th a`);
  await expect(link).toHaveAttribute('href', `#/hub/offices/${expected.get(office.code)!.assessmentId}`);
  await link.click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText(expected.get(office.code)!.name);
  // Back: the region, the selection and the detail are still there.
  await page.goBack();
  await expect(page.getByLabel('Offices of')).toHaveValue('asia_pacific');
  await expect(page.getByRole('button', { name: `Compare ${office.code}` })).toHaveAttribute('aria-expanded', 'true');
  await page.getByLabel('Offices of').selectOption('network');
});

test('each indicator across the offices: outliers named, a selected office marked with its own scores', async ({ page }) => {
  test.setTimeout(120_000);
  await openScreen(page, backend, '#/hub/picture/indicators');
  const picture = await backend.callOk('hub.picture', {});
  const table = page.getByTestId('indicators-table');
  const scored = picture.indicators.filter((indicator) => indicator.scored);
  await expect(table.locator('tbody tr')).toHaveCount(scored.length);
  await expect(page.getByRole('navigation', { name: 'Views of the picture' }).getByRole('link', { name: 'Indicators' })).toHaveAttribute('aria-current', 'page');
  let withOutliers = 0;
  for (const indicator of scored) {
    const row = table.locator(`tr[data-indicator="${indicator.indicatorId}"]`);
    const codes = indicator.values.filter((value) => indicator.outliers.includes(value.officeId)).map((value) => value.officeCode);
    if (codes.length > 0) {
      withOutliers += 1;
      expect((await row.locator('.outlier-list li').evaluateAll((items) => items.map((item) => item.getAttribute('data-office')))).sort()).toEqual(codes.sort());
    } else {
      await expect(row.locator('td[data-outliers="0"]')).toHaveText('None');
    }
  }
  expect(withOutliers).toBeGreaterThan(0);

  // Mark one office: every strip rings it, and its scores are those its package was scored with.
  const office = expected.get('KEN-RH')!;
  await page.getByLabel('Mark an office on every line').selectOption({ label: `KEN-RH — ${office.name}` });
  await expect(table.locator('thead th').last()).toHaveText('KEN-RH');
  for (const indicator of scored) {
    const cell = table.locator(`tr[data-indicator="${indicator.indicatorId}"] td`).last();
    const score = office.indicators.get(indicator.indicatorId);
    if (score !== null && score !== undefined) await expect(cell).toHaveText(one.format(score));
  }
  await expect(table.locator('svg title', { hasText: /^P1\.3 / })).toHaveCount(1);
  await expect(table.locator('svg desc').first()).toContainText('KEN-RH');
  expect(await seriousViolations(page)).toEqual([]);
});

test('office types across the set: each suggestion with its rule, the offices that differ and the cases for review', async ({ page }) => {
  test.setTimeout(120_000);
  await openScreen(page, backend, '#/hub/picture/types');
  const picture: SetPicture = await backend.callOk('hub.picture', {});
  const table = page.getByTestId('types-table');
  await expect(table.locator('tbody tr[data-office]')).toHaveCount(48);
  const counts = page.getByTestId('picture-type-counts');
  await expect(counts.locator('[data-tier="subregional_office"]')).toHaveText(`Subregional office: ${picture.typology.suggested.subregional_office}`);
  await expect(counts.locator('[data-count="differs"]')).toHaveText(`Tier differs from the suggestion: ${picture.typology.differs.length}`);
  expect(picture.typology.differs.length).toBeGreaterThan(0);
  expect(picture.typology.flagged.length).toBeGreaterThan(0);
  for (const row of picture.rows) {
    const shown = table.locator(`tr[data-office="${row.officeCode}"]`);
    await expect(shown).toHaveAttribute('data-suggested', row.recommendation.suggestedTier ?? 'undecided');
    await expect(shown.locator('td[data-flags]')).toHaveAttribute('data-flags', row.recommendation.reviewFlags.map((flag) => flag.flag).join(' '));
  }

  // Only the offices whose tier differs, then only the cases for a person.
  const code = (officeId: string) => picture.rows.find((row) => row.officeId === officeId)!.officeCode;
  await page.getByLabel('Offices whose current or proposed tier differs from the suggestion').check();
  expect((await table.locator('tbody tr[data-office]').evaluateAll((rows) => rows.map((row) => row.getAttribute('data-office')))).sort()).toEqual(picture.typology.differs.map((entry) => code(entry.officeId)).sort());
  await page.getByLabel('Cases for a person to review', { exact: true }).check();
  const flagged = picture.typology.flagged.map((entry) => code(entry.officeId)).sort();
  expect((await table.locator('tbody tr[data-office]').evaluateAll((rows) => rows.map((row) => row.getAttribute('data-office')))).sort()).toEqual(flagged);

  // The rules and numbers of one flagged office, as the office sees them on its overview.
  const first = flagged[0]!;
  const button = page.getByRole('button', { name: `Rules and numbers for ${first}` });
  await button.click();
  await expect(button).toHaveAttribute('aria-expanded', 'true');
  await expect(page.getByRole('heading', { name: 'Rules, in order, with the numbers they used' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Needs review by a person' })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});

test('the coverage map shows covered and uncovered countries; the list says the same; focus shows a country', async ({ page }) => {
  test.setTimeout(120_000);
  await openScreen(page, backend, '#/hub/picture/coverage');
  const map = page.locator('figure.coverage-map');
  await expect(map.locator('g[data-country]').first()).toBeVisible({ timeout: 30_000 });
  const picture: SetPicture = await backend.callOk('hub.picture', {});
  const { counts } = picture.coverage;
  expect(counts.resident).toBe(48);
  expect(counts.non_resident).toBeGreaterThan(0);
  expect(counts.not_covered).toBeGreaterThan(0);
  await expect(page.getByTestId('coverage-counts').locator('li[data-status="not_covered"]')).toHaveText(`Not covered: ${counts.not_covered}`);

  // What the map says: every drawn country's status from its texture, and the ones it lists because it cannot draw them.
  const mapped = await map.evaluate((figure) => {
    // A drawn country carries its status; an undrawn one shows it by its swatch.
    const statusOf = (element: Element) => element.getAttribute('data-status') ?? element.querySelector('[data-status]')?.getAttribute('data-status') ?? null;
    const entries = [...figure.querySelectorAll('g[data-country], .coverage-map__undrawable li[data-country]')].map((element) => [element.getAttribute('data-country')!, { status: statusOf(element), label: element.getAttribute('aria-label') }] as const);
    return Object.fromEntries(entries);
  });
  expect(Object.keys(mapped).sort()).toEqual(picture.coverage.countries.map((country) => country.code).sort());
  const statuses = Object.values(mapped).map((entry) => entry.status);
  for (const status of ['resident', 'non_resident', 'not_covered']) expect(statuses).toContain(status);
  const undrawn = await map.locator('.coverage-map__undrawable li[data-country]').count();
  expect(undrawn).toBeGreaterThan(0);
  await expect(map.locator('figcaption')).toHaveText('The boundaries and names shown and the designations used on this map do not imply official endorsement or acceptance by the United Nations.');
  expect(await seriousViolations(page)).toEqual([]);

  // The keyboard: one Tab stop, then the arrow keys in the list's order; the caption follows the focus.
  const firstStop = map.locator('[data-country][tabindex="0"]');
  await tabTo(firstStop, 60);
  const caption = map.locator('.coverage-map__caption');
  const firstCode = (await firstStop.getAttribute('data-country'))!;
  await expect(caption).toHaveText(mapped[firstCode]!.label!);
  await page.keyboard.press('ArrowRight');
  const secondCode = (await page.evaluate(() => document.activeElement?.getAttribute('data-country')))!;
  expect(secondCode).not.toBe(firstCode);
  await expect(caption).toHaveText(mapped[secondCode]!.label!);

  // The list view: the same countries with the same statuses and offices, first two in the map's keyboard order.
  await page.getByLabel('List', { exact: true }).check();
  const list = page.locator('table.coverage-list');
  await expect(list.locator('tbody tr')).toHaveCount(picture.coverage.countries.length);
  const listed = await list.locator('tbody tr').evaluateAll((rows) => rows.map((row) => ({ code: row.getAttribute('data-country')!, name: row.querySelector('th')!.textContent!.trim(), status: row.querySelectorAll('td')[0]!.textContent!.trim(), offices: row.querySelectorAll('td')[1]!.textContent!.trim() })));
  expect(listed.slice(0, 2).map((row) => row.code)).toEqual([firstCode, secondCode]);
  for (const row of listed) {
    expect(row.status, row.code).toBe(STATUS_WORDS[mapped[row.code]!.status!]);
    expect(mapped[row.code]!.label, row.code).toBe(`${row.name} — ${row.offices === 'none' ? 'not covered' : row.offices}`);
  }
  expect(await seriousViolations(page)).toEqual([]);
});

test('the same screens in Arabic, right to left, pass axe', async ({ page }) => {
  test.setTimeout(180_000);
  await backend.callOk('settings.update', { language: 'ar' });
  try {
    await openScreen(page, backend, '#/hub/picture');
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    await expect(page.getByRole('heading', { level: 1, name: 'صورة المجموعة' })).toBeVisible();
    const table = page.getByTestId('picture-table');
    await expect(table.locator('tbody tr[data-office]')).toHaveCount(48);
    await expect(table.locator('caption')).toContainText('مكاتب الشبكة بأكملها، الدورة 2025');
    // Mirrored: the office column is the rightmost, the overall score to its left.
    const office = await table.locator('th[data-column="office"]').boundingBox();
    const overall = await table.locator('th[data-column="overall"]').boundingBox();
    expect(office!.x).toBeGreaterThan(overall!.x);
    // Latin digits, the engine's scores.
    const kenya = expected.get('KEN-RH')!;
    await expect(table.locator('tr[data-office="KEN-RH"] td.score-cell .cell-score').first()).toHaveText(one.format(kenya.overall.score!));
    expect(await seriousViolations(page)).toEqual([]);

    for (const [view, ready] of [
      ['indicators', 'indicators-table'],
      ['types', 'types-table'],
      ['coverage', 'coverage-counts'],
    ] as const) {
      await page.goto(`${backend.origin}/#/hub/picture/${view}`);
      await expect(page.getByTestId(ready)).toBeVisible();
      if (view === 'coverage') {
        await expect(page.locator('figure.coverage-map g[data-country]').first()).toBeVisible({ timeout: 30_000 });
        await expect(page.locator('.coverage-map__disclaimer')).toContainText('الأمم المتحدة');
        expect(await seriousViolations(page), 'map').toEqual([]);
        await page.getByLabel('قائمة').check();
        await expect(page.locator('table.coverage-list tbody tr').first()).toBeVisible();
      }
      expect(await seriousViolations(page), view).toEqual([]);
    }
  } finally {
    await backend.callOk('settings.update', { language: 'en' });
  }
});
