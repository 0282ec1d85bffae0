import { createStore, type StoreApi } from 'zustand/vanilla';
import type { AppErrorData } from '../../shared/api/app-error';
import type { EditOutcome, FieldscoreApi, SubmissionBlocker, UndoOutcome, UndoState } from '../../shared/api/contract';
import type { Answer, Answers } from '../../shared/assessment/answer';
import type { AssessmentDocument } from '../../shared/assessment/assessment-document';
import { blockersFromProblems } from '../../shared/assessment/submission-blockers';
import type { Framework } from '../../shared/framework/framework-schema';
import { ApiError, errorDataOf } from '../api/api-error';
import type { FrameworksState } from './frameworks-store';

/**
 * The questionnaire being filled: its document and framework, the answers as the screen shows
 * them, and the queue that saves every edit.
 *
 * Saving rules (the database must end in the state the screen shows, and nothing is called
 * saved before the backend acknowledged it):
 * - every edit goes into one queue, sent strictly in order, one request in flight at a time;
 * - an edit not yet sent is replaced by a newer edit of the same indicator (same final state,
 *   fewer writes while typing);
 * - a failure that may be temporary (backend unreachable, database busy) keeps the edit at the
 *   head of the queue and retries it with a growing delay; a refusal (invalid value, locked
 *   assessment) drops it and keeps it on screen, marked as not saved, with the backend's reason;
 * - undo and redo travel through the same queue, so they apply after every earlier edit.
 * What the screen shows is always: the last answers the backend acknowledged, with every edit
 * not yet acknowledged applied on top.
 */

/** Overall save status, announced to screen readers. */
export type SaveStatus = 'idle' | 'saving' | 'saved' | 'retrying' | 'rejected';

/** Where one indicator's latest edit is. */
export type IndicatorSaveState = 'editing' | 'saving' | 'saved' | 'retrying' | 'rejected';

export interface IndicatorSave {
  state: IndicatorSaveState;
  /** The backend's reason, for "rejected". */
  error?: AppErrorData;
  /** When the backend committed the latest edit, for "saved". */
  savedAt?: string;
}

export interface SetAnswerOptions {
  /** Wait this long for further edits before queueing (typing); 0 or absent queues at once (choices). */
  delayMs?: number;
}

export interface AnswersState {
  assessmentId: string | null;
  document: AssessmentDocument | null;
  framework: Framework | null;
  /** The previous cycle's assessment, when this one was started from it. */
  previous: AssessmentDocument | null;
  loading: boolean;
  loadError: AppErrorData | null;
  /** What the screen shows: the acknowledged answers with every unacknowledged edit on top. */
  answers: Answers;
  indicatorSave: Record<string, IndicatorSave>;
  saveStatus: SaveStatus;
  /** The last failure (while retrying) or refusal. */
  saveError: AppErrorData | null;
  lastSavedAt: string | null;
  /** Edits typed, queued or in flight, for every assessment. */
  pendingCount: number;
  undo: UndoState;
  /** Submitted: read-only. */
  locked: boolean;
  submitting: boolean;
  submitError: AppErrorData | null;
  blockers: SubmissionBlocker[];

  open(id: string): Promise<void>;
  /** null clears the indicator back to blank. */
  setAnswer(indicatorId: string, answer: Answer | null, options?: SetAnswerOptions): void;
  /** Queues the typed edit of one indicator (or all) now: on blur, Enter, navigation. */
  flush(indicatorId?: string): void;
  undoEdit(): void;
  redoEdit(): void;
  /** Flushes, then resolves true once every edit is acknowledged, false at the first failure. */
  whenSaved(): Promise<boolean>;
  submit(): Promise<boolean>;
  dismissSubmitError(): void;
}

interface QueuedSet {
  kind: 'set';
  assessmentId: string;
  indicatorId: string;
  answer: Answer | null;
  /** The indicator's edit counter when this edit was made: saved only if still the latest. */
  version: number;
}
interface QueuedStep {
  kind: 'undo' | 'redo';
  assessmentId: string;
}
type QueuedEdit = QueuedSet | QueuedStep;

interface Draft {
  answer: Answer | null;
  version: number;
  timer: ReturnType<typeof setTimeout>;
}

export interface AnswersStoreOptions {
  /** Delays between retries of a failed save, in ms; the last repeats. */
  retryDelaysMs?: readonly number[];
}

