import path from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Backend } from '../../../electron/backend/backend-types';
import { generateDemoNetwork, type DemoPackage } from '../../../electron/packages/demo/generate-demo-network';
import { createApi } from '../../../renderer/api/create-api';
import { SCOPE_STORAGE_KEY } from '../../../renderer/state/picture-store';
import type { TextStorage } from '../../../renderer/state/hub-store';
import { createStores } from '../../../renderer/state/stores';
import type { FieldscoreTransport } from '../../../shared/api/contract';
import { closeStores, dispatchTransport, openStores } from '../backend-fixture';

const RESOURCES_DIR = path.resolve(import.meta.dirname, '../../../resources');

let demo: DemoPackage[];

beforeAll(async () => {
  // The five regions' hubs, two cycles each (2024 and 2025).
  demo = await generateDemoNetwork({ resourcesDir: RESOURCES_DIR, offices: 5 });
}, 60_000);

afterEach(closeStores);

function memoryStorage(): TextStorage & { values: Map<string, string> } {
  const values = new Map<string, string>();
  return { values, getItem: (key) => values.get(key) ?? null, setItem: (key, value) => void values.set(key, value) };
}

async function hubWithDemo(): Promise<Backend> {
  const { backend } = await openStores();
  for (const pkg of demo) {
    const result = await backend.dispatch('hub.import', { fileName: pkg.fileName, dataBase64: pkg.bytes.toString('base64'), decidedBy: 'Test' });
    if (!result.ok) throw new Error(JSON.stringify(result.error));
  }
  return backend;
}

/** The transport with hub.picture answered in the order the test releases them. */
function heldPictures(inner: FieldscoreTransport) {
  const waiting: (() => void)[] = [];
  const transport = {
    ...inner,
    'hub.picture': (request: Parameters<FieldscoreTransport['hub.picture']>[0]) =>
      new Promise<Awaited<ReturnType<FieldscoreTransport['hub.picture']>>>((resolve) => waiting.push(() => void inner['hub.picture'](request).then(resolve))),
  } as FieldscoreTransport;
  return { transport, waiting };
}

