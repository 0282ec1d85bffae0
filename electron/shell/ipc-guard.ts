import type { BrowserWindow, IpcMainInvokeEvent } from 'electron';
import { isAppUrl } from './navigation-policy';

export type InvokeSender = Pick<IpcMainInvokeEvent, 'sender' | 'senderFrame'>;

/**
 * Only the main frame of the app's own window, showing the app's own page, may call the
 * backend: not a subframe, not another window, not a page it was somehow navigated to.
 */
export function isTrustedSender(event: InvokeSender, window: BrowserWindow | null): boolean {
  if (!window || window.isDestroyed()) return false;
  const contents = window.webContents;
  // Compared by id: the same web contents may reach us through more than one wrapper object.
  if (event.sender.id !== contents.id) return false;
  const frame = event.senderFrame;
  // null: the frame navigated away or was destroyed while the call was in flight.
  if (!frame || frame.parent !== null) return false;
  const main = contents.mainFrame;
  if (frame.processId !== main.processId || frame.routingId !== main.routingId) return false;
  return isAppUrl(frame.url);
}
