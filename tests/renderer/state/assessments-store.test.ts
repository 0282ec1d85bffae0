import { afterEach, describe, expect, it } from 'vitest';
import type { Stores } from '../../../renderer/state/stores';
import { call, closeStores, NAIROBI, openStores } from '../backend-fixture';
import type { AssessmentSummary, ChangeEntry } from '../../../shared/api/contract';
import type { AssessmentDocument } from '../../../shared/assessment/assessment-document';
import { applyCoveredCountriesEdit, coveredCountriesAnswer, coveredCountriesOf, type CoveredCountriesEdit } from '../../../renderer/countries/covered-countries';

afterEach(closeStores);

async function created(stores: Stores): Promise<AssessmentDocument> {
  const summary = await stores.assessments.getState().create(NAIROBI);
  if (!summary) throw new Error('create failed');
  return stores.assessments.getState().current!;
}

function coveredEdit(stores: Stores, id: string, edit: CoveredCountriesEdit) {
  return stores.assessments.getState().editAnswer(id, 'P2.1', (previous) =>
    coveredCountriesAnswer(previous, applyCoveredCountriesEdit(coveredCountriesOf(previous), edit, 'KEN')),
  );
}

describe('assessments store: profile', () => {
  it('saves a profile change, shows the saved document and lists it', async () => {
    const { stores, backend } = await openStores();
    const document = await created(stores);
    const saved = await stores.assessments.getState().updateProfile({
      id: document.id,
      office: { ...NAIROBI.office, name: 'UNIDO Regional Hub for Eastern Africa', currentTier: 'regional_office' },
      cycle: 2024,
      assessor: 'B. Otieno',
    });
    expect(saved).toBe(true);
    const state = stores.assessments.getState();
    expect(state.profileError).toBeNull();
    expect(state.current).toMatchObject({ office: { name: 'UNIDO Regional Hub for Eastern Africa', currentTier: 'regional_office' }, assessor: 'B. Otieno' });
    const stored = await call<AssessmentDocument>(backend, 'assessments.get', { id: document.id });
    expect(stored.office.name).toBe('UNIDO Regional Hub for Eastern Africa');
    await stores.assessments.getState().loadList();
    expect(stores.assessments.getState().list?.[0]?.officeName).toBe('UNIDO Regional Hub for Eastern Africa');
  });

  it('keeps a refused profile as an error with its problems, and changes nothing', async () => {
    const { stores, backend } = await openStores();
    const document = await created(stores);
    const saved = await stores.assessments.getState().updateProfile({
      id: document.id,
      office: { ...NAIROBI.office, hostCountry: 'kenya' },
      cycle: 2024,
    });
    expect(saved).toBe(false);
    const { profileError, current } = stores.assessments.getState();
    expect(profileError?.code).toBe('invalid_request');
    expect(profileError?.problems?.map((problem) => problem.path)).toContain('office.hostCountry');
    expect(current?.office.hostCountry).toBe('KEN');
    expect((await call<AssessmentDocument>(backend, 'assessments.get', { id: document.id })).assessor).toBe('A. Wanjiru');
    stores.assessments.getState().clearProfileError();
    expect(stores.assessments.getState().profileError).toBeNull();
  });
});

