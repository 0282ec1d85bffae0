import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import readline from 'node:readline';
import Database from 'better-sqlite3';
import { expect, test, type Page } from '@playwright/test';
import type { Answer, Answers } from '../../shared/assessment/answer';
import { freshDataDir } from './fixtures/backend-server';

/**
 * The backend dies (SIGKILL: no shutdown, no backup, no lock release) in the middle of a burst
 * of edits. Whatever the editor had shown as saved must be in the database after a restart,
 * and the database must be intact. The fixture's backend only stops cleanly, so this test
 * starts serve.cjs itself, to be able to kill it.
 */

const ROOT = path.resolve(import.meta.dirname, '../..');
const SERVE = path.join(ROOT, 'dist/electron/serve.cjs');

interface Served {
  child: ChildProcess;
  url: string;
  origin: string;
  token: string;
  exited: Promise<unknown>;
}

async function serve(dataDir: string): Promise<Served> {
  const child = spawn(process.execPath, [SERVE, '--port', '0', '--data-dir', dataDir], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  const exited = new Promise((resolve) => child.once('exit', resolve));
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr += chunk.toString('utf8');
  });
  return new Promise((resolve, reject) => {
    const lines = readline.createInterface({ input: child.stdout! });
    lines.on('line', (line) => {
      const match = /^Fieldscore is running at (http:\/\/127\.0\.0\.1:\d+\/#token=(\S+))$/.exec(line.trim());
      if (!match) return;
      lines.close();
      resolve({ child, url: match[1]!, origin: new URL(match[1]!).origin, token: match[2]!, exited });
    });
    void exited.then(() => reject(new Error(`serve exited before printing its URL:\n${stderr}`)));
  });
}

async function call<T>(served: Served, operation: string, payload: unknown): Promise<T> {
  const response = await fetch(`${served.origin}/api/${operation}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${served.token}` },
    body: JSON.stringify(payload),
  });
  const envelope = (await response.json()) as { ok: boolean; value: T; error?: unknown };
  if (!envelope.ok) throw new Error(`${operation}: ${JSON.stringify(envelope.error)}`);
  return envelope.value;
}

const byId = (id: string) => `[id="${id}"]`;

/** Focuses a number field with the keyboard's select-all and types over it, leaving with Tab. */
async function typeInto(page: Page, indicatorId: string, text: string): Promise<void> {
  const field = page.locator(byId(`indicator-${indicatorId}-input`));
  await field.focus();
  await page.keyboard.press('Control+A');
  await page.keyboard.type(text);
  await page.keyboard.press('Tab');
}

/** Each indicator of the page the editor marks as saved, with the value it shows. */
async function shownAsSaved(page: Page): Promise<Record<string, string>> {
  return page.locator('section.indicator').evaluateAll((sections) => {
    const saved: Record<string, string> = {};
    for (const section of sections) {
      const id = section.getAttribute('data-indicator')!;
      if (section.querySelector('[data-save-state]')?.getAttribute('data-save-state') !== 'saved') continue;
      const text = section.querySelector<HTMLInputElement>('input[type="text"]');
      const checked = section.querySelector<HTMLInputElement>('input[type="radio"]:checked');
      saved[id] = text ? text.value : (checked?.value ?? '');
    }
    return saved;
  });
}

let dataDir: string;
let running: Served | null = null;

test.beforeEach(() => {
  dataDir = freshDataDir();
});

test.afterEach(async () => {
  if (running && running.child.exitCode === null && running.child.signalCode === null) {
    running.child.kill('SIGTERM');
    await running.exited;
  }
  running = null;
  fs.rmSync(dataDir, { recursive: true, force: true });
});

test('edits shown as saved survive the backend being killed mid-burst; the database stays intact', async ({ page }) => {
  test.setTimeout(120_000);
  running = await serve(dataDir);
  const first = running;
  const created = await call<{ id: string }>(first, 'assessments.create', {
    office: { name: 'UNIDO Country Office in Viet Nam', currentTier: 'country_office', region: 'asia_pacific', hostCountry: 'VNM' },
    cycle: 2025,
  });

  await page.goto(first.url);
  await page.goto(`${first.origin}/#/assessments/${created.id}/edit/P2`);
  const status = page.locator('[data-save-status]');
  await expect(page.locator(byId('editor-perspective-heading'))).toContainText('P2');

  // A first few edits, acknowledged.
  await typeInto(page, 'P2.2', '10');
  await typeInto(page, 'P2.3', '20');
  await typeInto(page, 'P2.4', '30');
  await expect(status).toHaveAttribute('data-save-status', 'saved');
  await expect(status).toContainText('All changes saved');

  // The burst, with the backend killed in its middle.
  await typeInto(page, 'P2.5', '1.5');
  await typeInto(page, 'P2.6', '40');
  await page.locator(byId('indicator-P2.7-input')).focus();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await typeInto(page, 'P2.2', '11');
  await typeInto(page, 'P2.3', '21');
  first.child.kill('SIGKILL');
  await typeInto(page, 'P2.4', '31');
  await typeInto(page, 'P2.5', '1.6');

  // The editor says it is not saving, and keeps trying.
  await expect(status).toHaveAttribute('data-save-status', 'retrying');
  await expect(status).toContainText('Not saved — retrying');
  await first.exited;
  const saved = await shownAsSaved(page);
  const unsaved = await page.locator('[data-save-state]:not([data-save-state="saved"])').count();
  expect(Object.keys(saved).length).toBeGreaterThan(0);
  expect(unsaved).toBeGreaterThan(0); // what was typed after the kill is not called saved
  expect(saved['P2.4']).toBeUndefined();

  // Restart on the same folder (the dead process's lock is taken over).
  running = await serve(dataDir);
  const stored = (await call<{ answers: Answers }>(running, 'assessments.get', { id: created.id })).answers;
  const valueOf = (answer: Answer | undefined) => (answer?.state === 'answered' ? String(answer.value) : undefined);
  const expectedValues = Object.fromEntries(Object.entries(saved).map(([id, text]) => [id, id === 'P2.7' ? text : String(Number(text))]));
  const storedValues = Object.fromEntries(Object.keys(saved).map((id) => [id, valueOf(stored[id])]));
  expect(storedValues).toEqual(expectedValues);

  // The file is intact (read-only: the running backend owns it).
  const database = new Database(path.join(dataDir, 'fieldscore.sqlite'), { readonly: true, fileMustExist: true });
  try {
    expect(database.pragma('integrity_check', { simple: true })).toBe('ok');
  } finally {
    database.close();
  }

  // Reopened, the editor shows what the database holds.
  await page.goto(running.url);
  await page.goto(`${running.origin}/#/assessments/${created.id}/edit/P2`);
  for (const [id, answer] of Object.entries(stored)) {
    if (answer.state !== 'answered' || id === 'P2.7') continue;
    await expect(page.locator(byId(`indicator-${id}-input`))).toHaveValue(String(answer.value));
  }
  await expect(status).toHaveAttribute('data-save-status', 'idle');
});
