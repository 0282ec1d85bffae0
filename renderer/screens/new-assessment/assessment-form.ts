import type { z } from 'zod';
import type { FieldProblem } from '../../../shared/api/app-error';
import { createAssessmentRequest, type CreateAssessmentRequest, type RequestOf } from '../../../shared/api/contract';
import type { AssessmentDocument } from '../../../shared/assessment/assessment-document';
import {
  MAX_CYCLE_YEAR,
  MIN_CYCLE_YEAR,
  type CurrentTier,
  type Region,
} from '../../../shared/office/office-profile';
import { textIssueMessage } from '../../../shared/text/text-policy';
import { isKnownCountry } from '../../countries/country-names';

/** What the form holds: text as typed, '' for a choice not made yet. */
export interface AssessmentFormValues {
  name: string;
  code: string;
  currentTier: CurrentTier | '';
  region: Region | '';
  hostCountry: string;
  cycle: string;
  assessor: string;
}
export type AssessmentField = keyof AssessmentFormValues;

/** The order of the fields on screen: the first invalid one gets the focus. */
export const ASSESSMENT_FIELDS: readonly AssessmentField[] = [
  'name',
  'code',
  'currentTier',
  'region',
  'hostCountry',
  'cycle',
  'assessor',
];

export interface FieldMessage {
  key: string;
  params?: Record<string, string | number>;
}
export type FieldErrors = Partial<Record<AssessmentField, FieldMessage>>;

export type UpdateProfileRequest = RequestOf<'assessments.updateProfile'>;

export type FormCheck = { ok: true; request: CreateAssessmentRequest } | { ok: false; errors: FieldErrors };

export function initialFormValues(today: Date = new Date()): AssessmentFormValues {
  return { name: '', code: '', currentTier: '', region: '', hostCountry: '', cycle: String(today.getFullYear()), assessor: '' };
}

/** The form filled with an assessment's saved profile, for editing it. */
export function formValuesOf(document: Pick<AssessmentDocument, 'office' | 'cycle' | 'assessor'>): AssessmentFormValues {
  return {
    name: document.office.name,
    code: document.office.code ?? '',
    currentTier: document.office.currentTier,
    region: document.office.region,
    hostCountry: document.office.hostCountry,
    cycle: String(document.cycle),
    assessor: document.assessor ?? '',
  };
}

/** The profile-update request of an assessment from a checked form (the same fields as creation). */
/**
 * The update request for an existing assessment. The form does not edit every profile field
 * (the fragile-context flag is set on the office-type panel), so those keep their saved value
 * rather than being cleared by a save of the form.
 */
export function profileUpdateOf(document: Pick<AssessmentDocument, 'id' | 'office'>, request: CreateAssessmentRequest): UpdateProfileRequest {
  const fragile = document.office.fragileContext;
  return {
    id: document.id,
    office: { ...request.office, ...(fragile === undefined ? {} : { fragileContext: fragile }) },
    cycle: request.cycle,
    ...(request.assessor === undefined ? {} : { assessor: request.assessor }),
  };
}

/** Whether saving the form would change anything: an unchanged profile is not written (nor logged). */
export function profileChanged(document: Pick<AssessmentDocument, 'office' | 'cycle' | 'assessor'>, request: CreateAssessmentRequest): boolean {
  const trimmed = (text: string | undefined) => text?.trim() || undefined;
  const { office } = request;
  return (
    office.name.trim() !== document.office.name ||
    trimmed(office.code) !== trimmed(document.office.code) ||
    office.currentTier !== document.office.currentTier ||
    office.region !== document.office.region ||
    office.hostCountry !== document.office.hostCountry ||
    request.cycle !== document.cycle ||
    trimmed(request.assessor) !== trimmed(document.assessor)
  );
}

/** Optional text left empty is absent, not "": the backend stores absent as absent. */
function optionalText(text: string): string | undefined {
  return text.trim() === '' ? undefined : text;
}

