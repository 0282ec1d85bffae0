import { z } from 'zod';
import type { ApiResult } from './app-error';
import {
  conflictRequest,
  exportConsolidatedRequest,
  exportSpreadsheetRequest,
  hubImportRequest,
  hubPreviewRequest,
  keyDecisionRequest,
  registerKeyRequest,
  resolveConflictRequest,
  type HeldPackage,
  type HubConflict,
  type HubKey,
  type HubOffice,
  type ImportPreview,
} from './hub-contract';
import {
  exportReviewRequest,
  hubReviewRequest,
  importReviewRequest,
  reviewsOfAssessmentRequest,
  setHubReviewRequest,
  type HubReview,
  type ReceivedReview,
  type ReviewImportResult,
} from './review-contract';
import { hubAssessmentRequest, hubEvidenceRequest, type HubAssessmentView, type HubEvidenceFile } from './hub-office-contract';
import { pictureRequest, type SetPicture } from './picture-contract';
import { reportInputRequest, type ReportPdf } from './report-contract';
import type { ReportInput } from '../reports/report-input';
import { answerSchema } from '../assessment/answer';
import type { AssessmentDocument, AssessmentStatus } from '../assessment/assessment-document';
import { frameworkRefSchema, type Framework, type FrameworkRef } from '../framework/framework-schema';
import { LANGUAGES, type Language } from '../i18n/languages';
import type { AssessmentScore } from '../scoring/assessment-score';
import { fileNameText, lineText } from '../text/text-policy';
import type { OfficeTypeRecommendation } from '../typology/recommend-office-type';
import type { HostFlags } from '../typology/typology-input';
import {
  assessorSchema,
  cycleYearSchema,
  officeProfileSchema,
  type CurrentTier,
  type Region,
} from '../office/office-profile';

/**
 * The one API contract: every backend operation, by name, with the schema its request must
 * pass and the type of its response. The Electron preload, the browser bridge client and the
 * CLI all implement or call exactly this map; adding an operation means adding one entry here
 * and one handler in electron/backend/handlers (the compiler points at the rest).
 */
export interface Operation<Request extends z.ZodType, Response> {
  request: Request;
  /** Phantom: carries the response type only. */
  readonly response?: Response;
}

function operation<Response>() {
  return <Request extends z.ZodType>(request: Request): Operation<Request, Response> => ({ request });
}

const empty = z.object({}).strict();
const idRequest = z.object({ id: z.string().uuid() }).strict();

export interface BackupInfo {
  /** File name inside the data folder's backups/ directory (never a path). */
  file: string;
  createdAt: string;
  sizeBytes: number;
}

export type DatabaseState =
  | { state: 'ready'; schemaVersion: number }
  /** The database file failed to open or failed quick_check; it was left untouched. */
  | { state: 'corrupt'; detail: string; backups: BackupInfo[] }
  /** Written by a newer Fieldscore: refused, never modified. */
  | { state: 'newer_version'; fileVersion: number; supportedVersion: number };

export interface AppStatus {
  appVersion: string;
  /** "electron" in the desktop shell, "browser" behind the local HTTP bridge, "node" in tests and the CLI. */
  mode: 'electron' | 'browser' | 'node';
  dataDir: string;
  database: DatabaseState;
}

export interface Settings {
  language: Language;
}

export interface AssessmentSummary {
  id: string;
  officeName: string;
  officeCode?: string;
  currentTier: CurrentTier;
  region: Region;
  hostCountry: string;
  cycle: number;
  status: AssessmentStatus;
  revision: number;
  /** False for a submitted revision that has since been reopened as a newer draft. */
  latestRevision: boolean;
  previousRevisionId?: string;
  previousCycleId?: string;
  framework: FrameworkRef;
  createdAt: string;
  updatedAt: string;
}

export interface FrameworkSummary extends FrameworkRef {
  title: Partial<Record<Language, string>>;
  isDefault: boolean;
  installedAt: string;
}

