import { ERROR_CODES, type ApiResult, type AppErrorData } from '../../shared/api/app-error';

/**
 * Checks that a transport's answer really is an ApiResult envelope. The renderer trusts its own
 * backend, but a wrong answer (a proxy page, an older bridge) must become a clear error, not a crash.
 */
export function asApiResult(value: unknown): ApiResult<unknown> | null {
  if (typeof value !== 'object' || value === null) return null;
  const candidate = value as { ok?: unknown; value?: unknown; error?: unknown };
  if (candidate.ok === true) return { ok: true, value: candidate.value };
  if (candidate.ok === false && isAppErrorData(candidate.error)) return { ok: false, error: candidate.error };
  return null;
}

function isAppErrorData(value: unknown): value is AppErrorData {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as { code?: unknown; messageKey?: unknown };
  return (
    typeof candidate.code === 'string' &&
    (ERROR_CODES as readonly string[]).includes(candidate.code) &&
    typeof candidate.messageKey === 'string'
  );
}

export function failure(code: AppErrorData['code'], messageKey: string): ApiResult<never> {
  return { ok: false, error: { code, messageKey } };
}
