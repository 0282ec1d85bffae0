import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createAssessmentRequest, updateProfileRequest } from '../../../../shared/api/contract';
import { CURRENT_TIERS, REGIONS } from '../../../../shared/office/office-profile';
import {
  checkAssessmentForm,
  errorsFromProblems,
  formValuesOf,
  initialFormValues,
  profileChanged,
  profileUpdateOf,
  type AssessmentFormValues,
} from '../../../../renderer/screens/new-assessment/assessment-form';
import { catalogs, type Catalog } from '../../../../renderer/i18n/catalogs';

const VALID: AssessmentFormValues = {
  name: '  UNIDO Regional Office in Mexico ',
  code: '',
  currentTier: 'regional_office',
  region: 'latin_america_caribbean',
  hostCountry: 'MEX',
  cycle: '2024',
  assessor: ' ',
};

function hasKey(catalog: Catalog, key: string): boolean {
  let node: string | Catalog | undefined = catalog;
  for (const part of key.split('.')) node = typeof node === 'object' ? node[part] : undefined;
  return typeof node === 'string';
}

describe('checkAssessmentForm', () => {
  it('turns valid values into the request the backend expects (trimmed, empty optionals absent)', () => {
    const check = checkAssessmentForm(VALID);
    expect(check).toEqual({
      ok: true,
      request: {
        office: { name: 'UNIDO Regional Office in Mexico', currentTier: 'regional_office', region: 'latin_america_caribbean', hostCountry: 'MEX' },
        cycle: 2024,
      },
    });
  });

  it('flags every missing required field with its catalog message', () => {
    expect(checkAssessmentForm({ ...initialFormValues(new Date('2025-06-01')), cycle: '' })).toEqual({
      ok: false,
      errors: {
        name: { key: 'form.errors.nameRequired' },
        currentTier: { key: 'form.errors.tierRequired' },
        region: { key: 'form.errors.regionRequired' },
        hostCountry: { key: 'form.errors.countryRequired' },
        cycle: { key: 'form.errors.cycleInvalid', params: { min: 2018, max: 2100 } },
      },
    });
  });

  it('defaults the cycle to the current year', () => {
    expect(initialFormValues(new Date('2031-03-15T12:00:00')).cycle).toBe('2031');
  });

  it('explains limits with their numbers', () => {
    const errors = (values: Partial<AssessmentFormValues>) => {
      const check = checkAssessmentForm({ ...VALID, ...values });
      return check.ok ? {} : check.errors;
    };
    expect(errors({ name: 'x'.repeat(121) })).toEqual({ name: { key: 'form.errors.nameTooLong', params: { max: 120 } } });
    expect(errors({ code: 'x'.repeat(21) })).toEqual({ code: { key: 'form.errors.codeTooLong', params: { max: 20 } } });
    expect(errors({ assessor: 'x'.repeat(201) })).toEqual({ assessor: { key: 'form.errors.assessorTooLong', params: { max: 200 } } });
    expect(errors({ cycle: '2017' }).cycle?.key).toBe('form.errors.cycleRange');
    expect(errors({ cycle: '2101' }).cycle?.key).toBe('form.errors.cycleRange');
    expect(errors({ cycle: '2024.5' }).cycle?.key).toBe('form.errors.cycleInvalid');
    expect(errors({ cycle: 'twenty' }).cycle?.key).toBe('form.errors.cycleInvalid');
    expect(errors({ name: '   ' })).toEqual({ name: { key: 'form.errors.nameRequired' } });
  });

  it('accepts only countries the app knows, not just any three letters', () => {
    const check = checkAssessmentForm({ ...VALID, hostCountry: 'XYZ' });
    expect(check).toEqual({ ok: false, errors: { hostCountry: { key: 'form.errors.countryRequired' } } });
  });

  it('agrees with the backend schema and only ever shows messages the catalog has', () => {
    const text = fc.oneof(fc.constant(''), fc.string({ maxLength: 30 }), fc.string({ minLength: 110, maxLength: 210 }));
    const values = fc.record({
      name: text,
      code: text,
      currentTier: fc.constantFrom('', ...CURRENT_TIERS),
      region: fc.constantFrom('', ...REGIONS),
      hostCountry: fc.constantFrom('', 'KEN', 'FRA', 'XYZ', 'ken', 'KENYA'),
      cycle: fc.oneof(fc.integer({ min: 1990, max: 2150 }).map(String), fc.string({ maxLength: 6 })),
      assessor: text,
    });
    fc.assert(
      fc.property(values, (candidate) => {
        const check = checkAssessmentForm(candidate);
        if (check.ok) {
          expect(createAssessmentRequest.safeParse(check.request).success).toBe(true);
        } else {
          expect(Object.keys(check.errors).length).toBeGreaterThan(0);
          for (const message of Object.values(check.errors)) expect(hasKey(catalogs.en, message.key), message.key).toBe(true);
        }
      }),
    );
  });
});

