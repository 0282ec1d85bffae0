/**
 * The text and number rules (shared/text/text-policy.ts, shared/numbers/number-bounds.ts,
 * shared/geo/country-codes.ts) as the backend applies them: on a real SQLite file, through
 * dispatch and through the HTTP bridge. A refusal is a clear invalid_request and writes nothing.
 */
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import type { AppErrorData } from '../../../shared/api/app-error';
import { startBridgeServer } from '../../../electron/bridge/bridge-server';
import { databasePath } from '../../../electron/store/store-paths';
import { workflowFixture, type Client } from './workflow-backend';

const fixture = workflowFixture();
afterEach(() => fixture.cleanup());

const OFFICE = { name: 'Country Office Addis Ababa', code: 'ETH-CO', currentTier: 'country_office', region: 'africa', hostCountry: 'ETH' } as const;

/** Every row the workflow writes, as stored, to show that a refusal left the file as it was. */
function storedRows(dataDir: string): unknown {
  const db = new Database(databasePath(dataDir), { readonly: true });
  try {
    return Object.fromEntries(
      ['assessments', 'answers', 'change_log', 'evidence'].map((table) => [table, db.prepare(`SELECT * FROM ${table} ORDER BY rowid`).all()]),
    );
  } finally {
    db.close();
  }
}

/** The invalid_request every text refusal is: one problem on the field, in words a person can act on. */
function expectRefusal(error: AppErrorData, path: string, message: RegExp): void {
  expect(error).toMatchObject({ code: 'invalid_request', messageKey: 'errors.invalid_request' });
  expect(error.problems?.map((problem) => problem.path)).toEqual([path]);
  expect(error.problems?.[0]?.message).toMatch(message);
}

async function draft(): Promise<{ backend: Client; id: string }> {
  const backend = await fixture.start();
  const { id } = await backend.create();
  return { backend, id };
}

describe('names', () => {
  it.each([
    ['a lone surrogate', 'Office \uD800 Nairobi', /U\+D800 at character 8, which is not a character/],
    ['a lone low surrogate at the end', 'Office Nairobi \uDC00', /U\+DC00 at character 16, which is not a character/],
    ['NUL', 'Office\u0000Nairobi', /control character U\+0000 at character 7/],
    ['a C1 control', 'Office\u0085Nairobi', /control character U\+0085/],
    ['a right-to-left override', 'Office \u202Eiboran', /text-direction character U\+202E at character 8/],
    ['a left-to-right isolate', 'Office \u2066Nairobi\u2069', /text-direction character U\+2066/],
    ['a right-to-left mark', 'مكتب\u200F UNDP', /text-direction character U\+200F/],
    ['a zero-width space', 'Office\u200BNairobi', /invisible character U\+200B/],
    ['a line break', 'Office\nNairobi', /must be one line/],
  ])('refuses an office name with %s, writing nothing', async (_what, name, message) => {
    const backend = await fixture.start();
    const before = storedRows(backend.dataDir);
    expectRefusal(await backend.fail('assessments.create', { office: { ...OFFICE, name }, cycle: 2025 }), 'office.name', message);
    expect(storedRows(backend.dataDir)).toEqual(before);
  });

  it('refuses the same in a profile update, the office code and the assessor, leaving the profile and its history as they were', async () => {
    const { backend, id } = await draft();
    const before = storedRows(backend.dataDir);
    const update = (change: object) => backend.fail('assessments.updateProfile', { id, office: OFFICE, cycle: 2025, ...change });
    expectRefusal(await update({ office: { ...OFFICE, name: 'Office \uD83D Nairobi' } }), 'office.name', /U\+D83D/);
    expectRefusal(await update({ office: { ...OFFICE, code: 'ETH\u0000' } }), 'office.code', /U\+0000/);
    expectRefusal(await update({ assessor: 'Amina \u202EelekeB' }), 'assessor', /U\+202E/);
    expect(storedRows(backend.dataDir)).toEqual(before);
    expect((await backend.call('assessments.get', { id })).office.name).toBe(OFFICE.name);
  });

  it('accepts names in every script, with the characters those scripts need', async () => {
    const backend = await fixture.start();
    const names = ['المكتب القطري في أديس أبابا', '联合国驻亚的斯亚贝巴国家办事处', 'Страновое представительство', 'Bureau de pays — Côte d’Ivoire', 'دفتر\u200Cکشوری', '👩🏽‍💼 Office'];
    for (const name of names) {
      const created = await backend.create({ office: { ...OFFICE, name }, assessor: 'أمينة بقلي' });
      expect(created.officeName).toBe(name);
      expect((await backend.call('assessments.get', { id: created.id })).assessor).toBe('أمينة بقلي');
    }
  });
});

