import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ChangeEntry } from '../../../../shared/api/contract';
import { frameworkSchema, type Framework } from '../../../../shared/framework/framework-schema';
import { describeChange } from '../../../../renderer/screens/history/change-description';
import { translator } from './test-translator';

const FRAMEWORK: Framework = frameworkSchema.parse(
  JSON.parse(fs.readFileSync(path.resolve(import.meta.dirname, '../../../../resources/frameworks/fieldscore-default-1.0.0.json'), 'utf8')),
);

let id = 0;
function entry(overrides: Partial<ChangeEntry>): ChangeEntry {
  id += 1;
  return {
    id,
    assessmentId: '00000000-0000-4000-8000-000000000001',
    at: '2025-03-01T10:00:00.000Z',
    actor: 'A. Wanjiru',
    kind: 'answer',
    action: 'edit',
    before: null,
    after: null,
    ...overrides,
  };
}

describe('describeChange', () => {
  const en = translator('en');

  it('names an answer change by its indicator title in the reader\'s language, with both values in words', () => {
    const change = entry({
      indicatorId: 'P2.1',
      before: { state: 'answered', value: [{ code: 'KEN', resident: true }] },
      after: { state: 'answered', value: [{ code: 'KEN', resident: true }, { code: 'UGA', resident: false }] },
    });
    const english = describeChange(change, FRAMEWORK, 'en', en);
    expect(english.what).toBe('P2.1 Countries covered by the office');
    expect(english.action).toBe('Edited');
    expect(english.before.text).toBe('Kenya (resident)');
    expect(english.after.text).toBe('Kenya (resident) and Uganda');

    const russian = describeChange(change, FRAMEWORK, 'ru', translator('ru'));
    expect(russian.what).toMatch(/^P2\.1 \p{Script=Cyrillic}/u);
    expect(russian.after.text).toContain('Кения (резидент)');
    expect(russian.after.text).toContain('Уганда');
    const arabic = describeChange(change, FRAMEWORK, 'ar', translator('ar'));
    expect(arabic.after.text).toContain('كينيا');
  });

  it('says when only the residency changed (the country list alone would look the same)', () => {
    const change = entry({
      indicatorId: 'P2.1',
      before: { state: 'answered', value: [{ code: 'UGA', resident: false }] },
      after: { state: 'answered', value: [{ code: 'UGA', resident: true }] },
    });
    const described = describeChange(change, FRAMEWORK, 'en', en);
    expect(described.before.text).not.toBe(described.after.text);
  });

  it('shows a blank answer as blank (muted), and commentary on its own lines', () => {
    const change = entry({ indicatorId: 'P2.1', before: null, after: { state: 'not_applicable', justification: 'The office  covers\nno country.' } });
    const described = describeChange(change, FRAMEWORK, 'en', en);
    expect(described.before.empty).toBe(true);
    expect(described.after.empty).toBe(false);
    expect(described.after.details).toEqual(['Justification: The office covers no country.']);
  });

  it('names profile fields by their labels and their values in words', () => {
    const tier = describeChange(entry({ kind: 'profile', field: 'office.currentTier', before: 'regional_office', after: 'regional_hub' }), FRAMEWORK, 'en', en);
    expect(tier).toMatchObject({ what: 'Current tier', before: { text: 'Regional office' }, after: { text: 'Regional hub' } });
    const country = describeChange(entry({ kind: 'profile', field: 'office.hostCountry', before: 'KEN', after: 'UGA' }), FRAMEWORK, 'fr', translator('fr'));
    expect(country).toMatchObject({ what: 'Pays hôte', before: { text: 'Kenya (KEN)' }, after: { text: 'Ouganda (UGA)' } });
    const code = describeChange(entry({ kind: 'profile', field: 'office.code', before: null, after: 'KEN-RH' }), FRAMEWORK, 'en', en);
    expect(code).toMatchObject({ what: 'Office code', before: { empty: true, text: 'Not recorded' }, after: { text: 'KEN-RH' } });
    const cycle = describeChange(entry({ kind: 'profile', field: 'cycle', before: 2024, after: 2025 }), FRAMEWORK, 'ar', translator('ar'));
    expect(cycle.after.text).toBe('2025');
  });

  it('names lifecycle steps and evidence files', () => {
    const submit = describeChange(entry({ kind: 'status', action: 'submit', before: 'draft', after: 'submitted' }), FRAMEWORK, 'en', en);
    expect(submit).toMatchObject({ what: 'Status', action: 'Submitted', before: { text: 'Draft' }, after: { text: 'Submitted' } });
    const create = describeChange(entry({ kind: 'status', action: 'create', before: null, after: 'draft' }), FRAMEWORK, 'es', translator('es'));
    expect(create).toMatchObject({ action: 'Creado', before: { empty: true }, after: { text: 'Borrador' } });
    const evidence = describeChange(
      entry({ kind: 'evidence', action: 'add', indicatorId: 'P3.6', before: null, after: { id: 'x', fileName: 'cost-benefit-2024.pdf' } }),
      FRAMEWORK,
      'en',
      en,
    );
    expect(evidence.what).toMatch(/^Evidence for P3\.6 /);
    expect(evidence.after.text).toBe('cost-benefit-2024.pdf');
  });

  it('shows what it cannot interpret as raw text instead of hiding it', () => {
    const odd = describeChange(entry({ indicatorId: 'X9', before: { surprise: true }, after: 'text' }), null, 'en', en);
    expect(odd.what).toBe('X9');
    expect(odd.before.text).toBe('{"surprise":true}');
    const unknownField = describeChange(entry({ kind: 'profile', field: 'office.motto', before: 'a', after: 'b' }), null, 'en', en);
    expect(unknownField).toMatchObject({ what: 'office.motto', before: { text: 'a' }, after: { text: 'b' } });
  });
});
