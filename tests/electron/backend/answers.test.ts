import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import type { ChangeEntry } from '../../../shared/api/contract';
import { countRows, integrityCheck, workflowFixture } from './workflow-backend';

const fixture = workflowFixture();
afterEach(() => fixture.cleanup());

describe('answers.set', () => {
  it('saves each answer kind, with notes and justifications, and keeps them across close and reopen', async () => {
    const first = await fixture.start();
    const { id } = await first.create();
    const outcome = await first.call('answers.set', { assessmentId: id, indicatorId: 'P2.2', answer: { state: 'answered', value: 55, note: 'UNCT survey' } });
    expect(outcome.change).toMatchObject({
      assessmentId: id,
      actor: 'Amina Bekele',
      kind: 'answer',
      indicatorId: 'P2.2',
      action: 'edit',
      before: null,
      after: { state: 'answered', value: 55, note: 'UNCT survey' },
    });
    expect(Date.parse(outcome.savedAt)).toBeGreaterThanOrEqual(Date.parse(outcome.change.at));
    expect(outcome.undo).toEqual({ canUndo: true, canRedo: false });

    await first.call('answers.set', { assessmentId: id, indicatorId: 'P1.4', answer: { state: 'not_applicable', note: 'no office' } });
    await first.call('answers.set', { assessmentId: id, indicatorId: 'P3.3', answer: { state: 'unknown' } });
    const countries = [{ code: 'ETH', resident: true }, { code: 'DJI', resident: false }];
    await first.call('answers.set', { assessmentId: id, indicatorId: 'P2.1', answer: { state: 'answered', value: countries } });
    await first.call('answers.set', { assessmentId: id, indicatorId: 'P2.3', answer: { state: 'answered', value: 20, justification: 'two posts frozen' } });
    const dataDir = first.dataDir;
    await first.close();

    const second = await fixture.start(dataDir);
    const document = await second.call('assessments.get', { id });
    expect(document.answers).toEqual({
      'P1.4': { state: 'not_applicable', note: 'no office' },
      'P2.1': { state: 'answered', value: countries },
      'P2.2': { state: 'answered', value: 55, note: 'UNCT survey' },
      'P2.3': { state: 'answered', value: 20, justification: 'two posts frozen' },
      'P3.3': { state: 'unknown' },
    });
    expect(Date.parse(document.updatedAt)).toBeGreaterThan(Date.parse(document.createdAt) - 1);
    // Undo is still available after a restart: the stack lives in the database.
    expect(await second.call('edits.state', { assessmentId: id })).toEqual({ canUndo: true, canRedo: false });
  });

  it('clears an answer back to blank with null, recording the old value', async () => {
    const backend = await fixture.start();
    const { id } = await backend.create();
    await backend.call('answers.set', { assessmentId: id, indicatorId: 'P2.2', answer: { state: 'answered', value: 40 } });
    const cleared = await backend.call('answers.set', { assessmentId: id, indicatorId: 'P2.2', answer: null });
    expect(cleared.change).toMatchObject({ before: { state: 'answered', value: 40 }, after: null, action: 'edit' });
    expect((await backend.call('assessments.get', { id })).answers).toEqual({});
  });

  it('records nothing for an edit identical to the stored answer and returns the newest change', async () => {
    const backend = await fixture.start();
    const { id } = await backend.create();
    const saved = await backend.call('answers.set', { assessmentId: id, indicatorId: 'P2.2', answer: { state: 'answered', value: 40, note: '' } });
    const historyBefore = await backend.call('history.list', { assessmentId: id });
    // An empty note is the same as none.
    const again = await backend.call('answers.set', { assessmentId: id, indicatorId: 'P2.2', answer: { state: 'answered', value: 40 } });
    expect(again.change).toEqual(saved.change);
    expect(again.savedAt).toBe(saved.change.at);
    expect(await backend.call('history.list', { assessmentId: id })).toEqual(historyBefore);
    // Clearing a blank indicator records nothing either.
    const blank = await backend.call('answers.set', { assessmentId: id, indicatorId: 'P1.4', answer: null });
    expect(blank.change.id).toBe(saved.change.id);
  });

  it('refuses a value that does not fit the indicator with its answers.* key, writing nothing', async () => {
    const backend = await fixture.start();
    const { id } = await backend.create();
    await backend.call('answers.set', { assessmentId: id, indicatorId: 'P2.2', answer: { state: 'answered', value: 40 } });
    const answers = countRows(backend.dataDir, 'answers');
    const changes = countRows(backend.dataDir, 'change_log');

    const cases: { indicatorId: string; value: unknown; messageKey: string; params: Record<string, unknown> }[] = [
      { indicatorId: 'P2.2', value: 140, messageKey: 'answers.out_of_range', params: { min: 0, max: 100 } },
      { indicatorId: 'P3.3', value: 2.5, messageKey: 'answers.not_an_integer', params: {} },
      { indicatorId: 'P1.4', value: 'maybe', messageKey: 'answers.not_an_option', params: { option: 'maybe' } },
      { indicatorId: 'P2.2', value: true, messageKey: 'answers.not_a_number', params: {} },
      { indicatorId: 'P2.1', value: [{ code: 'ETH', resident: true }, { code: 'ETH', resident: false }], messageKey: 'answers.duplicate_country', params: { country: 'ETH' } },
    ];
    for (const { indicatorId, value, messageKey, params } of cases) {
      const error = await backend.fail('answers.set', { assessmentId: id, indicatorId, answer: { state: 'answered', value: value as number } });
      expect(error).toMatchObject({ code: 'invalid_request', messageKey, params });
    }
    expect((await backend.call('assessments.get', { id })).answers).toEqual({ 'P2.2': { state: 'answered', value: 40 } });
    expect(countRows(backend.dataDir, 'answers')).toBe(answers);
    expect(countRows(backend.dataDir, 'change_log')).toBe(changes);
    expect(await backend.call('edits.state', { assessmentId: id })).toEqual({ canUndo: true, canRedo: false });
  });

  it('refuses an indicator outside the assessment framework and an unknown assessment', async () => {
    const backend = await fixture.start();
    const { id } = await backend.create();
    expect(await backend.fail('answers.set', { assessmentId: id, indicatorId: 'P9.9', answer: { state: 'unknown' } })).toMatchObject({
      code: 'invalid_request',
      messageKey: 'errors.unknown_indicator',
      params: { indicatorId: 'P9.9' },
    });
    expect(await backend.fail('answers.set', { assessmentId: id, indicatorId: '__proto__', answer: { state: 'unknown' } })).toMatchObject({
      messageKey: 'errors.unknown_indicator',
    });
    expect(await backend.fail('answers.set', { assessmentId: randomUUID(), indicatorId: 'P2.2', answer: null })).toMatchObject({
      code: 'not_found',
    });
    expect(countRows(backend.dataDir, 'answers')).toBe(0);
  });

  it('survives a burst of 200 edits with an intact database', async () => {
    const backend = await fixture.start();
    const { id } = await backend.create();
    const indicators = ['P2.2', 'P2.3', 'P2.4', 'P2.6', 'P3.4'];
    for (let i = 0; i < 200; i += 1) {
      await backend.call('answers.set', { assessmentId: id, indicatorId: indicators[i % indicators.length] as string, answer: { state: 'answered', value: i % 101 } });
    }
    const history = await backend.call('history.list', { assessmentId: id });
    expect(history.filter((entry) => entry.action === 'edit')).toHaveLength(200);
    expect((await backend.call('assessments.get', { id })).answers['P3.4']).toEqual({ state: 'answered', value: 199 % 101 });
    const dataDir = backend.dataDir;
    await backend.close();
    expect(integrityCheck(dataDir)).toEqual(['ok']);
  });
});

