import type { AssessmentDocument } from '../../shared/assessment/assessment-document';

/** A profile value as recorded in history: blank optional fields are null; flags are true or null. */
export type ProfileValue = string | number | boolean | null;

export interface ProfileField {
  /** The name in change entries (ChangeEntry.field). */
  field: string;
  /** Its column in assessments; a fixed identifier, never input. */
  column: string;
  read(document: Pick<AssessmentDocument, 'office' | 'cycle' | 'assessor'>): ProfileValue;
}

/** Blank optional text is stored as NULL, so "" and absent compare equal. */
export function blankToNull(value: string | undefined | null): string | null {
  return value === undefined || value === null || value.trim() === '' ? null : value;
}

/** The profile fields updateProfile may change, each recorded and undone on its own row. */
export const PROFILE_FIELDS: readonly ProfileField[] = [
  { field: 'office.name', column: 'office_name', read: (d) => d.office.name },
  { field: 'office.code', column: 'office_code', read: (d) => blankToNull(d.office.code) },
  { field: 'office.currentTier', column: 'current_tier', read: (d) => d.office.currentTier },
  { field: 'office.region', column: 'region', read: (d) => d.office.region },
  { field: 'office.hostCountry', column: 'host_country', read: (d) => d.office.hostCountry },
  // "No" and "not said" are one state (no review flag), so unticking records true → null.
  { field: 'office.fragileContext', column: 'fragile_context', read: (d) => (d.office.fragileContext === true ? true : null) },
  { field: 'cycle', column: 'cycle', read: (d) => d.cycle },
  { field: 'assessor', column: 'assessor', read: (d) => blankToNull(d.assessor) },
];

export function profileField(field: string): ProfileField {
  const found = PROFILE_FIELDS.find((candidate) => candidate.field === field);
  if (!found) throw new Error(`unknown profile field ${field}`);
  return found;
}
