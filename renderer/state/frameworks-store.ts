import { createStore, type StoreApi } from 'zustand/vanilla';
import type { AppErrorData } from '../../shared/api/app-error';
import type { FieldscoreApi, FrameworkSummary, OfficeTypeResult } from '../../shared/api/contract';
import type { Framework } from '../../shared/framework/framework-schema';
import { errorDataOf } from '../api/api-error';
import type { PickedFile } from '../files/picked-file';
import { FRAMEWORK_MAX_BYTES } from '../../shared/api/contract';

/**
 * The backend refuses framework files above 10 MB (electron/frameworks/xlsx-file-check.ts); the
 * same limit here refuses such a file before it is read and sent.
 */
export const FRAMEWORK_MAX_MB = FRAMEWORK_MAX_BYTES / (1024 * 1024);

/** The outcome of the last import, success or refusal, for the file it was about. */
export type ImportOutcome =
  | { fileName: string; ok: true; framework: FrameworkSummary; alreadyInstalled: boolean }
  | { fileName: string; ok: false; error: AppErrorData };

/** An exported workbook, ready to save. */
export interface ExportedWorkbook {
  fileName: string;
  dataBase64: string;
}

/**
 * The scorecard frameworks: the installed ones (with how many assessments use each), the framework
 * documents the other screens and stores read, import from Excel or JSON, export to Excel; and the
 * office-type recommendation the framework's rules give for one assessment. The database is the
 * source of truth: the list is re-read after an import.
 */
export interface FrameworksState {
  list: FrameworkSummary[] | null;
  listError: AppErrorData | null;
  /** Assessments (every revision) per framework hash; null while unknown. */
  usage: Record<string, number> | null;
  /** File name being read and installed. */
  importing: string | null;
  lastImport: ImportOutcome | null;
  /** Hash of the framework being exported. */
  exporting: string | null;
  exportError: AppErrorData | null;

  /**
   * Framework documents by content hash, for every screen and store of the session. A hash names
   * one immutable text: each is read once.
   */
  frameworks: Record<string, Framework>;
  frameworkErrors: Record<string, AppErrorData>;

  officeTypeFor: string | null;
  officeType: OfficeTypeResult | null;
  officeTypeLoading: boolean;
  officeTypeError: AppErrorData | null;

  load(): Promise<void>;
  importFile(file: PickedFile): Promise<ImportOutcome>;
  clearImport(): void;
  exportXlsx(hash: string): Promise<ExportedWorkbook | null>;
  /** The framework with this hash, read once; null (and `frameworkErrors[hash]`) when refused, and asked again next time. */
  loadFramework(hash: string): Promise<Framework | null>;
  /** Re-reads every time: answers and the other offices change what it says. */
  loadOfficeType(assessmentId: string): Promise<void>;
}

function countByHash(hashes: readonly string[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const hash of hashes) counts[hash] = (counts[hash] ?? 0) + 1;
  return counts;
}

export function createFrameworksStore(api: FieldscoreApi): StoreApi<FrameworksState> {
  return createStore<FrameworksState>()((set, get) => {
    let listRequest = 0;
    let officeTypeRequest = 0;
    /** One request per hash at a time: screens and stores asking together share it. */
    const frameworkRequests = new Map<string, Promise<Framework | null>>();

    const load = async () => {
      const ticket = ++listRequest;
      set({ listError: null });
      try {
        const [list, assessments] = await Promise.all([api['frameworks.list']({}), api['assessments.list']({})]);
        if (ticket === listRequest) set({ list, usage: countByHash(assessments.map((summary) => summary.framework.hash)) });
      } catch (error) {
        if (ticket === listRequest) set({ listError: errorDataOf(error) });
      }
    };

    return {
      list: null,
      listError: null,
      usage: null,
      importing: null,
      lastImport: null,
      exporting: null,
      exportError: null,
      frameworks: {},
      frameworkErrors: {},
      officeTypeFor: null,
      officeType: null,
      officeTypeLoading: false,
      officeTypeError: null,
      load,

      async importFile(file) {
        const refuse = (messageKey: string): ImportOutcome => {
          const outcome: ImportOutcome = {
            fileName: file.name,
            ok: false,
            error: { code: 'invalid_request', messageKey, params: { fileName: file.name, maxMb: FRAMEWORK_MAX_MB } },
          };
          set({ lastImport: outcome });
          return outcome;
        };
        // The backend says the same; checked here so a large file is not read and sent first.
        if (file.sizeBytes > FRAMEWORK_MAX_BYTES) return refuse('errors.framework_too_large');
        if (file.sizeBytes === 0) return refuse('errors.framework_empty');
        set({ importing: file.name, lastImport: null });
        try {
          let dataBase64: string;
          try {
            dataBase64 = await file.readBase64();
          } catch {
            return refuse('errors.framework_unreadable');
          }
          const known = new Set((get().list ?? []).map((summary) => summary.hash));
          let outcome: ImportOutcome;
          try {
            const framework = await api['frameworks.install']({ fileName: file.name, dataBase64 });
            outcome = { fileName: file.name, ok: true, framework, alreadyInstalled: known.has(framework.hash) };
          } catch (error) {
            const data = errorDataOf(error);
            outcome = { fileName: file.name, ok: false, error: { ...data, params: { fileName: file.name, ...(data.params ?? {}) } } };
          }
          set({ lastImport: outcome });
          if (outcome.ok) await load();
          return outcome;
        } finally {
          set({ importing: null });
        }
      },

      clearImport() {
        set({ lastImport: null });
      },

      async exportXlsx(hash) {
        set({ exporting: hash, exportError: null });
        try {
          const workbook = await api['frameworks.exportXlsx']({ hash });
          set({ exporting: null });
          return workbook;
        } catch (error) {
          set({ exporting: null, exportError: errorDataOf(error) });
          return null;
        }
      },

      loadFramework(hash) {
        const { frameworks } = get();
        if (Object.hasOwn(frameworks, hash)) return Promise.resolve(frameworks[hash]!);
        const pending = frameworkRequests.get(hash);
        if (pending) return pending;
        const request = api['frameworks.get']({ hash }).then(
          (framework) => {
            frameworkRequests.delete(hash);
            const { [hash]: _failed, ...frameworkErrors } = get().frameworkErrors;
            set({ frameworks: { ...get().frameworks, [hash]: framework }, frameworkErrors });
            return framework;
          },
          (error: unknown) => {
            // Forgotten, so that a retry asks again.
            frameworkRequests.delete(hash);
            set({ frameworkErrors: { ...get().frameworkErrors, [hash]: errorDataOf(error) } });
            return null;
          },
        );
        frameworkRequests.set(hash, request);
        return request;
      },

      async loadOfficeType(assessmentId) {
        const ticket = ++officeTypeRequest;
        const same = get().officeTypeFor === assessmentId;
        // Another assessment's recommendation must never show under this one.
        set({ officeTypeFor: assessmentId, officeTypeLoading: true, officeTypeError: null, ...(same ? {} : { officeType: null }) });
        try {
          const officeType = await api['assessments.officeType']({ id: assessmentId });
          if (ticket === officeTypeRequest) set({ officeType, officeTypeLoading: false });
        } catch (error) {
          if (ticket === officeTypeRequest) set({ officeTypeLoading: false, officeTypeError: errorDataOf(error) });
        }
      },
    };
  });
}
