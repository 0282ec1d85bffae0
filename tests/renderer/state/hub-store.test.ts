import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Backend } from '../../../electron/backend/backend-types';
import { DEMO_DEFAULTS, generateDemoNetwork, type DemoPackage } from '../../../electron/packages/demo/generate-demo-network';
import { seedBytes } from '../../../electron/packages/demo/demo-random';
import { readPackage, type VerifiedPackage } from '../../../electron/packages/package-reader';
import { writePackage } from '../../../electron/packages/package-writer';
import { generateSigningKey, publicKeyPem, signingKeyFromSeed, type SigningKey } from '../../../electron/packages/signing-key';
import { createApi } from '../../../renderer/api/create-api';
import type { PickedFile } from '../../../renderer/files/picked-file';
import type { FileSaver, FileToSave, SaveOutcome } from '../../../renderer/files/save-file';
import { importSummary, isImportable, somethingChanged } from '../../../renderer/state/hub-import-batch';
import { DECIDED_BY_STORAGE_KEY, HUB_NAME_STORAGE_KEY, type HubState, type TextStorage } from '../../../renderer/state/hub-store';
import { createStores, type Stores } from '../../../renderer/state/stores';
import { conflictRows } from '../../../renderer/screens/hub-conflicts/conflict-rows';
import { OPERATION_NAMES, type FieldscoreTransport, type OperationName } from '../../../shared/api/contract';
import { CONSOLIDATED_MEDIA_TYPE } from '../../../shared/consolidation/consolidated-format';
import { call, closeStores, dispatchTransport, freshDataDir, openTestBackend } from '../backend-fixture';

const RESOURCES_DIR = path.resolve(import.meta.dirname, '../../../resources');
const NAME = 'H. Hub';

let demo: DemoPackage[];

beforeAll(async () => {
  // Three offices, two cycles each; the first office's last cycle also has a revision 2.
  demo = await generateDemoNetwork({ resourcesDir: RESOURCES_DIR, offices: 3 });
}, 60_000);

const backends: Backend[] = [];
afterEach(async () => {
  for (const backend of backends.splice(0)) await backend.close();
  await closeStores();
});

function memoryStorage(): TextStorage & { values: Map<string, string> } {
  const values = new Map<string, string>();
  return { values, getItem: (key) => values.get(key) ?? null, setItem: (key, value) => void values.set(key, value) };
}

/** A picked file over bytes in memory, counting how often it was read. */
function picked(name: string, bytes: Uint8Array): PickedFile & { reads: number } {
  const file = {
    name,
    sizeBytes: bytes.length,
    reads: 0,
    readBase64: async () => {
      file.reads += 1;
      return Buffer.from(bytes).toString('base64');
    },
  };
  return file;
}

const demoFile = (pkg: DemoPackage, name = pkg.fileName) => picked(name, pkg.bytes);

/** The transport with every request logged, and the most requests ever in flight at once. */
function watched(inner: FieldscoreTransport) {
  const log: { operation: OperationName; fileName?: string }[] = [];
  let inFlight = 0;
  let maxInFlight = 0;
  const transport: Partial<Record<OperationName, (request: unknown) => Promise<unknown>>> = {};
  for (const name of OPERATION_NAMES) {
    transport[name] = async (request) => {
      log.push({ operation: name, fileName: (request as { fileName?: string }).fileName });
      inFlight += 1;
      maxInFlight = Math.max(maxInFlight, inFlight);
      try {
        return await (inner[name] as (request: unknown) => Promise<unknown>)(request);
      } finally {
        inFlight -= 1;
      }
    };
  }
  return { transport: transport as FieldscoreTransport, log, maxInFlight: () => maxInFlight };
}

function saver(answer: (file: FileToSave) => SaveOutcome) {
  const files: FileToSave[] = [];
  const save: FileSaver = async (file) => {
    files.push(file);
    return answer(file);
  };
  return { files, save };
}

