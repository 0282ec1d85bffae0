import { createStore, type StoreApi } from 'zustand/vanilla';
import type { AppErrorData } from '../../shared/api/app-error';
import type { AssessmentSummary, CreateAssessmentRequest, FieldscoreApi } from '../../shared/api/contract';
import type { AssessmentDocument } from '../../shared/assessment/assessment-document';
import { errorDataOf } from '../api/api-error';

/** The assessments of this data folder: the list, the one being viewed, and creation. */
export interface AssessmentsState {
  list: AssessmentSummary[] | null;
  listLoading: boolean;
  listError: AppErrorData | null;
  /** Id of the assessment the user asked for; `current` is only shown when it matches. */
  currentId: string | null;
  current: AssessmentDocument | null;
  currentError: AppErrorData | null;
  creating: boolean;
  createError: AppErrorData | null;
  loadList(): Promise<void>;
  open(id: string): Promise<void>;
  /** Creates, then re-reads list and document from the database; null when the backend refused. */
  create(request: CreateAssessmentRequest): Promise<AssessmentSummary | null>;
  clearCreateError(): void;
}

export function createAssessmentsStore(api: FieldscoreApi): StoreApi<AssessmentsState> {
  return createStore<AssessmentsState>()((set, get) => {
    let listRequest = 0;

    const loadList = async () => {
      const ticket = ++listRequest;
      set({ listLoading: true, listError: null });
      try {
        const list = await api['assessments.list']({});
        // A slower, older answer must not overwrite a newer one.
        if (ticket === listRequest) set({ list, listLoading: false });
      } catch (error) {
        if (ticket === listRequest) set({ listLoading: false, listError: errorDataOf(error) });
      }
    };

    const open = async (id: string) => {
      set({ currentId: id, currentError: null, ...(get().current?.id === id ? {} : { current: null }) });
      try {
        const current = await api['assessments.get']({ id });
        if (get().currentId === id) set({ current });
      } catch (error) {
        if (get().currentId === id) set({ currentError: errorDataOf(error) });
      }
    };

    return {
      list: null,
      listLoading: false,
      listError: null,
      currentId: null,
      current: null,
      currentError: null,
      creating: false,
      createError: null,
      loadList,
      open,

      async create(request) {
        set({ creating: true, createError: null });
        try {
          const created = await api['assessments.create'](request);
          await Promise.all([loadList(), open(created.id)]);
          set({ creating: false });
          return created;
        } catch (error) {
          set({ creating: false, createError: errorDataOf(error) });
          return null;
        }
      },

      clearCreateError() {
        set({ createError: null });
      },
    };
  });
}
