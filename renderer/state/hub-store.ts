import { createStore, type StoreApi } from 'zustand/vanilla';
import type { AppErrorData } from '../../shared/api/app-error';
import type { FieldscoreApi, HubConflictDetail } from '../../shared/api/contract';
import type { HeldPackage, HubConflict, HubKey, HubOffice, ImportPreview } from '../../shared/api/hub-contract';
import { CONSOLIDATED_MEDIA_TYPE, type ConsolidatedInclude } from '../../shared/consolidation/consolidated-format';
import type { Language } from '../../shared/i18n/languages';
import { errorDataOf } from '../api/api-error';
import type { PickedFile } from '../files/picked-file';
import { XLSX_MEDIA_TYPE } from '../files/save-download';
import type { FileSaver } from '../files/save-file';
import { compareFileNames, importOrder, isImportable, needsPassphrase } from './hub-import-batch';

/**
 * The regional hub, app side (issue 8): the import batch (preview, then import, one file at a
 * time, with progress and a stop), the trust list of office keys and the packages held back
 * for a key decision, the open conflicts and the decision on one, the set of packages held and
 * its exports. The database is the source of truth: lists are read again after every change.
 *
 * Passphrases of encrypted files are kept for the batch in this closure only — never in the
 * state, never stored — and forgotten when the batch is cleared or replaced.
 */

/** Where a file of the batch stands. */
export type RowState =
  /** Not checked yet (or the check was stopped before it). */
  | 'waiting'
  | 'checking'
  | 'checked'
  | 'importing'
  | 'imported'
  /** The request itself failed (unreadable file, backend unreachable): `error` says why. */
  | 'failed';

export interface HubFileRow {
  id: number;
  fileName: string;
  sizeBytes: number;
  state: RowState;
  /** What importing it would do, from the last check. */
  preview: ImportPreview | null;
  /** What its import did. */
  result: ImportPreview | null;
  error: AppErrorData | null;
  /** A passphrase is held for this file (the passphrase itself never is in the state). */
  hasPassphrase: boolean;
}

export interface HubRun {
  kind: 'preview' | 'import';
  filesTotal: number;
  filesDone: number;
  bytesTotal: number;
  bytesDone: number;
  /** The file being sent. */
  current: string | null;
  /** Stop was pressed: the file being sent finishes, no further file is sent. */
  stopping: boolean;
}

/** How the last run ended: its final counts stay on screen, with whether it was stopped. */
export interface FinishedRun extends Omit<HubRun, 'current' | 'stopping'> {
  stopped: boolean;
  /** Files of the run not sent because it was stopped. */
  notSent: number;
}

export type ActionOutcome<T = undefined> =
  | { kind: 'done'; value: T }
  /** "Your name" is empty: nothing was sent. */
  | { kind: 'name_required' }
  | { kind: 'busy' }
  | { kind: 'failed'; error: AppErrorData };

/** A decision taken on the keys screen, for its status line. */
export type KeyOutcome =
  | { kind: 'accepted'; officeCode: string; fingerprint: string; results: ImportPreview[] }
  | { kind: 'rejected'; officeCode: string; fingerprint: string; discarded: number }
  | { kind: 'revoked'; key: HubKey }
  | { kind: 'registered'; key: HubKey };

export interface ConflictView {
  officeId: string;
  cycle: number;
  detail: HubConflictDetail | null;
  error: AppErrorData | null;
}

export interface Resolution {
  officeCode: string;
  officeName: string;
  cycle: number;
  /** The revision kept whole; absent when answers were picked per indicator. */
  kept?: { revision: number; submittedAt: string };
}

export type SaveOutcomeKind =
  | { kind: 'saved'; fileName: string; destination: string; viaDownload: boolean }
  | { kind: 'downloaded'; fileNames: string[] }
  | { kind: 'cancelled' }
  | { kind: 'failed'; error: AppErrorData };

export interface HubExportOutcome {
  what: 'consolidated' | 'xlsx' | 'csv';
  outcome: SaveOutcomeKind;
}

export interface HubState {
  /** "Your name": who imports and decides, recorded with each decision; remembered on this computer. */
  decidedBy: string;
  /** The hub's name in the consolidated file it passes on; remembered. */
  hubName: string;
  setDecidedBy(name: string): void;
  setHubName(name: string): void;