describe('errorsFromProblems', () => {
  it('marks the fields the backend refused, ignoring paths that are no field', () => {
    expect(
      errorsFromProblems([
        { path: 'office.hostCountry', message: 'unknown country' },
        { path: 'cycle', message: 'too small' },
        { path: '', message: 'whatever' },
      ]),
    ).toEqual({ hostCountry: { key: 'form.errors.rejected' }, cycle: { key: 'form.errors.rejected' } });
    expect(errorsFromProblems(undefined)).toEqual({});
  });
});

describe('editing a saved profile', () => {
  const saved = {
    office: { name: 'UNIDO Regional Hub in Nairobi', code: 'KEN-RH', currentTier: 'regional_hub' as const, region: 'africa' as const, hostCountry: 'KEN' },
    cycle: 2024,
    assessor: 'A. Wanjiru',
  };

  it('fills the form with the saved values, which pass the check unchanged', () => {
    const values = formValuesOf(saved);
    expect(values).toEqual({ name: 'UNIDO Regional Hub in Nairobi', code: 'KEN-RH', currentTier: 'regional_hub', region: 'africa', hostCountry: 'KEN', cycle: '2024', assessor: 'A. Wanjiru' });
    const check = checkAssessmentForm(values);
    expect(check.ok).toBe(true);
    if (check.ok) expect(profileChanged(saved, check.request)).toBe(false);
    expect(formValuesOf({ ...saved, office: { ...saved.office, code: undefined }, assessor: undefined })).toMatchObject({ code: '', assessor: '' });
  });

  it('sees a change in any field, but not in surrounding spaces', () => {
    const changed = (values: Partial<AssessmentFormValues>) => {
      const check = checkAssessmentForm({ ...formValuesOf(saved), ...values });
      if (!check.ok) throw new Error('expected valid values');
      return profileChanged(saved, check.request);
    };
    expect(changed({ name: ' UNIDO Regional Hub in Nairobi ' })).toBe(false);
    expect(changed({ name: 'UNIDO Hub Nairobi' })).toBe(true);
    expect(changed({ code: '' })).toBe(true);
    expect(changed({ currentTier: 'regional_office' })).toBe(true);
    expect(changed({ region: 'arab_states' })).toBe(true);
    expect(changed({ hostCountry: 'UGA' })).toBe(true);
    expect(changed({ cycle: '2025' })).toBe(true);
    expect(changed({ assessor: '' })).toBe(true);
  });

  it('makes the update request the backend expects for the assessment', () => {
    const check = checkAssessmentForm({ ...formValuesOf(saved), assessor: '' });
    if (!check.ok) throw new Error('expected valid values');
    const request = profileUpdateOf({ id: '00000000-0000-4000-8000-000000000001', office: saved.office }, check.request);
    expect(updateProfileRequest.safeParse(request).success).toBe(true);
    expect(request).toEqual({ id: '00000000-0000-4000-8000-000000000001', office: saved.office, cycle: 2024 });
  });

  it('keeps the fragile-context flag, which the form does not edit', () => {
    const check = checkAssessmentForm(formValuesOf(saved));
    if (!check.ok) throw new Error('expected valid values');
    const document = { id: '00000000-0000-4000-8000-000000000001', office: { ...saved.office, fragileContext: true } };
    expect(profileUpdateOf(document, check.request).office.fragileContext).toBe(true);
  });
});
