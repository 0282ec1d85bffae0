import fs from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import type { ApiResult } from '../../../shared/api/app-error';
import { OPERATION_NAMES, type FieldscoreTransport, type OperationName } from '../../../shared/api/contract';
import type { Answer, Answers } from '../../../shared/assessment/answer';
import type { Backend } from '../../../electron/backend/backend-types';
import { startBridgeServer, type BridgeServer } from '../../../electron/bridge/bridge-server';
import { createApi } from '../../../renderer/api/create-api';
import { httpTransport } from '../../../renderer/api/http-transport';
import type { StoreApi } from 'zustand/vanilla';
import { createAnswersStore, type AnswersState } from '../../../renderer/state/answers-store';
import { createFrameworksStore } from '../../../renderer/state/frameworks-store';
import { freshDataDir, openTestBackend } from '../backend-fixture';

/**
 * The answers store against the real backend, over the real HTTP bridge (what the browser build
 * uses). The transport is wrapped only to observe it (order, requests in flight) and, in one
 * test, to hold an answer back; every request still reaches the real backend and SQLite.
 */

interface Observed {
  calls: { name: OperationName; request: unknown }[];
  maxInFlight: number;
  /** When set, answers.set responses wait for this promise before reaching the store. */
  hold: Promise<void> | null;
}

interface Harness {
  backend: Backend;
  dataDir: string;
  bridge: BridgeServer;
  store: StoreApi<AnswersState>;
  observed: Observed;
  assessmentId: string;
  /** The document as the database has it now (read through a second, unobserved client). */
  stored(): Promise<Answers>;
  call<T>(name: OperationName, request: unknown): Promise<T>;
}

const cleanups: (() => Promise<void>)[] = [];

afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

function observing(inner: FieldscoreTransport, observed: Observed): FieldscoreTransport {
  let inFlight = 0;
  const transport: Partial<Record<OperationName, (request: unknown) => Promise<ApiResult<unknown>>>> = {};
  for (const name of OPERATION_NAMES) {
    transport[name] = async (request: unknown) => {
      observed.calls.push({ name, request });
      inFlight += 1;
      observed.maxInFlight = Math.max(observed.maxInFlight, inFlight);
      try {
        const result = await (inner[name] as (request: unknown) => Promise<ApiResult<unknown>>)(request);
        if (name === 'answers.set' && observed.hold) await observed.hold;
        return result;
      } finally {
        inFlight -= 1;
      }
    };
  }
  return transport as FieldscoreTransport;
}

async function harness(options: { retryDelaysMs?: number[] } = {}): Promise<Harness> {
  const dataDir = freshDataDir();
  const backend = await openTestBackend(dataDir);
  const bridge = await startBridgeServer({ backend, rendererDir: dataDir, port: 0 });
  const state = { bridge };
  cleanups.push(async () => {
    await state.bridge.close().catch(() => undefined);
    await backend.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });
  const base = () => `http://127.0.0.1:${state.bridge.port}/`;
  const direct = createApi(httpTransport(base(), bridge.token));
  const observed: Observed = { calls: [], maxInFlight: 0, hold: null };
  const api = createApi(observing(httpTransport(base(), bridge.token), observed));
  const created = await direct['assessments.create']({
    office: { name: 'UNIDO Regional Hub in Nairobi', code: 'KEN-RH', currentTier: 'regional_hub', region: 'africa', hostCountry: 'KEN' },
    cycle: 2024,
    assessor: 'A. Wanjiru',
  });
  const store = createAnswersStore(api, createFrameworksStore(api), options);
  await store.getState().open(created.id);
  expect(store.getState().loadError).toBeNull();
  observed.calls.length = 0;
  return {
    backend,
    dataDir,
    get bridge() {
      return state.bridge;
    },
    set bridge(value: BridgeServer) {
      state.bridge = value;
    },
    store,
    observed,
    assessmentId: created.id,
    stored: async () => (await direct['assessments.get']({ id: created.id })).answers,
    call: <T>(name: OperationName, request: unknown) => (direct[name] as (request: unknown) => Promise<T>)(request),
  };
}

