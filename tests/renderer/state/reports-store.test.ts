// The report screen's store over the real backend (a real SQLite data folder holding the example
// package); "Save as PDF" in the browser goes through the backend's real Chromium (needs dist/:
// run under the dist lock), the desktop shell's printing is a stand-in recording what it is asked.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApi } from '../../../renderer/api/create-api';
import type { FileSaver, FileToSave } from '../../../renderer/files/save-file';
import type { ReportsState } from '../../../renderer/state/reports-store';
import { createStores } from '../../../renderer/state/stores';
import type { FieldscoreShell, ShellPrintRequest, ShellPrintResult } from '../../../shared/api/ipc-channel';
import type { ReportInputRequest } from '../../../shared/api/report-contract';
import type { StoreApi } from 'zustand/vanilla';
import { call, closeStores, dispatchTransport, NAIROBI, openStores } from '../backend-fixture';

const EXAMPLE = path.resolve(import.meta.dirname, '../../../docs/examples/KEN-RH_2025_r1.fieldscore');

let store: StoreApi<ReportsState>;
let heldId: string;
let draftId: string;
let shell: FieldscoreShell | null;
const asked: ShellPrintRequest[] = [];
const downloads: FileToSave[] = [];
let shellAnswer: ShellPrintResult = { printed: true };

const download: FileSaver = async (file) => {
  downloads.push(file);
  return { saved: true, destination: 'download', fileName: file.fileName };
};
const recordingShell: FieldscoreShell = {
  saveFile: async () => ({ saved: false }),
  printReport: async (request) => {
    asked.push(request);
    return shellAnswer;
  },
};

const request = (overrides: Partial<ReportInputRequest> = {}): ReportInputRequest => ({
  report: { kind: 'office', assessmentId: heldId, from: 'hub' },
  language: 'en',
  paper: 'a4',
  ...overrides,
});

beforeEach(async () => {
  const { backend } = await openStores();
  const bytes = fs.readFileSync(EXAMPLE);
  await call(backend, 'hub.import', { fileName: path.basename(EXAMPLE), dataBase64: bytes.toString('base64'), decidedBy: 'H. Hub' });
  heldId = (await call<{ assessmentId: string }[]>(backend, 'hub.offices', {}))[0]!.assessmentId;
  draftId = (await call<{ id: string }>(backend, 'assessments.create', NAIROBI)).id;
  shell = null;
  asked.length = 0;
  downloads.length = 0;
  shellAnswer = { printed: true };
  store = createStores(createApi(dispatchTransport(backend)), 'en', { shell: () => shell, download }).reports;
});

afterEach(closeStores);

describe('the report’s input', () => {
  it('is the backend’s for the request; the answer to the latest request wins', async () => {
    const first = store.getState().load(request());
    const second = store.getState().load(request({ language: 'ar', paper: 'letter' }));
    await Promise.all([first, second]);
    const { input, inputFor, inputError } = store.getState();
    expect(inputFor).toBe(JSON.stringify(request({ language: 'ar', paper: 'letter' })));
    expect(input).toMatchObject({ kind: 'office', language: 'ar', paper: 'letter' });
    expect(inputError).toBeNull();
  });

  it('says why there is none: a draft has no report', async () => {
    await store.getState().load(request({ report: { kind: 'office', assessmentId: draftId, from: 'field' } }));
    expect(store.getState()).toMatchObject({ input: null, inputError: { messageKey: 'packages.errors.not_submitted' } });
  });
});

describe('printing through the desktop shell', () => {
  it('asks the shell to print or to save a PDF of exactly the request, and says what came of it', async () => {
    shell = recordingShell;
    expect(await store.getState().printWithShell(request())).toBe(true);
    expect(store.getState()).toMatchObject({ phase: 'idle', outcome: { kind: 'printed' } });
    shellAnswer = { printed: true, path: '/home/a/FS-2025-KEN-RH_en.pdf' };
    await store.getState().savePdf(request({ language: 'fr' }));
    expect(store.getState().outcome).toEqual({ kind: 'saved', path: '/home/a/FS-2025-KEN-RH_en.pdf', download: false });
    shellAnswer = { printed: false, cancelled: true };
    await store.getState().savePdf(request());
    expect(store.getState().outcome).toEqual({ kind: 'cancelled' });
    shellAnswer = { printed: false, error: { code: 'internal', messageKey: 'reports.errors.print_failed', params: { detail: 'x' } } };
    await store.getState().savePdf(request());
    expect(store.getState().outcome).toMatchObject({ kind: 'failed', error: { messageKey: 'reports.errors.print_failed' } });
    expect(asked.map((entry) => [entry.action, entry.language])).toEqual([['print', 'en'], ['pdf', 'fr'], ['pdf', 'en'], ['pdf', 'en']]);
    expect(downloads).toEqual([]);
  });

  it('prints one at a time: a second click while one runs starts nothing', async () => {
    shell = recordingShell;
    await Promise.all([store.getState().savePdf(request()), store.getState().savePdf(request())]);
    expect(asked).toHaveLength(1);
  });

  it('is not there in the browser: Print is the preview’s own, the screen is told so', async () => {
    expect(await store.getState().printWithShell(request())).toBe(false);
    expect(store.getState().phase).toBe('idle');
  });
});

describe('Save as PDF in the browser', () => {
  it('makes the PDF with the backend’s Chromium and hands it to the downloads', async () => {
    await store.getState().savePdf(request({ language: 'zh' }));
    expect(store.getState().outcome).toEqual({ kind: 'saved', path: 'FS-2025-KEN-RH_zh.pdf', download: true });
    expect(downloads).toHaveLength(1);
    expect(downloads[0]).toMatchObject({ fileName: 'FS-2025-KEN-RH_zh.pdf', mediaType: 'application/pdf' });
    expect(Buffer.from(downloads[0]!.dataBase64, 'base64').subarray(0, 5).toString('latin1')).toBe('%PDF-');
  }, 60_000);

  it('says why when the backend cannot make it', async () => {
    await store.getState().savePdf(request({ report: { kind: 'office', assessmentId: draftId, from: 'field' } }));
    expect(store.getState().outcome).toMatchObject({ kind: 'failed', error: { messageKey: 'packages.errors.not_submitted' } });
    expect(downloads).toEqual([]);
  });
});
