// The regional report's content rendered to markup (no browser): every section in the six
// languages with no key left untranslated, on the demo network's real data; and the cases the
// printed tests' data never has — a region, a first cycle, an office without an overall score, a
// perspective its framework lacks, a merged office, no country left uncovered, the hub's store as
// the source — each still accepted by the page's check. The ranking's pages and the office lines'
// parts are checked on their own.
import path from 'node:path';
import { renderToStaticMarkup } from 'react-dom/server';
import { beforeAll, describe, expect, it } from 'vitest';
import { readCountryGroups } from '../../../electron/geo/country-groups';
import { regionalReportDataOfConsolidated } from '../../../electron/reports/regional-report-data';
import { rankItems } from '../../../renderer/charts/ranked-bars';
import { regionalFormats } from '../../../renderer/reports/regional-report/regional-format';
import { extremes, officeLineParts } from '../../../renderer/reports/regional-report/regional-offices';
import { RANKING_COLUMNS, RANKING_ROWS_PER_COLUMN, rankingPages } from '../../../renderer/reports/regional-report/regional-rankings';
import { RegionalReport } from '../../../renderer/reports/regional-report/regional-report';
import { ReportContext } from '../../../renderer/reports/report-context';
import { reportTranslation } from '../../../renderer/reports/report-i18n';
import { LANGUAGES, type Language } from '../../../shared/i18n/languages';
import { REGIONAL_REPORT_ERROR_KEYS, type RegionalReportData } from '../../../shared/reports/regional-report-data';
import { checkReportInput } from '../../../shared/reports/report-input';
import { catalogs } from '../../../renderer/i18n/catalogs';
import { demoSet } from '../../electron/reports/fixtures/regional-demo-set';

const ROOT = path.resolve(import.meta.dirname, '../../..');
let network: RegionalReportData;
let africa2024: RegionalReportData;
let edge: RegionalReportData;

function render(data: RegionalReportData, language: Language): string {
  const { t, dir } = reportTranslation(language);
  return renderToStaticMarkup(
    <ReportContext.Provider value={{ language, dir, paper: 'a4', t }}>
      <RegionalReport data={data} t={t} language={language} />
    </ReportContext.Provider>,
  );
}

/** The text of the markup: styles, <title> and <desc> of the charts kept (they are what a screen reader says), tags dropped, entities decoded. */
const textOf = (html: string) =>
  html
    .replace(/<style>[\s\S]*?<\/style>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#x27;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');

const valid = (data: RegionalReportData) => checkReportInput(JSON.parse(JSON.stringify({ kind: 'regional', language: 'en', paper: 'a4', data })));

beforeAll(async () => {
  const set = await demoSet(path.join(ROOT, 'resources'));
  const groups = readCountryGroups(path.join(ROOT, 'resources'));
  network = regionalReportDataOfConsolidated(set.consolidated, groups);
  africa2024 = regionalReportDataOfConsolidated(set.consolidated, groups, { region: 'africa', cycle: 2024 });
  // Africa 2024 changed where the demo never is: each change a case the report must say in words.
  edge = structuredClone(africa2024);
  edge.masthead.source = { kind: 'hub' };
  const [first, second, third] = edge.offices;
  first!.overall = { score: null, band: 'insufficient_data', coverage: 0.31 };
  second!.perspectives.P5 = null;
  third!.merged = true;
  edge.coverage.countries = edge.coverage.countries.filter((country) => country.status !== 'not_covered');
  edge.coverage.counts.not_covered = 0;
  expect(valid(edge)).toMatchObject({ ok: true });
}, 120_000);

describe('the regional report’s content', () => {
  it('renders in the six languages with every text translated, the symbol and every office code', () => {
    for (const language of LANGUAGES) {
      for (const data of [network, edge]) {
        const text = textOf(render(data, language));
        const untranslated = [...new Set(text.match(/\b(?:reports|editor|officeType|typology|twoTier|tier|region|maps|charts)\.[a-zA-Z_.]+/g) ?? [])];
        expect({ language, untranslated }).toEqual({ language, untranslated: [] });
        expect(text).not.toContain('{{');
        expect(text).toContain(data.masthead.symbol);
        expect(data.offices.filter((office) => !text.includes(office.officeCode)).map((office) => office.officeCode)).toEqual([]);
      }
    }
  });

  it('has a sentence in every language for the error it can return', () => {
    for (const language of LANGUAGES) {
      const text = REGIONAL_REPORT_ERROR_KEYS.empty.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)?.[part], catalogs[language]);
      expect({ language, ok: typeof text === 'string' && text.length > 20 }).toEqual({ language, ok: true });
    }
  });

  it('prints a region’s first cycle without changes, and its network median beside its own', () => {
    const text = textOf(render(africa2024, 'en'));
    expect(africa2024.masthead).toMatchObject({ symbol: 'FS/2024/REG.AFR', previousCycle: null });
    expect(text).toContain('Regional report: Africa, 2024');
    expect(text).toContain('None: first cycle held');
    expect(text).toContain('No previous cycle is held');
    expect(text).toContain('Network median');
    expect(text).not.toMatch(/Change since \d{4}/);
    // A region's table has no region column; the network's does.
    expect(render(africa2024, 'en')).not.toContain('regional-col-region');
    expect(render(network, 'en')).toContain('regional-col-region');
  });

  it('says in words what the data lacks: no overall score, a perspective not in the framework, a merge, no country uncovered, the hub’s store', () => {
    const text = textOf(render(edge, 'en'));
    const [first] = edge.offices;
    expect(text).toContain('Not in this office’s framework');
    expect(text).toContain('Merged from diverged revisions');
    expect(text).toContain('merged from diverged revisions');
    expect(text).toContain('no overall score (Insufficient data, 31% answered)');
    expect(text).toContain('Every country and area is covered by an office.');
    expect(text).toContain('The hub’s own store');
    expect(text).not.toContain('File SHA-256');
    // Without a score the office ranks last in every ranking that lacks one, with the reason.
    expect(rankItems(edge.offices.map((office) => ({ id: office.officeId, label: office.officeCode, score: office.overall.score, band: office.overall.band }))).at(-1)).toMatchObject({
      id: first!.officeId,
      rank: null,
    });
  });

  it('sets codes (left to right) and names (by their first letter) apart in Arabic sentences only', () => {
    const outlier = network.distributions.perspectives.P3!.outliers[0];
    expect(outlier).toBeDefined();
    const code = network.offices.find((office) => office.officeId === outlier)!.officeCode;
    const arabic = render(network, 'ar');
    expect(arabic).toContain(`\u2066${code}\u2069`);
    expect(arabic).toContain(`\u2068${network.offices[0]!.officeName}\u2069`);
    expect(textOf(render(network, 'en'))).not.toMatch(/[\u2066-\u2069]/);
  });
});

