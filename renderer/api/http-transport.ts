import type { ApiResult } from '../../shared/api/app-error';
import { OPERATION_NAMES, type FieldscoreTransport, type OperationName } from '../../shared/api/contract';
import { asApiResult, failure } from './api-result';

/**
 * The browser transport: `POST <baseUrl>api/<operation>` with the session token, answering the
 * same envelope as IPC. Network failures and non-envelope answers become envelopes too, so the
 * screens handle one kind of error.
 */
export function httpTransport(baseUrl: string, token: string): FieldscoreTransport {
  const transport: Partial<Record<OperationName, (request: unknown) => Promise<ApiResult<unknown>>>> = {};
  for (const name of OPERATION_NAMES) {
    const url = new URL(`api/${encodeURIComponent(name)}`, baseUrl).toString();
    transport[name] = async (request: unknown) => {
      let response: Response;
      try {
        response = await fetch(url, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
          body: JSON.stringify(request ?? {}),
          cache: 'no-store',
        });
      } catch {
        return failure('internal', 'errors.backend_unreachable');
      }
      // Operations answer 200 whatever their outcome; 401/403 come from the bridge itself: a wrong or stale token.
      if (response.status === 401 || response.status === 403) return failure('forbidden', 'errors.session_expired');
      const envelope = asApiResult(await response.json().catch(() => null));
      return envelope ?? failure('internal', 'errors.backend_unreachable');
    };
  }
  return transport as FieldscoreTransport;
}
