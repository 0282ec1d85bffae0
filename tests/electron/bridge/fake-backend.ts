import type { ApiResult } from '../../../shared/api/app-error';
import type { Backend } from '../../../electron/backend/backend-types';

/** The other side of the bridge boundary, for HTTP-level checks (token, origin, host, limits). */
export interface FakeBackend extends Backend {
  calls: Array<{ name: unknown; payload: unknown }>;
  closed: boolean;
}

export function fakeBackend(): FakeBackend {
  const backend: FakeBackend = {
    calls: [],
    closed: false,
    async dispatch(name, payload): Promise<ApiResult<unknown>> {
      backend.calls.push({ name, payload });
      return { ok: true, value: { echo: name, payload: payload ?? null } };
    },
    async close() {
      backend.closed = true;
    },
  };
  return backend;
}
