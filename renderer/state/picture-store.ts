import { createStore, type StoreApi } from 'zustand/vanilla';
import type { AppErrorData } from '../../shared/api/app-error';
import type { FieldscoreApi } from '../../shared/api/contract';
import { pictureScopeSchema } from '../../shared/api/picture-contract';
import type { CurrentTier, Region, TwoTierOption } from '../../shared/office/office-profile';
import type { PictureScope, ReviewStatus, SetPicture } from '../../shared/picture/picture-types';
import { errorDataOf } from '../api/api-error';
import type { TextStorage } from './hub-store';

/**
 * The hub's picture on screen (issue 9): the picture the backend computed for a scope and cycle
 * (`hub.picture`), and what the person chose to look at — filters, sort order, the office they
 * selected. The choices live here rather than in the screen so that they survive a visit to an
 * office's drill-down and back, and the four views of the picture share them.
 */

export type SuggestedTierFilter = TwoTierOption | 'undecided';

export interface PictureFilters {
  region: Region | null;
  currentTier: CurrentTier | null;
  suggestedTier: SuggestedTierFilter | null;
  review: ReviewStatus | null;
}

export const NO_FILTERS: PictureFilters = { region: null, currentTier: null, suggestedTier: null, review: null };

/** A column of the set table: fixed ones, or a perspective by id. */
export type SortKey =
  | { kind: 'office' }
  | { kind: 'region' }
  | { kind: 'currentTier' }
  | { kind: 'suggestedTier' }
  | { kind: 'review' }
  | { kind: 'overall' }
  | { kind: 'perspective'; id: string }
  | { kind: 'change' };

export type SortDirection = 'ascending' | 'descending';

export interface PictureSort {
  key: SortKey;
  direction: SortDirection;
}

export const DEFAULT_SORT: PictureSort = { key: { kind: 'office' }, direction: 'ascending' };

/**
 * Rows per page of the set table. A region's dozen or two offices fit on one page; headquarters'
 * 1,000 do not render in a usable time all at once (scripts/bench-hub-table.ts), so they come a
 * page at a time, sorted and filtered as a whole first — or all of them when asked.
 */
export const PAGE_SIZES = [25, 50, 100, 250, 'all'] as const;
export type PageSize = (typeof PAGE_SIZES)[number];
export const DEFAULT_PAGE_SIZE: PageSize = 100;

export interface PictureState {
  scope: PictureScope;
  /** The cycle asked for; null: the newest the hub holds. */
  cycle: number | null;
  picture: SetPicture | null;
  loading: boolean;
  error: AppErrorData | null;
  filters: PictureFilters;
  sort: PictureSort;
  /** The office highlighted in the distributions and expanded in the table (office id). */
  selectedOfficeId: string | null;
  /** The set table's page, from 0, of `pageSize` rows. */
  page: number;
  pageSize: PageSize;

  load(): Promise<void>;
  setScope(scope: PictureScope): Promise<void>;
  setCycle(cycle: number | null): Promise<void>;
  setFilter<K extends keyof PictureFilters>(name: K, value: PictureFilters[K]): void;
  clearFilters(): void;
  /** A column's sort button: ascending first (descending first for scores), then the other way. */
  sortBy(key: SortKey): void;
  selectOffice(officeId: string | null): void;
  setPage(page: number): void;
  setPageSize(size: PageSize): void;
}

export const SCOPE_STORAGE_KEY = 'fieldscore.hub.pictureScope';

/** Scores read best highest first; names, regions and tiers in their order. */
function firstDirection(key: SortKey): SortDirection {
  return key.kind === 'overall' || key.kind === 'perspective' || key.kind === 'change' ? 'descending' : 'ascending';
}

export function sameSortKey(a: SortKey, b: SortKey): boolean {
  return a.kind === b.kind && (a.kind !== 'perspective' || a.id === (b as { id: string }).id);
}

/** The scope chosen last time on this computer (a hub looks at its own region each time); the network when none or unreadable. */
function rememberedScope(storage: TextStorage | null): PictureScope {
  try {
    const text = storage?.getItem(SCOPE_STORAGE_KEY);
    if (!text) return { kind: 'network' };
    const parsed = pictureScopeSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : { kind: 'network' };
  } catch {
    return { kind: 'network' };
  }
}

function rememberScope(storage: TextStorage | null, scope: PictureScope): void {
  try {
    storage?.setItem(SCOPE_STORAGE_KEY, JSON.stringify(scope));
  } catch {
    // Full or refused: the network is shown next time.
  }
}

export function createPictureStore(api: FieldscoreApi, options: { storage: TextStorage | null }): StoreApi<PictureState> {
  const { storage } = options;
  return createStore<PictureState>()((set, get) => {
    // Only the answer to the latest request is shown: a slow network picture must not replace the region asked for after it.
    let ticket = 0;

    const load = async () => {
      const mine = ++ticket;
      const { scope, cycle } = get();
      set({ loading: true, error: null });
      try {
        const picture = await api['hub.picture']({ scope, ...(cycle === null ? {} : { cycle }) });
        if (mine !== ticket) return;
        const selected = get().selectedOfficeId;
        set({
          picture,
          loading: false,
          // A selection of an office that is not in this picture would highlight nothing.
          selectedOfficeId: selected !== null && picture.rows.some((row) => row.officeId === selected) ? selected : null,
        });
      } catch (error) {
        if (mine !== ticket) return;
        const data = errorDataOf(error);
        // The cycle asked for is no longer held (the set changed since): show the newest instead.
        if (data.code === 'invalid_request' && get().cycle !== null && data.problems?.some((problem) => problem.path === 'cycle')) {
          set({ cycle: null });
          await load();
          return;
        }
        set({ loading: false, error: data });
      }
    };

    return {
      scope: rememberedScope(storage),
      cycle: null,
      picture: null,
      loading: false,
      error: null,
      filters: NO_FILTERS,
      sort: DEFAULT_SORT,
      selectedOfficeId: null,
      page: 0,
      pageSize: DEFAULT_PAGE_SIZE,
      load,

      async setScope(scope) {
        rememberScope(storage, scope);
        // A region's picture has one region: a region filter would only hide it.
        set({ scope, page: 0, filters: scope.kind === 'region' ? { ...get().filters, region: null } : get().filters });
        await load();
      },

      async setCycle(cycle) {
        set({ cycle, page: 0 });
        await load();
      },

      setFilter(name, value) {
        set({ filters: { ...get().filters, [name]: value }, page: 0 });
      },

      clearFilters() {
        set({ filters: NO_FILTERS, page: 0 });
      },

      sortBy(key) {
        const { sort } = get();
        // A new order starts at its first page: page 3 of another order shows other offices.
        if (sameSortKey(sort.key, key)) set({ sort: { key, direction: sort.direction === 'ascending' ? 'descending' : 'ascending' }, page: 0 });
        else set({ sort: { key, direction: firstDirection(key) }, page: 0 });
      },

      selectOffice(officeId) {
        set({ selectedOfficeId: officeId });
      },

      setPage(page) {
        set({ page: Math.max(0, Math.floor(page)) });
      },

      setPageSize(pageSize) {
        set({ pageSize, page: 0 });
      },
    };
  });
}
