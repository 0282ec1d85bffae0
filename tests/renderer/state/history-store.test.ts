import { afterEach, describe, expect, it } from 'vitest';
import { call, closeStores, NAIROBI, openStores } from '../backend-fixture';
import type { AssessmentDocument } from '../../../shared/assessment/assessment-document';

afterEach(closeStores);

describe('history store', () => {
  it('lists the changes of an assessment newest first, with who and when, and of one indicator when asked', async () => {
    const { stores, backend } = await openStores();
    const summary = await stores.assessments.getState().create(NAIROBI);
    const id = summary!.id;
    await call(backend, 'answers.set', { assessmentId: id, indicatorId: 'P2.1', answer: { state: 'answered', value: [{ code: 'KEN', resident: true }] } });
    await call(backend, 'answers.set', { assessmentId: id, indicatorId: 'P5.6', answer: { state: 'answered', value: 45 } });
    const document = await call<AssessmentDocument>(backend, 'assessments.get', { id });
    await call(backend, 'assessments.updateProfile', { id, office: { ...document.office, currentTier: 'regional_office' }, cycle: 2024, assessor: 'A. Wanjiru' });

    await stores.history.getState().load(id);
    const all = stores.history.getState();
    expect(all.loading).toBe(false);
    expect(all.error).toBeNull();
    expect(all.indicatorId).toBeNull();
    const entries = all.entries!;
    expect(entries[0]).toMatchObject({ kind: 'profile', field: 'office.currentTier', before: 'regional_hub', after: 'regional_office', actor: 'A. Wanjiru' });
    expect(entries.map((entry) => entry.indicatorId ?? entry.field ?? entry.action)).toEqual(['office.currentTier', 'P5.6', 'P2.1', 'create']);
    const times = entries.map((entry) => entry.at);
    expect([...times].sort().reverse()).toEqual(times);

    await stores.history.getState().load(id, 'P2.1');
    const one = stores.history.getState();
    expect(one.indicatorId).toBe('P2.1');
    expect(one.entries?.map((entry) => entry.indicatorId)).toEqual(['P2.1']);
    expect(one.entries?.[0]).toMatchObject({ before: null, after: { state: 'answered', value: [{ code: 'KEN', resident: true }] } });
  });

  it('never shows one list under another\'s heading: a switch clears the entries, and a late answer is dropped', async () => {
    const { stores } = await openStores();
    const first = (await stores.assessments.getState().create(NAIROBI))!.id;
    const second = (await stores.assessments.getState().create({ ...NAIROBI, cycle: 2025 }))!.id;
    await stores.history.getState().load(first);
    expect(stores.history.getState().entries).toHaveLength(1);

    const slow = stores.history.getState().load(first);
    const fast = stores.history.getState().load(second, 'P2.1');
    expect(stores.history.getState().entries).toBeNull();
    await Promise.all([slow, fast]);
    expect(stores.history.getState()).toMatchObject({ assessmentId: second, indicatorId: 'P2.1', entries: [] });
  });

  it('reports an assessment that does not exist', async () => {
    const { stores } = await openStores();
    await stores.history.getState().load('00000000-0000-4000-8000-000000000000');
    const state = stores.history.getState();
    expect(state.loading).toBe(false);
    expect(state.error?.code).toBe('not_found');
  });
});
