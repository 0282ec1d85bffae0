import type { MenuItemConstructorOptions } from 'electron';

/**
 * Standard role items only: they carry the editing and zoom shortcuts (on macOS copy/paste
 * need an Edit menu at all) and need no strings of ours. Electron supplies their labels.
 */
export function applicationMenuTemplate(platform: NodeJS.Platform, devTools: boolean): MenuItemConstructorOptions[] {
  const view: MenuItemConstructorOptions[] = [
    { role: 'resetZoom' },
    { role: 'zoomIn' },
    { role: 'zoomOut' },
    { type: 'separator' },
    { role: 'togglefullscreen' },
    ...(devTools ? [{ type: 'separator' } as const, { role: 'toggleDevTools' } as const] : []),
  ];
  return [
    ...(platform === 'darwin' ? [{ role: 'appMenu' } as const] : []),
    { role: 'editMenu' },
    { role: 'viewMenu', submenu: view },
    { role: 'windowMenu' },
  ];
}