interface Hub {
  stores: Stores;
  hub: () => HubState;
  backend: Backend;
  log: ReturnType<typeof watched>['log'];
  maxInFlight: () => number;
  storage: ReturnType<typeof memoryStorage>;
  saved: ReturnType<typeof saver>;
  downloaded: ReturnType<typeof saver>;
}

async function hubStores(options: { storage?: ReturnType<typeof memoryStorage>; saveAnswer?: (file: FileToSave) => SaveOutcome } = {}): Promise<Hub> {
  const backend = await openTestBackend(freshDataDir());
  backends.push(backend);
  const { transport, log, maxInFlight } = watched(dispatchTransport(backend));
  const storage = options.storage ?? memoryStorage();
  const saved = saver(options.saveAnswer ?? ((file) => ({ saved: true, destination: `/home/hub/${file.fileName}`, fileName: file.fileName })));
  const downloaded = saver((file) => ({ saved: true, destination: 'download', fileName: file.fileName }));
  const stores = createStores(createApi(transport), 'en', { saveFile: saved.save, download: downloaded.save, storage });
  return { stores, hub: () => stores.hub.getState(), backend, log, maxInFlight, storage, saved, downloaded };
}

async function importDirectly(backend: Backend, packages: readonly { fileName: string; bytes: Uint8Array }[]): Promise<void> {
  for (const pkg of packages) await call(backend, 'hub.import', { fileName: pkg.fileName, dataBase64: Buffer.from(pkg.bytes).toString('base64'), decidedBy: 'Set-up' });
}

async function read(bytes: Uint8Array): Promise<VerifiedPackage> {
  const result = await readPackage(Buffer.from(bytes));
  if (!result.ok) throw new Error(result.reason.code);
  return result.package;
}

function repackaged(source: VerifiedPackage, key: SigningKey, document: VerifiedPackage['document']): Promise<Buffer> {
  return writePackage({ document, history: [], evidence: [], framework: source.framework, generatorVersion: 't', createdAt: '2025-11-20T09:00:00.000Z' }, key);
}

