// The hub's picture for `npm run screenshots` (scripts/screenshots.ts): the whole demo network
// imported, then the set table, the coverage map, the office types and one office's drill-down,
// each looked at as the Africa hub does, in the language the app is in.
import path from 'node:path';
import type { Page } from '@playwright/test';
import { generateDemoNetwork } from '../electron/packages/demo/generate-demo-network';
import type { SetPicture } from '../shared/picture/picture-types';
import type { BackendServer } from '../tests/e2e/fixtures/backend-server';

type Shoot = (page: Page, name: string) => Promise<void>;

/** Every package of the demo network, through the hub's import (files already held come back identical). */
export async function importDemoNetwork(backend: BackendServer, root: string): Promise<void> {
  const demo = await generateDemoNetwork({ resourcesDir: path.join(root, 'resources') });
  for (const pkg of [...demo].sort((a, b) => a.fileName.localeCompare(b.fileName))) {
    await backend.callOk('hub.import', { fileName: pkg.fileName, dataBase64: pkg.bytes.toString('base64'), decidedBy: 'A. Hub' });
  }
}

/** Scrolls so that the element is at the top of the window: the part of the screen the picture is about. */
async function scrollTo(page: Page, selector: string): Promise<void> {
  await page.locator(selector).first().evaluate((element) => element.scrollIntoView({ block: 'start' }));
}

export async function shootPicture(page: Page, backend: BackendServer, suffix: 'en' | 'ar', shoot: Shoot): Promise<void> {
  await page.goto(`${backend.origin}/#/hub/picture`);
  await page.locator('[data-testid="picture-table"]').waitFor();
  await page.locator('.picture-controls select').first().selectOption('africa');
  await page.locator('[data-testid="picture-table"] tr[data-office]').first().waitFor();
  const picture: SetPicture = await backend.callOk('hub.picture', { scope: { kind: 'region', region: 'africa' } });
  const featured = picture.rows.find((row) => row.officeCode === 'KEN-RH') ?? picture.rows[0]!;
  await scrollTo(page, '.picture-views');
  await shoot(page, `hub-picture-table-${suffix}`);

  await page.goto(`${backend.origin}/#/hub/picture/coverage`);
  await page.locator('figure.coverage-map g[data-country]').first().waitFor({ timeout: 60_000 });
  await scrollTo(page, '[data-testid="picture-coverage"] h2');
  // A country focused from the keyboard, its caption shown; the window tall enough for the whole map, its legend and the disclaimer.
  const size = page.viewportSize();
  await page.setViewportSize({ width: size?.width ?? 1280, height: 1320 });
  await page.locator('figure.coverage-map [data-country][tabindex="0"]').focus();
  await scrollTo(page, '[data-testid="picture-coverage"] h2');
  await shoot(page, `hub-picture-map-${suffix}`);
  if (size) await page.setViewportSize(size);

  await page.goto(`${backend.origin}/#/hub/picture/types`);
  await page.locator('[data-testid="types-table"]').waitFor();
  const flagged = picture.typology.flagged[0]?.officeId;
  const opened = picture.rows.find((row) => row.officeId === flagged) ?? featured;
  await page.locator(`[data-testid="types-table"] tr[data-office="${opened.officeCode}"] button`).click();
  await scrollTo(page, `[data-testid="types-table"] tr[data-office="${opened.officeCode}"]`);
  await shoot(page, `hub-picture-types-${suffix}`);

  await page.goto(`${backend.origin}/#/hub/offices/${featured.assessmentId}`);
  await page.getByRole('heading', { level: 1 }).filter({ hasText: featured.officeCode }).waitFor({ timeout: 60_000 });
  await shoot(page, `hub-office-${suffix}`);
}
