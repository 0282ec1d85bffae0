import { createStore, type StoreApi } from 'zustand/vanilla';
import type { AppErrorData } from '../../shared/api/app-error';
import type { FieldscoreApi } from '../../shared/api/contract';
import type { HubReview, ReceivedReview, ReviewImportResult } from '../../shared/api/review-contract';
import { REVIEW_LIMITS, REVIEW_MEDIA_TYPE, type ReviewComment, type ReviewStatus } from '../../shared/reviews/review-format';
import { errorDataOf } from '../api/api-error';
import type { PickedFile } from '../files/picked-file';
import type { FileSaver } from '../files/save-file';

/**
 * The review loop, app side. At the hub: the review of each held revision opened in a panel
 * (status, comments), saving a decision and exporting its review file. At the office: importing a
 * review file and the comments that apply to an assessment. The database is the source of truth:
 * after a save or an import the store holds what the backend answered.
 */
export type ReviewActionOutcome =
  | { kind: 'done' }
  /** "Your name" (decisions) or the hub's name (review files) is empty: nothing was sent. */
  | { kind: 'name_required' }
  | { kind: 'busy' }
  | { kind: 'failed'; error: AppErrorData };

export type ReviewExportOutcome =
  | { kind: 'saved'; fileName: string; destination: string }
  | { kind: 'cancelled' }
  | { kind: 'failed'; error: AppErrorData };

export interface ReviewImportOutcome {
  fileName: string;
  result: ReviewImportResult;
}

export interface ReviewState {
  /** Hub side, by assessment id: the review as the backend last said it. */
  hubReviews: Record<string, HubReview | undefined>;
  hubErrors: Record<string, AppErrorData | undefined>;
  /** The assessment whose decision or file is being sent. */
  busyFor: string | null;
  lastExport: { assessmentId: string; outcome: ReviewExportOutcome } | null;

  /** Office side, by assessment id: the reviews that apply to it, newest first. */
  received: Record<string, ReceivedReview[] | undefined>;
  receivedErrors: Record<string, AppErrorData | undefined>;
  importing: boolean;
  /** The last review file imported (or refused), with the assessment it was imported from. */
  lastImport: { from: string; outcome: ReviewImportOutcome } | { from: string; error: AppErrorData } | null;

  loadHubReview(assessmentId: string): Promise<void>;
  saveHubReview(assessmentId: string, decision: { status: ReviewStatus; comments: ReviewComment[]; decidedBy: string }): Promise<ReviewActionOutcome>;
  exportReview(assessmentId: string, hubName: string): Promise<ReviewActionOutcome>;
  loadReceived(assessmentId: string): Promise<void>;
  /** Reads them once per assessment and session (every indicator card asks; one request goes out). */
  ensureReceived(assessmentId: string): Promise<void>;
  /** Imports a picked review file; `from` is the assessment being viewed, whose comments are read again. */
  importReviewFile(from: string, file: PickedFile, acceptHubKey?: string): Promise<ReviewImportOutcome | null>;
  /** Sends the last file again, trusting its hub's new key (`fingerprint`) after a person compared it. */
  acceptHubKey(from: string, fingerprint: string): Promise<ReviewImportOutcome | null>;
  clearLastImport(): void;
}