/** Resolves once the store satisfies the predicate (checked at every change). */
function until(store: StoreApi<AnswersState>, predicate: (state: AnswersState) => boolean): Promise<AnswersState> {
  return new Promise((resolve) => {
    if (predicate(store.getState())) {
      resolve(store.getState());
      return;
    }
    const unsubscribe = store.subscribe((state) => {
      if (predicate(state)) {
        unsubscribe();
        resolve(state);
      }
    });
  });
}

const number = (value: number, extra: Partial<Answer> = {}): Answer => ({ state: 'answered', value, ...extra }) as Answer;

describe('answers store: saving', () => {
  it('loads the document, its framework and the undo state', async () => {
    const { store, assessmentId } = await harness();
    const state = store.getState();
    expect(state.document?.id).toBe(assessmentId);
    expect(state.framework?.perspectives.map((perspective) => perspective.id)).toEqual(['P1', 'P2', 'P3', 'P4', 'P5']);
    expect(state.answers).toEqual({});
    expect(state.saveStatus).toBe('idle');
    expect(state.locked).toBe(false);
    expect(state.undo).toEqual({ canUndo: false, canRedo: false });
  });

  it('sends a burst of edits one at a time, in order, and ends with the database in the state shown', async () => {
    const { store, observed, stored } = await harness();
    const { setAnswer } = store.getState();
    // Typing in several fields, choices in between; some edits replace others of the same indicator.
    setAnswer('P1.7', number(6), { delayMs: 10_000 });
    setAnswer('P1.7', number(62), { delayMs: 10_000 });
    setAnswer('P1.4', { state: 'answered', value: 'yes' });
    setAnswer('P1.5', { state: 'answered', value: 'interim' });
    setAnswer('P1.4', { state: 'answered', value: 'no' });
    setAnswer('P2.2', number(40));
    setAnswer('P2.2', number(45));
    setAnswer('P5.2', { state: 'unknown' });
    setAnswer('P1.5', null);
    store.getState().flush('P1.7');
    setAnswer('P1.7', number(62.75), { delayMs: 10_000 });
    store.getState().flush();

    expect(store.getState().saveStatus).toBe('saving');
    expect(await store.getState().whenSaved()).toBe(true);
    const state = store.getState();
    expect(state.saveStatus).toBe('saved');
    expect(state.pendingCount).toBe(0);
    const expected = {
      'P1.4': { state: 'answered', value: 'no' },
      'P1.7': { state: 'answered', value: 62.75 },
      'P2.2': { state: 'answered', value: 45 },
      'P5.2': { state: 'unknown' },
    };
    expect(state.answers).toEqual(expected);
    expect(await stored()).toEqual(expected);

    expect(observed.maxInFlight).toBe(1);
    const sets = observed.calls.filter((call) => call.name === 'answers.set').map((call) => call.request as { indicatorId: string; answer: Answer | null });
    // The first edit went at once; later unsent edits of the same indicator replaced earlier ones.
    expect(sets[0]).toMatchObject({ indicatorId: 'P1.4', answer: { value: 'yes' } });
    expect(sets.length).toBeLessThan(9);
    // Whatever was coalesced, each indicator's last request is its final value.
    const last = new Map(sets.map((set) => [set.indicatorId, set.answer]));
    expect(Object.fromEntries([...last].filter(([, answer]) => answer !== null))).toEqual(expected);
    for (const id of Object.keys(expected)) expect(state.indicatorSave[id]?.state).toBe('saved');
  });

  it('calls an edit saved only once the backend acknowledged it', async () => {
    const { store, observed, stored } = await harness();
    let release!: () => void;
    observed.hold = new Promise<void>((resolve) => {
      release = resolve;
    });
    store.getState().setAnswer('P2.3', number(96));
    // The backend has committed (the request went through), but its answer has not arrived yet.
    await until(store, () => observed.calls.some((call) => call.name === 'answers.set'));
    await expect.poll(stored).toEqual({ 'P2.3': { state: 'answered', value: 96 } });
    let state = store.getState();
    expect(state.saveStatus).toBe('saving');
    expect(state.indicatorSave['P2.3']?.state).toBe('saving');
    expect(state.lastSavedAt).toBeNull();

    release();
    state = await until(store, (current) => current.saveStatus === 'saved');
    expect(state.indicatorSave['P2.3']).toMatchObject({ state: 'saved' });
    expect(state.lastSavedAt).not.toBeNull();
  });

  it('keeps an edit while the backend is unreachable, retries it and saves it once it is back', async () => {
    const h = await harness({ retryDelaysMs: [20] });
    const { store } = h;
    const port = h.bridge.port;
    const token = h.bridge.token;
    await h.bridge.close();

    store.getState().setAnswer('P3.3', number(5));
    let state = await until(store, (current) => current.saveStatus === 'retrying');
    expect(state.indicatorSave['P3.3']?.state).toBe('retrying');
    expect(state.saveError?.messageKey).toBe('errors.backend_unreachable');
    expect(state.answers['P3.3']).toEqual(number(5));
    expect(await store.getState().whenSaved()).toBe(false);

    // A later edit waits behind the failing one: order is kept.
    store.getState().setAnswer('P3.4', number(45));
    h.bridge = await startBridgeServer({ backend: h.backend, rendererDir: h.dataDir, port, token });
    state = await until(store, (current) => current.saveStatus === 'saved');
    expect(state.indicatorSave['P3.3']?.state).toBe('saved');
    expect(state.indicatorSave['P3.4']?.state).toBe('saved');
    expect(await h.stored()).toEqual({ 'P3.3': number(5), 'P3.4': number(45) });
  });

  it('shows a refused edit as not saved, with the reason, and goes on with the next edits', async () => {
    const { store, stored } = await harness();
    store.getState().setAnswer('P9.9', number(1));
    store.getState().setAnswer('P1.7', number(50));
    expect(await store.getState().whenSaved()).toBe(false);
    await until(store, (current) => current.pendingCount === 0);
    const state = store.getState();
    expect(state.saveStatus).toBe('rejected');
    expect(state.indicatorSave['P9.9']?.state).toBe('rejected');
    expect(state.indicatorSave['P9.9']?.error?.code).toBeDefined();
    expect(state.saveError).not.toBeNull();
    // Kept on screen, never silently reverted.
    expect(state.answers['P9.9']).toEqual(number(1));
    expect(state.indicatorSave['P1.7']?.state).toBe('saved');
    expect(await stored()).toEqual({ 'P1.7': number(50) });

    // Replacing the refused edit clears the refusal.
    store.getState().setAnswer('P9.9', null);
    await until(store, (current) => current.pendingCount === 0);
    expect(store.getState().answers['P9.9']).toBeUndefined();
  });

  it('sends typed edits after the pause, or at once when flushed', async () => {
    const { store, observed, stored } = await harness();
    store.getState().setAnswer('P2.5', number(1.7), { delayMs: 60_000 });
    expect(store.getState().answers['P2.5']).toEqual(number(1.7));
    expect(store.getState().indicatorSave['P2.5']?.state).toBe('editing');
    expect(observed.calls.filter((call) => call.name === 'answers.set')).toEqual([]);
    store.getState().flush('P2.5');
    await until(store, (current) => current.saveStatus === 'saved');
    expect(await stored()).toEqual({ 'P2.5': number(1.7) });

    store.getState().setAnswer('P2.5', number(1.8), { delayMs: 1 });
    await until(store, (current) => current.saveStatus === 'saved' && current.indicatorSave['P2.5']?.state === 'saved');
    expect(await stored()).toEqual({ 'P2.5': number(1.8) });
  });
});

