import { readFileSync } from 'node:fs';
import path from 'node:path';
import countries from 'i18n-iso-countries';
import { describe, expect, it } from 'vitest';

interface CountryGroups {
  schema: string;
  source: string;
  asOf: string;
  notes: string[];
  groups: Record<string, { name: string; codes: string[] }>;
}

const FILE = path.resolve(import.meta.dirname, '../../resources/geo/country-groups.json');
const data = JSON.parse(readFileSync(FILE, 'utf8')) as CountryGroups;
const alpha3 = new Set(Object.keys(countries.getAlpha3Codes()));

describe('country groups (LDC, SIDS)', () => {
  it('says where the lists come from and as of when', () => {
    expect(data.schema).toBe('fieldscore.country-groups/1');
    expect(data.source).toMatch(/M49/);
    expect(data.asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(Number.isNaN(Date.parse(data.asOf))).toBe(false);
    expect(data.notes.length).toBeGreaterThan(0);
    expect(Object.keys(data.groups)).toEqual(['ldc', 'sids']);
  });

  it.each(['ldc', 'sids'])('%s: non-empty, valid ISO 3166-1 alpha-3 codes, no duplicates', (group) => {
    const codes = data.groups[group]?.codes ?? [];
    expect(codes.length).toBeGreaterThan(0);
    for (const code of codes) {
      expect(code).toMatch(/^[A-Z]{3}$/);
      expect(alpha3.has(code), `${code} is an ISO alpha-3 code`).toBe(true);
    }
    expect(new Set(codes).size).toBe(codes.length);
    expect(codes).toEqual([...codes].sort());
  });

  it('lists the 44 LDCs as of 13 December 2024 and none of the graduated countries', () => {
    const ldc = data.groups.ldc?.codes ?? [];
    expect(data.asOf).toBe('2024-12-13');
    expect(ldc).toHaveLength(44);
    // Botswana, Cabo Verde, Maldives, Samoa, Equatorial Guinea, Vanuatu, Bhutan, Sao Tome and Principe.
    for (const graduated of ['BWA', 'CPV', 'MDV', 'WSM', 'GNQ', 'VUT', 'BTN', 'STP']) expect(ldc, graduated).not.toContain(graduated);
    for (const member of ['AFG', 'HTI', 'SLB', 'TUV', 'ETH']) expect(ldc, member).toContain(member);
  });

  it('keeps graduated LDCs that are islands in SIDS, and leaves mainland LDCs out of it', () => {
    const sids = data.groups.sids?.codes ?? [];
    for (const island of ['STP', 'VUT', 'WSM', 'CPV', 'MDV', 'HTI', 'FJI']) expect(sids, island).toContain(island);
    for (const mainland of ['ETH', 'AFG', 'NPL', 'KEN']) expect(sids, mainland).not.toContain(mainland);
  });
});
