import { z } from 'zod';
import type { ApiResult } from './app-error';
import type { AssessmentDocument, AssessmentStatus } from '../assessment/assessment-document';
import type { FrameworkRef } from '../framework/framework-schema';
import { LANGUAGES, type Language } from '../i18n/languages';
import {
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
    assessor: z.string().trim().max(200).optional(),
    /** Framework id; the default framework when absent. */
    frameworkId: z.string().max(64).optional(),
  })
  .strict();
export type CreateAssessmentRequest = z.input<typeof createAssessmentRequest>;

export const contract = {
  'app.status': operation<AppStatus>()(empty),
  'settings.get': operation<Settings>()(empty),
  'settings.update': operation<Settings>()(z.object({ language: z.enum(LANGUAGES) }).strict()),
  /** Replace the damaged database with a backup. The damaged file is kept beside it, renamed. */
  'recovery.restoreBackup': operation<AppStatus>()(
    z.object({ file: z.string().regex(/^[A-Za-z0-9._-]+\.sqlite$/, 'not a backup file name') }).strict(),
  ),
  'frameworks.list': operation<FrameworkSummary[]>()(empty),
  'assessments.list': operation<AssessmentSummary[]>()(empty),
  'assessments.create': operation<AssessmentSummary>()(createAssessmentRequest),
  'assessments.get': operation<AssessmentDocument>()(idRequest),
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
