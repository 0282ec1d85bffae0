import { BrowserWindow } from 'electron';
import { APP_ENTRY_URL } from './app-origin';
import { mainWindowOptions } from './window-options';

export function createMainWindow(preloadPath: string, devTools: boolean): BrowserWindow {
  const window = new BrowserWindow(mainWindowOptions(preloadPath, devTools));
  window.once('ready-to-show', () => window.show());
  window.loadURL(APP_ENTRY_URL).catch((error: unknown) => console.error('fieldscore: loading the window failed', error));
  return window;
}

/** A second launch brings the running window forward instead of opening a second writer. */
export function focusWindow(window: BrowserWindow | null): void {
  if (!window || window.isDestroyed()) return;
  if (window.isMinimized()) window.restore();
  window.show();
  window.focus();
}