describe('the picture store, on a real hub', () => {
  it('reads the newest cycle of the network, then a region, then an older cycle', async () => {
    const backend = await hubWithDemo();
    const storage = memoryStorage();
    const store = createStores(createApi(dispatchTransport(backend)), 'en', { storage }).picture;
    expect(store.getState().scope).toEqual({ kind: 'network' });

    await store.getState().load();
    const network = store.getState().picture!;
    expect(network).toMatchObject({ cycles: [2024, 2025], cycle: 2025, previousCycle: 2024, scope: { kind: 'network' } });
    expect(network.rows).toHaveLength(5);
    expect(store.getState()).toMatchObject({ loading: false, error: null });

    await store.getState().setScope({ kind: 'region', region: 'africa' });
    const africa = store.getState().picture!;
    expect(africa.scope).toEqual({ kind: 'region', region: 'africa' });
    expect(africa.rows.map((row) => row.region)).toEqual(['africa']);
    // Remembered on this computer: the next session starts with the region.
    expect(JSON.parse(storage.values.get(SCOPE_STORAGE_KEY)!)).toEqual({ kind: 'region', region: 'africa' });
    expect(createStores(createApi(dispatchTransport(backend)), 'en', { storage }).picture.getState().scope).toEqual({ kind: 'region', region: 'africa' });

    await store.getState().setCycle(2024);
    expect(store.getState().picture).toMatchObject({ cycle: 2024, previousCycle: null });
  });

  it('starts from the network when what is remembered is not a scope', async () => {
    const { backend } = await openStores();
    for (const text of ['{"kind":"region","region":"atlantis"}', 'not json', '{"kind":"network","extra":1}']) {
      const storage = memoryStorage();
      storage.values.set(SCOPE_STORAGE_KEY, text);
      expect(createStores(createApi(dispatchTransport(backend)), 'en', { storage }).picture.getState().scope).toEqual({ kind: 'network' });
    }
  });

  it('shows the answer to the latest request, not to the slower earlier one', async () => {
    const backend = await hubWithDemo();
    const { transport, waiting } = heldPictures(dispatchTransport(backend));
    const store = createStores(createApi(transport), 'en', { storage: null }).picture;
    const first = store.getState().setScope({ kind: 'region', region: 'asia_pacific' });
    const second = store.getState().setScope({ kind: 'region', region: 'arab_states' });
    expect(waiting).toHaveLength(2);
    // The later request is answered first, then the earlier one: the earlier answer is dropped.
    waiting[1]!();
    await second;
    expect(store.getState().picture!.scope).toEqual({ kind: 'region', region: 'arab_states' });
    waiting[0]!();
    await first;
    expect(store.getState().picture!.scope).toEqual({ kind: 'region', region: 'arab_states' });
    expect(store.getState().loading).toBe(false);
  });

  it('falls back to the newest cycle when the one asked for is not held, and keeps a selection only while its office is shown', async () => {
    const backend = await hubWithDemo();
    const store = createStores(createApi(dispatchTransport(backend)), 'en', { storage: null }).picture;
    await store.getState().load();
    const kenya = store.getState().picture!.rows.find((row) => row.region === 'africa')!;
    store.getState().selectOffice(kenya.officeId);

    await store.getState().setCycle(2019);
    expect(store.getState()).toMatchObject({ cycle: null, error: null });
    expect(store.getState().picture!.cycle).toBe(2025);
    expect(store.getState().selectedOfficeId).toBe(kenya.officeId);

    await store.getState().setScope({ kind: 'region', region: 'europe_central_asia' });
    expect(store.getState().selectedOfficeId).toBeNull();
  });

  it('sorts a column first in its natural direction, then the other way; a region scope drops the region filter', async () => {
    const { backend } = await openStores();
    const store = createStores(createApi(dispatchTransport(backend)), 'en', { storage: null }).picture;
    const state = () => store.getState();
    expect(state().sort).toEqual({ key: { kind: 'office' }, direction: 'ascending' });
    state().sortBy({ kind: 'office' });
    expect(state().sort.direction).toBe('descending');
    state().sortBy({ kind: 'perspective', id: 'P2' });
    expect(state().sort).toEqual({ key: { kind: 'perspective', id: 'P2' }, direction: 'descending' });
    state().sortBy({ kind: 'perspective', id: 'P3' });
    expect(state().sort).toEqual({ key: { kind: 'perspective', id: 'P3' }, direction: 'descending' });
    state().sortBy({ kind: 'perspective', id: 'P3' });
    expect(state().sort.direction).toBe('ascending');
    state().sortBy({ kind: 'region' });
    expect(state().sort).toEqual({ key: { kind: 'region' }, direction: 'ascending' });

    // A new order, filter, page size or scope starts at the first page.
    state().setPage(3);
    expect(state().page).toBe(3);
    state().sortBy({ kind: 'overall' });
    expect(state().page).toBe(0);
    state().setPage(2);
    state().setFilter('review', 'accepted');
    expect(state().page).toBe(0);
    state().setPage(2);
    state().setPageSize('all');
    expect(state()).toMatchObject({ page: 0, pageSize: 'all' });
    state().setPage(-1.5);
    expect(state().page).toBe(0);

    state().setFilter('region', 'africa');
    state().setFilter('currentTier', 'regional_hub');
    state().setPage(1);
    await state().setScope({ kind: 'region', region: 'africa' });
    expect(state().filters).toMatchObject({ region: null, currentTier: 'regional_hub' });
    expect(state().page).toBe(0);
    state().clearFilters();
    expect(state().filters).toEqual({ region: null, currentTier: null, suggestedTier: null, review: null });
  });

  it('says why when the backend refuses, and reads again', async () => {
    const backend = await hubWithDemo();
    const transport = dispatchTransport(backend);
    let refuse = true;
    const store = createStores(
      createApi({ ...transport, 'hub.picture': (request) => (refuse ? Promise.resolve({ ok: false, error: { code: 'internal', messageKey: 'errors.internal' } }) : transport['hub.picture'](request)) }),
      'en',
      { storage: null },
    ).picture;
    await store.getState().load();
    expect(store.getState()).toMatchObject({ picture: null, loading: false, error: { code: 'internal', messageKey: 'errors.internal' } });
    refuse = false;
    await store.getState().load();
    expect(store.getState().error).toBeNull();
    expect(store.getState().picture!.rows).toHaveLength(5);
  });
});
