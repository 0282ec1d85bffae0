import type { StoreApi } from 'zustand/vanilla';
import type { FieldscoreApi } from '../../shared/api/contract';
import type { Language } from '../../shared/i18n/languages';
import type { FieldscoreShell } from '../../shared/api/ipc-channel';
import { desktopShell, saveAsDownload, saveFile as saveWhereTheUserChooses, type FileSaver } from '../files/save-file';
import { createAnswersStore, type AnswersState } from './answers-store';
import { createAppStore, type AppState } from './app-store';
import { createAssessmentsStore, type AssessmentsState } from './assessments-store';
import { createEvidenceStore, type EvidenceState } from './evidence-store';
import { createFrameworksStore, type FrameworksState } from './frameworks-store';
import { createHistoryStore, type HistoryState } from './history-store';
import { BROWSER_MAX_FILE_BYTES } from './hub-import-batch';
import { browserStorage, createHubStore, type HubState, type TextStorage } from './hub-store';
import { createHubOfficeStore, type HubOfficeState } from './hub-office-store';
import { createPackagesStore, type PackagesState } from './packages-store';
import { createPictureStore, type PictureState } from './picture-store';
import { createReportsStore, type ReportsState } from './reports-store';
import { createReviewStore, type ReviewState } from './review-store';

/**
 * One store per area, all talking to the same API. Plain (vanilla) stores so tests can drive them
 * without React. Framework documents live in the frameworks store only: one read per session.
 */
export interface Stores {
  app: StoreApi<AppState>;
  assessments: StoreApi<AssessmentsState>;
  answers: StoreApi<AnswersState>;
  evidence: StoreApi<EvidenceState>;
  history: StoreApi<HistoryState>;
  frameworks: StoreApi<FrameworksState>;
  packages: StoreApi<PackagesState>;
  hub: StoreApi<HubState>;
  hubOffice: StoreApi<HubOfficeState>;
  review: StoreApi<ReviewState>;
  picture: StoreApi<PictureState>;
  reports: StoreApi<ReportsState>;
}

export interface StoresOptions {
  /** How exported files are saved: the desktop shell's dialog or a download by default; tests pass their own. */
  saveFile?: FileSaver;
  /** The browser's download (spreadsheets); tests pass their own. */
  download?: FileSaver;
  /** Where "Your name" and the hub's name are remembered: localStorage by default. */
  storage?: TextStorage | null;
  /** The desktop shell (printing reports): window.fieldscoreShell by default; tests pass their own. */
  shell?: () => FieldscoreShell | null;
}

export function createStores(api: FieldscoreApi, initialLanguage: Language, options: StoresOptions = {}): Stores {
  const frameworks = createFrameworksStore(api);
  const app = createAppStore(api, initialLanguage);
  const saveFile = options.saveFile ?? saveWhereTheUserChooses;
  return {
    app,
    assessments: createAssessmentsStore(api),
    answers: createAnswersStore(api, frameworks),
    evidence: createEvidenceStore(api),
    history: createHistoryStore(api),
    frameworks,
    packages: createPackagesStore(api, saveFile),
    hub: createHubStore(api, {
      saveFile,
      download: options.download ?? (async (file) => saveAsDownload(file)),
      storage: options.storage === undefined ? browserStorage() : options.storage,
      // Behind the local bridge (browser mode) a request has a size limit; in the desktop app none.
      maxFileBytes: () => (app.getState().status?.mode === 'browser' ? BROWSER_MAX_FILE_BYTES : null),
    }),
    // Evidence files go to the browser's downloads, typed with the type detected from their bytes.
    hubOffice: createHubOfficeStore(api, options.download ?? (async (file) => saveAsDownload(file))),
    review: createReviewStore(api, saveFile),
    picture: createPictureStore(api, { storage: options.storage === undefined ? browserStorage() : options.storage }),
    reports: createReportsStore(api, { shell: options.shell ?? desktopShell, download: options.download ?? (async (file) => saveAsDownload(file)) }),
  };
}
