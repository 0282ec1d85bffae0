import type { CurrentTier, TwoTierOption } from '../../shared/office/office-profile';
import type { TYPOLOGY_MESSAGE_KEYS, TypologyParams } from '../../shared/typology/recommend-office-type';

/**
 * Every English string the `fieldscore` command prints. The CLI is for people working with
 * files (HQ staff, regional hubs, scripts); the app's six-language catalogs live in the renderer.
 */

export const USAGE = {
  main: `Usage: fieldscore <command> [options]

Commands:
  framework check <file.json|file.xlsx>           Validate a framework file
  framework export <id> --xlsx <out.xlsx>         Write a shipped framework as an Excel workbook
  score <assessment-file|package>                 Score an assessment
  validate <file|dir>…                            Verify assessment packages (signature, hashes, contents)
  export <assessment-id> --out <file>             Write the signed package of a submitted assessment
  demo <dir>                                      Write a realistic demo network of signed packages
  import <file|dir>… [--dry-run]                  Import packages and consolidated files into the hub's data folder
  consolidate <file|dir>… --out <file>            One signed consolidated file from packages and consolidated files
  report <file> --pdf <file>                      Print an office's or a region's report to PDF

Options:
  -h, --help                                      Show help (also: fieldscore <command> --help)

Exit codes: 0 success, 1 invalid input or failure, 2 wrong usage.`,
  framework: `Usage: fieldscore framework check <file.json|file.xlsx>
       fieldscore framework export <id> --xlsx <out.xlsx> [--version <x.y.z>]

Run "fieldscore framework check --help" or "fieldscore framework export --help" for details.`,
  frameworkCheck: `Usage: fieldscore framework check <file.json|file.xlsx>

Validates a framework, as JSON or as an Excel workbook (layout: docs/framework-format.md).
Valid: prints one line "OK <id> <version> <hash>" and exits 0.
Invalid: prints every problem, one per line with its location, and exits 1.`,
  frameworkExport: `Usage: fieldscore framework export <id> --xlsx <out.xlsx> [--version <x.y.z>]

Writes a framework shipped with Fieldscore (resources/frameworks) as an Excel workbook to edit.
Without --version, the highest version of <id> is written.`,
  score: `Usage: fieldscore score <assessment-file|package> [--json] [--framework <file>] [--fragile] [--passphrase-file <file>]

Scores an assessment document (JSON, schema fieldscore.assessment/1) against the framework it
was filled with: a shipped framework, or the one given with --framework (JSON or .xlsx). The
framework's id, version and content hash must match the assessment's. A package (.fieldscore)
is verified first (fieldscore validate) and scored with the framework it carries.

Options:
  --json              Print one JSON object (schema fieldscore.score-report/1) instead of tables
  --framework <file>  Use this framework file instead of the shipped ones
  --fragile           The office works in a fragile context (a review flag of the office-type
                      recommendation; no list of fragile contexts exists to look it up)
  --passphrase-file <file>  Decrypt an encrypted package with the passphrase on this file's first line`,
};

export const MESSAGES = {
  unknownCommand: (command: string) => `fieldscore: unknown command "${command}"`,
  noCommand: 'fieldscore: no command given',
  badArguments: (detail: string) => `fieldscore: ${detail}`,
  expectedOneFile: 'exactly one file is expected',
  expectedOneId: 'exactly one framework id is expected',
  xlsxRequired: 'the output file is required: --xlsx <out.xlsx>',
  expectedFiles: 'at least one file or folder is expected',
  expectedOneAssessmentId: 'exactly one assessment id is expected',
  outRequired: 'the output file is required: --out <file>',

  frameworkOk: (id: string, version: string, hash: string) => `OK ${id} ${version} ${hash}`,
  frameworkInvalid: (file: string, count: number) => `${file}: ${count} ${count === 1 ? 'problem' : 'problems'}; the framework is not valid`,

  noShippedFramework: (id: string, version: string | undefined, available: string) =>
    `no shipped framework "${id}"${version === undefined ? '' : ` version ${version}`}; shipped: ${available || 'none'}`,
  exported: (file: string, id: string, version: string) => `Wrote ${file} (${id} ${version})`,
  cannotWrite: (file: string, reason: string) => `cannot write ${file}: ${reason}`,

  assessmentUnreadable: (file: string, reason: string) => `cannot read ${file}: ${reason}`,
  assessmentInvalid: (file: string) => `${file} is not a valid assessment document:`,
  assessmentTooLarge: (file: string, megabytes: number) => `${file} is larger than ${megabytes} MB; assessment files are far smaller`,
  assessmentUnknownFormat: 'the file is not an assessment document (expected JSON with "schema": "fieldscore.assessment/1")',
  assessmentNotJson: (detail: string) => `the file is not JSON (${detail})`,
  frameworkFileInvalid: (file: string) => `the framework file ${file} is not valid:`,
  frameworkNotShipped: (id: string, version: string) =>
    `the assessment was made with framework ${id} ${version}, which is not shipped with this Fieldscore; pass it with --framework <file>`,
  frameworkMismatch: (expected: string, found: string) =>
    `the framework file is ${found}, but the assessment was made with ${expected}`,
  frameworkHashMismatch: (id: string, version: string, expected: string, found: string) =>
    `hash mismatch: the assessment was made with framework ${id} ${version} whose content hash is ${expected}, ` +
    `but the framework found hashes to ${found}; its content has changed since, so the scores would not be comparable`,
  countryGroupsUnreadable: (reason: string) => `cannot read the shipped country groups: ${reason}`,
  internalError: (detail: string) => `fieldscore: internal error: ${detail}`,
};

