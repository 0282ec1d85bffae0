import type { z } from 'zod';
import { AppError, type ApiResult, type FieldProblem } from '../../shared/api/app-error';
import {
  contract,
  isOperationName,
  type OperationName,
  type ParsedRequestOf,
  type ResponseOf,
} from '../../shared/api/contract';

/** One handler per contract entry; `satisfies Handlers` makes a missing one a compile error. */
export type Handlers = {
  [Name in OperationName]: (request: ParsedRequestOf<Name>) => ResponseOf<Name> | Promise<ResponseOf<Name>>;
};

/**
 * An error lists at most this many problems, each text clipped: a payload with a million bad
 * or unknown keys must not come back as a million-entry (or, for one "unrecognized keys"
 * issue naming them all, a megabyte-long) error. The first problems are enough to correct a
 * request; the count of the rest travels as params.moreProblems.
 */
export const MAX_PROBLEMS_LISTED = 20;
export const MAX_PROBLEM_TEXT = 200;

function clip(text: string): string {
  return text.length > MAX_PROBLEM_TEXT ? `${text.slice(0, MAX_PROBLEM_TEXT - 1)}…` : text;
}

/** The first MAX_PROBLEMS_LISTED issues as problems, texts clipped to MAX_PROBLEM_TEXT. */
export function zodProblems(error: z.ZodError): FieldProblem[] {
  return error.issues
    .slice(0, MAX_PROBLEMS_LISTED)
    .map((issue) => ({ path: clip(issue.path.map(String).join('.')), message: clip(issue.message) }));
}

/** invalid_request for a payload the contract refused, with `moreProblems` when the list was cut. */
export function invalidRequest(name: string, error: z.ZodError): AppError {
  const problems = zodProblems(error);
  const more = error.issues.length - problems.length;
  return new AppError('invalid_request', `invalid request for ${name}`, {
    problems,
    params: more > 0 ? { moreProblems: more } : undefined,
  });
}

/**
 * The single entry for every transport (IPC, HTTP bridge, CLI, tests): the operation name and
 * payload are untrusted, so both are checked against the contract before a handler runs, and
 * every outcome comes back as an ApiResult envelope — never a thrown error across the boundary.
 */
export async function dispatch(
  handlers: Handlers,
  name: unknown,
  payload: unknown,
  log: (message: string, error: unknown) => void = (message, error) => console.error(message, error),
): Promise<ApiResult<unknown>> {
  if (!isOperationName(name)) {
    const error = new AppError('unknown_operation', 'unknown operation', { params: { name: String(name).slice(0, 80) } });
    return { ok: false, error: error.data };
  }
  const parsed = contract[name].request.safeParse(payload ?? {});
  if (!parsed.success) {
    return { ok: false, error: invalidRequest(name, parsed.error).data };
  }
  try {
    const handler = handlers[name] as (request: unknown) => unknown;
    const value = await handler(parsed.data);
    return { ok: true, value };
  } catch (error) {
    if (error instanceof AppError) return { ok: false, error: error.data };
    log(`fieldscore: operation ${name} failed`, error);
    return { ok: false, error: new AppError('internal', 'internal error').data };
  }
}
