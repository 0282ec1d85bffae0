import {
  OPERATION_NAMES,
  type FieldscoreApi,
  type FieldscoreTransport,
  type OperationName,
} from '../../shared/api/contract';
import { ApiError } from './api-error';
import { asApiResult } from './api-result';

/**
 * The renderer's one client: the same typed functions whatever the transport (Electron preload
 * or HTTP bridge), unwrapping the envelope so callers get the value or an ApiError.
 */
export function createApi(transport: FieldscoreTransport): FieldscoreApi {
  const api: Partial<Record<OperationName, (request: unknown) => Promise<unknown>>> = {};
  for (const name of OPERATION_NAMES) {
    api[name] = async (request: unknown) => {
      const call = transport[name] as (request: unknown) => Promise<unknown>;
      let answer: unknown;
      try {
        answer = await call(request);
      } catch {
        // A transport that throws (IPC torn down, preload bug) is a broken connection, not a user error.
        throw new ApiError({ code: 'internal', messageKey: 'errors.backend_unreachable' });
      }
      const result = asApiResult(answer);
      if (result === null) throw new ApiError({ code: 'internal', messageKey: 'errors.internal' });
      if (!result.ok) throw new ApiError(result.error);
      return result.value;
    };
  }
  return api as FieldscoreApi;
}