export function createReviewStore(api: FieldscoreApi, saveFile: FileSaver): StoreApi<ReviewState> {
  return createStore<ReviewState>()((set, get) => {
    const setHub = (assessmentId: string, review: HubReview | undefined, error: AppErrorData | undefined) =>
      set((state) => ({ hubReviews: { ...state.hubReviews, [assessmentId]: review ?? state.hubReviews[assessmentId] }, hubErrors: { ...state.hubErrors, [assessmentId]: error } }));

    const loadReceived = async (assessmentId: string) => {
      try {
        const reviews = await api['reviews.ofAssessment']({ assessmentId });
        set((state) => ({ received: { ...state.received, [assessmentId]: reviews }, receivedErrors: { ...state.receivedErrors, [assessmentId]: undefined } }));
      } catch (error) {
        set((state) => ({ receivedErrors: { ...state.receivedErrors, [assessmentId]: errorDataOf(error) } }));
      }
    };

    // The last file picked, kept for "accept the new key" only; never in the state.
    let lastFile: PickedFile | null = null;
    const inFlight = new Map<string, Promise<void>>();

    return {
      hubReviews: {},
      hubErrors: {},
      busyFor: null,
      lastExport: null,
      received: {},
      receivedErrors: {},
      importing: false,
      lastImport: null,
      loadReceived,
      ensureReceived(assessmentId) {
        if (get().received[assessmentId] !== undefined) return Promise.resolve();
        let request = inFlight.get(assessmentId);
        if (!request) {
          request = loadReceived(assessmentId).finally(() => inFlight.delete(assessmentId));
          inFlight.set(assessmentId, request);
        }
        return request;
      },

      async loadHubReview(assessmentId) {
        try {
          setHub(assessmentId, await api['hub.review']({ assessmentId }), undefined);
        } catch (error) {
          setHub(assessmentId, undefined, errorDataOf(error));
        }
      },

      async saveHubReview(assessmentId, decision) {
        if (get().busyFor) return { kind: 'busy' };
        const decidedBy = decision.decidedBy.trim();
        if (!decidedBy) return { kind: 'name_required' };
        set({ busyFor: assessmentId });
        try {
          const review = await api['hub.review.set']({ assessmentId, status: decision.status, comments: decision.comments, decidedBy });
          setHub(assessmentId, review, undefined);
          return { kind: 'done' };
        } catch (error) {
          return { kind: 'failed', error: errorDataOf(error) };
        } finally {
          set({ busyFor: null });
        }
      },

      async exportReview(assessmentId, hubName) {
        if (get().busyFor) return { kind: 'busy' };
        const name = hubName.trim();
        if (!name) return { kind: 'name_required' };
        set({ busyFor: assessmentId, lastExport: null });
        const finish = (outcome: ReviewExportOutcome): ReviewActionOutcome => {
          set({ busyFor: null, lastExport: { assessmentId, outcome } });
          return outcome.kind === 'failed' ? { kind: 'failed', error: outcome.error } : { kind: 'done' };
        };
        let exported;
        try {
          exported = await api['hub.review.export']({ assessmentId, hubName: name });
        } catch (error) {
          return finish({ kind: 'failed', error: errorDataOf(error) });
        }
        const saved = await saveFile({ fileName: exported.fileName, dataBase64: exported.dataBase64, mediaType: REVIEW_MEDIA_TYPE }).catch(() => ({
          saved: false as const,
          error: { code: 'internal' as const, messageKey: 'packages.errors.save_refused' },
        }));
        if (!saved.saved) return finish(saved.error ? { kind: 'failed', error: saved.error } : { kind: 'cancelled' });
        return finish({ kind: 'saved', fileName: saved.fileName, destination: saved.destination });
      },

      async importReviewFile(from, file, acceptHubKey) {
        if (get().importing) return null;
        lastFile = file;
        set({ importing: true, lastImport: null });
        try {
          // Refused by its size here, before its bytes are read and sent (the backend checks again).
          if (file.sizeBytes > REVIEW_LIMITS.maxFileBytes) {
            const outcome: ReviewImportOutcome = {
              fileName: file.name,
              result: { outcome: 'refused', reason: { code: 'file_too_large', params: { limit: REVIEW_LIMITS.maxFileBytes / 1024 } } },
            };
            set({ lastImport: { from, outcome } });
            return outcome;
          }
          const dataBase64 = await file.readBase64();
          const result = await api['reviews.import']({ fileName: file.name, dataBase64, ...(acceptHubKey ? { acceptHubKey } : {}) });
          const outcome = { fileName: file.name, result };
          set({ lastImport: { from, outcome } });
          await loadReceived(from);
          return outcome;
        } catch (error) {
          set({ lastImport: { from, error: errorDataOf(error) } });
          return null;
        } finally {
          set({ importing: false });
        }
      },

      acceptHubKey(from, fingerprint) {
        return lastFile ? get().importReviewFile(from, lastFile, fingerprint) : Promise.resolve(null);
      },

      clearLastImport() {
        lastFile = null;
        set({ lastImport: null });
      },
    };
  });
}
