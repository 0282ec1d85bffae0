/**
 * Errors that cross the API boundary. They carry a message key (translated by the renderer in
 * the user's language) rather than a sentence, plus parameters for the message and, for
 * invalid input, the list of problems by field.
 */
export const ERROR_CODES = [
  'invalid_request',
  'unknown_operation',
  'not_found',
  'conflict',
  'forbidden',
  'database_newer',
  'database_corrupt',
  'database_locked',
  'internal',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export interface FieldProblem {
  /** Dotted path of the offending field, e.g. "office.name". Empty for the whole payload. */
  path: string;
  /** A plain-English explanation, for logs and for tools without the catalog. */
  message: string;
}

export interface AppErrorData {
  code: ErrorCode;
  /** Key in the renderer's message catalog, e.g. "errors.not_found". */
  messageKey: string;
  params?: Record<string, string | number>;
  problems?: FieldProblem[];
}

export class AppError extends Error {
  readonly data: AppErrorData;
  constructor(code: ErrorCode, message: string, extra: Partial<Omit<AppErrorData, 'code'>> = {}) {
    super(message);
    this.name = 'AppError';
    this.data = { code, messageKey: extra.messageKey ?? `errors.${code}`, params: extra.params, problems: extra.problems };
  }
}

/** The envelope every operation returns over IPC and HTTP, so errors keep their code and key. */
export type ApiResult<T> = { ok: true; value: T } | { ok: false; error: AppErrorData };