const DEFAULT_RETRY_DELAYS_MS = [500, 1000, 2000, 4000, 8000] as const;

/** Errors a retry cannot fix: the backend understood the edit and refused it. */
function isRefusal(error: AppErrorData): boolean {
  return ['invalid_request', 'not_found', 'conflict', 'unknown_operation'].includes(error.code) ||
    (error.code === 'forbidden' && error.messageKey !== 'errors.session_expired');
}

function withAnswer(answers: Answers, indicatorId: string, answer: Answer | null): Answers {
  const next: Answers = { ...answers };
  if (answer === null) delete next[indicatorId];
  else next[indicatorId] = answer;
  return next;
}

/** `frameworks` holds the session's framework documents: the questionnaire reads its framework from there. */
export function createAnswersStore(
  api: FieldscoreApi,
  frameworks: StoreApi<FrameworksState>,
  options: AnswersStoreOptions = {},
): StoreApi<AnswersState> {
  const retryDelays = options.retryDelaysMs && options.retryDelaysMs.length > 0 ? options.retryDelaysMs : DEFAULT_RETRY_DELAYS_MS;

  return createStore<AnswersState>()((set, get) => {
    /** Answers of the open assessment as the backend last acknowledged them. */
    let acknowledged: Answers = {};
    const queue: QueuedEdit[] = [];
    let inFlight = false;
    let failures = 0;
    let retryTimer: ReturnType<typeof setTimeout> | null = null;
    const drafts = new Map<string, Draft>();
    const versions = new Map<string, number>();
    /** Refused edits of the open assessment, kept on screen (never silently reverted). */
    const refused = new Map<string, Answer | null>();
    let waiters: ((saved: boolean) => void)[] = [];
    /** While a document is being read, acknowledgements are recorded to be replayed on top of it. */
    let replayDuringLoad: ((answers: Answers) => Answers)[] | null = null;
    let loadTicket = 0;

    const current = () => get().assessmentId;

    /** Recomputes what the screen shows from the acknowledged answers and everything pending. */
    const refresh = (extra: Partial<AnswersState> = {}) => {
      const id = current();
      let answers = acknowledged;
      for (const [indicatorId, answer] of refused) answers = withAnswer(answers, indicatorId, answer);
      for (const edit of queue) {
        if (edit.kind === 'set' && edit.assessmentId === id) answers = withAnswer(answers, edit.indicatorId, edit.answer);
      }
      for (const [indicatorId, draft] of drafts) answers = withAnswer(answers, indicatorId, draft.answer);
      const pendingCount = queue.length + drafts.size;
      const state = get();
      let saveStatus: SaveStatus;
      if (refused.size > 0) saveStatus = 'rejected';
      else if (failures > 0) saveStatus = 'retrying';
      else if (pendingCount > 0) saveStatus = 'saving';
      else saveStatus = state.lastSavedAt !== null || extra.lastSavedAt ? 'saved' : 'idle';
      set({ answers, pendingCount, saveStatus, ...extra });
      if (pendingCount === 0) settle(true);
    };

    const settle = (saved: boolean) => {
      const waiting = waiters;
      waiters = [];
      for (const resolve of waiting) resolve(saved);
    };

    const markIndicator = (indicatorId: string, save: IndicatorSave | null) => {
      const next = { ...get().indicatorSave };
      if (save === null) delete next[indicatorId];
      else next[indicatorId] = save;
      set({ indicatorSave: next });
    };

    /** Has the indicator a newer edit than `version` (typed or queued)? */
    const isLatest = (indicatorId: string, version: number) => (versions.get(indicatorId) ?? 0) === version;

    const enqueue = (edit: QueuedEdit) => {
      if (edit.kind === 'set') {
        // Replace an unsent edit of the same indicator: the head may already be on its way.
        const start = inFlight ? 1 : 0;
        const index = queue.findIndex(
          (queued, position) =>
            position >= start && queued.kind === 'set' && queued.assessmentId === edit.assessmentId && queued.indicatorId === edit.indicatorId,
        );
        // Only when no undo/redo sits after it: moving an edit across one would change its meaning.
        if (index >= 0 && !queue.slice(index).some((queued) => queued.kind !== 'set')) queue.splice(index, 1);
      }
      queue.push(edit);
      pump();
    };

    const scheduleRetry = () => {
      const delay = retryDelays[Math.min(failures - 1, retryDelays.length - 1)] ?? 1000;
      retryTimer = setTimeout(() => {
        retryTimer = null;
        pump();
      }, delay);
    };

    const onSetAcknowledged = (edit: QueuedSet, outcome: EditOutcome) => {
      if (edit.assessmentId !== current()) return;
      const apply = (answers: Answers) => withAnswer(answers, edit.indicatorId, edit.answer);
      acknowledged = apply(acknowledged);
      replayDuringLoad?.push(apply);
      const stillLatest = isLatest(edit.indicatorId, edit.version);
      if (stillLatest) markIndicator(edit.indicatorId, { state: 'saved', savedAt: outcome.savedAt });
      set({ undo: outcome.undo });
    };

    const onStepAcknowledged = (edit: QueuedStep, outcome: UndoOutcome) => {
      if (edit.assessmentId !== current()) return;
      const replaced = outcome.document.answers;
      acknowledged = replaced;
      replayDuringLoad?.push(() => replaced);
      const indicatorId = outcome.change?.indicatorId;
      if (indicatorId !== undefined && !drafts.has(indicatorId) && !queue.some((queued) => queued.kind === 'set' && queued.indicatorId === indicatorId)) {
        refused.delete(indicatorId);
        markIndicator(indicatorId, { state: 'saved', savedAt: outcome.document.updatedAt });
      }
      set({ undo: outcome.undo, document: outcome.document });
    };

    const pump = () => {
      if (inFlight || retryTimer !== null) return;
      const edit = queue[0];
      if (!edit) {
        refresh();
        return;
      }
      inFlight = true;
      if (edit.kind === 'set' && edit.assessmentId === current() && isLatest(edit.indicatorId, edit.version) && failures === 0) {
        markIndicator(edit.indicatorId, { state: 'saving' });
      }
      refresh();
      const request: Promise<unknown> =
        edit.kind === 'set'
          ? api['answers.set']({ assessmentId: edit.assessmentId, indicatorId: edit.indicatorId, answer: edit.answer })
          : api[edit.kind === 'undo' ? 'edits.undo' : 'edits.redo']({ assessmentId: edit.assessmentId });
      request.then(
        (outcome) => {
          inFlight = false;
          failures = 0;
          queue.shift();
          if (edit.kind === 'set') onSetAcknowledged(edit, outcome as EditOutcome);
          else onStepAcknowledged(edit, outcome as UndoOutcome);
          refresh({ saveError: get().saveStatus === 'rejected' ? get().saveError : null, lastSavedAt: new Date().toISOString() });
          pump();
        },
        (thrown: unknown) => {
          inFlight = false;
          const error = errorDataOf(thrown);
          if (isRefusal(error)) {
            failures = 0;
            queue.shift();
            if (edit.kind === 'set' && edit.assessmentId === current()) {
              if (isLatest(edit.indicatorId, edit.version)) {
                refused.set(edit.indicatorId, edit.answer);
                markIndicator(edit.indicatorId, { state: 'rejected', error });
              }
            }
            refresh({ saveError: error });
            settle(false);
            pump();
            return;
          }
          failures += 1;
          if (edit.kind === 'set' && edit.assessmentId === current()) markIndicator(edit.indicatorId, { state: 'retrying' });
          refresh({ saveError: error });
          settle(false);
          scheduleRetry();
        },
      );
    };

    const queueDraft = (indicatorId: string) => {
      const draft = drafts.get(indicatorId);
      const id = current();
      if (!draft || id === null) return;
      clearTimeout(draft.timer);
      drafts.delete(indicatorId);
      enqueue({ kind: 'set', assessmentId: id, indicatorId, answer: draft.answer, version: draft.version });
    };

    const flushAll = () => {
      for (const indicatorId of [...drafts.keys()]) queueDraft(indicatorId);
    };

    const whenSaved = (): Promise<boolean> => {
      flushAll();
      if (queue.length === 0 && drafts.size === 0) return Promise.resolve(refused.size === 0);
      if (failures > 0) return Promise.resolve(false);
      return new Promise<boolean>((resolve) => waiters.push((saved) => resolve(saved && refused.size === 0)));
    };

    const step = (kind: 'undo' | 'redo') => {
      const id = current();
      if (id === null || get().locked) return;
      flushAll();
      enqueue({ kind, assessmentId: id });
    };

    /** The framework from the session's cache; a refusal fails the load like any other read. */
    const frameworkOf = async (hash: string): Promise<Framework> => {
      const framework = await frameworks.getState().loadFramework(hash);
      if (framework === null) throw new ApiError(frameworks.getState().frameworkErrors[hash] ?? { code: 'internal', messageKey: 'errors.internal' });
      return framework;
    };

    const readDocument = async (id: string, ticket: number) => {
      replayDuringLoad = [];
      try {
        const document = await api['assessments.get']({ id });
        const framework = await frameworkOf(document.framework.hash);
        const undo = await api['edits.state']({ assessmentId: id });
        if (ticket !== loadTicket) return;
        let answers = document.answers;
        for (const replay of replayDuringLoad) answers = replay(answers);
        acknowledged = answers;
        replayDuringLoad = null;
        set({ document, framework, undo, locked: document.status === 'submitted', loading: false });
        refresh();
        if (document.previousCycleId) {
          const previous = await api['assessments.get']({ id: document.previousCycleId }).catch(() => null);
          if (ticket === loadTicket) set({ previous });
        }
      } catch (error) {
        if (ticket !== loadTicket) return;
        replayDuringLoad = null;
        set({ loading: false, loadError: errorDataOf(error) });
      }
    };

    return {
      assessmentId: null,
      document: null,
      framework: null,
      previous: null,
      loading: false,
      loadError: null,
      answers: {},
      indicatorSave: {},
      saveStatus: 'idle',
      saveError: null,
      lastSavedAt: null,
      pendingCount: 0,
      undo: { canUndo: false, canRedo: false },
      locked: false,
      submitting: false,
      submitError: null,
      blockers: [],

      async open(id) {
        const ticket = ++loadTicket;
        if (current() !== id) {
          // Typed edits of the previous assessment are queued, not lost; its queue keeps going.
          flushAll();
          acknowledged = {};
          refused.clear();
          versions.clear();
          set({
            assessmentId: id,
            document: null,
            framework: null,
            previous: null,
            indicatorSave: {},
            undo: { canUndo: false, canRedo: false },
            locked: false,
            blockers: [],
            submitError: null,
            saveError: null,
            lastSavedAt: null,
          });
        }
        set({ loading: true, loadError: null });
        refresh();
        await readDocument(id, ticket);
      },

      setAnswer(indicatorId, answer, setOptions = {}) {
        const id = current();
        if (id === null || get().locked) return;
        const version = (versions.get(indicatorId) ?? 0) + 1;
        versions.set(indicatorId, version);
        refused.delete(indicatorId);
        const previousDraft = drafts.get(indicatorId);
        if (previousDraft) clearTimeout(previousDraft.timer);
        const delay = setOptions.delayMs ?? 0;
        if (delay > 0) {
          const timer = setTimeout(() => {
            queueDraft(indicatorId);
          }, delay);
          drafts.set(indicatorId, { answer, version, timer });
          markIndicator(indicatorId, { state: 'editing' });
          refresh();
        } else {
          drafts.delete(indicatorId);
          markIndicator(indicatorId, { state: failures > 0 ? 'retrying' : 'saving' });
          enqueue({ kind: 'set', assessmentId: id, indicatorId, answer, version });
        }
        // A new edit makes the redo history void (the backend clears it on the next write).
        if (get().undo.canRedo) set({ undo: { ...get().undo, canRedo: false } });
      },

      flush(indicatorId) {
        if (indicatorId === undefined) flushAll();
        else queueDraft(indicatorId);
      },

      undoEdit() {
        step('undo');
      },

      redoEdit() {
        step('redo');
      },

      whenSaved,

      async submit() {
        const id = current();
        if (id === null || get().locked || get().submitting) return false;
        set({ submitting: true, submitError: null });
        const saved = await whenSaved();
        if (!saved) {
          set({ submitting: false, submitError: { code: 'conflict', messageKey: 'editor.submit.unsaved' }, blockers: [] });
          return false;
        }
        try {
          const document = await api['assessments.submit']({ id });
          if (current() !== id) return true;
          acknowledged = document.answers;
          set({ document, locked: document.status === 'submitted', submitting: false, blockers: [], undo: { canUndo: false, canRedo: false } });
          refresh();
          return true;
        } catch (error) {
          const data = errorDataOf(error);
          if (current() === id) set({ submitting: false, submitError: data, blockers: blockersFromProblems(data.problems) });
          return false;
        }
      },

      dismissSubmitError() {
        set({ submitError: null });
      },
    };
  });
}