describe('hub store: the check (preview)', () => {
  it('checks the files one at a time in name order, writes nothing, and counts files and bytes as it goes', async () => {
    const { hub, stores, log, maxInFlight, backend } = await hubStores();
    const files = [...demo].reverse().map((pkg) => demoFile(pkg));
    const progress: { files: number; bytes: number }[] = [];
    const unsubscribe = stores.hub.subscribe((state) => {
      if (state.run && (progress.at(-1)?.files ?? -1) !== state.run.filesDone) progress.push({ files: state.run.filesDone, bytes: state.run.bytesDone });
    });
    await hub().addFiles(files);
    unsubscribe();

    const names = demo.map((pkg) => pkg.fileName).sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
    expect(hub().rows.map((row) => row.fileName)).toEqual(names);
    expect(log.filter((entry) => entry.operation === 'hub.preview').map((entry) => entry.fileName)).toEqual(names);
    expect(maxInFlight()).toBe(1);
    // One preview batch: each file is previewed after the earlier ones, so a revision 2 is "newer".
    expect(hub().rows.every((row) => row.state === 'checked' && row.preview?.status === (/_r1\.fieldscore$/.test(row.fileName) ? 'new' : 'newer'))).toBe(true);
    const totalBytes = demo.reduce((sum, pkg) => sum + pkg.bytes.length, 0);
    expect(progress.map((step) => step.files)).toEqual([...names.keys(), names.length]);
    expect(progress.every((step, index) => index === 0 || step.bytes > progress[index - 1]!.bytes)).toBe(true);
    expect(hub().run).toBeNull();
    expect(hub().lastRun).toEqual({ kind: 'preview', filesTotal: demo.length, filesDone: demo.length, bytesTotal: totalBytes, bytesDone: totalBytes, stopped: false, notSent: 0 });
    expect(await call(backend, 'hub.offices', {})).toEqual([]);

    // The same file again is not listed twice.
    await hub().addFiles([demoFile(demo[0]!)]);
    expect(hub().rows).toHaveLength(demo.length);
  });

  it('stops after the file being sent; the files already checked stay, the rest are checked on request', async () => {
    const { hub, stores, log } = await hubStores();
    const unsubscribe = stores.hub.subscribe((state) => {
      // Stop while the second file is on its way.
      if (state.run?.filesDone === 1 && state.run.current !== null && !state.run.stopping) state.stop();
    });
    await hub().addFiles(demo.map((pkg) => demoFile(pkg)));
    unsubscribe();
    expect(log.filter((entry) => entry.operation === 'hub.preview')).toHaveLength(2); // the one under way when Stop came finishes
    expect(hub().rows.filter((row) => row.state === 'checked')).toHaveLength(2);
    expect(hub().rows.filter((row) => row.state === 'waiting')).toHaveLength(demo.length - 2);
    expect(hub().lastRun).toMatchObject({ kind: 'preview', stopped: true, notSent: demo.length - 2 });

    // Going on continues the counts where the stopped run left off.
    const resumed: number[] = [];
    const watch = stores.hub.subscribe((state) => {
      if (state.run && resumed.at(-1) !== state.run.filesDone) resumed.push(state.run.filesDone);
    });
    await hub().checkRemaining();
    watch();
    expect(resumed[0]).toBe(2);
    expect(hub().rows.every((row) => row.state === 'checked')).toBe(true);
    expect(hub().lastRun).toMatchObject({ stopped: false, notSent: 0, filesDone: demo.length, filesTotal: demo.length });
  });

  it('says why a file is invalid, and a file the bridge could not carry is refused before it is read', async () => {
    const { hub, stores } = await hubStores();
    const broken = picked('broken.fieldscore', Buffer.from('PK\u0003\u0004 not really'));
    const notes = picked('notes.txt', Buffer.from('hello'));
    await hub().addFiles([broken, notes]);
    const [brokenRow, notesRow] = hub().rows;
    expect(brokenRow?.preview).toMatchObject({ kind: 'invalid', status: 'invalid', reason: { code: 'archive_damaged' } });
    expect(notesRow?.preview).toMatchObject({ kind: 'invalid', status: 'invalid', reason: { code: 'not_a_package' } });

    // Behind the browser mode's bridge a request carries at most ~14 MiB.
    stores.app.setState({ status: { appVersion: 't', mode: 'browser', dataDir: '/x', database: { state: 'ready', schemaVersion: 1 } } });
    const huge = { name: 'huge.fieldscore-set', sizeBytes: 40 * 1024 * 1024, reads: 0, readBase64: async () => 'never' };
    await hub().addFiles([huge]);
    const hugeRow = hub().rows.find((row) => row.fileName === 'huge.fieldscore-set');
    expect(hugeRow).toMatchObject({ state: 'failed', error: { messageKey: 'hub.import.tooLargeForBrowser', params: { maxMb: 10 } } });
    expect(huge.reads).toBe(0);
  });
});

