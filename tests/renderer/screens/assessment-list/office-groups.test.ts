import { describe, expect, it } from 'vitest';
import type { AssessmentSummary } from '../../../../shared/api/contract';
import { groupByOffice } from '../../../../renderer/screens/assessment-list/office-groups';

let counter = 0;
function summary(overrides: Partial<AssessmentSummary>): AssessmentSummary {
  counter += 1;
  return {
    id: `00000000-0000-4000-8000-${String(counter).padStart(12, '0')}`,
    officeName: 'UNIDO Regional Hub in Nairobi',
    officeCode: 'KEN-RH',
    currentTier: 'regional_hub',
    region: 'africa',
    hostCountry: 'KEN',
    cycle: 2024,
    status: 'draft',
    revision: 1,
    latestRevision: true,
    framework: { id: 'fieldscore-default', version: '1.0.0', hash: `sha256:${'0'.repeat(64)}` },
    createdAt: '2025-01-01T00:00:00.000Z',
    updatedAt: '2025-01-01T00:00:00.000Z',
    ...overrides,
  };
}

const byName = new Intl.Collator('en').compare;

describe('groupByOffice', () => {
  it('puts two offices × two cycles side by side: one row per office, one column per cycle, oldest first', () => {
    const nairobi2024 = summary({ cycle: 2024, status: 'submitted' });
    const nairobi2025 = summary({ cycle: 2025, previousCycleId: nairobi2024.id });
    const mexico2025 = summary({ officeName: 'UNIDO Regional Office in Mexico', officeCode: undefined, hostCountry: 'MEX', cycle: 2025 });
    const mexico2024 = summary({ officeName: 'UNIDO Regional Office in Mexico', officeCode: undefined, hostCountry: 'MEX', cycle: 2024 });
    const table = groupByOffice([mexico2025, nairobi2025, mexico2024, nairobi2024], { showSuperseded: false, compareNames: byName });
    expect(table.cycles).toEqual([2024, 2025]);
    expect(table.groups.map((group) => group.latest.officeName)).toEqual(['UNIDO Regional Hub in Nairobi', 'UNIDO Regional Office in Mexico']);
    const [nairobi, mexico] = table.groups;
    expect(nairobi!.cycles.get(2024)?.map((entry) => entry.id)).toEqual([nairobi2024.id]);
    expect(nairobi!.cycles.get(2025)?.map((entry) => entry.id)).toEqual([nairobi2025.id]);
    expect(mexico!.cycles.get(2024)?.map((entry) => entry.id)).toEqual([mexico2024.id]);
    expect(mexico!.latest.id).toBe(mexico2025.id);
  });

  it('hides superseded revisions unless asked, and counts what it hid', () => {
    const first = summary({ status: 'submitted', latestRevision: false });
    const second = summary({ revision: 2, previousRevisionId: first.id });
    const hidden = groupByOffice([second, first], { showSuperseded: false, compareNames: byName });
    expect(hidden.hiddenCount).toBe(1);
    expect(hidden.groups[0]!.cycles.get(2024)?.map((entry) => entry.revision)).toEqual([2]);
    const shown = groupByOffice([first, second], { showSuperseded: true, compareNames: byName });
    expect(shown.hiddenCount).toBe(0);
    // Newest revision first within the cycle.
    expect(shown.groups[0]!.cycles.get(2024)?.map((entry) => entry.revision)).toEqual([2, 1]);
  });

  it('keeps a renamed office on one row through its next-cycle link, and describes it by its latest assessment', () => {
    const old = summary({ officeName: 'UNIDO Regional Office in Nairobi', officeCode: undefined, cycle: 2024 });
    const renamed = summary({ officeName: 'UNIDO Regional Hub in Nairobi', officeCode: undefined, cycle: 2025, previousCycleId: old.id });
    const table = groupByOffice([old, renamed], { showSuperseded: false, compareNames: byName });
    expect(table.groups).toHaveLength(1);
    expect(table.groups[0]!.latest.officeName).toBe('UNIDO Regional Hub in Nairobi');
  });

  it('tells apart offices with the same name in different countries, and matches codes whatever their case', () => {
    const a = summary({ officeName: 'UNIDO Country Office', officeCode: undefined, hostCountry: 'VNM' });
    const b = summary({ officeName: 'UNIDO Country Office', officeCode: undefined, hostCountry: 'THA' });
    const c = summary({ officeCode: 'ken-rh', cycle: 2023 });
    const d = summary({ officeCode: 'KEN-RH ', cycle: 2024 });
    const table = groupByOffice([a, b, c, d], { showSuperseded: false, compareNames: byName });
    expect(table.groups).toHaveLength(3);
  });

  it('ignores links to assessments that are not in the list', () => {
    const orphan = summary({ previousCycleId: '00000000-0000-4000-8000-999999999999' });
    const table = groupByOffice([orphan], { showSuperseded: false, compareNames: byName });
    expect(table.groups).toHaveLength(1);
    expect(groupByOffice([], { showSuperseded: false, compareNames: byName })).toEqual({ groups: [], cycles: [], hiddenCount: 0 });
  });
});