export const createAssessmentRequest = z
  .object({
    office: officeProfileSchema,
    cycle: cycleYearSchema,
    assessor: assessorSchema.optional(),
    /** Framework id; the default framework when absent. */
    frameworkId: frameworkRefSchema.shape.id.optional(),
  })
  .strict();
export type CreateAssessmentRequest = z.input<typeof createAssessmentRequest>;

// ——— The field workflow (issue 4): answers, history, undo, lifecycle, evidence ———

/** Who made a change and what it touched, for the history views. */
export interface ChangeEntry {
  id: number;
  assessmentId: string;
  at: string;
  /** The assessor named on the assessment at the time (the person at the keyboard). */
  actor: string;
  /** "answer" changes carry the indicator; "profile" changes carry the field name (e.g. "office.name"). */
  kind: 'answer' | 'profile' | 'status' | 'evidence';
  indicatorId?: string;
  field?: string;
  action: 'edit' | 'undo' | 'redo' | 'submit' | 'reopen' | 'create' | 'add' | 'remove';
  before: unknown;
  after: unknown;
}

export interface UndoState {
  canUndo: boolean;
  canRedo: boolean;
}

export interface EditOutcome {
  /**
   * The entry recorded for this edit. An edit identical to the stored answer records nothing:
   * change is then the assessment's newest entry and savedAt that entry's time.
   */
  change: ChangeEntry;
  /** When the change was durably written (the transaction committed). */
  savedAt: string;
  undo: UndoState;
}

export interface UndoOutcome {
  /** The change that was reverted (undo) or re-applied (redo); null when there was nothing to do. */
  change: ChangeEntry | null;
  document: AssessmentDocument;
  undo: UndoState;
}

export interface SubmissionBlocker {
  indicatorId: string;
  /** "justification_required": red without a written justification; "invalid_value": a value that does not fit the input. */
  reason: 'justification_required' | 'invalid_value';
}

export interface EvidenceInfo {
  id: string;
  assessmentId: string;
  indicatorId: string;
  fileName: string;
  /** The type detected from the file's content, never from its name. */
  mediaType: string;
  sizeBytes: number;
  /** sha256 of the stored bytes, hex. */
  sha256: string;
  addedAt: string;
}

/** 10 MiB: evidence is proof (a scan, a report), not an archive; the limit keeps a database e-mailable. */
export const EVIDENCE_MAX_BYTES = 10 * 1024 * 1024;

/**
 * 10 MiB, for a framework file JSON or workbook alike: the shipped default is about 150 kB as
 * JSON and 55 kB as a workbook, so anything near the limit is not a scorecard.
 */
export const FRAMEWORK_MAX_BYTES = 10 * 1024 * 1024;

const assessmentIdField = z.string().uuid();
const indicatorIdField = lineText(64).min(1);

export const setAnswerRequest = z
  .object({
    assessmentId: assessmentIdField,
    indicatorId: indicatorIdField,
    /** null clears the answer back to blank. */
    answer: answerSchema.nullable(),
  })
  .strict();

/** The whole profile, replaced: an absent or blank office.code or assessor clears it. One undo step. */
export const updateProfileRequest = z
  .object({
    id: assessmentIdField,
    office: officeProfileSchema,
    cycle: cycleYearSchema,
    assessor: assessorSchema.optional(),
  })
  .strict();

export const addEvidenceRequest = z
  .object({
    assessmentId: assessmentIdField,
    indicatorId: indicatorIdField,
    fileName: fileNameText(255),
    /**
     * The file's bytes, base64. Its length, size and type are checked by the handler, not here,
     * so an oversized file gets errors.evidence_too_large rather than a generic invalid request.
     */
    dataBase64: z.string(),
  })
  .strict();

export const installFrameworkRequest = z
  .object({
    /** Shown in messages only; the format (JSON or .xlsx) is recognised from the content. */
    fileName: fileNameText(255),
    dataBase64: z.string().min(1),
  })
  .strict();