describe('history.list', () => {
  it('lists changes newest first, for the assessment or one indicator, with actor and values', async () => {
    const backend = await fixture.start();
    const { id } = await backend.create();
    await backend.call('answers.set', { assessmentId: id, indicatorId: 'P2.2', answer: { state: 'answered', value: 10 } });
    await backend.call('answers.set', { assessmentId: id, indicatorId: 'P1.4', answer: { state: 'answered', value: 'yes' } });
    await backend.call('answers.set', { assessmentId: id, indicatorId: 'P2.2', answer: { state: 'answered', value: 20 } });

    const all = await backend.call('history.list', { assessmentId: id });
    expect(all.map((entry) => [entry.kind, entry.action, entry.indicatorId])).toEqual([
      ['answer', 'edit', 'P2.2'],
      ['answer', 'edit', 'P1.4'],
      ['answer', 'edit', 'P2.2'],
      ['status', 'create', undefined],
    ]);
    const ids = all.map((entry) => entry.id);
    expect([...ids].sort((a, b) => b - a)).toEqual(ids);

    const one: ChangeEntry[] = await backend.call('history.list', { assessmentId: id, indicatorId: 'P2.2' });
    expect(one.map((entry) => [entry.before, entry.after])).toEqual([
      [{ state: 'answered', value: 10 }, { state: 'answered', value: 20 }],
      [null, { state: 'answered', value: 10 }],
    ]);
    expect(one.every((entry) => entry.actor === 'Amina Bekele')).toBe(true);
    expect(await backend.fail('history.list', { assessmentId: randomUUID() })).toMatchObject({ code: 'not_found' });
  });
});