function candidateRequest(values: AssessmentFormValues): unknown {
  return {
    office: {
      name: values.name,
      code: optionalText(values.code),
      currentTier: values.currentTier,
      region: values.region,
      hostCountry: values.hostCountry,
    },
    cycle: values.cycle.trim() === '' ? Number.NaN : Number(values.cycle.trim()),
    assessor: optionalText(values.assessor),
  };
}

/** Request paths (as in zod issues and backend FieldProblems) to the form field that shows them. */
export function fieldOfPath(path: readonly PropertyKey[] | string): AssessmentField | null {
  const dotted = typeof path === 'string' ? path : path.map(String).join('.');
  switch (dotted) {
    case 'office.name':
      return 'name';
    case 'office.code':
      return 'code';
    case 'office.currentTier':
      return 'currentTier';
    case 'office.region':
      return 'region';
    case 'office.hostCountry':
      return 'hostCountry';
    case 'cycle':
      return 'cycle';
    case 'assessor':
      return 'assessor';
    default:
      return null;
  }
}

/** The catalog message for a failed check of one field; never zod's English. */
export function messageForIssue(field: AssessmentField, issue: Pick<z.core.$ZodIssue, 'code'> & { maximum?: unknown; params?: unknown }): FieldMessage {
  // A character the text rules refuse (shared/text/text-policy.ts), whatever the field.
  const text = textIssueMessage(issue);
  if (text) return text;
  const max = typeof issue.maximum === 'number' || typeof issue.maximum === 'bigint' ? Number(issue.maximum) : undefined;
  switch (field) {
    case 'name':
      return issue.code === 'too_big' && max !== undefined
        ? { key: 'form.errors.nameTooLong', params: { max } }
        : { key: 'form.errors.nameRequired' };
    case 'code':
      return max !== undefined ? { key: 'form.errors.codeTooLong', params: { max } } : { key: 'form.errors.invalid' };
    case 'currentTier':
      return { key: 'form.errors.tierRequired' };
    case 'region':
      return { key: 'form.errors.regionRequired' };
    case 'hostCountry':
      return { key: 'form.errors.countryRequired' };
    case 'cycle':
      return issue.code === 'too_small' || issue.code === 'too_big'
        ? { key: 'form.errors.cycleRange', params: { min: MIN_CYCLE_YEAR, max: MAX_CYCLE_YEAR } }
        : { key: 'form.errors.cycleInvalid', params: { min: MIN_CYCLE_YEAR, max: MAX_CYCLE_YEAR } };
    case 'assessor':
      return max !== undefined ? { key: 'form.errors.assessorTooLong', params: { max } } : { key: 'form.errors.invalid' };
  }
}

/**
 * Checks the form with the backend's own request schema (so the form cannot accept what the
 * backend refuses), then that the country is one the app knows.
 */
export function checkAssessmentForm(values: AssessmentFormValues): FormCheck {
  const errors: FieldErrors = {};
  const parsed = createAssessmentRequest.safeParse(candidateRequest(values));
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = fieldOfPath(issue.path);
      // First problem per field is enough: the user fixes one thing at a time.
      if (field && !errors[field]) errors[field] = messageForIssue(field, issue as Parameters<typeof messageForIssue>[1]);
    }
  }
  if (!errors.hostCountry && values.hostCountry !== '' && !isKnownCountry(values.hostCountry)) {
    errors.hostCountry = { key: 'form.errors.countryRequired' };
  }
  if (parsed.success && Object.keys(errors).length === 0) return { ok: true, request: parsed.data };
  // An issue on no known field (should not happen) still blocks submission, shown on the name.
  if (Object.keys(errors).length === 0) errors.name = { key: 'form.errors.invalid' };
  return { ok: false, errors };
}

/** The backend's per-field problems (English, for logs) as catalog messages on the form's fields. */
export function errorsFromProblems(problems: readonly FieldProblem[] | undefined): FieldErrors {
  const errors: FieldErrors = {};
  for (const problem of problems ?? []) {
    const field = fieldOfPath(problem.path);
    if (field && !errors[field]) errors[field] = { key: 'form.errors.rejected' };
  }
  return errors;
}
