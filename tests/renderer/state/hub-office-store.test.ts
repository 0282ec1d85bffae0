import path from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Backend } from '../../../electron/backend/backend-types';
import { generateDemoNetwork, type DemoPackage } from '../../../electron/packages/demo/generate-demo-network';
import { readPackage, type VerifiedPackage } from '../../../electron/packages/package-reader';
import { createApi } from '../../../renderer/api/create-api';
import type { FileToSave, SaveOutcome } from '../../../renderer/files/save-file';
import { createStores } from '../../../renderer/state/stores';
import { dispatchTransport, freshDataDir, openTestBackend } from '../backend-fixture';

const RESOURCES_DIR = path.resolve(import.meta.dirname, '../../../resources');

let demo: { pkg: DemoPackage; read: VerifiedPackage }[];
const backends: Backend[] = [];

beforeAll(async () => {
  demo = [];
  for (const pkg of await generateDemoNetwork({ resourcesDir: RESOURCES_DIR, offices: 4 })) {
    const read = await readPackage(Buffer.from(pkg.bytes));
    if (!read.ok) throw new Error(read.reason.code);
    demo.push({ pkg, read: read.package });
  }
}, 60_000);
afterEach(async () => {
  for (const backend of backends.splice(0)) await backend.close();
});

/** A hub on a real data folder holding the demo packages, and stores over it whose downloads are recorded. */
async function hubStores() {
  const backend = await openTestBackend(freshDataDir());
  backends.push(backend);
  for (const { pkg } of demo) {
    const result = await backend.dispatch('hub.import', { fileName: pkg.fileName, dataBase64: Buffer.from(pkg.bytes).toString('base64'), decidedBy: 'H. Hub' });
    if (!result.ok) throw new Error(JSON.stringify(result.error));
  }
  const downloads: FileToSave[] = [];
  const download = async (file: FileToSave): Promise<SaveOutcome> => {
    downloads.push(file);
    return { saved: true, destination: 'download', fileName: file.fileName };
  };
  return { stores: createStores(createApi(dispatchTransport(backend)), 'en', { download, storage: null }), downloads };
}

describe('the drill-down store', () => {
  it('loads a held revision, reads an evidence file for the viewer, and hands a file to the downloads typed by its bytes', async () => {
    const { stores, downloads } = await hubStores();
    const store = stores.hubOffice;
    const { read } = demo.find(({ read }) => read.evidence.some((file) => file.info.mediaType === 'text/csv'))!;
    await store.getState().load(read.document.id);
    expect(store.getState().error).toBeNull();
    expect(store.getState().view?.document).toEqual(read.document);

    const csv = read.evidence.find((file) => file.info.mediaType === 'text/csv')!;
    await store.getState().openEvidence(csv.info.sha256);
    const viewing = store.getState().viewing!;
    expect(viewing.file?.mediaType).toBe('text/csv');
    expect(Buffer.from(viewing.file!.dataBase64, 'base64').equals(csv.data)).toBe(true);
    store.getState().closeEvidence();
    expect(store.getState().viewing).toBeNull();

    await store.getState().downloadEvidence(csv.info.sha256);
    expect(downloads).toHaveLength(1);
    expect(downloads[0]).toMatchObject({ fileName: csv.info.fileName, mediaType: 'text/csv' });
    expect(Buffer.from(downloads[0]!.dataBase64, 'base64').equals(csv.data)).toBe(true);
    expect(store.getState().download).toEqual({ sha256: csv.info.sha256, kind: 'downloaded', fileName: csv.info.fileName });
  });

  it("says why when a file is not the revision's, and when the revision is not held; another revision's view never shows under this one", async () => {
    const { stores, downloads } = await hubStores();
    const store = stores.hubOffice;
    const [first, second] = demo.filter(({ read }) => read.evidence.length > 0);
    await store.getState().load(first!.read.document.id);
    const foreign = second!.read.evidence.find((file) => !first!.read.evidence.some((own) => own.info.sha256 === file.info.sha256))!;
    await store.getState().openEvidence(foreign.info.sha256);
    expect(store.getState().viewing).toMatchObject({ file: null, error: { code: 'not_found', messageKey: 'hubOffice.errors.evidence_not_in_package' } });
    await store.getState().downloadEvidence(foreign.info.sha256);
    expect(downloads).toEqual([]);
    expect(store.getState().download).toMatchObject({ kind: 'failed', error: { messageKey: 'hubOffice.errors.evidence_not_in_package' } });

    const loading = store.getState().load('0d5c2f4e-8b9a-4c3d-9e1f-2a3b4c5d6e7f');
    expect(store.getState().view).toBeNull();
    await loading;
    expect(store.getState().error).toMatchObject({ code: 'not_found', messageKey: 'hubOffice.errors.not_held' });
  });
});
