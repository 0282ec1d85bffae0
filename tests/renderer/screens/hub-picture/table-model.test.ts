import { describe, expect, it } from 'vitest';
import { buildPicture } from '../../../../shared/picture/build-picture';
import type { PictureMember } from '../../../../shared/picture/picture-input';
import type { PictureRow } from '../../../../shared/picture/picture-types';
import { filterRows, hasFilters, pageOf, sortRows, tableRows } from '../../../../renderer/screens/hub-picture/table-model';
import { NO_FILTERS, type PictureSort } from '../../../../renderer/state/picture-store';
import { member } from '../../../shared/picture/picture-fixtures';

/**
 * The set table's filters and order, on a picture the shared computation built from members
 * scored by the real engine: offices at different levels, one with nothing answered (no score),
 * one new this cycle, regions and tiers mixed; two offices with the same score to test ties.
 */
const members: PictureMember[] = [
  member({ office: 1, cycle: 2025, level: 0.8, code: 'KEN-RH', region: 'africa', tier: 'regional_hub' }),
  member({ office: 2, cycle: 2025, level: 0.3, code: 'EGY-RO', region: 'arab_states', tier: 'regional_office' }),
  member({ office: 3, cycle: 2025, level: null, code: 'BRA-CO', region: 'latin_america_caribbean' }),
  member({ office: 4, cycle: 2025, level: 0.55, code: 'IND-CO', region: 'asia_pacific' }),
  member({ office: 5, cycle: 2025, level: 0.55, code: 'CHN-CO', region: 'asia_pacific' }),
  member({ office: 6, cycle: 2025, level: 0.7, code: 'ALB-DK', region: 'europe_central_asia', tier: 'desk' }),
  member({ office: 1, cycle: 2024, level: 0.5, code: 'KEN-RH', region: 'africa', tier: 'regional_hub' }),
  member({ office: 2, cycle: 2024, level: 0.6, code: 'EGY-RO', region: 'arab_states', tier: 'regional_office' }),
  member({ office: 4, cycle: 2024, level: 0.55, code: 'IND-CO', region: 'asia_pacific' }),
  member({ office: 5, cycle: 2024, level: 0.2, code: 'CHN-CO', region: 'asia_pacific' }),
  member({ office: 6, cycle: 2024, level: 0.9, code: 'ALB-DK', region: 'europe_central_asia', tier: 'desk' }),
];
const picture = buildPicture(members);
const collator = new Intl.Collator('en', { numeric: true });
const codes = (rows: readonly PictureRow[]) => rows.map((row) => row.officeCode);
const sorted = (sort: PictureSort) => codes(sortRows(picture.rows, sort, collator));

describe('the set table: sort', () => {
  it('sorts by office code, both ways', () => {
    expect(sorted({ key: { kind: 'office' }, direction: 'ascending' })).toEqual(['ALB-DK', 'BRA-CO', 'CHN-CO', 'EGY-RO', 'IND-CO', 'KEN-RH']);
    expect(sorted({ key: { kind: 'office' }, direction: 'descending' })).toEqual(['KEN-RH', 'IND-CO', 'EGY-RO', 'CHN-CO', 'BRA-CO', 'ALB-DK']);
  });

  it('sorts by the overall score, the office with no score last either way, ties by code', () => {
    const scores = new Map(picture.rows.map((row) => [row.officeCode, row.overall.score]));
    expect(scores.get('BRA-CO')).toBeNull();
    expect(scores.get('IND-CO')).toBe(scores.get('CHN-CO'));
    const descending = sorted({ key: { kind: 'overall' }, direction: 'descending' });
    const ascending = sorted({ key: { kind: 'overall' }, direction: 'ascending' });
    expect(descending.at(-1)).toBe('BRA-CO');
    expect(ascending.at(-1)).toBe('BRA-CO');
    const numbers = (order: string[]) => order.slice(0, -1).map((code) => scores.get(code)!);
    expect(numbers(descending)).toEqual([...numbers(descending)].sort((a, b) => b - a));
    expect(numbers(ascending)).toEqual([...numbers(ascending)].sort((a, b) => a - b));
    // The tie keeps the codes' order in both directions.
    for (const order of [descending, ascending]) expect(order.indexOf('CHN-CO')).toBeLessThan(order.indexOf('IND-CO'));
  });

  it('sorts by a perspective, by the region and tier orders, and by the change (new offices last)', () => {
    const id = picture.perspectives[2]!.id;
    const byPerspective = sortRows(picture.rows, { key: { kind: 'perspective', id }, direction: 'descending' }, collator);
    const values = byPerspective.map((row) => row.perspectives[id]?.score ?? null).filter((value) => value !== null);
    expect(values).toEqual([...values].sort((a, b) => b - a));
    expect(byPerspective.at(-1)!.officeCode).toBe('BRA-CO');

    expect(sorted({ key: { kind: 'region' }, direction: 'ascending' })).toEqual(['KEN-RH', 'EGY-RO', 'CHN-CO', 'IND-CO', 'ALB-DK', 'BRA-CO']);
    expect(sorted({ key: { kind: 'currentTier' }, direction: 'ascending' })).toEqual(['KEN-RH', 'EGY-RO', 'BRA-CO', 'CHN-CO', 'IND-CO', 'ALB-DK']);

    const change = sortRows(picture.rows, { key: { kind: 'change' }, direction: 'descending' }, collator);
    expect(change.map((row) => row.change.overall.kind)).toEqual(['up', 'up', 'unchanged', 'down', 'down', 'new']);
    expect(change.at(-1)!.officeCode).toBe('BRA-CO');
  });

  it('leaves the picture rows as they were', () => {
    const before = codes(picture.rows);
    sortRows(picture.rows, { key: { kind: 'overall' }, direction: 'ascending' }, collator);
    expect(codes(picture.rows)).toEqual(before);
  });
});

