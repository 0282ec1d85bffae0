import type { StoreApi } from 'zustand/vanilla';
import type { FieldscoreApi } from '../../shared/api/contract';
import type { Language } from '../../shared/i18n/languages';
import { saveFile as saveWhereTheUserChooses, type FileSaver } from '../files/save-file';
import { createAnswersStore, type AnswersState } from './answers-store';
import { createAppStore, type AppState } from './app-store';
import { createAssessmentsStore, type AssessmentsState } from './assessments-store';
import { createEvidenceStore, type EvidenceState } from './evidence-store';
import { createFrameworksStore, type FrameworksState } from './frameworks-store';
import { createHistoryStore, type HistoryState } from './history-store';
import { createPackagesStore, type PackagesState } from './packages-store';

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
}

export interface StoresOptions {
  /** How exported files are saved: the desktop shell's dialog or a download by default; tests pass their own. */
  saveFile?: FileSaver;
}

export function createStores(api: FieldscoreApi, initialLanguage: Language, options: StoresOptions = {}): Stores {
  const frameworks = createFrameworksStore(api);
  return {
    app: createAppStore(api, initialLanguage),
    assessments: createAssessmentsStore(api),
    answers: createAnswersStore(api, frameworks),
    evidence: createEvidenceStore(api),
    history: createHistoryStore(api),
    frameworks,
    packages: createPackagesStore(api, options.saveFile ?? saveWhereTheUserChooses),
  };
}
