import { createStore, type StoreApi } from 'zustand/vanilla';
import type { AppErrorData } from '../../shared/api/app-error';
import { EVIDENCE_MAX_BYTES, type EvidenceInfo, type FieldscoreApi } from '../../shared/api/contract';
import { errorDataOf } from '../api/api-error';
import type { PickedFile } from '../files/picked-file';

/** Evidence (notes live in the answer; files here): the open assessment's attached files, by indicator. */
export interface EvidenceState {
  assessmentId: string | null;
  items: EvidenceInfo[];
  loading: boolean;
  loadError: AppErrorData | null;
  /** Files being read or uploaded, per indicator (names, to say what is happening). */
  adding: Record<string, string[]>;
  /** The last refusal per indicator (errors.evidence_* keys, params name and maxMb at least). */
  errors: Record<string, AppErrorData>;
  removing: Record<string, boolean>;
  load(assessmentId: string): Promise<void>;
  add(indicatorId: string, file: PickedFile): Promise<EvidenceInfo | null>;
  remove(evidenceId: string): Promise<boolean>;
  dismissError(indicatorId: string): void;
}

/** The limit in (binary) megabytes, as file managers on field laptops show sizes. */
export const EVIDENCE_MAX_MB = Math.round(EVIDENCE_MAX_BYTES / (1024 * 1024));

export function createEvidenceStore(api: FieldscoreApi): StoreApi<EvidenceState> {
  return createStore<EvidenceState>()((set, get) => {
    let ticket = 0;

    const setError = (indicatorId: string, error: AppErrorData | null) => {
      const errors = { ...get().errors };
      if (error === null) delete errors[indicatorId];
      else errors[indicatorId] = error;
      set({ errors });
    };

    const setAdding = (indicatorId: string, name: string, on: boolean) => {
      const adding = { ...get().adding };
      const names = (adding[indicatorId] ?? []).filter((entry) => entry !== name);
      if (on) names.push(name);
      if (names.length > 0) adding[indicatorId] = names;
      else delete adding[indicatorId];
      set({ adding });
    };

    const reload = async (assessmentId: string) => {
      const mine = ++ticket;
      try {
        const items = await api['evidence.list']({ assessmentId });
        if (mine === ticket && get().assessmentId === assessmentId) set({ items, loading: false });
      } catch (error) {
        if (mine === ticket && get().assessmentId === assessmentId) set({ loading: false, loadError: errorDataOf(error) });
      }
    };

    return {
      assessmentId: null,
      items: [],
      loading: false,
      loadError: null,
      adding: {},
      errors: {},
      removing: {},

      async load(assessmentId) {
        if (get().assessmentId !== assessmentId) set({ assessmentId, items: [], errors: {}, adding: {}, removing: {} });
        set({ loading: true, loadError: null });
        await reload(assessmentId);
      },

      async add(indicatorId, file) {
        const assessmentId = get().assessmentId;
        if (assessmentId === null) return null;
        setError(indicatorId, null);
        const refuse = (messageKey: string) => {
          setError(indicatorId, { code: 'invalid_request', messageKey, params: { name: file.name, maxMb: EVIDENCE_MAX_MB } });
          return null;
        };
        // Checked here too, with the backend's messages, so a large file is refused at once, before it is read and sent.
        if (file.sizeBytes > EVIDENCE_MAX_BYTES) return refuse('errors.evidence_too_large');
        if (file.sizeBytes === 0) return refuse('errors.evidence_empty');
        setAdding(indicatorId, file.name, true);
        try {
          let dataBase64: string;
          try {
            dataBase64 = await file.readBase64();
          } catch {
            return refuse('errors.evidence_unreadable');
          }
          const added = await api['evidence.add']({ assessmentId, indicatorId, fileName: file.name, dataBase64 });
          if (get().assessmentId === assessmentId) set({ items: [...get().items.filter((item) => item.id !== added.id), added] });
          return added;
        } catch (error) {
          const data = errorDataOf(error);
          // The backend's evidence messages name the file; its own params (detected type…) win.
          if (get().assessmentId === assessmentId) setError(indicatorId, { ...data, params: { name: file.name, maxMb: EVIDENCE_MAX_MB, ...(data.params ?? {}) } });
          return null;
        } finally {
          if (get().assessmentId === assessmentId) setAdding(indicatorId, file.name, false);
        }
      },

      async remove(evidenceId) {
        const item = get().items.find((entry) => entry.id === evidenceId);
        if (!item) return false;
        set({ removing: { ...get().removing, [evidenceId]: true } });
        try {
          await api['evidence.remove']({ id: evidenceId });
          set({ items: get().items.filter((entry) => entry.id !== evidenceId) });
          setError(item.indicatorId, null);
          return true;
        } catch (error) {
          setError(item.indicatorId, errorDataOf(error));
          return false;
        } finally {
          const removing = { ...get().removing };
          delete removing[evidenceId];
          set({ removing });
        }
      },

      dismissError(indicatorId) {
        setError(indicatorId, null);
      },
    };
  });
}
