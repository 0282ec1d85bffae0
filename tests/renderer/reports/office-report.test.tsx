// The office report's content rendered to markup (no browser): every section in the six
// languages with no key left untranslated, and the cases the printed tests' data never has —
// a perspective and the total with insufficient data, no suggestion, no countries, no previous
// cycle, a review accepted without comments. Built from the example package's real data.
import path from 'node:path';
import { renderToStaticMarkup } from 'react-dom/server';
import { beforeAll, describe, expect, it } from 'vitest';
import { readCountryGroups } from '../../../electron/geo/country-groups';
import { readPackageFile } from '../../../electron/packages/package-reader';
import { officeReportDataOfPackage } from '../../../electron/reports/office-report-data';
import { OfficeReport } from '../../../renderer/reports/office-report/office-report';
import { ReportContext } from '../../../renderer/reports/report-context';
import { reportTranslation } from '../../../renderer/reports/report-i18n';
import { LANGUAGES, type Language } from '../../../shared/i18n/languages';
import { buildOfficeReportData } from '../../../shared/reports/build-office-report-data';
import { officeReportDataSchema, type OfficeReportData } from '../../../shared/reports/office-report-data';
import { scoreAssessment } from '../../../shared/scoring/score-assessment';

const ROOT = path.resolve(import.meta.dirname, '../../..');
let example: OfficeReportData;
let sparse: OfficeReportData;

function render(data: OfficeReportData, language: Language): string {
  const { t, dir } = reportTranslation(language);
  return renderToStaticMarkup(
    <ReportContext.Provider value={{ language, dir, paper: 'a4', t }}>
      <OfficeReport data={data} t={t} language={language} />
    </ReportContext.Provider>,
  );
}

/** The text of the markup, tags dropped and entities decoded, for phrase checks. */
const textOf = (html: string) =>
  html
    .replace(/<style>[\s\S]*?<\/style>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#x27;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');

beforeAll(async () => {
  const read = await readPackageFile(path.join(ROOT, 'docs/examples/KEN-RH_2025_r1.fieldscore'));
  if (!read.ok) throw new Error(read.reason.code);
  const groups = readCountryGroups(path.join(ROOT, 'resources'));
  example = officeReportDataOfPackage(read.package, groups, {
    previous: { document: { ...read.package.document, cycle: 2024, revision: 1 }, score: read.package.score },
  });
  // The same package with only three answers kept: little coverage, no countries, no suggestion.
  const { document, framework } = read.package;
  const kept = Object.fromEntries(Object.entries(document.answers).filter(([id]) => ['P1.1', 'P3.1', 'P3.2'].includes(id)));
  const thin = { ...document, answers: kept };
  sparse = buildOfficeReportData({
    document: thin,
    framework,
    score: scoreAssessment(framework, kept),
    evidence: [],
    signerFingerprint: read.package.signer.fingerprint,
    packageSha256: read.package.packageSha256,
    hostFlags: { ldc: false, sids: false, fragile: true },
    review: { status: 'accepted', decidedBy: 'Hana Hub', decidedAt: '2025-03-04T09:30:00.000Z', comments: [] },
  });
  expect(officeReportDataSchema.safeParse(sparse).success).toBe(true);
});

describe('the office report’s content', () => {
  it('renders in the six languages with every text translated', () => {
    for (const language of LANGUAGES) {
      for (const data of [example, sparse]) {
        const html = render(data, language);
        const untranslated = [...new Set(textOf(html).match(/\b(?:reports|editor|officeType|typology|twoTier|tier|region|coveredCountries|maps|charts)\.[a-zA-Z_.]+/g) ?? [])];
        expect({ language, untranslated }).toEqual({ language, untranslated: [] });
        expect(html).toContain(data.masthead.symbol);
        expect(html).toContain(data.package.signerFingerprint);
      }
    }
  });

  it('prints every section of a full report, and says what a sparse one lacks in words', () => {
    const full = textOf(render(example, 'en'));
    for (const phrase of ['Summary', 'Office type under the two-tier model', 'Indicators', 'Countries covered', 'Change since 2024', 'Unchanged, change 0']) {
      expect({ phrase, found: full.includes(phrase) }).toEqual({ phrase, found: true });
    }
    expect(full).not.toContain('Review by the hub');

    const thin = textOf(render(sparse, 'en'));
    expect(sparse.score.overall.score).toBeNull();
    expect(thin).toContain('Overall score — Insufficient data');
    expect(thin).toContain('No covered country is recorded in this assessment.');
    expect(thin).toContain('Tier the data supports: No suggestion yet');
    expect(thin).toContain('Needs review by a person');
    expect(thin).toContain('The office works in a fragile or conflict-affected context.');
    expect(thin).toContain('Accepted by the hub.');
    expect(thin).toContain('The hub made no comment.');
    expect(thin).toContain('Decided by Hana Hub on 4 March 2025 at 09:30 UTC.');
    expect(thin).not.toContain('Change since');
    expect(thin).toContain('Not answered');
  });

  it('sets codes apart in Arabic so that the bidi algorithm cannot reorder them', () => {
    const html = render(example, 'ar');
    expect(html).toContain(`\u2068${example.masthead.officeName} (${example.masthead.officeCode})\u2069`);
    expect(textOf(render(example, 'en'))).not.toMatch(/[\u2066-\u2069]/);
  });
});