describe('answers store: undo and redo', () => {
  it('undoes and redoes after every earlier edit, replacing the answers with the backend’s document', async () => {
    const { store, stored } = await harness();
    const { setAnswer } = store.getState();
    setAnswer('P1.7', number(40));
    setAnswer('P2.2', number(80));
    setAnswer('P1.7', number(60), { delayMs: 60_000 });
    // Pressed while the typed edit is still pending: it is queued first, then undone.
    store.getState().undoEdit();
    expect(await store.getState().whenSaved()).toBe(true);
    let state = store.getState();
    expect(state.answers).toEqual({ 'P1.7': number(40), 'P2.2': number(80) });
    expect(await stored()).toEqual(state.answers);
    expect(state.undo.canRedo).toBe(true);

    store.getState().redoEdit();
    await store.getState().whenSaved();
    state = store.getState();
    expect(state.answers).toEqual({ 'P1.7': number(60), 'P2.2': number(80) });
    expect(await stored()).toEqual(state.answers);

    store.getState().undoEdit();
    store.getState().undoEdit();
    await store.getState().whenSaved();
    expect(store.getState().answers).toEqual({ 'P1.7': number(40) });
    expect(await stored()).toEqual({ 'P1.7': number(40) });

    // A new edit voids the redo history.
    store.getState().setAnswer('P5.1', number(18));
    expect(store.getState().undo.canRedo).toBe(false);
    await store.getState().whenSaved();
    expect(store.getState().undo.canRedo).toBe(false);
  });
});

