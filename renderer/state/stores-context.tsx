import { createContext, useContext, type ReactNode } from 'react';
import { useStore } from 'zustand';
import type { AnswersState } from './answers-store';
import type { AppState } from './app-store';
import type { AssessmentsState } from './assessments-store';
import type { EvidenceState } from './evidence-store';
import type { FrameworksState } from './frameworks-store';
import type { HistoryState } from './history-store';
import type { HubState } from './hub-store';
import type { HubOfficeState } from './hub-office-store';
import type { PackagesState } from './packages-store';
import type { PictureState } from './picture-store';
import type { ReportsState } from './reports-store';
import type { ReviewState } from './review-store';
import type { Stores } from './stores';

const StoresContext = createContext<Stores | null>(null);

export function StoresProvider({ stores, children }: { stores: Stores; children: ReactNode }) {
  return <StoresContext.Provider value={stores}>{children}</StoresContext.Provider>;
}

function useStores(): Stores {
  const stores = useContext(StoresContext);
  if (!stores) throw new Error('StoresProvider is missing');
  return stores;
}

export function useAppStore<T>(selector: (state: AppState) => T): T {
  return useStore(useStores().app, selector);
}

export function useAssessmentsStore<T>(selector: (state: AssessmentsState) => T): T {
  return useStore(useStores().assessments, selector);
}

export function useAnswersStore<T>(selector: (state: AnswersState) => T): T {
  return useStore(useStores().answers, selector);
}

export function useEvidenceStore<T>(selector: (state: EvidenceState) => T): T {
  return useStore(useStores().evidence, selector);
}

export function useHistoryStore<T>(selector: (state: HistoryState) => T): T {
  return useStore(useStores().history, selector);
}

export function useFrameworksStore<T>(selector: (state: FrameworksState) => T): T {
  return useStore(useStores().frameworks, selector);
}

export function usePackagesStore<T>(selector: (state: PackagesState) => T): T {
  return useStore(useStores().packages, selector);
}

export function useHubStore<T>(selector: (state: HubState) => T): T {
  return useStore(useStores().hub, selector);
}

export function useHubOfficeStore<T>(selector: (state: HubOfficeState) => T): T {
  return useStore(useStores().hubOffice, selector);
}

export function useReviewStore<T>(selector: (state: ReviewState) => T): T {
  return useStore(useStores().review, selector);
}

export function usePictureStore<T>(selector: (state: PictureState) => T): T {
  return useStore(useStores().picture, selector);
}

export function useReportsStore<T>(selector: (state: ReportsState) => T): T {
  return useStore(useStores().reports, selector);
}
