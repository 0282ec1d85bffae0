import fs from 'node:fs';
import path from 'node:path';
import i18next from 'i18next';
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider, initReactI18next } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { catalogs } from '../../../../renderer/i18n/catalogs';
import { OfficeTypeDetails } from '../../../../renderer/screens/office-type/office-type-details';
import type { OfficeTypeResult } from '../../../../shared/api/contract';
import type { Answers } from '../../../../shared/assessment/answer';
import type { Framework } from '../../../../shared/framework/framework-schema';
import type { Language } from '../../../../shared/i18n/languages';
import { recommendOfficeType } from '../../../../shared/typology/recommend-office-type';
import { typologyInputFromAssessment, type HostFlags } from '../../../../shared/typology/typology-input';

const FRAMEWORK = JSON.parse(
  fs.readFileSync(path.resolve(import.meta.dirname, '../../../../resources/frameworks/fieldscore-default-1.0.0.json'), 'utf8'),
) as Framework;

function result(answers: Answers, hostFlags: HostFlags, others: number[] = []): OfficeTypeResult {
  const input = typologyInputFromAssessment(FRAMEWORK, answers, hostFlags, 'africa');
  return { recommendation: recommendOfficeType(input, others.length > 0 ? { portfolios: others } : undefined), hostFlags, comparedOffices: others.length };
}

/** The panel's details as HTML, in one language, with the app's real catalogs; tags removed for reading. */
function render(officeType: OfficeTypeResult, language: Language, framework: Framework | null = FRAMEWORK): string {
  const i18n = i18next.createInstance();
  void i18n.use(initReactI18next).init({
    resources: Object.fromEntries(Object.entries(catalogs).map(([lng, catalog]) => [lng, { translation: catalog }])),
    lng: language,
    fallbackLng: 'en',
    initAsync: false,
    interpolation: { escapeValue: false },
  });
  const html = renderToStaticMarkup(
    <I18nextProvider i18n={i18n}>
      <OfficeTypeDetails result={officeType} framework={framework} />
    </I18nextProvider>,
  );
  return html.replace(/<[^>]+>/g, ' ').replace(/&#x27;/g, "'").replace(/\s+/g, ' ');
}

const regionalOffice: Answers = {
  'P1.1': { state: 'answered', value: 'regional_office' },
  'P1.2': { state: 'answered', value: 'country_office' },
  'P2.1': { state: 'answered', value: ['KEN', 'UGA', 'TZA', 'RWA', 'BDI'].map((code, index) => ({ code, resident: index === 0 })) },
  'P3.5': { state: 'answered', value: 80 },
  'P4.6': { state: 'answered', value: 12_000_000 },
  'P4.7': { state: 'answered', value: 2_600_000 },
};

describe('OfficeTypeDetails', () => {
  it('shows the suggested tier, every rule with its numbers and state, the review flags and the differences', () => {
    const text = render(result(regionalOffice, { ldc: false, sids: false, fragile: true }), 'en');
    expect(text).toContain('Tier the data supports Subregional office');
    expect(text).toContain('Rule 1: subregional office Applies');
    expect(text).toContain('Met Countries covered: 5; at least 4 needed');
    expect(text).toContain('Met Portfolio $12,000,000; at least $10,000,000 needed');
    expect(text).toContain('Rule 2: country office Does not apply');
    expect(text).toContain('Not met Countries covered: 5; at most 3 allowed');
    expect(text).toContain('Met Delivery in the host country $2,600,000 a year; at least $2,000,000 needed');
    expect(text).toContain('Rule 3: non-resident coverage from a subregional office Does not apply');
    expect(text).toContain('Needs review by a person');
    expect(text).toContain('The office works in a fragile or conflict-affected context.');
    expect(text).toContain('The host country pays 80% of local running costs (75% or more).');
    expect(text).toContain('Current tier (P1.1) Regional office (under the two-tier model: Subregional office) Same as the suggestion');
    expect(text).toContain('Proposed tier (P1.2) Country office Differs from the suggestion');
    expect(text).toContain('the fixed portfolio threshold was used');
  });

  it('says how many offices the portfolio was ranked against, with the cut-off', () => {
    const { 'P3.5': _share, ...withoutShare } = regionalOffice;
    const text = render(result(withoutShare, { ldc: false, sids: false, fragile: false }, [40_000_000, 20_000_000, 1_000_000]), 'en');
    expect(text).toContain('Not met Portfolio $12,000,000 ranks 3 of 4 offices compared; the top third reaches rank 2 ($20,000,000)');
    expect(text).toContain('Tier the data supports Non-resident coverage from a subregional office');
    expect(text).toContain('(their latest revisions): 3.');
    expect(text).not.toContain('Needs review by a person');
  });

  it('names the missing indicators by id and title when no tier can be suggested', () => {
    const text = render(result({ 'P2.1': regionalOffice['P2.1']! }, { ldc: true, sids: false, fragile: false }), 'en');
    expect(text).toContain('No suggestion yet: answers that decide it are missing.');
    expect(text).toContain('P4.6 Active portfolio, 3-year average (US$)');
    expect(text).toContain('Unknown P4.6 Active portfolio, 3-year average (US$) has no usable answer');
    expect(text).toContain('Rule 1: subregional office Undecided');
    expect(text).toContain('Current tier (P1.1) Not answered Cannot be compared yet');
    expect(text).toContain('The host country is a least developed country (UN list).');
  });

  it('is written in the reader’s language (Arabic, French)', () => {
    const officeType = result(regionalOffice, { ldc: false, sids: true, fragile: false });
    const arabic = render(officeType, 'ar');
    expect(arabic).toContain('مكتب دون إقليمي');
    expect(arabic).toContain('القاعدة 2: مكتب قطري');
    expect(arabic).toContain('الدول الجزرية الصغيرة النامية');
    const french = render(officeType, 'fr');
    expect(french).toContain('Règle 1 : bureau sous-régional S’applique');
    expect(french).toContain('12 000 000 $US');
  });
});