  // ——— The import batch ———
  rows: HubFileRow[];
  /** Files of a chosen folder that are not hub files (notes, spreadsheets…), left out. */
  skippedFiles: number;
  run: HubRun | null;
  lastRun: FinishedRun | null;
  /** The batch was imported (a further pick starts a new batch). */
  imported: boolean;
  /**
   * Keys of sending hubs met in this session with a known key (first seen or trusted), by hub
   * name: what a changed key is compared with. The backend does not say which key it first saw
   * for a hub (ImportPreview names only the new one), so a key known from an earlier session
   * is not here.
   */
  senderKeys: Record<string, string>;
  /**
   * Adds files to the batch (a new batch once the last one was imported) and checks each new
   * one, in name order. Files already in the list (same name and size) are not added twice.
   */
  addFiles(files: readonly PickedFile[], options?: { skipped?: number }): Promise<void>;
  /** Checks the files a stopped run left unchecked. */
  checkRemaining(): Promise<void>;
  /** Stops the running check or import after the file being sent. */
  stop(): void;
  /** Tries a passphrase on every encrypted file still locked; returns how many it opened. */
  tryPassphrase(passphrase: string): Promise<number>;
  /** Imports every importable file, one at a time, as `decidedBy`. */
  importFiles(): Promise<ActionOutcome>;
  /** A consolidated file from a hub whose key changed: accept that key and import it. */
  acceptSender(rowId: number): Promise<ActionOutcome>;
  clearBatch(): void;

  // ——— The set ———
  offices: HubOffice[] | null;
  officesError: AppErrorData | null;
  loadOffices(): Promise<void>;

  // ——— Keys ———
  keys: HubKey[] | null;
  held: HeldPackage[] | null;
  keysError: AppErrorData | null;
  /** A key decision is being sent. */
  keyBusy: boolean;
  keyOutcome: KeyOutcome | null;
  keyError: AppErrorData | null;
  loadKeys(): Promise<void>;
  acceptKey(officeId: string, fingerprint: string): Promise<ActionOutcome>;
  rejectKey(officeId: string, fingerprint: string): Promise<ActionOutcome>;
  revokeKey(officeId: string, fingerprint: string): Promise<ActionOutcome>;
  registerKey(request: { officeCode: string; publicKeyPem?: string; fingerprint?: string }): Promise<ActionOutcome<HubKey>>;
  clearKeyOutcome(): void;

  // ——— Conflicts ———
  conflicts: HubConflict[] | null;
  conflictsError: AppErrorData | null;
  conflict: ConflictView | null;
  resolving: boolean;
  resolveError: AppErrorData | null;
  /** The last decision, for the list's status line. */
  lastResolution: Resolution | null;
  loadConflicts(): Promise<void>;
  openConflict(officeId: string, cycle: number): Promise<void>;
  resolveConflict(resolution: { keep: string } | { picks: Record<string, string> }, note?: string): Promise<ActionOutcome>;
  clearResolution(): void;

  // ——— Exports of the set ———
  exporting: HubExportOutcome['what'] | null;
  lastExport: HubExportOutcome | null;
  /** `include`: only the revisions accepted in review (the default), or every current one. */
  exportConsolidated(include?: ConsolidatedInclude): Promise<ActionOutcome>;
  exportSpreadsheet(format: 'xlsx' | 'csv', language: Language): Promise<ActionOutcome>;
}

/** localStorage, or what a test gives instead. */
export type TextStorage = Pick<Storage, 'getItem' | 'setItem'>;

export const DECIDED_BY_STORAGE_KEY = 'fieldscore.hub.decidedBy';
export const HUB_NAME_STORAGE_KEY = 'fieldscore.hub.hubName';

export interface HubStoreOptions {
  /** The desktop shell's save dialog, or a download. */
  saveFile: FileSaver;
  /** The browser's download, for the spreadsheets and when the shell refuses a consolidated file's name. */
  download: FileSaver;
  storage: TextStorage | null;
  /** The largest file the transport can carry (the browser mode's bridge), null when unlimited. */
  maxFileBytes?: () => number | null;
}

/** localStorage when the page may use it (a sandboxed or private page may refuse). */
export function browserStorage(): TextStorage | null {
  try {
    return typeof window === 'undefined' ? null : window.localStorage;
  } catch {
    return null;
  }
}

