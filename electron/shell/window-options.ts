import type { BrowserWindowConstructorOptions, WebPreferences } from 'electron';

/**
 * The renderer is untrusted (it renders imported files): no Node, its own JavaScript world,
 * an OS-sandboxed process, and only the preload's typed functions to reach the backend.
 */
export function secureWebPreferences(preloadPath: string, devTools: boolean): WebPreferences {
  return {
    preload: preloadPath,
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
    safeDialogs: true,
    // Chromium's spellchecker downloads dictionaries from a Google CDN: no network calls from a field laptop.
    spellcheck: false,
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