describe('notes and justifications', () => {
  it('refuses a lone surrogate in a note as invalid_request (not internal), writing nothing', async () => {
    const { backend, id } = await draft();
    const before = storedRows(backend.dataDir);
    const error = await backend.fail('answers.set', {
      assessmentId: id,
      indicatorId: 'P2.2',
      answer: { state: 'answered', value: 55, note: 'UNCT survey \uD800 2025' },
    });
    expectRefusal(error, 'answer.note', /U\+D800 at character 13, which is not a character/);
    expectRefusal(
      await backend.fail('answers.set', { assessmentId: id, indicatorId: 'P2.2', answer: { state: 'unknown', justification: 'see\u0007' } }),
      'answer.justification',
      /control character U\+0007/,
    );
    expectRefusal(
      await backend.fail('answers.set', { assessmentId: id, indicatorId: 'P2.2', answer: { state: 'unknown', note: 'approved \u202Edevorppa ton' } }),
      'answer.note',
      /text-direction character U\+202E/,
    );
    expect(storedRows(backend.dataDir)).toEqual(before);
    expect(backend.log.entries.filter((entry) => entry.level === 'error')).toEqual([]);
  });

  it('keeps Arabic and Chinese notes with line breaks, tabs and direction marks exactly, across a restart', async () => {
    const first = await fixture.start();
    const { id } = await first.create();
    const note = 'ملاحظة: تم التحقق من الأرقام\u200F مع UNDP.\r\n第二行：已与驻地协调员办公室核实。\n\tالسطر الثالث \u2067UNCT\u2069 ‎(2025)';
    const justification = 'السبب: تأخر التمويل\n原因：资金延迟';
    await first.call('answers.set', { assessmentId: id, indicatorId: 'P2.3', answer: { state: 'answered', value: 20, note, justification } });
    const dataDir = first.dataDir;
    await first.close();

    const second = await fixture.start(dataDir);
    expect((await second.call('assessments.get', { id })).answers['P2.3']).toEqual({ state: 'answered', value: 20, note, justification });
    const [entry] = await second.call('history.list', { assessmentId: id, indicatorId: 'P2.3' });
    expect(entry?.after).toEqual({ state: 'answered', value: 20, note, justification });
  });
});

describe('countries', () => {
  it('refuses a host country or a covered country outside the country list (UN M49: no TWN, no XKX)', async () => {
    const { backend, id } = await draft();
    const before = storedRows(backend.dataDir);
    expectRefusal(
      await backend.fail('assessments.create', { office: { ...OFFICE, hostCountry: 'TWN' }, cycle: 2025 }),
      'office.hostCountry',
      /not a country or area of UN M49/,
    );
    expectRefusal(
      await backend.fail('assessments.updateProfile', { id, office: { ...OFFICE, hostCountry: 'XKX' }, cycle: 2025 }),
      'office.hostCountry',
      /not a country or area of UN M49/,
    );
    expectRefusal(
      await backend.fail('answers.set', {
        assessmentId: id,
        indicatorId: 'P2.1',
        answer: { state: 'answered', value: [{ code: 'ETH', resident: true }, { code: 'ZZZ', resident: false }] },
      }),
      'answer.value.1.code',
      /not a country or area of UN M49/,
    );
    expect(storedRows(backend.dataDir)).toEqual(before);
  });
});

describe('numbers', () => {
  it.each([
    ['money of 1.79e308', 'P4.6', 1.79e308, 'answer.value'],
    ['money of a trillion and one', 'P4.7', 1e12 + 1, 'answer.value'],
    ['an integer above 2^53', 'P4.3', 2 ** 53 + 1, 'answer.value'],
    ['a number below minus a trillion', 'P4.2', -1e13, 'answer.value'],
  ])('refuses %s, writing nothing', async (_what, indicatorId, value, path) => {
    const { backend, id } = await draft();
    const before = storedRows(backend.dataDir);
    expectRefusal(await backend.fail('answers.set', { assessmentId: id, indicatorId, answer: { state: 'answered', value } }), path, /1,000,000,000,000/);
    expect(storedRows(backend.dataDir)).toEqual(before);
  });

  it('accepts values up to the bound', async () => {
    const { backend, id } = await draft();
    await backend.call('answers.set', { assessmentId: id, indicatorId: 'P4.6', answer: { state: 'answered', value: 1e12 } });
    await backend.call('answers.set', { assessmentId: id, indicatorId: 'P4.3', answer: { state: 'answered', value: 999_999_999_999 } });
    expect((await backend.call('assessments.get', { id })).answers).toMatchObject({ 'P4.6': { value: 1e12 }, 'P4.3': { value: 999_999_999_999 } });
  });
});

describe('over the HTTP bridge', () => {
  it('refuses a lone surrogate sent as a JSON escape instead of storing it as invalid UTF-8', async () => {
    const { backend, id } = await draft();
    const token = 'test-token';
    const bridge = await startBridgeServer({ backend: backend.backend, rendererDir: fixture.folders.make(), port: 0, token });
    try {
      const post = async (operation: string, body: string) => {
        const response = await fetch(`http://127.0.0.1:${bridge.port}/api/${operation}`, {
          method: 'POST',
          headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
          body,
        });
        return (await response.json()) as { ok: boolean; error?: AppErrorData };
      };
      const before = storedRows(backend.dataDir);
      // JSON.stringify would escape a lone surrogate the same way; written out so the bytes are plain.
      const profile = `{"id":"${id}","office":{"name":"Office \\ud800 Nairobi","currentTier":"country_office","region":"africa","hostCountry":"ETH"},"cycle":2025}`;
      const refused = await post('assessments.updateProfile', profile);
      expect(refused.ok).toBe(false);
      expectRefusal(refused.error as AppErrorData, 'office.name', /U\+D800/);
      const note = `{"assessmentId":"${id}","indicatorId":"P2.2","answer":{"state":"answered","value":5,"note":"a \\udfff b"}}`;
      expectRefusal((await post('answers.set', note)).error as AppErrorData, 'answer.note', /U\+DFFF/);
      expect(storedRows(backend.dataDir)).toEqual(before);
      expect((await backend.call('assessments.get', { id })).office.name).toBe(OFFICE.name);
    } finally {
      await bridge.close();
    }
  });
});