describe('hub store: the import', () => {
  it('needs a name, remembers it, sends only what would change something, revision 1 before 2, and sums up; the same files again change nothing', async () => {
    const storage = memoryStorage();
    const { hub, log, backend } = await hubStores({ storage });
    const reopened = demo.find((pkg) => pkg.revision === 2)!;
    const first = demo.find((pkg) => pkg.assessmentId === reopened.parentRevisionId)!;
    const others = demo.filter((pkg) => pkg !== reopened && pkg !== first);
    // Named so that revision 2 comes first in the list: the import still sends revision 1 first.
    const batch = [demoFile(reopened, 'a-second.fieldscore'), demoFile(first, 'b-first.fieldscore'), ...others.map((pkg) => demoFile(pkg)), picked('broken.fieldscore', Buffer.from('nope'))];
    await hub().addFiles(batch);
    expect(hub().rows.filter((row) => row.preview && isImportable(row.preview))).toHaveLength(demo.length);

    expect(await hub().importFiles()).toEqual({ kind: 'name_required' });
    expect(log.some((entry) => entry.operation === 'hub.import')).toBe(false);
    hub().setDecidedBy(NAME);
    expect(storage.values.get(DECIDED_BY_STORAGE_KEY)).toBe(NAME);
    expect(await hub().importFiles()).toEqual({ kind: 'done', value: undefined });

    const sent = log.filter((entry) => entry.operation === 'hub.import').map((entry) => entry.fileName);
    expect(sent).toHaveLength(demo.length); // not the broken file
    expect(sent.indexOf('b-first.fieldscore')).toBeLessThan(sent.indexOf('a-second.fieldscore'));
    const byName = Object.fromEntries(hub().rows.map((row) => [row.fileName, row]));
    expect(byName['a-second.fieldscore']?.result?.status).toBe('newer');
    expect(byName['broken.fieldscore']).toMatchObject({ state: 'checked', result: null });
    const summary = importSummary(hub().rows);
    expect(summary).toMatchObject({ imported: demo.length, invalid: 1, alreadyHeld: 0, notSent: 0, failed: 0 });
    expect(somethingChanged(summary)).toBe(true);
    expect(hub().imported).toBe(true);
    // The lists the other screens show were read again.
    expect(hub().offices).toHaveLength(demo.length);
    expect(hub().keys?.every((key) => key.decidedBy === NAME)).toBe(true);
    const keys = await call<{ keys: { decidedBy: string }[] }>(backend, 'hub.keys', {});
    expect(keys.keys.length).toBe(3);

    // A new session on this computer: the name is remembered. The same files: all identical, nothing to send.
    const again = await hubStores({ storage });
    expect(again.hub().decidedBy).toBe(NAME);
    await importDirectly(again.backend, demo);
    await again.hub().addFiles(demo.map((pkg) => demoFile(pkg)));
    expect(again.hub().rows.every((row) => row.preview?.status === 'identical')).toBe(true);
    expect(again.hub().rows.some((row) => row.preview && isImportable(row.preview))).toBe(false);
    await again.hub().importFiles();
    expect(again.log.filter((entry) => entry.operation === 'hub.import')).toHaveLength(0);
    const nothing = importSummary(again.hub().rows);
    expect(nothing).toMatchObject({ alreadyHeld: demo.length, imported: 0 });
    expect(somethingChanged(nothing)).toBe(false);

    // A pick after an import starts a new batch.
    await hub().addFiles([demoFile(demo[0]!)]);
    expect(hub().rows).toHaveLength(1);
    expect(hub().rows[0]?.preview?.status).toBe('identical');
  });

  it('opens encrypted files with the passphrase that fits, keeps a wrong one from sticking, and never puts a passphrase in the state', async () => {
    const passphrase = 'orchid-lantern-basalt-comet';
    const encrypted = await generateDemoNetwork({ resourcesDir: RESOURCES_DIR, offices: 1, cycles: 1, passphrase, scryptWorkFactor: 10 });
    const { hub, stores } = await hubStores();
    const seen: string[] = [];
    const unsubscribe = stores.hub.subscribe((state) => seen.push(JSON.stringify(state)));
    await hub().addFiles(encrypted.map((pkg) => demoFile(pkg)));
    expect(hub().rows[0]?.preview).toMatchObject({ status: 'invalid', reason: { code: 'passphrase_required' } });
    expect(await hub().tryPassphrase('wrong-passphrase-here')).toBe(0);
    expect(hub().rows[0]?.preview?.reason?.code).toBe('wrong_passphrase');
    expect(await hub().tryPassphrase(passphrase)).toBe(encrypted.length);
    expect(hub().rows[0]).toMatchObject({ hasPassphrase: true, preview: { status: 'new', kind: 'package' } });
    hub().setDecidedBy(NAME);
    await hub().importFiles();
    unsubscribe();
    expect(hub().rows.map((row) => row.result?.status)).toEqual(encrypted.map((pkg) => (pkg.revision === 1 ? 'new' : 'newer')));
    for (const snapshot of seen) expect(snapshot).not.toContain(passphrase);
  });

  it('holds a consolidated file from a hub whose key changed, with both keys known in the session, until that key is accepted', async () => {
    // Two hubs with the same name and different keys (a hub's replaced computer).
    const east = await openTestBackend(freshDataDir());
    const eastAgain = await openTestBackend(freshDataDir());
    backends.push(east, eastAgain);
    await importDirectly(east, demo.slice(0, 2));
    await importDirectly(eastAgain, demo);
    const first = await call<{ fileName: string; dataBase64: string; fingerprint: string }>(east, 'hub.exportConsolidated', { hubName: 'Hub East', include: 'all' });
    const second = await call<{ fileName: string; dataBase64: string; fingerprint: string }>(eastAgain, 'hub.exportConsolidated', { hubName: 'Hub East', include: 'all' });
    expect(first.fingerprint).not.toBe(second.fingerprint);

    const { hub } = await hubStores();
    hub().setDecidedBy(NAME);
    await hub().addFiles([picked('east-1.fieldscore-set', Buffer.from(first.dataBase64, 'base64'))]);
    expect(hub().rows[0]?.preview).toMatchObject({ kind: 'consolidated', status: 'new', sender: { name: 'Hub East', status: 'first_seen' }, members: { new: 2 } });
    await hub().importFiles();
    expect(hub().rows[0]?.result).toMatchObject({ kind: 'consolidated', status: 'new' });

    await hub().addFiles([picked('east-2.fieldscore-set', Buffer.from(second.dataBase64, 'base64'))]);
    const row = hub().rows[0]!;
    expect(row.preview).toMatchObject({ kind: 'consolidated', status: 'different_key', sender: { fingerprint: second.fingerprint, status: 'different_key' } });
    expect(isImportable(row.preview!)).toBe(false);
    expect(hub().senderKeys['Hub East']).toBe(first.fingerprint);
    expect(await hub().acceptSender(row.id)).toEqual({ kind: 'done', value: undefined });
    expect(hub().rows[0]?.result).toMatchObject({ kind: 'consolidated', status: 'new', sender: { status: 'first_seen' } });
    expect(hub().offices).toHaveLength(demo.length);
  });
});

