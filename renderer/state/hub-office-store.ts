import { createStore, type StoreApi } from 'zustand/vanilla';
import type { AppErrorData } from '../../shared/api/app-error';
import type { FieldscoreApi } from '../../shared/api/contract';
import type { HubAssessmentView, HubEvidenceFile } from '../../shared/api/hub-office-contract';
import { errorDataOf } from '../api/api-error';
import type { FileSaver } from '../files/save-file';

/** The evidence file shown in the viewer: its bytes once read, or why they could not be. */
export interface EvidenceViewing {
  assessmentId: string;
  sha256: string;
  file: HubEvidenceFile | null;
  error: AppErrorData | null;
}

/** What the last "Download" of an evidence file came to, said in the status line. */
export type EvidenceDownload =
  | { sha256: string; kind: 'preparing' }
  | { sha256: string; kind: 'downloaded'; fileName: string }
  | { sha256: string; kind: 'failed'; error: AppErrorData };

/**
 * The hub's drill-down (issue 9): one held revision, read-only, as its package says it, and its
 * evidence files read one at a time when asked for. Nothing is cached across visits: the hub's
 * state of a revision (current, superseded…) changes with imports and decisions.
 */
export interface HubOfficeState {
  assessmentId: string | null;
  view: HubAssessmentView | null;
  error: AppErrorData | null;
  viewing: EvidenceViewing | null;
  download: EvidenceDownload | null;
  load(assessmentId: string): Promise<void>;
  /** Reads one evidence file for the viewer; a later call (another file, or closing) wins. */
  openEvidence(sha256: string): Promise<void>;
  closeEvidence(): void;
  /** Reads one evidence file and hands it to the browser's downloads, typed with the type detected from its bytes. */
  downloadEvidence(sha256: string): Promise<void>;
}

export function createHubOfficeStore(api: FieldscoreApi, download: FileSaver): StoreApi<HubOfficeState> {
  return createStore<HubOfficeState>()((set, get) => {
    let viewRequest = 0;
    let evidenceRequest = 0;
    return {
      assessmentId: null,
      view: null,
      error: null,
      viewing: null,
      download: null,

      async load(assessmentId) {
        const ticket = ++viewRequest;
        // Another revision's answers must never show under this one's heading.
        if (get().assessmentId !== assessmentId) set({ assessmentId, view: null, viewing: null, download: null });
        set({ error: null });
        try {
          const view = await api['hub.assessment']({ assessmentId });
          if (ticket === viewRequest) set({ view });
        } catch (error) {
          if (ticket === viewRequest) set({ error: errorDataOf(error) });
        }
      },

      async openEvidence(sha256) {
        const assessmentId = get().assessmentId;
        if (assessmentId === null) return;
        const ticket = ++evidenceRequest;
        set({ viewing: { assessmentId, sha256, file: null, error: null } });
        try {
          const file = await api['hub.evidence']({ assessmentId, sha256 });
          if (ticket === evidenceRequest) set({ viewing: { assessmentId, sha256, file, error: null } });
        } catch (error) {
          if (ticket === evidenceRequest) set({ viewing: { assessmentId, sha256, file: null, error: errorDataOf(error) } });
        }
      },

      closeEvidence() {
        evidenceRequest += 1;
        set({ viewing: null });
      },

      async downloadEvidence(sha256) {
        const assessmentId = get().assessmentId;
        if (assessmentId === null) return;
        set({ download: { sha256, kind: 'preparing' } });
        try {
          const file = await api['hub.evidence']({ assessmentId, sha256 });
          const outcome = await download({ fileName: file.fileName, dataBase64: file.dataBase64, mediaType: file.mediaType });
          if (get().assessmentId !== assessmentId) return;
          if (outcome.saved) set({ download: { sha256, kind: 'downloaded', fileName: outcome.fileName } });
          else set({ download: outcome.error ? { sha256, kind: 'failed', error: outcome.error } : null });
        } catch (error) {
          if (get().assessmentId === assessmentId) set({ download: { sha256, kind: 'failed', error: errorDataOf(error) } });
        }
      },
    };
  });
}
