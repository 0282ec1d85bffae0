import type { BrowserWindow, IpcMainInvokeEvent } from 'electron';
import { AppError, type ApiResult } from '../../shared/api/app-error';
import type { Backend } from '../backend/backend-types';
import { isTrustedSender } from './ipc-guard';

/** The listener for IPC_INVOKE_CHANNEL: sender check, then the backend's own validation of name and payload. */
export function createInvokeHandler(
  getBackend: () => Backend | null,
  getWindow: () => BrowserWindow | null,
): (event: IpcMainInvokeEvent, name: unknown, payload: unknown) => Promise<ApiResult<unknown>> {
  return async (event, name, payload) => {
    if (!isTrustedSender(event, getWindow())) {
      return { ok: false, error: new AppError('forbidden', 'caller is not the app window').data };
    }
    const backend = getBackend();
    // Only between before-quit and exit: the backend is closing.
    if (!backend) return { ok: false, error: new AppError('internal', 'backend is not open').data };
    return backend.dispatch(name, payload);
  };
}