describe('the rankings’ pages', () => {
  const rows = (count: number) => rankItems(Array.from({ length: count }, (_, index) => ({ id: `o${index}`, label: `O-${index}`, score: 100 - index / 2, band: 'green' as const })));

  it('pages any number of offices in columns of 24, two columns a page, ranks running on', () => {
    expect([RANKING_ROWS_PER_COLUMN, RANKING_COLUMNS]).toEqual([24, 2]);
    expect(rankingPages(rows(48)).map((page) => page.map((column) => column.length))).toEqual([[24, 24]]);
    expect(rankingPages(rows(49)).map((page) => page.map((column) => column.length))).toEqual([[24, 24], [1]]);
    expect(rankingPages(rows(1)).map((page) => page.map((column) => column.length))).toEqual([[1]]);
    expect(rankingPages(rows(0))).toEqual([]);
    const paged = rankingPages(rows(100));
    expect(paged.map((page) => page.map((column) => column.length))).toEqual([[24, 24], [24, 24], [4]]);
    expect(paged.flat(2).map((row) => row.rank)).toEqual(Array.from({ length: 100 }, (_, index) => index + 1));
  });
});

describe('one line per office', () => {
  it('names the highest and lowest perspective, the first in framework order on a tie, and none with fewer than two scores', () => {
    const office = structuredClone(network.offices[0]!);
    const ids = network.perspectives.map((perspective) => perspective.id);
    for (const [index, id] of ids.entries()) office.perspectives[id] = { score: index === 2 ? 90 : 50, band: 'amber', coverage: 1 };
    expect(extremes(office, ids)).toEqual({ high: 'P3', low: 'P1' });
    for (const id of ids) office.perspectives[id] = { score: 70, band: 'amber', coverage: 1 };
    expect(extremes(office, ids)).toBeNull();
    for (const id of ids.slice(1)) office.perspectives[id] = null;
    expect(extremes(office, ids)).toBeNull();
  });

  it('says how the suggested tier differs, and the hub’s review status', () => {
    const { t } = reportTranslation('en');
    const formats = regionalFormats(network, t, 'en');
    const office = structuredClone(network.offices[0]!);
    office.recommendation = { ...office.recommendation, suggestedTier: 'country_office', differsFromCurrent: true, differsFromProposed: true, needsReview: false, reviewFlags: [] };
    office.review = 'returned';
    const parts = officeLineParts(office, network, formats);
    expect(parts).toContain('the data supports: Country office');
    expect(parts).toContain('differs from its current and proposed tiers');
    expect(parts.at(-1)).toBe('hub review: returned for revision');
    office.recommendation = { ...office.recommendation, suggestedTier: null, differsFromCurrent: null, differsFromProposed: false };
    expect(officeLineParts(office, network, formats)).toContain('no tier suggested yet');
    expect(officeLineParts(office, network, formats).some((part) => part.startsWith('differs'))).toBe(false);
  });
});
