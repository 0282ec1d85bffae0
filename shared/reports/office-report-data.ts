import type { AssessmentDocument } from '../assessment/assessment-document';
import type { Framework, Indicator, LocalizedText } from '../framework/framework-schema';
import type { Language } from '../i18n/languages';
import type { AssessmentScore } from '../scoring/assessment-score';
import type { HostFlags } from '../typology/typology-input';
import type { OfficeTypeRecommendation } from '../typology/recommend-office-type';
import type { Change } from '../picture/picture-types';
import type { Distribution, OFFICE_REPORT_DATA_SCHEMA } from './office-report-constants';

export { DEFAULT_OFFICE_REPORT_DISTRIBUTION, DISTRIBUTIONS, OFFICE_REPORT_DATA_SCHEMA } from './office-report-constants';
export type { Distribution } from './office-report-constants';
/** The zod schema the report page checks the data with (report-input.ts imports it from here). */
export { officeReportDataSchema } from './office-report-schema';

/** An indicator as the report needs it: titles, how its value reads (unit, options, scale labels), rule, weight. */
export type ReportIndicator = Omit<Indicator, 'guidance' | 'source'>;

export interface ReportPerspective {
  id: string;
  title: LocalizedText;
  weight: number;
  indicators: ReportIndicator[];
}

/** The framework's labels in all its languages, and the numbers the score is explained by. */
export interface ReportFramework {
  id: string;
  version: string;
  hash: string;
  title: LocalizedText;
  languages: Language[];
  bands: Framework['bands'];
  minCoverage: number;
  perspectives: ReportPerspective[];
}

/** One evidence file: what it is, never its bytes. The type is the one detected from the content. */
export interface ReportEvidenceFile {
  fileName: string;
  mediaType: string;
  sizeBytes: number;
}

export interface ReportEvidence {
  indicatorId: string;
  files: ReportEvidenceFile[];
}

/** A covered country (the framework's country-list indicator, P2.1), host first, then as the office listed them. */
export interface ReportCountry {
  code: string;
  resident: boolean;
  host: boolean;
}

/**
 * A score's change since the previous cycle, as the hub's picture computes it (shared/picture/
 * change.ts: up, down, unchanged on the one-decimal scores; not_comparable when either score is
 * missing, or the previous framework had no such perspective), with the score it changed to.
 */
export interface ReportChange extends Change {
  current: number | null;
}

export interface ReportPreviousCycle {
  assessmentId: string;
  cycle: number;
  revision: number;
  submittedAt?: string;
  framework: { id: string; version: string };
  overall: ReportChange;
  /** In the order of this cycle's framework. */
  perspectives: Array<{ perspectiveId: string; change: ReportChange }>;
}

/** The hub's review of this revision (the review loop, shared/reviews): status and comments per indicator. */
export interface ReportReview {
  status: 'received' | 'accepted' | 'returned';
  hubName?: string;
  decidedBy?: string;
  decidedAt?: string;
  comments: Array<{ indicatorId: string; text: string }>;
}

export interface ReportMasthead {
  /** shared/reports/document-symbol.ts: the same in every language. */
  symbol: string;
  distribution: Distribution;
  /** The revision's submission day (UTC), YYYY-MM-DD: the date of the document, whenever it is printed. */
  date: string;
  officeName: string;
  officeCode?: string;
  cycle: number;
  revision: number;
  frameworkId: string;
  frameworkVersion: string;
}

/**
 * Everything the office assessment report prints, and nothing the page must compute
 * (docs/reports.md, "The office report"). Built by shared/reports/build-office-report-data.ts
 * from one verified package — a package file, a package a hub holds, or the package this
 * installation signs for its own submitted revision — so a report printed anywhere from the
 * same package is the same document. Plain JSON: it crosses IPC and the print page as it is.
 */
export interface OfficeReportData {
  schema: typeof OFFICE_REPORT_DATA_SCHEMA;
  masthead: ReportMasthead;
  /** The assessment as signed: profile, cycle, revision, assessor, submittedAt, answers. */
  document: AssessmentDocument;
  framework: ReportFramework;
  /** The engine's score of the answers with this framework (docs/scoring.md). */
  score: AssessmentScore;
  /** What the office's own data supports, against the absolute thresholds (no comparison set). */
  officeType: { recommendation: OfficeTypeRecommendation; hostFlags: HostFlags };
  countries: ReportCountry[];
  /** Indicators with evidence, in framework order. */
  evidence: ReportEvidence[];
  package: {
    /** The signer's key fingerprint (shared/packages/fingerprint.ts), six groups of four. */
    signerFingerprint: string;
    /** SHA-256 (hex) of the package's ZIP (of the decrypted ZIP for an encrypted file). */
    sha256: string;
    /** The name the package is exported under (shared/packages/package-format.ts). */
    fileName: string;
  };
  /** null: no previous cycle is known where the report is built. */
  previousCycle: ReportPreviousCycle | null;
  /** null: the hub has not reviewed this revision (or the review is not known here). */
  review: ReportReview | null;
}