describe('the set table: filters', () => {
  it('shows every row without filters, and says so', () => {
    expect(hasFilters(NO_FILTERS)).toBe(false);
    expect(filterRows(picture.rows, NO_FILTERS)).toHaveLength(picture.rows.length);
  });

  it('filters by region, current tier, suggested tier and review status, together', () => {
    expect(codes(filterRows(picture.rows, { ...NO_FILTERS, region: 'asia_pacific' })).sort()).toEqual(['CHN-CO', 'IND-CO']);
    expect(codes(filterRows(picture.rows, { ...NO_FILTERS, currentTier: 'desk' }))).toEqual(['ALB-DK']);
    expect(filterRows(picture.rows, { ...NO_FILTERS, region: 'asia_pacific', currentTier: 'desk' })).toEqual([]);
    expect(filterRows(picture.rows, { ...NO_FILTERS, review: 'accepted' })).toEqual([]);
    expect(filterRows(picture.rows, { ...NO_FILTERS, review: 'received' })).toHaveLength(picture.rows.length);
    for (const row of picture.rows) {
      const tier = row.recommendation.suggestedTier ?? 'undecided';
      expect(filterRows(picture.rows, { ...NO_FILTERS, suggestedTier: tier })).toContain(row);
    }
    expect(hasFilters({ ...NO_FILTERS, review: 'returned' })).toBe(true);
  });

  it('filters, then sorts', () => {
    const rows = tableRows(picture.rows, { ...NO_FILTERS, region: 'asia_pacific' }, { key: { kind: 'office' }, direction: 'descending' }, collator);
    expect(codes(rows)).toEqual(['IND-CO', 'CHN-CO']);
  });
});

describe('the set table: pages', () => {
  const rows = sortRows(picture.rows, { key: { kind: 'office' }, direction: 'ascending' }, collator);

  it('puts every row on one page when they fit, or with "all"', () => {
    expect(pageOf(rows, 0, 50)).toEqual({ rows, page: 0, pages: 1, from: 1, to: 6 });
    expect(pageOf(rows, 3, 'all')).toEqual({ rows, page: 0, pages: 1, from: 1, to: 6 });
    expect(pageOf([], 0, 50)).toEqual({ rows: [], page: 0, pages: 1, from: 0, to: 0 });
  });

  it('cuts the sorted rows into pages, the last one shorter; a page past the end shows the last', () => {
    // Page sizes are the store's (25 and up); a smaller one here shows the arithmetic on six rows.
    const size = 4 as unknown as 25;
    expect(pageOf(rows, 0, size)).toMatchObject({ page: 0, pages: 2, from: 1, to: 4 });
    expect(codes(pageOf(rows, 0, size).rows)).toEqual(codes(rows.slice(0, 4)));
    expect(pageOf(rows, 1, size)).toMatchObject({ page: 1, pages: 2, from: 5, to: 6 });
    expect(codes(pageOf(rows, 1, size).rows)).toEqual(codes(rows.slice(4)));
    expect(pageOf(rows, 9, size)).toMatchObject({ page: 1, from: 5, to: 6 });
    expect(pageOf(rows, -2, size)).toMatchObject({ page: 0, from: 1, to: 4 });
  });
});
