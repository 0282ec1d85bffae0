import type { TypologyParams } from '../../shared/typology/recommend-office-type';
import { TYPOLOGY_INDICATOR_IDS } from '../../shared/typology/typology-indicators';
import { TYPOLOGY_TEXT } from '../cli/cli-messages';
import type { MemberRow } from './set-member';
import type { CellValue } from './spreadsheet-cell';

/**
 * One column of a set's spreadsheet, as the "Columns" sheet (or file) describes it. Headers,
 * meanings and types are English: the spreadsheet is for analysts, and this backend module may
 * not import the renderer's six-language catalogs. `label` is the framework's own title of the
 * indicator or perspective, in the language asked for when the framework has it.
 */
export interface SetColumn {
  /** Stable, for scripts: `office.code`, `indicator.P2.3.value`, `perspective.P2.band`… */
  key: string;
  /** The header cell of the data sheet. */
  header: string;
  meaning: string;
  /** What a cell holds: number, text, boolean, and the unit. */
  type: string;
  label: string | null;
}

export interface ColumnDefinition extends SetColumn {
  cell(row: MemberRow): CellValue;
}

export const TEXT = 'text';
export const BOOLEAN = 'boolean: TRUE or FALSE';
const NUMBER_0_100 = 'number 0–100, one decimal';
const FRACTION = 'number 0–1, unrounded (the app shows it as a whole percent, rounded down)';

export function column(key: string, header: string, meaning: string, type: string, cell: (row: MemberRow) => CellValue, label: string | null = null): ColumnDefinition {
  return { key, header, meaning, type, label, cell };
}

/** The covered countries: the answer of the countries indicator the office-type rules read (P2.1), when valid. */
function coveredCountries(row: MemberRow): { code: string; resident: boolean }[] | null {
  const scored = row.indicators.get(TYPOLOGY_INDICATOR_IDS.countriesCovered);
  const input = row.inputs.get(TYPOLOGY_INDICATOR_IDS.countriesCovered);
  if (!scored || input?.input.type !== 'countries' || (scored.status !== 'scored' && scored.status !== 'context')) return null;
  return Array.isArray(scored.value) ? (scored.value as { code: string; resident: boolean }[]) : null;
}

export function profileColumns(): ColumnDefinition[] {
  const doc = (row: MemberRow) => row.member.document;
  return [
    column('office.id', 'Office id', "The office's stable identity, kept across renames, cycles and revisions.", 'text (UUID)', (row) => doc(row).officeId ?? null),
    column('office.code', 'Office code', 'The office code hubs match offices on.', TEXT, (row) => doc(row).office.code ?? null),
    column('office.name', 'Office name', 'The office name on its profile.', TEXT, (row) => doc(row).office.name),
    column('office.region', 'Region', 'UN region of the office.', 'text: africa, arab_states, asia_pacific, europe_central_asia or latin_america_caribbean', (row) => doc(row).office.region),
    column('office.current_tier', 'Current tier', 'Tier on the office profile (three-tier model).', 'text: regional_hub, regional_office, country_office, programme_office or desk', (row) => doc(row).office.currentTier),
    column('office.host_country', 'Host country', 'Host country of the office.', 'text: ISO 3166-1 alpha-3', (row) => doc(row).office.hostCountry),
    column('office.fragile_context', 'Fragile context', 'The office declares a fragile or conflict-affected context on its profile.', BOOLEAN, (row) => doc(row).office.fragileContext === true),
    column('assessment.id', 'Assessment id', 'The id of this revision of the assessment.', 'text (UUID)', (row) => doc(row).id),
    column('assessment.cycle', 'Cycle', 'Assessment cycle (year).', 'number (year)', (row) => doc(row).cycle),
    column('assessment.revision', 'Revision', 'Revision of the assessment within its cycle (1 = first submission; higher = reopened and submitted again).', 'number', (row) => doc(row).revision),
    column('assessment.status', 'Status', 'Status of the revision (a package always holds a submitted one).', 'text: submitted or draft', (row) => doc(row).status),
    column('assessment.submitted_at', 'Submitted at', 'When the revision was submitted, as the office recorded it.', 'text: ISO 8601 date and time', (row) => doc(row).submittedAt ?? null),
    column('assessment.assessor', 'Assessor', 'The person named as assessor.', TEXT, (row) => doc(row).assessor ?? null),
    column('framework.id', 'Framework id', 'The scorecard framework the assessment was filled with.', TEXT, (row) => doc(row).framework.id),
    column('framework.version', 'Framework version', 'Its version.', 'text: x.y.z', (row) => doc(row).framework.version),
    column('framework.hash', 'Framework hash', 'SHA-256 of the framework document: equal hashes, identical frameworks.', 'text: sha256:<64 hex>', (row) => doc(row).framework.hash),
    column('package.signer_fingerprint', 'Signer fingerprint', "Fingerprint of the key that signed the package; compare with the one the office reads out.", 'text: six groups of four', (row) => row.member.signerFingerprint),
    column('package.sha256', 'Package SHA-256', 'SHA-256 of the package file (of the decrypted ZIP when it came encrypted).', 'text: 64 hex', (row) => row.member.packageSha256),
    column('coverage.countries', 'Covered countries', `Number of countries the office covers (indicator ${TYPOLOGY_INDICATOR_IDS.countriesCovered}).`, 'number; blank when not answered', (row) => coveredCountries(row)?.length ?? null),
    column('coverage.country_codes', 'Covered country codes', 'The countries covered, (R) resident or (N) non-resident, in the order the office listed them.', 'text: ISO 3166-1 alpha-3 codes joined by ";", e.g. KEN(R);SOM(N)', (row) => {
      const countries = coveredCountries(row);
      return countries === null ? null : countries.map((country) => `${country.code}(${country.resident ? 'R' : 'N'})`).join(';');
    }),
  ];
}

