import { CURRENT_TIERS, REGIONS, TWO_TIER_OPTIONS } from '../../../shared/office/office-profile';
import { REVIEW_STATUSES, type PictureRow } from '../../../shared/picture/picture-types';
import type { PageSize, PictureFilters, PictureSort, SortKey, SuggestedTierFilter } from '../../state/picture-store';

/**
 * What the set table shows of the picture's rows: the filters, then the sort. Pure, so the
 * screen, the tests and the bench all order the same rows the same way.
 */

export function suggestedTierOf(row: PictureRow): SuggestedTierFilter {
  return row.recommendation.suggestedTier ?? 'undecided';
}

export function hasFilters(filters: PictureFilters): boolean {
  return Object.values(filters).some((value) => value !== null);
}

export function filterRows(rows: readonly PictureRow[], filters: PictureFilters): PictureRow[] {
  return rows.filter(
    (row) =>
      (filters.region === null || row.region === filters.region) &&
      (filters.currentTier === null || row.currentTier === filters.currentTier) &&
      (filters.suggestedTier === null || suggestedTierOf(row) === filters.suggestedTier) &&
      (filters.review === null || row.review === filters.review),
  );
}

/** Regions, tiers and review statuses sort in their defined order (the tiers' from largest to smallest), not by their translated names. */
const ORDER = {
  region: new Map<string, number>(REGIONS.map((region, index) => [region, index])),
  currentTier: new Map<string, number>(CURRENT_TIERS.map((tier, index) => [tier, index])),
  suggestedTier: new Map<string, number>([...TWO_TIER_OPTIONS, 'undecided'].map((tier, index) => [tier, index])),
  review: new Map<string, number>(REVIEW_STATUSES.map((status, index) => [status, index])),
};

/** The value a row is sorted by in a column: a number, or null (shown last whichever the direction). */
export function sortValue(row: PictureRow, key: SortKey): number | null {
  switch (key.kind) {
    case 'office':
      return null; // by code, below
    case 'region':
      return ORDER.region.get(row.region) ?? null;
    case 'currentTier':
      return ORDER.currentTier.get(row.currentTier) ?? null;
    case 'suggestedTier':
      return ORDER.suggestedTier.get(suggestedTierOf(row)) ?? null;
    case 'review':
      return ORDER.review.get(row.review) ?? null;
    case 'overall':
      return row.overall.score;
    case 'perspective':
      return row.perspectives[key.id]?.score ?? null;
    case 'change':
      return row.change.overall.delta;
  }
}

/**
 * The rows in the table's order. Offices without a value in the column (no score, new, not
 * comparable) come last in either direction, since "missing" is neither high nor low; ties keep
 * the office codes' order, so the order is the same on every run.
 */
export function sortRows(rows: readonly PictureRow[], sort: PictureSort, collator: Intl.Collator): PictureRow[] {
  const sign = sort.direction === 'ascending' ? 1 : -1;
  const byCode = (a: PictureRow, b: PictureRow) => collator.compare(a.officeCode, b.officeCode) || (a.officeId < b.officeId ? -1 : a.officeId > b.officeId ? 1 : 0);
  if (sort.key.kind === 'office') return [...rows].sort((a, b) => sign * byCode(a, b));
  const keyed = rows.map((row) => ({ row, value: sortValue(row, sort.key) }));
  keyed.sort((a, b) => {
    if (a.value === null || b.value === null) return a.value === b.value ? byCode(a.row, b.row) : a.value === null ? 1 : -1;
    return sign * (a.value - b.value) || byCode(a.row, b.row);
  });
  return keyed.map((entry) => entry.row);
}

/** The table's rows: the picture's, filtered, then sorted. */
export function tableRows(rows: readonly PictureRow[], filters: PictureFilters, sort: PictureSort, collator: Intl.Collator): PictureRow[] {
  return sortRows(filterRows(rows, filters), sort, collator);
}

export interface TablePage {
  /** The rows of the page, in the table's order. */
  rows: PictureRow[];
  /** The page shown (a page past the end shows the last one). */
  page: number;
  pages: number;
  /** 1-based positions of the first and last rows shown; 0 when there are none. */
  from: number;
  to: number;
}

/** One page of the table's rows (every row with 'all'). */
export function pageOf(rows: readonly PictureRow[], page: number, size: PageSize): TablePage {
  if (size === 'all' || rows.length <= size) return { rows: [...rows], page: 0, pages: 1, from: rows.length > 0 ? 1 : 0, to: rows.length };
  const pages = Math.ceil(rows.length / size);
  const shown = Math.min(Math.max(0, page), pages - 1);
  const start = shown * size;
  const slice = rows.slice(start, start + size);
  return { rows: slice, page: shown, pages, from: start + 1, to: start + slice.length };
}