describe('hub store: keys', () => {
  it('accepts a new key (what was held is imported), rejects one (what was held is discarded), revokes, registers in advance', async () => {
    const { hub, backend } = await hubStores();
    await importDirectly(backend, demo);
    const target = demo.find((pkg) => pkg.cycle === 2025 && !demo.some((other) => other.parentRevisionId === pkg.assessmentId))!;
    const source = await read(target.bytes);
    const nextRevision = (id: string) => ({ ...source.document, id, revision: source.document.revision + 1, previousRevisionId: source.document.id, submittedAt: '2025-11-20T08:00:00.000Z' });
    const laptop = generateSigningKey();
    const stranger = generateSigningKey();
    await importDirectly(backend, [
      { fileName: 'replaced-laptop.fieldscore', bytes: await repackaged(source, laptop, nextRevision(randomUUID())) },
      { fileName: 'stranger.fieldscore', bytes: await repackaged(source, stranger, nextRevision(randomUUID())) },
    ]);
    await hub().loadKeys();
    expect(hub().held?.map((row) => row.fingerprint).sort()).toEqual([laptop.fingerprint, stranger.fingerprint].sort());
    const officeId = target.office.id;

    expect(await hub().acceptKey(officeId, laptop.fingerprint)).toEqual({ kind: 'name_required' });
    hub().setDecidedBy(NAME);
    await hub().acceptKey(officeId, laptop.fingerprint);
    expect(hub().keyOutcome).toMatchObject({ kind: 'accepted', officeCode: target.office.code, fingerprint: laptop.fingerprint, results: [{ status: 'newer' }] });
    await hub().rejectKey(officeId, stranger.fingerprint);
    expect(hub().keyOutcome).toMatchObject({ kind: 'rejected', discarded: 1 });
    expect(hub().held).toEqual([]);
    expect(hub().keys?.find((key) => key.fingerprint === stranger.fingerprint)).toMatchObject({ status: 'rejected', decidedBy: NAME });
    await hub().revokeKey(officeId, laptop.fingerprint);
    expect(hub().keyOutcome).toMatchObject({ kind: 'revoked', key: { status: 'revoked' } });

    // A second decision on what is gone: the backend's message key reaches the screen.
    expect(await hub().rejectKey(officeId, generateSigningKey().fingerprint)).toMatchObject({ kind: 'failed', error: { messageKey: 'hub.errors.nothing_held' } });
    expect(hub().keyError?.messageKey).toBe('hub.errors.nothing_held');

    const byFingerprint = generateSigningKey();
    expect(await hub().registerKey({ officeCode: 'XYZ-CO', fingerprint: byFingerprint.fingerprint })).toMatchObject({ kind: 'done', value: { hasPublicKey: false, source: 'registered' } });
    const byFile = generateSigningKey();
    expect(await hub().registerKey({ officeCode: 'XYZ-DK', publicKeyPem: publicKeyPem(byFile.publicKey) })).toMatchObject({ kind: 'done', value: { fingerprint: byFile.fingerprint, hasPublicKey: true } });
    expect(await hub().registerKey({ officeCode: 'XYZ-DK', publicKeyPem: 'not a key' })).toMatchObject({ kind: 'failed', error: { messageKey: 'hub.errors.not_a_key_file' } });
    expect(await hub().registerKey({ officeCode: 'XYZ-DK', publicKeyPem: publicKeyPem(byFile.publicKey), fingerprint: byFingerprint.fingerprint })).toMatchObject({
      kind: 'failed',
      error: { messageKey: 'hub.errors.fingerprint_mismatch', params: { fingerprint: byFile.fingerprint } },
    });
  });
});

