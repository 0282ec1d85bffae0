import { describe, expect, it } from 'vitest';
import { checkAssessmentForm, type AssessmentFormValues } from '../../../../renderer/screens/new-assessment/assessment-form';

const VALID: AssessmentFormValues = {
  name: 'UNIDO Regional Office in Mexico',
  code: 'MEX-RO',
  currentTier: 'regional_office',
  region: 'latin_america_caribbean',
  hostCountry: 'MEX',
  cycle: '2024',
  assessor: 'Ana López',
};

function errors(values: Partial<AssessmentFormValues>) {
  const check = checkAssessmentForm({ ...VALID, ...values });
  return check.ok ? {} : check.errors;
}

describe('the profile form and the text rules', () => {
  it('says which invisible character a field holds and where, instead of "required"', () => {
    expect(errors({ name: 'UNIDO\u0000 Office' })).toEqual({
      name: { key: 'text.control_character', params: { codePoint: 'U+0000', position: 6 } },
    });
    expect(errors({ name: 'Office \u202Eocixem' })).toEqual({
      name: { key: 'text.direction_control', params: { codePoint: 'U+202E', position: 8 } },
    });
    expect(errors({ code: 'MEX\u200B' })).toEqual({ code: { key: 'text.invisible_character', params: { codePoint: 'U+200B', position: 4 } } });
    expect(errors({ assessor: 'Ana\nLópez' })).toEqual({ assessor: { key: 'text.line_break', params: { codePoint: 'U+000A', position: 4 } } });
    expect(errors({ name: 'Office \uD800' })).toEqual({ name: { key: 'text.not_a_character', params: { codePoint: 'U+D800', position: 8 } } });
  });

  it('still refuses a country outside the list with the country message', () => {
    expect(errors({ hostCountry: 'ZZZ' })).toEqual({ hostCountry: { key: 'form.errors.countryRequired' } });
  });
});
