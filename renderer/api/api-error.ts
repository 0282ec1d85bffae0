import type { AppErrorData } from '../../shared/api/app-error';

/** What every API call throws on failure: the backend's error data, so the UI can show its message key. */
export class ApiError extends Error {
  readonly data: AppErrorData;
  constructor(data: AppErrorData) {
    super(`${data.code}: ${data.messageKey}`);
    this.name = 'ApiError';
    this.data = data;
  }
}

/** Turns anything thrown by an API call into error data the screens can translate. */
export function errorDataOf(error: unknown): AppErrorData {
  if (error instanceof ApiError) return error.data;
  return { code: 'internal', messageKey: 'errors.internal' };
}