function remembered(storage: TextStorage | null, key: string): string {
  try {
    return storage?.getItem(key) ?? '';
  } catch {
    return '';
  }
}

function remember(storage: TextStorage | null, key: string, value: string): void {
  try {
    storage?.setItem(key, value);
  } catch {
    // Full or refused: the name is simply asked again next time.
  }
}

const SPREADSHEET_MEDIA_TYPE: Record<'xlsx' | 'csv', string> = { xlsx: XLSX_MEDIA_TYPE, csv: 'text/csv;charset=utf-8' };

export function createHubStore(api: FieldscoreApi, options: HubStoreOptions): StoreApi<HubState> {
  const { storage } = options;
  return createStore<HubState>()((set, get) => {
    /** The files of the batch and their passphrases, by row id: outside the state. */
    const files = new Map<number, { file: PickedFile; passphrase?: string }>();
    let nextId = 1;
    let stopRequested = false;
    /** The backend's preview batch for the current list of files (hub.preview's batch). */
    let previewBatch = crypto.randomUUID();
    let officesRequest = 0;
    let keysRequest = 0;
    let conflictsRequest = 0;
    let conflictRequest = 0;

    const updateRow = (id: number, change: Partial<HubFileRow>) => {
      set({ rows: get().rows.map((row) => (row.id === id ? { ...row, ...change } : row)) });
    };
    const rowById = (id: number) => get().rows.find((row) => row.id === id);
    const updateRun = (change: Partial<HubRun>) => {
      const run = get().run;
      if (run) set({ run: { ...run, ...change } });
    };

    const person = () => get().decidedBy.trim();

    /**
     * The counts a run starts from: nothing done of these files, or — going on after a Stop —
     * where the stopped run of the same kind left off, so that its bar and counts continue.
     */
    const startCounts = (kind: HubRun['kind'], files: readonly HubFileRow[]) => {
      const bytes = files.reduce((sum, row) => sum + row.sizeBytes, 0);
      const last = get().lastRun;
      const from = last && last.kind === kind && last.stopped ? last : null;
      return {
        kind,
        filesDone: from?.filesDone ?? 0,
        filesTotal: (from?.filesDone ?? 0) + files.length,
        bytesDone: from?.bytesDone ?? 0,
        bytesTotal: (from?.bytesDone ?? 0) + bytes,
      };
    };

    /** The run ends: its final counts become the last run's. */
    const finishRun = (notSent: number, extra: Partial<HubState> = {}) => {
      const run = get().run;
      const totals = run ?? { kind: 'preview' as const, filesTotal: 0, filesDone: 0, bytesTotal: 0, bytesDone: 0 };
      set({
        run: null,
        lastRun: { kind: totals.kind, filesTotal: totals.filesTotal, filesDone: totals.filesDone, bytesTotal: totals.bytesTotal, bytesDone: totals.bytesDone, stopped: stopRequested && notSent > 0, notSent },
        ...extra,
      });
      stopRequested = false;
    };

    const noteSender = (preview: ImportPreview) => {
      const sender = preview.sender;
      if (!sender || sender.status === 'different_key') return;
      if (get().senderKeys[sender.name] === sender.fingerprint) return;
      set({ senderKeys: { ...get().senderKeys, [sender.name]: sender.fingerprint } });
    };

    /** The bytes of a file, base64; null (and the row failed) when it cannot be sent. */
    const readFile = async (id: number): Promise<string | null> => {
      const entry = files.get(id);
      if (!entry) return null;
      const limit = options.maxFileBytes?.() ?? null;
      if (limit !== null && entry.file.sizeBytes > limit) {
        updateRow(id, { state: 'failed', error: { code: 'invalid_request', messageKey: 'hub.import.tooLargeForBrowser', params: { maxMb: limit / 1024 / 1024 } } });
        return null;
      }
      try {
        return await entry.file.readBase64();
      } catch {
        updateRow(id, { state: 'failed', error: { code: 'internal', messageKey: 'hub.import.unreadable' } });
        return null;
      }
    };

    const request = (id: number, dataBase64: string) => {
      const entry = files.get(id);
      const row = rowById(id)!;
      return { fileName: row.fileName, dataBase64, ...(entry?.passphrase ? { passphrase: entry.passphrase } : {}) };
    };

    /** Checks one file: its preview, or why the check failed. */
    const previewOne = async (id: number): Promise<void> => {
      updateRow(id, { state: 'checking', error: null });
      const dataBase64 = await readFile(id);
      if (dataBase64 === null) return;
      try {
        // One batch per list of files: each preview then sees what the earlier ones would write.
        const preview = await api['hub.preview']({ ...request(id, dataBase64), batch: previewBatch });
        updateRow(id, { state: 'checked', preview, result: null });
        noteSender(preview);
      } catch (error) {
        updateRow(id, { state: 'failed', error: errorDataOf(error) });
      }
    };

    /**
     * Checks waiting files one at a time, awaiting each (one request in flight; the page stays
     * responsive), until none is left or Stop is pressed. Files added meanwhile join the run.
     */
    const previewWaiting = async (): Promise<void> => {
      if (get().run) return;
      const waiting = get().rows.filter((row) => row.state === 'waiting');
      if (waiting.length === 0) return;
      stopRequested = false;
      set({ lastRun: null, run: { ...startCounts('preview', waiting), current: null, stopping: false } });
      for (;;) {
        if (stopRequested) break;
        const next = get().rows.find((row) => row.state === 'waiting');
        if (!next) break;
        updateRun({ current: next.fileName });
        await previewOne(next.id);
        const run = get().run!;
        updateRun({ filesDone: run.filesDone + 1, bytesDone: run.bytesDone + next.sizeBytes, current: null });
      }
      finishRun(get().rows.filter((row) => row.state === 'waiting').length);
    };

    const reloadAfterImport = async () => {
      await Promise.all([get().loadOffices(), get().loadKeys(), get().loadConflicts()]);
    };

    const resetBatch = () => {
      files.clear();
      previewBatch = crypto.randomUUID();
      set({ rows: [], skippedFiles: 0, lastRun: null, imported: false });
    };

    const keyDecision = async <T>(send: (decidedBy: string) => Promise<T>, outcome: (value: T) => KeyOutcome): Promise<ActionOutcome> => {
      const decidedBy = person();
      if (!decidedBy) return { kind: 'name_required' };
      if (get().keyBusy) return { kind: 'busy' };
      set({ keyBusy: true, keyError: null, keyOutcome: null });
      try {
        const value = await send(decidedBy);
        set({ keyBusy: false, keyOutcome: outcome(value) });
        await reloadAfterImport();
        return { kind: 'done', value: undefined };
      } catch (error) {
        const data = errorDataOf(error);
        set({ keyBusy: false, keyError: data });
        await get().loadKeys();
        return { kind: 'failed', error: data };
      }
    };

    const codeOf = (officeId: string) =>
      get().held?.find((row) => row.officeId === officeId)?.officeCode ?? get().keys?.find((key) => key.officeId === officeId)?.officeCode ?? '';

    return {
      decidedBy: remembered(storage, DECIDED_BY_STORAGE_KEY),
      hubName: remembered(storage, HUB_NAME_STORAGE_KEY),
      setDecidedBy(name) {
        set({ decidedBy: name });
        remember(storage, DECIDED_BY_STORAGE_KEY, name);
      },
      setHubName(name) {
        set({ hubName: name });
        remember(storage, HUB_NAME_STORAGE_KEY, name);
      },

      rows: [],
      skippedFiles: 0,
      run: null,
      lastRun: null,
      imported: false,
      senderKeys: {},

      async addFiles(picked, { skipped = 0 } = {}) {
        const running = get().run;
        if (running?.kind === 'import') return;
        // A batch imported whole is done with: new files start a new one. (A stopped import keeps its list, and takes them in.)
        const leftToImport = get().rows.some((row) => row.state === 'checked' && row.preview && isImportable(row.preview));
        if (get().imported && !running && !leftToImport) resetBatch();
        const known = new Set(get().rows.map((row) => `${row.fileName}\u0000${row.sizeBytes}`));
        const fresh: HubFileRow[] = [];
        for (const file of [...picked].sort((a, b) => compareFileNames(a.name, b.name))) {
          const key = `${file.name}\u0000${file.sizeBytes}`;
          if (known.has(key)) continue;
          known.add(key);
          const id = nextId++;
          files.set(id, { file });
          fresh.push({ id, fileName: file.name, sizeBytes: file.sizeBytes, state: 'waiting', preview: null, result: null, error: null, hasPassphrase: false });
        }
        set({ rows: [...get().rows, ...fresh], skippedFiles: get().skippedFiles + skipped });
        if (running) {
          // Joins the check under way.
          updateRun({ filesTotal: running.filesTotal + fresh.length, bytesTotal: running.bytesTotal + fresh.reduce((sum, row) => sum + row.sizeBytes, 0) });
          return;
        }
        await previewWaiting();
      },

      async checkRemaining() {
        if (get().run) return;
        // Files whose check failed (the request, not the file) are tried again too; they were
        // counted by the last run already, so the counts then start afresh.
        const retried = get().rows.some((row) => row.state === 'failed' && !row.result);
        set({
          rows: get().rows.map((row) => (row.state === 'failed' && !row.result ? { ...row, state: 'waiting' as const, error: null } : row)),
          ...(retried ? { lastRun: null } : {}),
        });
        await previewWaiting();
      },

      stop() {
        if (!get().run) return;
        stopRequested = true;
        updateRun({ stopping: true });
      },

      async tryPassphrase(passphrase) {
        if (get().run || passphrase === '') return 0;
        const locked = get().rows.filter((row) => row.state === 'checked' && needsPassphrase(row.preview));
        let opened = 0;
        stopRequested = false;
        set({ lastRun: null, run: { kind: 'preview', filesTotal: locked.length, filesDone: 0, bytesTotal: locked.reduce((sum, row) => sum + row.sizeBytes, 0), bytesDone: 0, current: null, stopping: false } });
        for (const row of locked) {
          if (stopRequested) break;
          const entry = files.get(row.id);
          if (!entry) continue;
          const previous = entry.passphrase;
          entry.passphrase = passphrase;
          updateRun({ current: row.fileName });
          await previewOne(row.id);
          const checked = rowById(row.id);
          if (checked && checked.state === 'checked' && !needsPassphrase(checked.preview)) {
            opened += 1;
            updateRow(row.id, { hasPassphrase: true });
          } else {
            // Wrong for this file: keep what it had (nothing, or an earlier wrong one).
            if (previous === undefined) delete entry.passphrase;
            else entry.passphrase = previous;
          }
          const run = get().run!;
          updateRun({ filesDone: run.filesDone + 1, bytesDone: run.bytesDone + row.sizeBytes, current: null });
        }
        stopRequested = false;
        finishRun(0);
        return opened;
      },

      async importFiles() {
        if (get().run) return { kind: 'busy' };
        const decidedBy = person();
        if (!decidedBy) return { kind: 'name_required' };
        const chosen = importOrder(get().rows.filter((row) => row.state === 'checked' && row.preview && isImportable(row.preview)));
        stopRequested = false;
        set({ lastRun: null, run: { ...startCounts('import', chosen), current: null, stopping: false } });
        for (const row of chosen) {
          if (stopRequested) break;
          updateRun({ current: row.fileName });
          updateRow(row.id, { state: 'importing' });
          const dataBase64 = await readFile(row.id);
          if (dataBase64 !== null) {
            try {
              const result = await api['hub.import']({ ...request(row.id, dataBase64), decidedBy });
              updateRow(row.id, { state: 'imported', result });
              noteSender(result);
            } catch (error) {
              // One file failing never stops the others.
              updateRow(row.id, { state: 'failed', error: errorDataOf(error) });
            }
          }
          const run = get().run!;
          updateRun({ filesDone: run.filesDone + 1, bytesDone: run.bytesDone + row.sizeBytes, current: null });
        }
        finishRun(get().rows.filter((row) => row.state === 'checked' && row.preview && isImportable(row.preview)).length, { imported: true });
        await reloadAfterImport();
        return { kind: 'done', value: undefined };
      },

      async acceptSender(rowId) {
        if (get().run) return { kind: 'busy' };
        const decidedBy = person();
        if (!decidedBy) return { kind: 'name_required' };
        const row = rowById(rowId);
        const sender = row?.preview?.sender;
        if (!row || !sender) return { kind: 'busy' };
        set({ lastRun: null, run: { kind: 'import', filesTotal: 1, filesDone: 0, bytesTotal: row.sizeBytes, bytesDone: 0, current: row.fileName, stopping: false } });
        updateRow(rowId, { state: 'importing' });
        let outcome: ActionOutcome = { kind: 'done', value: undefined };
        const dataBase64 = await readFile(rowId);
        if (dataBase64 !== null) {
          try {
            const result = await api['hub.import']({ ...request(rowId, dataBase64), decidedBy, acceptSender: sender.fingerprint });
            updateRow(rowId, { state: 'imported', result, preview: { ...row.preview!, status: result.status, sender: result.sender ?? sender, ...(result.members ? { members: result.members } : {}) } });
          } catch (error) {
            const data = errorDataOf(error);
            updateRow(rowId, { state: 'failed', error: data });
            outcome = { kind: 'failed', error: data };
          }
        }
        updateRun({ filesDone: 1, bytesDone: row.sizeBytes, current: null });
        finishRun(0);
        await reloadAfterImport();
        return outcome;
      },

      clearBatch() {
        if (get().run) return;
        resetBatch();
      },

      offices: null,
      officesError: null,
      async loadOffices() {
        const ticket = ++officesRequest;
        set({ officesError: null });
        try {
          const offices = await api['hub.offices']({});
          if (ticket === officesRequest) set({ offices });
        } catch (error) {
          if (ticket === officesRequest) set({ officesError: errorDataOf(error) });
        }
      },

      keys: null,
      held: null,
      keysError: null,
      keyBusy: false,
      keyOutcome: null,
      keyError: null,
      async loadKeys() {
        const ticket = ++keysRequest;
        set({ keysError: null });
        try {
          const { keys, held } = await api['hub.keys']({});
          if (ticket === keysRequest) set({ keys, held });
        } catch (error) {
          if (ticket === keysRequest) set({ keysError: errorDataOf(error) });
        }
      },
      acceptKey(officeId, fingerprint) {
        const officeCode = codeOf(officeId);
        return keyDecision(
          (decidedBy) => api['hub.keys.accept']({ officeId, fingerprint, decidedBy }),
          (results) => ({ kind: 'accepted', officeCode, fingerprint, results }),
        );
      },
      rejectKey(officeId, fingerprint) {
        const officeCode = codeOf(officeId);
        const discarded = (get().held ?? []).filter((row) => row.officeId === officeId && row.fingerprint === fingerprint).length;
        return keyDecision(
          (decidedBy) => api['hub.keys.reject']({ officeId, fingerprint, decidedBy }),
          () => ({ kind: 'rejected', officeCode, fingerprint, discarded }),
        );
      },
      revokeKey(officeId, fingerprint) {
        return keyDecision(
          (decidedBy) => api['hub.keys.revoke']({ officeId, fingerprint, decidedBy }),
          (key) => ({ kind: 'revoked', key }),
        );
      },
      async registerKey(request) {
        const decidedBy = person();
        if (!decidedBy) return { kind: 'name_required' };
        if (get().keyBusy) return { kind: 'busy' };
        set({ keyBusy: true, keyError: null, keyOutcome: null });
        try {
          const key = await api['hub.keys.register']({ ...request, decidedBy });
          set({ keyBusy: false, keyOutcome: { kind: 'registered', key } });
          await get().loadKeys();
          return { kind: 'done', value: key };
        } catch (error) {
          const data = errorDataOf(error);
          // Shown beside the form that sent it, not as the screen's error.
          set({ keyBusy: false });
          return { kind: 'failed', error: data };
        }
      },
      clearKeyOutcome() {
        set({ keyOutcome: null, keyError: null });
      },

      conflicts: null,
      conflictsError: null,
      conflict: null,
      resolving: false,
      resolveError: null,
      lastResolution: null,
      async loadConflicts() {
        const ticket = ++conflictsRequest;
        set({ conflictsError: null });
        try {
          const conflicts = await api['hub.conflicts']({});
          if (ticket === conflictsRequest) set({ conflicts });
        } catch (error) {
          if (ticket === conflictsRequest) set({ conflictsError: errorDataOf(error) });
        }
      },
      async openConflict(officeId, cycle) {
        const ticket = ++conflictRequest;
        const current = get().conflict;
        const same = current?.officeId === officeId && current.cycle === cycle;
        set({ conflict: { officeId, cycle, detail: same ? current.detail : null, error: null }, resolveError: null });
        try {
          const detail = await api['hub.conflict']({ officeId, cycle });
          if (ticket === conflictRequest) set({ conflict: { officeId, cycle, detail, error: null } });
        } catch (error) {
          if (ticket === conflictRequest) set({ conflict: { officeId, cycle, detail: null, error: errorDataOf(error) } });
        }
      },
      async resolveConflict(resolution, note) {
        const view = get().conflict;
        if (!view?.detail) return { kind: 'busy' };
        const decidedBy = person();
        if (!decidedBy) return { kind: 'name_required' };
        if (get().resolving) return { kind: 'busy' };
        set({ resolving: true, resolveError: null });
        const trimmed = note?.trim();
        try {
          const conflicts = await api['hub.conflicts.resolve']({
            officeId: view.officeId,
            cycle: view.cycle,
            resolution,
            decidedBy,
            ...(trimmed ? { note: trimmed } : {}),
          });
          const [first] = view.detail.revisions;
          const kept = 'keep' in resolution ? view.detail.revisions.find((revision) => revision.document.id === resolution.keep) : undefined;
          set({
            resolving: false,
            conflicts,
            conflict: null,
            lastResolution: {
              officeCode: first?.document.office.code ?? '',
              officeName: first?.document.office.name ?? '',
              cycle: view.cycle,
              ...(kept ? { kept: { revision: kept.document.revision, submittedAt: kept.document.submittedAt ?? '' } } : {}),
            },
          });
          await get().loadOffices();
          return { kind: 'done', value: undefined };
        } catch (error) {
          const data = errorDataOf(error);
          set({ resolving: false, resolveError: data });
          return { kind: 'failed', error: data };
        }
      },
      clearResolution() {
        set({ lastResolution: null });
      },

      exporting: null,
      lastExport: null,
      async exportConsolidated(include = 'accepted') {
        if (get().exporting) return { kind: 'busy' };
        const hubName = get().hubName.trim();
        if (!hubName) return { kind: 'name_required' };
        set({ exporting: 'consolidated', lastExport: null });
        const finish = (outcome: SaveOutcomeKind): ActionOutcome => {
          set({ exporting: null, lastExport: { what: 'consolidated', outcome } });
          return outcome.kind === 'failed' ? { kind: 'failed', error: outcome.error } : { kind: 'done', value: undefined };
        };
        let exported;
        try {
          exported = await api['hub.exportConsolidated']({ hubName, include });
        } catch (error) {
          return finish({ kind: 'failed', error: errorDataOf(error) });
        }
        const file = { fileName: exported.fileName, dataBase64: exported.dataBase64, mediaType: CONSOLIDATED_MEDIA_TYPE };
        let saved = await options.saveFile(file).catch(() => ({ saved: false as const, error: { code: 'internal' as const, messageKey: 'packages.errors.save_refused' } }));
        let viaDownload = false;
        // The desktop shell's save dialog is made for packages; should it refuse a set's name, the download still works.
        if (!saved.saved && saved.error?.messageKey === 'packages.errors.save_refused') {
          saved = await options.download(file);
          viaDownload = true;
        }
        if (!saved.saved) return finish(saved.error ? { kind: 'failed', error: saved.error } : { kind: 'cancelled' });
        return finish({ kind: 'saved', fileName: saved.fileName, destination: saved.destination, viaDownload });
      },
      async exportSpreadsheet(format, language) {
        if (get().exporting) return { kind: 'busy' };
        set({ exporting: format, lastExport: null });
        try {
          const { files: sheets } = await api['hub.exportSpreadsheet']({ format, language });
          const fileNames: string[] = [];
          for (const sheet of sheets) {
            const saved = await options.download({ fileName: sheet.fileName, dataBase64: sheet.dataBase64, mediaType: SPREADSHEET_MEDIA_TYPE[format] });
            if (saved.saved) fileNames.push(saved.fileName);
          }
          set({ exporting: null, lastExport: { what: format, outcome: { kind: 'downloaded', fileNames } } });
          return { kind: 'done', value: undefined };
        } catch (error) {
          const data = errorDataOf(error);
          set({ exporting: null, lastExport: { what: format, outcome: { kind: 'failed', error: data } } });
          return { kind: 'failed', error: data };
        }
      },
    };
  });
}
