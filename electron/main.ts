// The Electron main process: a thin shell around the plain-Node backend. Security decisions
// live in electron/shell/ as small modules with their own tests.
import path from 'node:path';
import { app, dialog, ipcMain, Menu, session, type BrowserWindow } from 'electron';
import { IPC_INVOKE_CHANNEL, IPC_PRINT_REPORT_CHANNEL, IPC_SAVE_FILE_CHANNEL } from '../shared/api/ipc-channel';
import type { Backend } from './backend/backend-types';
import { openBackend } from './backend/open-backend';
import { PRODUCT_NAME } from './bridge/default-data-dir';
import { applicationMenuTemplate } from './shell/application-menu';
import { registerAppScheme, serveAppProtocol } from './shell/app-protocol';
import { createInvokeHandler } from './shell/ipc-invoke-handler';
import { createMainWindow, focusWindow } from './shell/main-window';
import { denyAllPermissions } from './shell/permissions';
import { createPrintReportHandler } from './shell/print-report';
import { createSaveFileHandler } from './shell/save-file';
import { startupFailureMessage } from './shell/startup-failure';
import { guardWebContents } from './shell/web-contents-guard';

// package.json's name is lowercase; pin the product name and the userData folder so the
// desktop app and `npm run web` (electron/bridge/default-data-dir.ts) open the same database.
app.setName(PRODUCT_NAME);
app.setPath('userData', path.join(app.getPath('appData'), PRODUCT_NAME));
registerAppScheme();

let backend: Backend | null = null;
let mainWindow: BrowserWindow | null = null;

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

async function start(): Promise<void> {
  const devTools = !app.isPackaged;
  const dataDir = process.env.FIELDSCORE_DATA_DIR || app.getPath('userData');
  // Packaged, resources/ ships beside app.asar (extraResources in electron-builder.yml) so the
  // backend reads plain files; in development it is the repository's resources/.
  const resourcesDir = app.isPackaged
    ? path.join(process.resourcesPath, 'resources')
    : path.join(app.getAppPath(), 'resources');

  denyAllPermissions(session.defaultSession);
  serveAppProtocol(session.defaultSession, path.join(app.getAppPath(), 'dist', 'renderer'));
  Menu.setApplicationMenu(Menu.buildFromTemplate(applicationMenuTemplate(process.platform, devTools)));

  try {
    backend = await openBackend({ dataDir, resourcesDir, appVersion: app.getVersion(), mode: 'electron' });
  } catch (error) {
    dialog.showErrorBox(PRODUCT_NAME, startupFailureMessage(app.getLocale(), dataDir, describe(error)));
    app.exit(1);
    return;
  }
  // scripts/build.mjs writes the preload beside main.cjs; located like the renderer, from the app path.
  mainWindow = createMainWindow(path.join(app.getAppPath(), 'dist', 'electron', 'preload.cjs'), devTools);
  mainWindow.on('closed', () => {
    mainWindow = null;
  });
}

// One writer per database: a second launch focuses the first window and exits.
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => focusWindow(mainWindow));
  app.on('web-contents-created', (_event, contents) => guardWebContents(contents));
  app.on('window-all-closed', () => app.quit());
  app.on('before-quit', (event) => {
    if (!backend) return;
    // Hold the quit until the backend has taken its backup and released the lock, then quit again.
    event.preventDefault();
    const closing = backend;
    backend = null;
    closing
      .close()
      .catch((error: unknown) => console.error('fieldscore: closing the database failed', error))
      .finally(() => app.quit());
  });
  ipcMain.handle(IPC_INVOKE_CHANNEL, createInvokeHandler(() => backend, () => mainWindow));
  // The save dialog needs Electron, so it is the shell's, on a channel of its own.
  ipcMain.handle(IPC_SAVE_FILE_CHANNEL, createSaveFileHandler(() => mainWindow));
  // Printing a report needs Electron too: a hidden window of the report page, printToPDF or the print dialog.
  ipcMain.handle(IPC_PRINT_REPORT_CHANNEL, createPrintReportHandler(() => mainWindow, () => backend));
  app
    .whenReady()
    .then(start)
    .catch((error: unknown) => {
      dialog.showErrorBox(PRODUCT_NAME, describe(error));
      app.exit(1);
    });
}
