import fs from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import type { Backend } from '../../../electron/backend/backend-types';
import { createApi } from '../../../renderer/api/create-api';
import { createStores, type Stores } from '../../../renderer/state/stores';
import { dispatchTransport, freshDataDir, openTestBackend } from '../backend-fixture';
import type { CreateAssessmentRequest } from '../../../shared/api/contract';
import type { AssessmentDocument } from '../../../shared/assessment/assessment-document';

const NAIROBI: CreateAssessmentRequest = {
  office: { name: 'UNIDO Regional Hub in Nairobi', code: 'KEN-RH', currentTier: 'regional_hub', region: 'africa', hostCountry: 'KEN' },
  cycle: 2024,
  assessor: 'A. Wanjiru',
};

const opened: { backend: Backend; dataDir: string }[] = [];

/** Fresh stores over the real backend on a new data folder; closeAll() removes them again. */
async function openStores(): Promise<{ stores: Stores; backend: Backend }> {
  const dataDir = freshDataDir();
  const backend = await openTestBackend(dataDir);
  opened.push({ backend, dataDir });
  return { stores: createStores(createApi(dispatchTransport(backend)), 'en'), backend };
}

async function closeAll(): Promise<void> {
  for (const { backend, dataDir } of opened.splice(0)) {
    await backend.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

/** Calls the backend directly (as another window would), unwrapping the envelope. */
async function call<T>(backend: Backend, operation: string, payload: unknown): Promise<T> {
  const result = await backend.dispatch(operation, payload);
  if (!result.ok) throw new Error(`${operation} failed: ${JSON.stringify(result.error)}`);
  return result.value as T;
}

afterEach(closeAll);

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