describe('hub store: conflicts', () => {
  it('shows the diverged revisions indicator by indicator with their ancestor; keeping one settles it, and picking per indicator does too', async () => {
    const { hub, backend } = await hubStores();
    await importDirectly(backend, demo);
    const second = demo.find((pkg) => pkg.revision === 2)!;
    const source = await read(second.bytes);
    const key = signingKeyFromSeed(seedBytes(String(DEMO_DEFAULTS.seed), second.office.code));
    expect(key.fingerprint).toBe(second.fingerprint);
    const forkId = randomUUID();
    const answered = Object.keys(source.document.answers)[0]!;
    const fork = await repackaged(source, key, {
      ...source.document,
      id: forkId,
      submittedAt: '2025-11-20T08:00:00.000Z',
      answers: { ...source.document.answers, [answered]: { ...source.document.answers[answered]!, note: 'Written on the second laptop' } },
    });
    hub().setDecidedBy(NAME);
    await hub().addFiles([picked('fork.fieldscore', fork)]);
    expect(hub().rows[0]?.preview?.status).toBe('diverged');
    await hub().importFiles();
    expect(hub().conflicts).toHaveLength(1);
    const [conflict] = hub().conflicts!;

    await hub().openConflict(conflict!.officeId, conflict!.cycle);
    const detail = hub().conflict?.detail;
    expect(detail?.revisions).toHaveLength(2);
    expect(detail?.ancestor?.document.id).toBe(second.parentRevisionId);
    const rows = conflictRows(detail!);
    const framework = source.framework.perspectives.flatMap((perspective) => perspective.indicators.map((indicator) => indicator.id));
    expect(rows.map((row) => row.indicatorId).slice(0, framework.length)).toEqual(framework);
    const noted = rows.find((row) => row.indicatorId === answered)!;
    expect(noted.differences).toContain('note');
    expect(noted.cells.map((cell) => cell.answer?.note)).toContain('Written on the second laptop');
    // The fork carries no evidence: the evidence rows differ too.
    expect(rows.filter((row) => row.differences.length > 0).length).toBeGreaterThanOrEqual(1);

    expect(await hub().resolveConflict({ keep: second.assessmentId }, '  The office confirmed.  ')).toEqual({ kind: 'done', value: undefined });
    expect(hub().conflicts).toEqual([]);
    expect(hub().conflict).toBeNull();
    expect(hub().lastResolution).toMatchObject({ officeCode: second.office.code, cycle: second.cycle, kept: { revision: 2 } });
    const states = Object.fromEntries((hub().offices ?? []).map((office) => [office.assessmentId, office.state]));
    expect(states).toMatchObject({ [second.assessmentId]: 'current', [forkId]: 'not_kept' });

    // Another fork, decided indicator by indicator.
    const fork2Id = randomUUID();
    const fork2 = await repackaged(source, key, { ...source.document, id: fork2Id, submittedAt: '2025-11-21T08:00:00.000Z' });
    hub().clearBatch();
    await hub().addFiles([picked('fork2.fieldscore', fork2)]);
    await hub().importFiles();
    await hub().openConflict(second.office.id, second.cycle);
    const picks = Object.fromEntries(conflictRows(hub().conflict!.detail!).map((row) => [row.indicatorId, fork2Id]));
    await hub().resolveConflict({ picks });
    expect(hub().conflicts).toEqual([]);
    expect(hub().lastResolution?.kept).toBeUndefined();
    expect((hub().offices ?? []).find((office) => office.assessmentId === fork2Id)?.state).toBe('merged');
  });
});

