import { createStore, type StoreApi } from 'zustand/vanilla';
import type { AppErrorData } from '../../shared/api/app-error';
import type { ChangeEntry, FieldscoreApi } from '../../shared/api/contract';
import { errorDataOf } from '../api/api-error';

/** The change history being viewed: of a whole assessment, or of one of its indicators. */
export interface HistoryState {
  assessmentId: string | null;
  /** null: the whole assessment. */
  indicatorId: string | null;
  /** Newest first, as the backend lists them; null until read. */
  entries: ChangeEntry[] | null;
  loading: boolean;
  error: AppErrorData | null;
  /** Re-reads every time: history grows with each edit, so nothing is cached. */
  load(assessmentId: string, indicatorId?: string): Promise<void>;
}

export function createHistoryStore(api: FieldscoreApi): StoreApi<HistoryState> {
  return createStore<HistoryState>()((set, get) => {
    let request = 0;
    return {
      assessmentId: null,
      indicatorId: null,
      entries: null,
      loading: false,
      error: null,

      async load(assessmentId, indicatorId) {
        const ticket = ++request;
        const same = get().assessmentId === assessmentId && get().indicatorId === (indicatorId ?? null);
        // Another assessment's or indicator's entries must never show under this heading.
        set({ assessmentId, indicatorId: indicatorId ?? null, loading: true, error: null, ...(same ? {} : { entries: null }) });
        try {
          const entries = await api['history.list']({ assessmentId, ...(indicatorId === undefined ? {} : { indicatorId }) });
          if (ticket === request) set({ entries, loading: false });
        } catch (error) {
          if (ticket === request) set({ loading: false, error: errorDataOf(error) });
        }
      },
    };
  });
}