/** The office-type recommendation with what it was compared against (framework-v1.md, docs/scoring.md §typology). */
export interface OfficeTypeResult {
  recommendation: OfficeTypeRecommendation;
  hostFlags: HostFlags;
  /** How many other offices' portfolios formed the "top third" comparison (same region, latest revisions, same cycle); 0 = absolute threshold used. */
  comparedOffices: number;
}

export interface InstallationKeyInfo {
  /** keyFingerprint() of the public key: six groups of four base32 characters. */
  fingerprint: string;
  /** SPKI PEM, as a hub registers it. */
  publicKeyPem: string;
}

export interface ExportedPackage {
  /** The suggested name: <office code>_<cycle>_r<revision>.fieldscore (.age appended when encrypted). */
  fileName: string;
  dataBase64: string;
  sizeBytes: number;
  /** SHA-256 (hex) of the file's bytes. */
  sha256: string;
  encrypted: boolean;
  /** The signer's fingerprint, printed with the package. */
  fingerprint: string;
}

export interface PackageExportInfo {
  id: number;
  assessmentId: string;
  at: string;
  fileName: string;
  /** A path chosen in the save dialog, or "download" in the browser. */
  destination: string;
  sha256: string;
  sizeBytes: number;
  encrypted: boolean;
}

/** A revision as the hub shows it side by side: the document, its score and framework, its evidence list. */
export interface HubRevisionDetail {
  document: AssessmentDocument;
  framework: Framework;
  score: AssessmentScore;
  evidence: Omit<EvidenceInfo, 'assessmentId'>[];
  fingerprint: string;
  state: HubOffice['state'];
}

export interface HubConflictDetail {
  revisions: HubRevisionDetail[];
  ancestor?: HubRevisionDetail;
}

const exportPackageRequest = z
  .object({
    assessmentId: z.string().uuid(),
    /** Encrypts the package for the journey (age, scrypt). Used for this export only, never stored or logged. */
    passphrase: z.string().min(1).max(1024).optional(),
  })
  .strict();

const recordExportRequest = z
  .object({
    assessmentId: z.string().uuid(),
    fileName: z.string().min(1).max(255),
    destination: z.string().min(1).max(4096),
    sha256: z.string().regex(/^[0-9a-f]{64}$/),
    sizeBytes: z.number().int().min(1),
    encrypted: z.boolean(),
  })
  .strict();