describe('hub store: exports', () => {
  it('saves the consolidated file where the person chooses, downloads it when the shell refuses its name, and downloads the spreadsheets', async () => {
    const storage = memoryStorage();
    const { hub, backend, saved, downloaded } = await hubStores({ storage });
    expect(await hub().exportConsolidated()).toEqual({ kind: 'name_required' });
    hub().setHubName('Regional Hub Nairobi');
    expect(storage.values.get(HUB_NAME_STORAGE_KEY)).toBe('Regional Hub Nairobi');
    expect(await hub().exportConsolidated()).toMatchObject({ kind: 'failed', error: { messageKey: 'hub.errors.nothing_to_export' } });

    await importDirectly(backend, demo);
    // Nothing accepted in review yet: the default (accepted only) has nothing to carry; 'all' carries every current revision.
    expect(await hub().exportConsolidated()).toMatchObject({ kind: 'failed', error: { messageKey: 'review.errors.none_accepted' } });
    await hub().exportConsolidated('all');
    expect(saved.files.map((file) => [file.fileName, file.mediaType])).toEqual([[expect.stringMatching(/^Regional-Hub-Nairobi_\d{4}-\d{2}-\d{2}\.fieldscore-set$/), CONSOLIDATED_MEDIA_TYPE]]);
    expect(hub().lastExport).toMatchObject({ what: 'consolidated', outcome: { kind: 'saved', destination: expect.stringMatching(/^\/home\/hub\//), viaDownload: false } });

    const refusing = await hubStores({ saveAnswer: () => ({ saved: false, error: { code: 'internal', messageKey: 'packages.errors.save_refused' } }) });
    await importDirectly(refusing.backend, demo.slice(0, 1));
    refusing.hub().setHubName('Hub');
    await refusing.hub().exportConsolidated('all');
    expect(refusing.downloaded.files).toHaveLength(1);
    expect(refusing.hub().lastExport).toMatchObject({ outcome: { kind: 'saved', destination: 'download', viaDownload: true } });

    await hub().exportSpreadsheet('csv', 'fr');
    await hub().exportSpreadsheet('xlsx', 'fr');
    expect(downloaded.files.map((file) => file.fileName.split('.').pop())).toEqual(['csv', 'csv', 'xlsx']);
    expect(hub().lastExport).toMatchObject({ what: 'xlsx', outcome: { kind: 'downloaded', fileNames: [expect.stringMatching(/\.xlsx$/)] } });
  });
});
