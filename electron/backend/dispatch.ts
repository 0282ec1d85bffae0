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

export function zodProblems(error: z.ZodError): FieldProblem[] {
  return error.issues.map((issue) => ({ path: issue.path.map(String).join('.'), message: issue.message }));
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
    const error = new AppError('invalid_request', `invalid request for ${name}`, { problems: zodProblems(parsed.error) });
    return { ok: false, error: error.data };
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
