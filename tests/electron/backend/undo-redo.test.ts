import { afterEach, describe, expect, it } from 'vitest';
import type { Answer } from '../../../shared/assessment/answer';
import { UNDO_DEPTH } from '../../../electron/store/undo-stack';
import { countRows, workflowFixture, type Client } from './workflow-backend';

const fixture = workflowFixture();
afterEach(() => fixture.cleanup());

const percent = (value: number): Answer => ({ state: 'answered', value });

async function valueOf(backend: Client, id: string, indicatorId: string): Promise<unknown> {
  const answer = (await backend.call('assessments.get', { id })).answers[indicatorId];
  return answer?.state === 'answered' ? answer.value : (answer?.state ?? 'blank');
}

describe('edits.undo and edits.redo', () => {
  it('walks back and forth through a linear stack, recording every step', async () => {
    const backend = await fixture.start();
    const { id } = await backend.create();
    await backend.call('answers.set', { assessmentId: id, indicatorId: 'P2.2', answer: percent(10) });
    await backend.call('answers.set', { assessmentId: id, indicatorId: 'P2.2', answer: percent(20) });
    await backend.call('answers.set', { assessmentId: id, indicatorId: 'P2.3', answer: percent(30) });

    const first = await backend.call('edits.undo', { assessmentId: id });
    expect(first.change).toMatchObject({ action: 'undo', indicatorId: 'P2.3', before: percent(30), after: null });
    expect(first.document.answers).toEqual({ 'P2.2': percent(20) });
    expect(first.undo).toEqual({ canUndo: true, canRedo: true });

    await backend.call('edits.undo', { assessmentId: id });
    expect(await valueOf(backend, id, 'P2.2')).toBe(10);
    const third = await backend.call('edits.undo', { assessmentId: id });
    expect(third.document.answers).toEqual({});
    expect(third.undo).toEqual({ canUndo: false, canRedo: true });

    const nothing = await backend.call('edits.undo', { assessmentId: id });
    expect(nothing.change).toBeNull();
    expect(nothing.document.answers).toEqual({});

    // Redo re-applies in the order the edits were made.
    const redo1 = await backend.call('edits.redo', { assessmentId: id });
    expect(redo1.change).toMatchObject({ action: 'redo', indicatorId: 'P2.2', before: null, after: percent(10) });
    await backend.call('edits.redo', { assessmentId: id });
    const redo3 = await backend.call('edits.redo', { assessmentId: id });
    expect(redo3.document.answers).toEqual({ 'P2.2': percent(20), 'P2.3': percent(30) });
    expect(redo3.undo).toEqual({ canUndo: true, canRedo: false });
    expect((await backend.call('edits.redo', { assessmentId: id })).change).toBeNull();

    const actions = (await backend.call('history.list', { assessmentId: id })).map((entry) => entry.action);
    expect(actions).toEqual(['redo', 'redo', 'redo', 'undo', 'undo', 'undo', 'edit', 'edit', 'edit', 'create']);
  });

  it('discards the redo stack on a new edit, keeping its history', async () => {
    const backend = await fixture.start();
    const { id } = await backend.create();
    await backend.call('answers.set', { assessmentId: id, indicatorId: 'P2.2', answer: percent(10) });
    await backend.call('answers.set', { assessmentId: id, indicatorId: 'P2.2', answer: percent(20) });
    await backend.call('edits.undo', { assessmentId: id });
    expect(await backend.call('edits.state', { assessmentId: id })).toEqual({ canUndo: true, canRedo: true });

    const edit = await backend.call('answers.set', { assessmentId: id, indicatorId: 'P2.4', answer: percent(5) });
    expect(edit.undo).toEqual({ canUndo: true, canRedo: false });
    expect((await backend.call('edits.redo', { assessmentId: id })).change).toBeNull();

    // Undo now reverts the new edit, then the first one; the discarded 20 never comes back.
    await backend.call('edits.undo', { assessmentId: id });
    expect(await valueOf(backend, id, 'P2.4')).toBe('blank');
    expect(await valueOf(backend, id, 'P2.2')).toBe(10);
    await backend.call('edits.undo', { assessmentId: id });
    expect(await valueOf(backend, id, 'P2.2')).toBe('blank');
    expect(await backend.call('edits.state', { assessmentId: id })).toEqual({ canUndo: false, canRedo: true });
    const history = await backend.call('history.list', { assessmentId: id, indicatorId: 'P2.2' });
    expect(history.some((entry) => entry.action === 'edit' && (entry.after as Answer).state === 'answered' && (entry.after as { value: number }).value === 20)).toBe(true);
  });

  it('undoes a profile change of several fields as one step and redoes it', async () => {
    const backend = await fixture.start();
    const created = await backend.create();
    const office = { name: 'Subregional Office Addis Ababa', code: 'ETH-SRO', currentTier: 'regional_office', region: 'africa', hostCountry: 'ETH' } as const;
    const updated = await backend.call('assessments.updateProfile', { id: created.id, office, cycle: 2026, assessor: 'Amina Bekele' });
    expect(updated.office).toEqual(office);
    expect(updated.cycle).toBe(2026);
    const entries = (await backend.call('history.list', { assessmentId: created.id })).filter((entry) => entry.kind === 'profile');
    expect(entries.map((entry) => [entry.field, entry.before, entry.after])).toEqual([
      ['cycle', 2025, 2026],
      ['office.currentTier', 'country_office', 'regional_office'],
      ['office.code', 'ETH-CO', 'ETH-SRO'],
      ['office.name', 'Country Office Addis Ababa', 'Subregional Office Addis Ababa'],
    ]);

    const undone = await backend.call('edits.undo', { assessmentId: created.id });
    expect(undone.document.office).toMatchObject({ name: 'Country Office Addis Ababa', code: 'ETH-CO', currentTier: 'country_office' });
    expect(undone.document.cycle).toBe(2025);
    expect(undone.undo).toEqual({ canUndo: false, canRedo: true });
    const redone = await backend.call('edits.redo', { assessmentId: created.id });
    expect(redone.document.office).toEqual(office);
    expect(redone.document.cycle).toBe(2026);
  });

  it('records nothing for an unchanged profile, and clears an omitted assessor', async () => {
    const backend = await fixture.start();
    const created = await backend.create();
    const office = { name: 'Country Office Addis Ababa', code: 'ETH-CO', currentTier: 'country_office', region: 'africa', hostCountry: 'ETH' } as const;
    const count = countRows(backend.dataDir, 'change_log');
    await backend.call('assessments.updateProfile', { id: created.id, office, cycle: 2025, assessor: 'Amina Bekele' });
    expect(countRows(backend.dataDir, 'change_log')).toBe(count);
    const cleared = await backend.call('assessments.updateProfile', { id: created.id, office: { ...office, code: ' ' }, cycle: 2025 });
    expect(cleared).not.toHaveProperty('assessor');
    expect(cleared.office).not.toHaveProperty('code');
    const entries = await backend.call('history.list', { assessmentId: created.id });
    expect(entries.slice(0, 2).map((entry) => [entry.field, entry.before, entry.after])).toEqual([
      ['assessor', 'Amina Bekele', null],
      ['office.code', 'ETH-CO', null],
    ]);
    // The actor is whoever was named when the change was made, even for the change that clears the name.
    expect(entries[0]?.actor).toBe('Amina Bekele');
  });

  it(`keeps at most ${UNDO_DEPTH} steps on the stack`, async () => {
    const backend = await fixture.start();
    const { id } = await backend.create();
    for (let i = 1; i <= UNDO_DEPTH + 5; i += 1) {
      await backend.call('answers.set', { assessmentId: id, indicatorId: 'P2.2', answer: percent(i % 100) });
    }
    let steps = 0;
    while ((await backend.call('edits.undo', { assessmentId: id })).change !== null) steps += 1;
    expect(steps).toBe(UNDO_DEPTH);
    expect(await valueOf(backend, id, 'P2.2')).toBe(5);
  });

  it('reports not_found for an unknown assessment', async () => {
    const backend = await fixture.start();
    const unknown = '00000000-0000-4000-8000-000000000000';
    expect(await backend.fail('edits.state', { assessmentId: unknown })).toMatchObject({ code: 'not_found' });
    expect(await backend.fail('edits.undo', { assessmentId: unknown })).toMatchObject({ code: 'not_found' });
  });
});