describe('answers store: submission', () => {
  it('reports red indicators without justification as blockers, then submits and locks', async () => {
    const { store, stored } = await harness();
    const { setAnswer } = store.getState();
    setAnswer('P1.5', { state: 'answered', value: 'interim' }); // 60: red, needs a justification
    setAnswer('P1.6', { state: 'answered', value: 'yes' });
    expect(await store.getState().submit()).toBe(false);
    let state = store.getState();
    expect(state.locked).toBe(false);
    expect(state.submitError).toMatchObject({ code: 'conflict', messageKey: 'errors.submission_blocked' });
    expect(state.blockers).toEqual([{ indicatorId: 'P1.5', reason: 'justification_required' }]);

    setAnswer('P1.5', { state: 'answered', value: 'interim', justification: 'Recruitment under way; interim head appointed.' }, { delayMs: 60_000 });
    // Submitting first saves what is still being typed.
    expect(await store.getState().submit()).toBe(true);
    state = store.getState();
    expect(state.locked).toBe(true);
    expect(state.document?.status).toBe('submitted');
    expect(state.blockers).toEqual([]);
    expect((await stored())['P1.5']).toMatchObject({ justification: 'Recruitment under way; interim head appointed.' });

    // Locked: edits are not accepted any more.
    store.getState().setAnswer('P1.6', { state: 'answered', value: 'no' });
    expect(store.getState().pendingCount).toBe(0);
    expect((await stored())['P1.6']).toEqual({ state: 'answered', value: 'yes' });
  });

  it('opens a submitted assessment read-only', async () => {
    const h = await harness();
    h.store.getState().setAnswer('P1.6', { state: 'answered', value: 'yes' });
    await h.store.getState().whenSaved();
    await h.call('assessments.submit', { id: h.assessmentId });
    const otherApi = createApi(httpTransport(`http://127.0.0.1:${h.bridge.port}/`, h.bridge.token));
    const other = createAnswersStore(otherApi, createFrameworksStore(otherApi));
    await other.getState().open(h.assessmentId);
    expect(other.getState().locked).toBe(true);
    expect(other.getState().answers).toEqual({ 'P1.6': { state: 'answered', value: 'yes' } });
  });
});