function typologyText(messageKey: string, params: TypologyParams): string {
  const text = TYPOLOGY_TEXT[messageKey as keyof typeof TYPOLOGY_TEXT];
  return text ? text(params) : messageKey;
}

function hasFlag(row: MemberRow, flag: string): boolean {
  return row.recommendation.reviewFlags.some((raised) => raised.flag === flag);
}

export function summaryColumns(): ColumnDefinition[] {
  const overall = (row: MemberRow) => row.member.score.overall;
  const recommendation = (row: MemberRow) => row.recommendation;
  return [
    column('overall.score', 'Overall score', 'Weighted mean of the perspectives with enough data; blank when the total has insufficient data.', NUMBER_0_100, (row) => overall(row).score),
    column('overall.partial_score', 'Overall partial score', 'The same mean even when the total has insufficient data (explains the state, never the score); blank when no perspective has enough data.', NUMBER_0_100, (row) => overall(row).partialScore),
    column('overall.band', 'Overall band', 'Band of the overall score (aggregate bands).', 'text: green, amber, red or insufficient_data', (row) => overall(row).band),
    column('overall.coverage', 'Overall coverage', 'Weighted mean of the perspectives’ coverage: the share of the framework’s weight answered.', FRACTION, (row) => overall(row).coverage),
    column('red_without_justification', 'Red without justification', 'Red indicators that require a written justification and have none.', 'number', (row) => row.member.score.redWithoutJustification.length),
    column('recommendation.suggested_tier', 'Suggested tier', 'Office type the data support under the two-tier model: a recommendation, not a verdict.', 'text: subregional_office, country_office or non_resident; blank when missing inputs leave it undecided', (row) => recommendation(row).suggestedTier),
    column('recommendation.rules_fired', 'Rules fired', 'The office-type rule that fired, with the numbers it compared.', 'text; blank when missing inputs leave the rules undecided', (row) => {
      const fired = recommendation(row).rules.filter((rule) => rule.fired === true);
      if (fired.length === 0) return null;
      return fired.map((rule) => `${typologyText(rule.messageKey, {})}: ${rule.conditions.map((condition) => typologyText(condition.messageKey, condition.params)).join('; ')}`).join(' | ');
    }),
    column('recommendation.missing_inputs', 'Missing inputs', 'Inputs of the office-type rules that are not answered, with their indicator.', 'text: input (indicator) joined by "; "', (row) => {
      const missing = recommendation(row).missing;
      return missing.length === 0 ? null : missing.map((entry) => `${entry.input} (${entry.indicatorId})`).join('; ');
    }),
    column('recommendation.compared_offices', 'Compared offices', 'Other offices of the same region and cycle in this set, each by its latest revision, whose portfolio ranked this one (0: the absolute US$ 10,000,000 threshold applied).', 'number', (row) => row.comparedOffices),
    column('recommendation.differs_from_current', 'Differs from current tier', 'The suggestion differs from the two-tier equivalent of the current tier.', `${BOOLEAN}; blank when either is unknown`, (row) => recommendation(row).differsFromCurrent),
    column('recommendation.differs_from_proposed', 'Differs from proposed tier', 'The suggestion differs from the tier the office proposes.', `${BOOLEAN}; blank when either is unknown`, (row) => recommendation(row).differsFromProposed),
    column('review.needed', 'Needs review', 'A person must review the suggestion: at least one review flag is raised.', BOOLEAN, (row) => recommendation(row).needsReview),
    column('review.ldc', 'Review: LDC', 'The host country is a least developed country (UN M49 grouping shipped with Fieldscore).', BOOLEAN, (row) => hasFlag(row, 'ldc')),
    column('review.sids', 'Review: SIDS', 'The host country is a small island developing state.', BOOLEAN, (row) => hasFlag(row, 'sids')),
    column('review.fragile', 'Review: fragile', 'Fragile context, as declared by the office.', BOOLEAN, (row) => hasFlag(row, 'fragile')),
    column('review.host_pays_most', 'Review: host pays ≥ 75 %', 'The host country pays at least 75 % of local running costs.', BOOLEAN, (row) => hasFlag(row, 'host_pays_most')),
  ];
}
