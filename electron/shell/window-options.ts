import type { BrowserWindowConstructorOptions, WebPreferences } from 'electron';

/**
 * What every window of the app runs with, since each renders imported data: no Node, its own
 * JavaScript world, an OS-sandboxed process, no webviews, no insecure content.
 */
export function isolatedWebPreferences(): WebPreferences {
  return {
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    experimentalFeatures: false,
    navigateOnDragDrop: false,
    // Chromium's spellchecker downloads dictionaries from a Google CDN: no network calls from a field laptop.
    spellcheck: false,
  };
}

/**
 * The renderer is untrusted (it renders imported files): isolated as every window, and only the
 * preload's typed functions to reach the backend.
 */
export function secureWebPreferences(preloadPath: string, devTools: boolean): WebPreferences {
  return {
    ...isolatedWebPreferences(),
    preload: preloadPath,
    safeDialogs: true,
    // Electron's only plugin is Chromium's built-in PDF viewer (no third-party plugins load): the
    // hub's evidence viewer shows a package's PDF in it, in a frame. The CSP keeps object-src
    // 'none', so a page can still not embed a plugin with <object> or <embed>.
    plugins: true,
    devTools,
  };
}

export function mainWindowOptions(preloadPath: string, devTools: boolean): BrowserWindowConstructorOptions {
  return {
    title: 'Fieldscore',
    width: 1280,
    height: 860,
    minWidth: 800,
    minHeight: 560,
    // Shown on ready-to-show, so a slow laptop does not flash an empty window.
    show: false,
    // The menu only holds standard role items; keep its English labels out of a localised UI (Alt shows it).
    autoHideMenuBar: true,
    webPreferences: secureWebPreferences(preloadPath, devTools),
  };
}
