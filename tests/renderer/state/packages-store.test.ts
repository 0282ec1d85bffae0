import { afterEach, describe, expect, it } from 'vitest';
import type { Backend } from '../../../electron/backend/backend-types';
import { readPackage } from '../../../electron/packages/package-reader';
import { createApi } from '../../../renderer/api/create-api';
import type { FileSaver, FileToSave, SaveOutcome } from '../../../renderer/files/save-file';
import { createStores, type Stores } from '../../../renderer/state/stores';
import type { ExportPhase } from '../../../renderer/state/packages-store';
import {
  OPERATION_NAMES,
  type FieldscoreTransport,
  type InstallationKeyInfo,
  type OperationName,
  type PackageExportInfo,
} from '../../../shared/api/contract';
import type { AssessmentDocument } from '../../../shared/assessment/assessment-document';
import { PACKAGE_MEDIA_TYPE } from '../../../shared/packages/package-format';
import { call, closeStores, dispatchTransport, NAIROBI, openStores } from '../backend-fixture';

afterEach(closeStores);

const PASSPHRASE = 'correct horse battery staple';

/** A saver that keeps what it was given and answers as told (a path, a cancel, a failure). */
function recordingSaver(answer: (file: FileToSave) => SaveOutcome | Promise<SaveOutcome>) {
  const files: FileToSave[] = [];
  const save: FileSaver = async (file) => {
    files.push(file);
    return answer(file);
  };
  return { files, save };
}

function savedTo(folder: string) {
  return (file: FileToSave): SaveOutcome => ({ saved: true, destination: `${folder}/${file.fileName}`, fileName: file.fileName });
}

/** The transport with a count of the requests made, by operation. */
function counting(inner: FieldscoreTransport, counts: Partial<Record<OperationName, number>>): FieldscoreTransport {
  const transport: Partial<Record<OperationName, (request: unknown) => Promise<unknown>>> = {};
  for (const name of OPERATION_NAMES) {
    transport[name] = (request) => {
      counts[name] = (counts[name] ?? 0) + 1;
      return (inner[name] as (request: unknown) => Promise<unknown>)(request);
    };
  }
  return transport as FieldscoreTransport;
}

async function submitted(backend: Backend, request = NAIROBI): Promise<AssessmentDocument> {
  const created = await call<AssessmentDocument>(backend, 'assessments.create', request);
  await call(backend, 'answers.set', { assessmentId: created.id, indicatorId: 'P2.1', answer: { state: 'answered', value: [{ code: 'KEN', resident: true }] } });
  return call<AssessmentDocument>(backend, 'assessments.submit', { id: created.id });
}

async function storesWith(saver: FileSaver, counts?: Partial<Record<OperationName, number>>): Promise<{ stores: Stores; backend: Backend }> {
  const { backend } = await openStores();
  const transport = counts ? counting(dispatchTransport(backend), counts) : dispatchTransport(backend);
  return { stores: createStores(createApi(transport), 'en', { saveFile: saver }), backend };
}

describe('packages store: the installation key', () => {
  it('reads the key once per session, even when asked from two screens at once', async () => {
    const counts: Partial<Record<OperationName, number>> = {};
    const { stores, backend } = await storesWith(recordingSaver(savedTo('/x')).save, counts);
    const state = stores.packages.getState();
    await Promise.all([state.loadInstallationKey(), state.loadInstallationKey()]);
    await state.loadInstallationKey();
    const key = stores.packages.getState().installationKey;
    expect(key?.fingerprint).toMatch(/^[A-Z2-7]{4}(-[A-Z2-7]{4}){5}$/);
    expect(key).toEqual(await call<InstallationKeyInfo>(backend, 'packages.installationKey', {}));
    expect(counts['packages.installationKey']).toBe(1);
  });
});

