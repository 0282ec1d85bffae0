import { describe, expect, it } from 'vitest';
import { OPERATION_NAMES, type FieldscoreTransport } from '../../../shared/api/contract';
import { ApiError, errorDataOf } from '../../../renderer/api/api-error';
import { createApi } from '../../../renderer/api/create-api';

/** A transport whose every operation answers the same thing: enough to test the unwrapping rules. */
function answering(answer: () => Promise<unknown>): FieldscoreTransport {
  return Object.fromEntries(OPERATION_NAMES.map((name) => [name, answer])) as unknown as FieldscoreTransport;
}

describe('createApi', () => {
  it('has one function per contract operation', () => {
    const api = createApi(answering(async () => ({ ok: true, value: null })));
    expect(Object.keys(api).sort()).toEqual([...OPERATION_NAMES].sort());
  });

  it('returns the value of an ok envelope', async () => {
    const api = createApi(answering(async () => ({ ok: true, value: { language: 'ru' } })));
    await expect(api['settings.get']({})).resolves.toEqual({ language: 'ru' });
  });

  it('throws ApiError carrying the error data of a failed envelope', async () => {
    const error = { code: 'conflict', messageKey: 'errors.conflict', params: { revision: 3 } };
    const api = createApi(answering(async () => ({ ok: false, error })));
    const thrown = await api['assessments.list']({}).catch((caught: unknown) => caught);
    expect(thrown).toBeInstanceOf(ApiError);
    expect(errorDataOf(thrown)).toEqual(error);
  });

  it('refuses answers that are not envelopes, and unknown error codes', async () => {
    for (const answer of [null, 'ok', { value: 1 }, { ok: false, error: { code: 'teapot', messageKey: 'x' } }]) {
      const api = createApi(answering(async () => answer));
      const thrown = await api['app.status']({}).catch((caught: unknown) => caught);
      expect(errorDataOf(thrown)).toEqual({ code: 'internal', messageKey: 'errors.internal' });
    }
  });

  it('reports a transport that throws as an unreachable backend', async () => {
    const api = createApi(answering(async () => Promise.reject(new Error('IPC channel closed'))));
    const thrown = await api['app.status']({}).catch((caught: unknown) => caught);
    expect(errorDataOf(thrown)).toEqual({ code: 'internal', messageKey: 'errors.backend_unreachable' });
  });
});
