import { createStore, type StoreApi } from 'zustand/vanilla';
import type { AppErrorData } from '../../shared/api/app-error';
import type { AssessmentSummary, CreateAssessmentRequest, FieldscoreApi, RequestOf } from '../../shared/api/contract';
import type { Answer } from '../../shared/assessment/answer';
import type { AssessmentDocument } from '../../shared/assessment/assessment-document';
import { errorDataOf } from '../api/api-error';

export type UpdateProfileRequest = RequestOf<'assessments.updateProfile'>;
export type LifecycleAction = 'reopen' | 'nextCycle';

/**
 * The assessments of this data folder: the list, the one being viewed (with its revisions and the
 * previous cycle it was started from; its framework is in the frameworks store), creation, profile
 * edits, covered countries, and the lifecycle (reopen, next cycle). After every write the state is what the
 * backend answered or re-read: the database is the source of truth.
 */
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

  /** Every revision of the current assessment's lineage, oldest first; `revisionsFor` is the id asked about. */
  revisionsFor: string | null;
  revisions: AssessmentSummary[] | null;
  revisionsError: AppErrorData | null;

  /** The assessment the current one was started from (previous cycle), for "changes since". */
  previousCycle: AssessmentDocument | null;
  previousCycleError: AppErrorData | null;

  savingProfile: boolean;
  profileError: AppErrorData | null;

  /** One answer edited outside the questionnaire (the covered countries on the overview), of this assessment. */
  answerAssessmentId: string | null;
  answerSaving: boolean;
  answerError: AppErrorData | null;
  /** When the backend committed the last such edit. */
  answerSavedAt: string | null;

  lifecycleBusy: LifecycleAction | null;
  lifecycleError: AppErrorData | null;

  loadList(): Promise<void>;
  open(id: string): Promise<void>;
  /** Creates, then re-reads list and document from the database; null when the backend refused. */
  create(request: CreateAssessmentRequest): Promise<AssessmentSummary | null>;
  clearCreateError(): void;
  loadRevisions(id: string): Promise<void>;
  loadPreviousCycle(id: string): Promise<void>;
  /** Saves the profile; false (with `profileError`) when the backend refused. */
  updateProfile(request: UpdateProfileRequest): Promise<boolean>;
  clearProfileError(): void;
  /**
   * Saves one answer computed from the one saved at that moment. Edits run one after the other,
   * so quick successive edits (tick, tick, remove) build on each other instead of racing.
   */
  editAnswer(assessmentId: string, indicatorId: string, update: (previous: Answer | undefined) => Answer | null): Promise<boolean>;
  /** A submitted assessment → its new draft revision (which becomes current); null when refused. */
  reopen(id: string): Promise<AssessmentDocument | null>;
  /** A new draft for `cycle` started from `fromId` (which becomes current); null when refused. */
  startNextCycle(fromId: string, cycle: number): Promise<AssessmentDocument | null>;
  clearLifecycleError(): void;
}

function own<T>(record: Record<string, T>, key: string): T | undefined {
  return Object.prototype.hasOwnProperty.call(record, key) ? record[key] : undefined;
}

export function createAssessmentsStore(api: FieldscoreApi): StoreApi<AssessmentsState> {
  return createStore<AssessmentsState>()((set, get) => {
    let listRequest = 0;
    let revisionsRequest = 0;
    let previousRequest = 0;
    /** The chain of answer edits: each starts when the one before has settled. */
    let answerQueue: Promise<unknown> = Promise.resolve();

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

    /** A document the backend just returned becomes current (it is the one the user acts on). */
    const showDocument = (document: AssessmentDocument) => {
      set({ currentId: document.id, current: document, currentError: null });
    };

    const loadRevisions = async (id: string) => {
      const ticket = ++revisionsRequest;
      set({ revisionsFor: id, revisionsError: null, ...(get().revisionsFor === id ? {} : { revisions: null }) });
      try {
        const revisions = await api['assessments.revisions']({ id });
        if (ticket === revisionsRequest) set({ revisions });
      } catch (error) {
        if (ticket === revisionsRequest) set({ revisionsError: errorDataOf(error) });
      }
    };

    const runAnswerEdit = async (
      assessmentId: string,
      indicatorId: string,
      update: (previous: Answer | undefined) => Answer | null,
    ): Promise<boolean> => {
      set({ answerAssessmentId: assessmentId, answerSaving: true, answerError: null, ...(get().answerAssessmentId === assessmentId ? {} : { answerSavedAt: null }) });
      try {
        const shown = get().current;
        const document = shown?.id === assessmentId ? shown : await api['assessments.get']({ id: assessmentId });
        const previous = own(document.answers, indicatorId);
        const outcome = await api['answers.set']({ assessmentId, indicatorId, answer: update(previous) });
        const saved = await api['assessments.get']({ id: assessmentId });
        if (get().currentId === assessmentId) set({ current: saved });
        set({ answerSaving: false, answerSavedAt: outcome.savedAt });
        return true;
      } catch (error) {
        set({ answerSaving: false, answerError: errorDataOf(error) });
        // What is saved may differ from what the screen assumed: show the database's version.
        if (get().currentId === assessmentId) void open(assessmentId);
        return false;
      }
    };

    const lifecycle = async (action: LifecycleAction, call: () => Promise<AssessmentDocument>): Promise<AssessmentDocument | null> => {
      if (get().lifecycleBusy) return null;
      set({ lifecycleBusy: action, lifecycleError: null });
      try {
        const document = await call();
        showDocument(document);
        set({ lifecycleBusy: null });
        void loadList();
        return document;
      } catch (error) {
        set({ lifecycleBusy: null, lifecycleError: errorDataOf(error) });
        return null;
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
      revisionsFor: null,
      revisions: null,
      revisionsError: null,
      previousCycle: null,
      previousCycleError: null,
      savingProfile: false,
      profileError: null,
      answerAssessmentId: null,
      answerSaving: false,
      answerError: null,
      answerSavedAt: null,
      lifecycleBusy: null,
      lifecycleError: null,
      loadList,
      open,
      loadRevisions,

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

      async loadPreviousCycle(id) {
        const ticket = ++previousRequest;
        set({ previousCycleError: null, ...(get().previousCycle?.id === id ? {} : { previousCycle: null }) });
        try {
          const previousCycle = await api['assessments.get']({ id });
          if (ticket === previousRequest) set({ previousCycle });
        } catch (error) {
          if (ticket === previousRequest) set({ previousCycleError: errorDataOf(error) });
        }
      },

      async updateProfile(request) {
        set({ savingProfile: true, profileError: null });
        try {
          const document = await api['assessments.updateProfile'](request);
          if (get().currentId === document.id) set({ current: document });
          set({ savingProfile: false });
          void loadList();
          return true;
        } catch (error) {
          set({ savingProfile: false, profileError: errorDataOf(error) });
          return false;
        }
      },

      clearProfileError() {
        set({ profileError: null });
      },

      editAnswer(assessmentId, indicatorId, update) {
        const run = answerQueue.then(() => runAnswerEdit(assessmentId, indicatorId, update));
        answerQueue = run;
        return run;
      },

      reopen(id) {
        return lifecycle('reopen', () => api['assessments.reopen']({ id }));
      },

      startNextCycle(fromId, cycle) {
        return lifecycle('nextCycle', () => api['assessments.startNextCycle']({ fromId, cycle }));
      },

      clearLifecycleError() {
        set({ lifecycleError: null });
      },
    };
  });
}