describe('packages store: export', () => {
  it('builds, saves and records a package, then shows the export read back from the database', async () => {
    const saver = recordingSaver(savedTo('/home/a/Desktop'));
    const { stores, backend } = await storesWith(saver.save);
    const document = await submitted(backend);
    const packages = stores.packages;
    await packages.getState().loadExports(document.id);
    expect(packages.getState().exports).toEqual([]);

    const phases: ExportPhase[] = [];
    const unsubscribe = packages.subscribe((state, previous) => {
      if (state.phase !== previous.phase) phases.push(state.phase);
    });
    const outcome = await packages.getState().exportPackage(document.id);
    unsubscribe();
    expect(phases).toEqual(['building', 'saving', 'recording', 'idle']);

    expect(saver.files).toHaveLength(1);
    const file = saver.files[0]!;
    expect(file).toMatchObject({ fileName: 'KEN-RH_2024_r1.fieldscore', mediaType: PACKAGE_MEDIA_TYPE });
    const read = await readPackage(Buffer.from(file.dataBase64, 'base64'));
    expect(read.ok).toBe(true);
    const key = await call<InstallationKeyInfo>(backend, 'packages.installationKey', {});
    if (read.ok) {
      expect(read.package.encrypted).toBe(false);
      expect(read.package.document.id).toBe(document.id);
      expect(read.package.signer.fingerprint).toBe(key.fingerprint);
    }

    expect(outcome).toMatchObject({
      kind: 'saved',
      fileName: 'KEN-RH_2024_r1.fieldscore',
      destination: '/home/a/Desktop/KEN-RH_2024_r1.fieldscore',
      encrypted: false,
    });
    const stored = await call<PackageExportInfo[]>(backend, 'packages.exports', { assessmentId: document.id });
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({
      fileName: 'KEN-RH_2024_r1.fieldscore',
      destination: '/home/a/Desktop/KEN-RH_2024_r1.fieldscore',
      encrypted: false,
      sizeBytes: Buffer.from(file.dataBase64, 'base64').length,
    });
    expect(packages.getState().exports).toEqual(stored);
    expect(packages.getState().lastExport).toEqual({ assessmentId: document.id, outcome });
    expect(packages.getState()).toMatchObject({ phase: 'idle', exportingFor: null, encrypting: false });
  });

  it('encrypts with a passphrase it never keeps; the newest export is listed first', async () => {
    const saver = recordingSaver(savedTo('/media/usb'));
    const { stores, backend } = await storesWith(saver.save);
    const document = await submitted(backend);
    const packages = stores.packages;
    await packages.getState().loadExports(document.id);
    await packages.getState().exportPackage(document.id);

    const seen: string[] = [];
    const unsubscribe = packages.subscribe((state) => seen.push(JSON.stringify({ ...state })));
    const running = packages.getState().exportPackage(document.id, PASSPHRASE);
    expect(packages.getState()).toMatchObject({ phase: 'building', encrypting: true, exportingFor: document.id });
    const outcome = await running;
    unsubscribe();
    expect(seen.length).toBeGreaterThan(2);
    for (const snapshot of seen) expect(snapshot).not.toContain(PASSPHRASE);

    expect(outcome).toMatchObject({ kind: 'saved', fileName: 'KEN-RH_2024_r1.fieldscore.age', encrypted: true });
    const file = saver.files[1]!;
    expect(file.mediaType).toBe('application/octet-stream');
    // An age file (scrypt recipient); decrypting it is the e2e test's part (scrypt is slow in plain JavaScript).
    const bytes = Buffer.from(file.dataBase64, 'base64');
    expect(bytes.subarray(0, 40).toString('latin1')).toMatch(/^age-encryption\.org\/v1\n-> scrypt /);
    expect(await readPackage(bytes)).toMatchObject({ ok: false, reason: { code: 'passphrase_required' } });

    const exports = packages.getState().exports!;
    expect(exports.map((entry) => [entry.fileName, entry.encrypted])).toEqual([
      ['KEN-RH_2024_r1.fieldscore.age', true],
      ['KEN-RH_2024_r1.fieldscore', false],
    ]);
  });

  it('records nothing when the save dialog is closed, or when saving fails', async () => {
    let answer: SaveOutcome = { saved: false };
    const saver = recordingSaver(() => answer);
    const { stores, backend } = await storesWith(saver.save);
    const document = await submitted(backend);
    const packages = stores.packages;

    expect(await packages.getState().exportPackage(document.id)).toEqual({ kind: 'cancelled' });
    expect(packages.getState().lastExport).toEqual({ assessmentId: document.id, outcome: { kind: 'cancelled' } });

    answer = { saved: false, error: { code: 'internal', messageKey: 'packages.errors.save_failed', params: { detail: 'ENOSPC' } } };
    expect(await packages.getState().exportPackage(document.id)).toEqual({ kind: 'failed', error: answer.error });

    // A saver that throws is a failure too, never an unhandled rejection.
    const throwing = await storesWith(async () => {
      throw new Error('IPC torn down');
    });
    const other = await submitted(throwing.backend);
    expect(await throwing.stores.packages.getState().exportPackage(other.id)).toMatchObject({
      kind: 'failed',
      error: { messageKey: 'packages.errors.save_refused' },
    });

    expect(saver.files).toHaveLength(2);
    expect(await call<PackageExportInfo[]>(backend, 'packages.exports', { assessmentId: document.id })).toEqual([]);
    expect(await call<PackageExportInfo[]>(throwing.backend, 'packages.exports', { assessmentId: other.id })).toEqual([]);
    expect(packages.getState().phase).toBe('idle');
  });

  it("shows the backend's refusal for a draft and for a submitted assessment without office code, saving nothing", async () => {
    const saver = recordingSaver(savedTo('/x'));
    const { stores, backend } = await storesWith(saver.save);
    const draft = await call<AssessmentDocument>(backend, 'assessments.create', NAIROBI);
    expect(await stores.packages.getState().exportPackage(draft.id)).toMatchObject({
      kind: 'failed',
      error: { code: 'conflict', messageKey: 'packages.errors.not_submitted' },
    });

    const { code: _code, ...withoutCode } = NAIROBI.office;
    const noCode = await submitted(backend, { ...NAIROBI, cycle: 2025, office: withoutCode });
    expect(await stores.packages.getState().exportPackage(noCode.id)).toMatchObject({
      kind: 'failed',
      error: { code: 'conflict', messageKey: 'packages.errors.office_code_required' },
    });
    expect(saver.files).toEqual([]);
    expect(stores.packages.getState().phase).toBe('idle');
  });

  it('starts one export at a time: a second click while one runs does nothing', async () => {
    const counts: Partial<Record<OperationName, number>> = {};
    let release: (outcome: SaveOutcome) => void = () => undefined;
    const saver = recordingSaver(() => new Promise<SaveOutcome>((resolve) => (release = resolve)));
    const { stores, backend } = await storesWith(saver.save, counts);
    const document = await submitted(backend);

    const first = stores.packages.getState().exportPackage(document.id);
    expect(await stores.packages.getState().exportPackage(document.id)).toEqual({ kind: 'busy' });
    await expect.poll(() => saver.files.length).toBe(1);
    expect(await stores.packages.getState().exportPackage(document.id, PASSPHRASE)).toEqual({ kind: 'busy' });
    release({ saved: true, destination: 'download', fileName: saver.files[0]!.fileName });
    expect(await first).toMatchObject({ kind: 'saved', destination: 'download' });
    expect(counts['packages.export']).toBe(1);
    expect(counts['packages.recordExport']).toBe(1);
  });

  it('says so when the file was saved but the export could not be recorded', async () => {
    const saver = recordingSaver((file) => ({ saved: true, destination: `/${'d'.repeat(5000)}/${file.fileName}`, fileName: file.fileName }));
    const { stores, backend } = await storesWith(saver.save);
    const document = await submitted(backend);
    const outcome = await stores.packages.getState().exportPackage(document.id);
    expect(outcome).toMatchObject({ kind: 'saved', record: null, recordError: { code: 'invalid_request' } });
  });

  it("never shows one assessment's exports under another", async () => {
    const { stores, backend } = await storesWith(recordingSaver(savedTo('/x')).save);
    const first = await submitted(backend);
    const second = await submitted(backend, { ...NAIROBI, cycle: 2025 });
    await stores.packages.getState().loadExports(first.id);
    await stores.packages.getState().exportPackage(first.id);
    expect(stores.packages.getState().exports).toHaveLength(1);

    const loading = stores.packages.getState().loadExports(second.id);
    expect(stores.packages.getState()).toMatchObject({ exportsFor: second.id, exports: null });
    await loading;
    expect(stores.packages.getState().exports).toEqual([]);

    // An export of the first while the second is shown does not replace the second's list.
    await stores.packages.getState().exportPackage(first.id);
    expect(stores.packages.getState()).toMatchObject({ exportsFor: second.id, exports: [] });
  });

  it('keeps the request to open the profile form at the office code until it is cleared', async () => {
    const { stores } = await storesWith(recordingSaver(savedTo('/x')).save);
    stores.packages.getState().requestOfficeCode('a');
    expect(stores.packages.getState().officeCodeRequest).toBe('a');
    stores.packages.getState().clearOfficeCodeRequest();
    expect(stores.packages.getState().officeCodeRequest).toBeNull();
  });
});