describe('assessments store: covered countries', () => {
  it('applies quick successive edits in order, each to what the one before saved', async () => {
    const { stores, backend } = await openStores();
    const document = await created(stores);
    // Not awaited one by one: a user ticking fast. Each must build on the previous one.
    const results = await Promise.all([
      coveredEdit(stores, document.id, { kind: 'add', code: 'KEN' }),
      coveredEdit(stores, document.id, { kind: 'add', code: 'UGA' }),
      coveredEdit(stores, document.id, { kind: 'add', code: 'TZA' }),
      coveredEdit(stores, document.id, { kind: 'resident', code: 'UGA', resident: true }),
      coveredEdit(stores, document.id, { kind: 'remove', code: 'TZA' }),
    ]);
    expect(results).toEqual([true, true, true, true, true]);
    const expected = [
      { code: 'KEN', resident: true },
      { code: 'UGA', resident: true },
    ];
    const state = stores.assessments.getState();
    expect(state.answerSaving).toBe(false);
    expect(state.answerSavedAt).not.toBeNull();
    expect(state.current?.answers['P2.1']).toEqual({ state: 'answered', value: expected });
    const stored = await call<AssessmentDocument>(backend, 'assessments.get', { id: document.id });
    expect(stored.answers['P2.1']).toEqual({ state: 'answered', value: expected });
    // Every step is in the history, newest first.
    const history = await call<ChangeEntry[]>(backend, 'history.list', { assessmentId: document.id, indicatorId: 'P2.1' });
    expect(history.filter((entry) => entry.kind === 'answer')).toHaveLength(5);
    expect(history[0]?.after).toEqual({ state: 'answered', value: expected });
  });

  it('keeps a refused edit as an error and shows what the database holds', async () => {
    const { stores, backend } = await openStores();
    const document = await created(stores);
    await call(backend, 'assessments.submit', { id: document.id });
    const saved = await coveredEdit(stores, document.id, { kind: 'add', code: 'KEN' });
    expect(saved).toBe(false);
    expect(stores.assessments.getState().answerError?.code).toBeDefined();
    await stores.assessments.getState().open(document.id);
    expect(stores.assessments.getState().current?.answers['P2.1']).toBeUndefined();
  });
});

describe('assessments store: lifecycle', () => {
  it('reopens a submitted assessment as revision 2, keeping revision 1 submitted', async () => {
    const { stores, backend } = await openStores();
    const document = await created(stores);
    await coveredEdit(stores, document.id, { kind: 'add', code: 'KEN' });
    await call(backend, 'assessments.submit', { id: document.id });

    const reopened = await stores.assessments.getState().reopen(document.id);
    expect(reopened).toMatchObject({ status: 'draft', revision: 2, previousRevisionId: document.id });
    expect(reopened?.answers['P2.1']).toEqual({ state: 'answered', value: [{ code: 'KEN', resident: true }] });
    const state = stores.assessments.getState();
    expect(state.current?.id).toBe(reopened?.id);
    expect(state.lifecycleBusy).toBeNull();
    expect(state.lifecycleError).toBeNull();

    await stores.assessments.getState().loadRevisions(reopened!.id);
    const revisions = stores.assessments.getState().revisions!;
    expect(revisions.map((summary) => [summary.revision, summary.status, summary.latestRevision])).toEqual([
      [1, 'submitted', false],
      [2, 'draft', true],
    ]);
    expect(stores.assessments.getState().revisionsFor).toBe(reopened!.id);

    // Reopening the superseded revision again is refused with the backend's reason.
    expect(await stores.assessments.getState().reopen(document.id)).toBeNull();
    expect(stores.assessments.getState().lifecycleError?.messageKey).toBe('errors.not_latest_revision');
    stores.assessments.getState().clearLifecycleError();
    expect(stores.assessments.getState().lifecycleError).toBeNull();
  });

  it('starts the next cycle from last cycle\'s answers and reads the previous cycle for comparison', async () => {
    const { stores, backend } = await openStores();
    const document = await created(stores);
    await coveredEdit(stores, document.id, { kind: 'add', code: 'KEN' });
    await call(backend, 'assessments.submit', { id: document.id });

    const next = await stores.assessments.getState().startNextCycle(document.id, 2025);
    expect(next).toMatchObject({ cycle: 2025, status: 'draft', revision: 1, previousCycleId: document.id });
    expect(next?.answers['P2.1']).toEqual({ state: 'answered', value: [{ code: 'KEN', resident: true }] });
    expect(stores.assessments.getState().current?.id).toBe(next?.id);

    await stores.assessments.getState().loadPreviousCycle(document.id);
    expect(stores.assessments.getState().previousCycle).toMatchObject({ id: document.id, cycle: 2024, status: 'submitted' });

    // The same cycle twice is refused; so is a cycle before the source.
    expect(await stores.assessments.getState().startNextCycle(document.id, 2025)).toBeNull();
    expect(stores.assessments.getState().lifecycleError?.messageKey).toBe('errors.cycle_exists');
    expect(await stores.assessments.getState().startNextCycle(document.id, 2023)).toBeNull();
    expect(stores.assessments.getState().lifecycleError?.messageKey).toBe('errors.cycle_not_later');
    const list = await call<AssessmentSummary[]>(backend, 'assessments.list', {});
    expect(list).toHaveLength(2);
  });
});
