import { createStore, type StoreApi } from 'zustand/vanilla';
import type { AppErrorData } from '../../shared/api/app-error';
import type { AppStatus, FieldscoreApi } from '../../shared/api/contract';
import type { Language } from '../../shared/i18n/languages';
import { errorDataOf } from '../api/api-error';

/** App status (database state, recovery) and the user's settings. */
export interface AppState {
  status: AppStatus | null;
  language: Language;
  loading: boolean;
  /** Could not reach the backend at all: nothing else can be shown. */
  loadError: AppErrorData | null;
  /** An action failed (language change, restore); shown beside the current screen. */
  error: AppErrorData | null;
  /** File name of the backup being restored, while it runs. */
  restoring: string | null;
  load(): Promise<void>;
  setLanguage(language: Language): Promise<void>;
  restoreBackup(file: string): Promise<void>;
  dismissError(): void;
}

export function createAppStore(api: FieldscoreApi, initialLanguage: Language): StoreApi<AppState> {
  return createStore<AppState>()((set, get) => {
    const isReady = () => get().status?.database.state === 'ready';
    // A language picked while the status is still loading: it wins over the stored one and is
    // saved as soon as the database is known to be usable (otherwise the load would undo it).
    let chosenWhileLoading: Language | null = null;

    const load = async () => {
      set({ loading: true, loadError: null });
      try {
        const status = await api['app.status']({});
        // Settings live in the database: unreadable while it is damaged or too new.
        const ready = status.database.state === 'ready';
        let settings = ready ? await api['settings.get']({}) : null;
        // Checked after every await: the person may pick a language at any point of the load.
        while (ready && chosenWhileLoading !== null) {
          const chosen: Language = chosenWhileLoading;
          chosenWhileLoading = null;
          settings = await api['settings.update']({ language: chosen });
        }
        chosenWhileLoading = null;
        set({ status, loading: false, ...(settings ? { language: settings.language } : {}) });
      } catch (error) {
        set({ loading: false, loadError: errorDataOf(error) });
      }
    };

    return {
      status: null,
      language: initialLanguage,
      loading: false,
      loadError: null,
      error: null,
      restoring: null,
      load,

      async setLanguage(language) {
        set({ error: null });
        if (!isReady()) {
          // Nowhere to persist it yet (still loading, or recovery screens): still let the user read them in their language.
          if (get().status === null) chosenWhileLoading = language;
          set({ language });
          return;
        }
        try {
          await api['settings.update']({ language });
          const settings = await api['settings.get']({});
          set({ language: settings.language });
        } catch (error) {
          set({ error: errorDataOf(error) });
        }
      },

      async restoreBackup(file) {
        set({ restoring: file, error: null });
        try {
          await api['recovery.restoreBackup']({ file });
          set({ restoring: null });
          await load();
        } catch (error) {
          set({ restoring: null, error: errorDataOf(error) });
        }
      },

      dismissError() {
        set({ error: null });
      },
    };
  });
}
