import { createStore, type StoreApi } from 'zustand/vanilla';
import type { AppErrorData } from '../../shared/api/app-error';
import type { FieldscoreApi, InstallationKeyInfo, PackageExportInfo } from '../../shared/api/contract';
import { PACKAGE_MEDIA_TYPE } from '../../shared/packages/package-format';
import { errorDataOf } from '../api/api-error';
import type { FileSaver } from '../files/save-file';

/**
 * Where an export stands: the backend building (and, with a passphrase, encrypting) the
 * package; the file being saved (save dialog or download); the export being recorded.
 */
export type ExportPhase = 'idle' | 'building' | 'saving' | 'recording';

export type ExportOutcome =
  /** Saved; `record` is null (with `recordError`) when the file was saved but noting it failed. */
  | { kind: 'saved'; fileName: string; destination: string; encrypted: boolean; record: PackageExportInfo | null; recordError?: AppErrorData }
  /** The save dialog was closed: nothing written, nothing recorded. */
  | { kind: 'cancelled' }
  | { kind: 'failed'; error: AppErrorData }
  /** Another export was running: this one was not started. */
  | { kind: 'busy' };

/**
 * The assessment package, app side: this installation's signing key, the exports of the
 * assessment being viewed, and the export itself (build → save → record). The passphrase
 * passes through exportPackage as an argument only: it is never kept in the state.
 */
export interface PackagesState {
  installationKey: InstallationKeyInfo | null;
  installationKeyError: AppErrorData | null;

  /** Exports of `exportsFor`, newest first; null until read. */
  exportsFor: string | null;
  exports: PackageExportInfo[] | null;
  exportsError: AppErrorData | null;

  exportingFor: string | null;
  phase: ExportPhase;
  /** The running export has a passphrase (the backend encrypts: a few seconds more). */
  encrypting: boolean;
  /** The last export's outcome, for the assessment it was about. */
  lastExport: { assessmentId: string; outcome: ExportOutcome } | null;

  /**
   * The assessment whose profile form should open at the office code, which a package needs:
   * asked from the export panel, possibly just before moving to a newly reopened revision.
   */
  officeCodeRequest: string | null;

  /** The key does not change during a session: read once, asked again only after a failure. */
  loadInstallationKey(): Promise<void>;
  loadExports(assessmentId: string): Promise<void>;
  exportPackage(assessmentId: string, passphrase?: string): Promise<ExportOutcome>;
  clearLastExport(): void;
  requestOfficeCode(assessmentId: string): void;
  clearOfficeCodeRequest(): void;
}

/** The media type the browser's download is given: the ZIP's own, or plain bytes once encrypted. */
export function packageMediaType(encrypted: boolean): string {
  return encrypted ? 'application/octet-stream' : PACKAGE_MEDIA_TYPE;
}

export function createPackagesStore(api: FieldscoreApi, saveFile: FileSaver): StoreApi<PackagesState> {
  return createStore<PackagesState>()((set, get) => {
    let keyRequest: Promise<void> | null = null;
    let exportsRequest = 0;

    const loadExports = async (assessmentId: string) => {
      const ticket = ++exportsRequest;
      // Another assessment's exports must never show under this one.
      set({ exportsFor: assessmentId, exportsError: null, ...(get().exportsFor === assessmentId ? {} : { exports: null }) });
      try {
        const exports = await api['packages.exports']({ assessmentId });
        if (ticket === exportsRequest) set({ exports });
      } catch (error) {
        if (ticket === exportsRequest) set({ exportsError: errorDataOf(error) });
      }
    };

    const finish = (assessmentId: string, outcome: ExportOutcome): ExportOutcome => {
      set({ phase: 'idle', exportingFor: null, encrypting: false, lastExport: { assessmentId, outcome } });
      return outcome;
    };

    return {
      installationKey: null,
      installationKeyError: null,
      exportsFor: null,
      exports: null,
      exportsError: null,
      exportingFor: null,
      phase: 'idle',
      encrypting: false,
      lastExport: null,
      officeCodeRequest: null,
      loadExports,

      loadInstallationKey() {
        if (get().installationKey) return Promise.resolve();
        if (keyRequest) return keyRequest;
        set({ installationKeyError: null });
        keyRequest = api['packages.installationKey']({}).then(
          (installationKey) => {
            keyRequest = null;
            set({ installationKey });
          },
          (error: unknown) => {
            keyRequest = null;
            set({ installationKeyError: errorDataOf(error) });
          },
        );
        return keyRequest;
      },

      async exportPackage(assessmentId, passphrase) {
        // One export at a time: a second click (or Enter) while one runs starts nothing.
        if (get().phase !== 'idle') return { kind: 'busy' };
        const encrypted = passphrase !== undefined && passphrase !== '';
        set({ phase: 'building', exportingFor: assessmentId, encrypting: encrypted, lastExport: null });

        let exported;
        try {
          exported = await api['packages.export']({ assessmentId, ...(encrypted ? { passphrase } : {}) });
        } catch (error) {
          return finish(assessmentId, { kind: 'failed', error: errorDataOf(error) });
        }

        set({ phase: 'saving' });
        let saved;
        try {
          saved = await saveFile({ fileName: exported.fileName, dataBase64: exported.dataBase64, mediaType: packageMediaType(exported.encrypted) });
        } catch {
          saved = { saved: false as const, error: { code: 'internal' as const, messageKey: 'packages.errors.save_refused' } };
        }
        if (!saved.saved) return finish(assessmentId, saved.error ? { kind: 'failed', error: saved.error } : { kind: 'cancelled' });

        set({ phase: 'recording' });
        const base = { kind: 'saved' as const, fileName: saved.fileName, destination: saved.destination, encrypted: exported.encrypted };
        let outcome: ExportOutcome;
        try {
          const record = await api['packages.recordExport']({
            assessmentId,
            fileName: saved.fileName,
            destination: saved.destination,
            sha256: exported.sha256,
            sizeBytes: exported.sizeBytes,
            encrypted: exported.encrypted,
          });
          outcome = { ...base, record };
        } catch (error) {
          outcome = { ...base, record: null, recordError: errorDataOf(error) };
        }
        // The database is the source of truth for "last exported": read it again.
        if (get().exportsFor === assessmentId) await loadExports(assessmentId);
        return finish(assessmentId, outcome);
      },

      clearLastExport() {
        set({ lastExport: null });
      },

      requestOfficeCode(assessmentId) {
        set({ officeCodeRequest: assessmentId });
      },

      clearOfficeCodeRequest() {
        set({ officeCodeRequest: null });
      },
    };
  });
}