/** Words of the score report (text form). */
export const REPORT = {
  assessment: 'Assessment',
  framework: 'Framework',
  cycle: (cycle: number) => `cycle ${cycle}`,
  status: (status: string, revision: number) => `${status}, revision ${revision}`,
  perspective: 'Perspective',
  score: 'Score',
  band: 'Band',
  coverage: 'Coverage',
  weight: 'Weight',
  title: 'Title',
  overall: 'Overall',
  partial: (score: number) => `(partial ${score.toFixed(1)})`,
  bands: { green: 'green', amber: 'amber', red: 'red', insufficient_data: 'insufficient data' } as Record<string, string>,
  redHeading: 'Red indicators that need a written justification:',
  redNone: 'Red indicators that need a written justification: none',
  redLine: (id: string, score: number, title: string) => `  ${id}  ${score.toFixed(1)}  ${title}`,
  unknownAnswers: (ids: string) => `Answers for indicators the framework does not have (ignored): ${ids}`,
  invalidAnswers: (ids: string) => `Answers that do not fit their indicator (counted as blank): ${ids}`,
  recommendationHeading: 'Office-type recommendation (two-tier model; a recommendation, not a verdict)',
  suggested: (tier: string) => `  Suggested tier: ${tier}`,
  undecided: '  Suggested tier: undecided (inputs are missing)',
  needsReview: (reasons: string) => `  Needs review by a person: ${reasons}`,
  rule: (index: number, name: string, outcome: string) => `  Rule ${index} — ${name}: ${outcome}`,
  condition: (met: string, text: string) => `      [${met}] ${text}`,
  fired: { true: 'fires', false: 'does not fire', null: 'undecided' } as Record<string, string>,
  met: { true: 'yes', false: 'no ', null: ' ? ' } as Record<string, string>,
  current: (tier: string, equivalent: string, differs: string) => `  Current tier: ${tier} (two-tier equivalent: ${equivalent}); suggestion differs: ${differs}`,
  proposed: (tier: string, differs: string) => `  Proposed tier: ${tier}; suggestion differs: ${differs}`,
  missing: (list: string) => `  Missing inputs: ${list}`,
  unknown: 'unknown',
  yesNo: { true: 'yes', false: 'no', null: 'unknown' } as Record<string, string>,
};

function usd(amount: TypologyParams[string] | undefined): string {
  return typeof amount === 'number' ? `US$ ${amount.toLocaleString('en-US', { maximumFractionDigits: 2 })}` : `US$ ${String(amount)}`;
}

/** English for every office-type message key; the compiler insists on one per key. */
export const TYPOLOGY_TEXT: Record<(typeof TYPOLOGY_MESSAGE_KEYS)[number], (params: TypologyParams) => string> = {
  'typology.rule.subregional': () => 'subregional office',
  'typology.rule.country': () => 'country office',
  'typology.rule.non_resident': () => 'non-resident coverage from a subregional office',
  'typology.condition.missing': (p) => `${String(p.input)} is missing (indicator ${String(p.indicator)})`,
  'typology.condition.countries_at_least': (p) => `countries covered ${String(p.countries)} ≥ ${String(p.threshold)}`,
  'typology.condition.countries_at_most': (p) => `countries covered ${String(p.countries)} ≤ ${String(p.threshold)}`,
  'typology.condition.portfolio_top_third': (p) =>
    `portfolio ${usd(p.portfolio)} in the top third of ${String(p.offices)} offices (rank ${String(p.rank)}; cut-off ${usd(p.cutoff)} at rank ${String(p.cutoffRank)})`,
  'typology.condition.portfolio_at_least': (p) => `portfolio ${usd(p.portfolio)} ≥ ${usd(p.threshold)} (no comparison set)`,
  'typology.condition.host_delivery_at_least': (p) => `delivery in the host country ${usd(p.hostDelivery)} a year ≥ ${usd(p.threshold)}`,
  'typology.condition.no_other_rule': () => 'neither rule 1 nor rule 2 fires',
  'typology.review.ldc': () => 'the host country is a least developed country',
  'typology.review.sids': () => 'the host country is a small island developing state',
  'typology.review.fragile': () => 'fragile context',
  'typology.review.host_pays_most': (p) => `the host country pays ${String(p.share)} % of local costs (≥ ${String(p.threshold)} %)`,
};

const TIER_NAMES: Record<CurrentTier | TwoTierOption, string> = {
  regional_hub: 'regional hub',
  regional_office: 'regional office',
  country_office: 'country office',
  programme_office: 'programme office',
  desk: 'desk',
  subregional_office: 'subregional office',
  non_resident: 'non-resident coverage',
};

export function tierName(tier: string | null): string {
  if (tier === null) return REPORT.unknown;
  return Object.prototype.hasOwnProperty.call(TIER_NAMES, tier) ? TIER_NAMES[tier as keyof typeof TIER_NAMES] : tier;
}