export const contract = {
  'app.status': operation<AppStatus>()(empty),
  'settings.get': operation<Settings>()(empty),
  'settings.update': operation<Settings>()(z.object({ language: z.enum(LANGUAGES) }).strict()),
  /** Replace the damaged database with a backup. The damaged file is kept beside it, renamed. */
  'recovery.restoreBackup': operation<AppStatus>()(
    z.object({ file: z.string().regex(/^[A-Za-z0-9._-]+\.sqlite$/, 'not a backup file name') }).strict(),
  ),
  'frameworks.list': operation<FrameworkSummary[]>()(empty),
  /** The full framework document an assessment was made with (by content hash). */
  'frameworks.get': operation<Framework>()(z.object({ hash: frameworkRefSchema.shape.hash }).strict()),
  /** Installs a framework from a JSON or .xlsx file. One that does not validate is never installed: `invalid_request` with every problem located. */
  'frameworks.install': operation<FrameworkSummary>()(installFrameworkRequest),
  /** The framework as an .xlsx workbook for revision in Excel. */
  'frameworks.exportXlsx': operation<{ fileName: string; dataBase64: string }>()(
    z.object({ hash: frameworkRefSchema.shape.hash }).strict(),
  ),
  'assessments.list': operation<AssessmentSummary[]>()(empty),
  'assessments.create': operation<AssessmentSummary>()(createAssessmentRequest),
  'assessments.get': operation<AssessmentDocument>()(idRequest),
  'assessments.updateProfile': operation<AssessmentDocument>()(updateProfileRequest),
  /**
   * Draft → submitted (locked). Fails with `conflict`, messageKey errors.submission_blocked,
   * params.count, and one problem per SubmissionBlocker (path: indicator id, message: reason).
   */
  'assessments.submit': operation<AssessmentDocument>()(idRequest),
  /** A submitted assessment → a new draft revision with the same answers; the submitted one is kept. */
  'assessments.reopen': operation<AssessmentDocument>()(idRequest),
  /** A new draft for the next cycle, pre-filled from this one's answers (which stay linked as `previousCycleId`). */
  'assessments.startNextCycle': operation<AssessmentDocument>()(
    z.object({ fromId: z.string().uuid(), cycle: cycleYearSchema }).strict(),
  ),
  /** Every revision of the assessment's lineage, oldest first. */
  'assessments.revisions': operation<AssessmentSummary[]>()(idRequest),
  /** Which tier the data supports under the two-tier model, and why. A recommendation, not a verdict. */
  'assessments.officeType': operation<OfficeTypeResult>()(idRequest),
  'answers.set': operation<EditOutcome>()(setAnswerRequest),
  'edits.undo': operation<UndoOutcome>()(z.object({ assessmentId: z.string().uuid() }).strict()),
  'edits.redo': operation<UndoOutcome>()(z.object({ assessmentId: z.string().uuid() }).strict()),
  'edits.state': operation<UndoState>()(z.object({ assessmentId: z.string().uuid() }).strict()),
  /** Newest first; one indicator's history when indicatorId is given. */
  'history.list': operation<ChangeEntry[]>()(
    z.object({ assessmentId: z.string().uuid(), indicatorId: indicatorIdField.optional() }).strict(),
  ),
  'evidence.add': operation<EvidenceInfo>()(addEvidenceRequest),
  'evidence.list': operation<EvidenceInfo[]>()(z.object({ assessmentId: z.string().uuid() }).strict()),
  'evidence.remove': operation<EvidenceInfo>()(idRequest),
  'evidence.read': operation<EvidenceInfo & { dataBase64: string }>()(idRequest),
  // ——— The assessment package (issue 7): docs/package-format.md ———
  /** This installation's signing key: its fingerprint (read out over the phone) and public key file. */
  'packages.installationKey': operation<InstallationKeyInfo>()(empty),
  /**
   * A signed package of a submitted revision, optionally encrypted with a passphrase (never
   * stored). Fails with conflict packages.errors.not_submitted or packages.errors.office_code_required.
   */
  'packages.export': operation<ExportedPackage>()(exportPackageRequest),
  /** Records where the package went (a path from the save dialog, or "download"), for the overview. */
  'packages.recordExport': operation<PackageExportInfo>()(recordExportRequest),
  /** Exports of one assessment, newest first. */
  'packages.exports': operation<PackageExportInfo[]>()(z.object({ assessmentId: z.string().uuid() }).strict()),
  // ——— The regional hub (issue 8): docs/consolidation.md ———
  /** Verifies a file and says what importing it would do. Nothing is written (the dry run). */
  'hub.preview': operation<ImportPreview>()(hubPreviewRequest),
  /** Imports one file: all of it in one transaction, or nothing; returns what was done. */
  'hub.import': operation<ImportPreview>()(hubImportRequest),
  /** The packages held, newest first per office and cycle, with their state. */
  'hub.offices': operation<HubOffice[]>()(empty),
  /** The trust list: every office key with who decided and when, and the packages held back for a decision. */
  'hub.keys': operation<{ keys: HubKey[]; held: HeldPackage[] }>()(empty),
  'hub.keys.register': operation<HubKey>()(registerKeyRequest),
  /** Trusts a new key of an office (a replaced laptop) and imports what was held back for it. */
  'hub.keys.accept': operation<ImportPreview[]>()(keyDecisionRequest),
  /** Refuses a key; what was held back for it is discarded. */
  'hub.keys.reject': operation<HubKey>()(keyDecisionRequest),
  /** A key no longer trusted from now on (a lost laptop); what it signed before stays. */
  'hub.keys.revoke': operation<HubKey>()(keyDecisionRequest),
  'hub.conflicts': operation<HubConflict[]>()(empty),
  /** The diverged revisions of one office and cycle, whole, with their common ancestor when held. */
  'hub.conflict': operation<HubConflictDetail>()(conflictRequest),
  'hub.conflicts.resolve': operation<HubConflict[]>()(resolveConflictRequest),
  /** The consolidated file of the set — current revisions, decisions, trust list — signed by this installation. */
  'hub.exportConsolidated': operation<ExportedPackage>()(exportConsolidatedRequest),
  /** The set as a spreadsheet: one .xlsx (offices and columns sheets), or two CSV files (data and columns). */
  'hub.exportSpreadsheet': operation<{ files: { fileName: string; dataBase64: string }[] }>()(exportSpreadsheetRequest),
  /** The hub's picture of its offices for a scope and cycle: rows, benchmarks, distributions, office types, coverage, trend (docs/hub-picture.md). */
  'hub.picture': operation<SetPicture>()(pictureRequest),
  // ——— The review loop (issue 9): docs/review-format.md, docs/consolidation.md "Reviews" ———
  /** The review status of a held revision (received, accepted, returned), its latest decision and every decision before. */
  'hub.review': operation<HubReview>()(hubReviewRequest),
  /** Records a decision on an office's current revision: returned needs at least one comment; every decision is kept. */
  'hub.review.set': operation<HubReview>()(setHubReviewRequest),
  /** The signed review file of the revision's latest decision, for the office. */
  'hub.review.export': operation<{ fileName: string; dataBase64: string }>()(exportReviewRequest),
  /** Office side: imports a hub's review file about one of this installation's submitted revisions (refusals come back as a result with their reason). */
  'reviews.import': operation<ReviewImportResult>()(importReviewRequest),
  /** The reviews that apply to an assessment: of itself and of the revision it reopened; newest first. */
  'reviews.ofAssessment': operation<ReceivedReview[]>()(reviewsOfAssessmentRequest),
  // ——— The hub's drill-down (issue 9): one held revision, read-only ———
  /** A held revision whole, read again from its stored package: answers, score, history, evidence list, provenance, office type. */
  'hub.assessment': operation<HubAssessmentView>()(hubAssessmentRequest),
  /** One evidence file of a held revision by its SHA-256, with the type detected from its bytes; a file the package does not list is refused. */
  'hub.evidence': operation<HubEvidenceFile>()(hubEvidenceRequest),
  // ——— Printed reports (issue 10): docs/reports.md ———
  /** What the report page renders: the report's data, computed here, with its language and paper. */
  'reports.input': operation<ReportInput>()(reportInputRequest),
  /** The same report printed to PDF through Chromium (browser mode; the desktop app prints with Electron). */
  'reports.pdf': operation<ReportPdf>()(reportInputRequest),
} as const;

export type Contract = typeof contract;
export type OperationName = keyof Contract;
export type RequestOf<Name extends OperationName> = z.input<Contract[Name]['request']>;
export type ParsedRequestOf<Name extends OperationName> = z.output<Contract[Name]['request']>;
export type ResponseOf<Name extends OperationName> =
  Contract[Name] extends Operation<z.ZodType, infer Response> ? Response : never;

/** What the renderer sees: one async function per operation, whatever the transport. */
export type FieldscoreApi = {
  [Name in OperationName]: (request: RequestOf<Name>) => Promise<ResponseOf<Name>>;
};

export const OPERATION_NAMES = Object.keys(contract) as OperationName[];

export function isOperationName(value: unknown): value is OperationName {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(contract, value);
}

/**
 * What a transport provides (the Electron preload's `window.fieldscore`, the HTTP bridge
 * client): the same functions, returning the envelope so errors keep their code and key.
 * renderer/api turns it into a FieldscoreApi that throws ApiError.
 */
export type FieldscoreTransport = {
  [Name in OperationName]: (request: RequestOf<Name>) => Promise<ApiResult<ResponseOf<Name>>>;
};
