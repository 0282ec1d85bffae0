import fs from 'node:fs';
import path from 'node:path';

/**
 * Where a Chromium to print reports with may be (the CLI and the browser mode; the desktop app
 * prints with its own Electron). In order: FIELDSCORE_CHROMIUM, then Chromium, Chrome and Edge
 * on the PATH, then the usual install folders of Windows and macOS. Chrome and Edge are
 * Chromium: they print the same PDFs (tagged, with outline) through the same protocol.
 */
export const CHROMIUM_ENV = 'FIELDSCORE_CHROMIUM';

const PATH_NAMES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable', 'microsoft-edge', 'microsoft-edge-stable'];

function windowsCandidates(env: NodeJS.ProcessEnv): string[] {
  const roots = [env['PROGRAMFILES'], env['PROGRAMFILES(X86)'], env['LOCALAPPDATA']].filter((root): root is string => Boolean(root));
  return roots.flatMap((root) => [
    path.win32.join(root, 'Google', 'Chrome', 'Application', 'chrome.exe'),
    path.win32.join(root, 'Microsoft', 'Edge', 'Application', 'msedge.exe'),
    path.win32.join(root, 'Chromium', 'Application', 'chrome.exe'),
  ]);
}

const MAC_CANDIDATES = [
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];

export interface FindChromiumOptions {
  env?: NodeJS.ProcessEnv;
  platform?: NodeJS.Platform;
  /** A file that exists and may be run; fs by default (tests pass their own). */
  isExecutable?: (file: string) => boolean;
}

function executable(file: string): boolean {
  try {
    const stat = fs.statSync(file);
    if (!stat.isFile()) return false;
    if (process.platform !== 'win32') fs.accessSync(file, fs.constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** Every place looked at, in order (also what the "not found" message lists). */
export function chromiumCandidates(options: FindChromiumOptions = {}): string[] {
  const env = options.env ?? process.env;
  const platform = options.platform ?? process.platform;
  const separator = platform === 'win32' ? ';' : ':';
  const join = platform === 'win32' ? path.win32.join : path.posix.join;
  const folders = (env['PATH'] ?? env['Path'] ?? '').split(separator).filter(Boolean);
  const names = platform === 'win32' ? ['chrome.exe', 'msedge.exe', 'chromium.exe'] : PATH_NAMES;
  const onPath = names.flatMap((name) => folders.map((folder) => join(folder, name)));
  const installed = platform === 'win32' ? windowsCandidates(env) : platform === 'darwin' ? MAC_CANDIDATES : [];
  return [...onPath, ...installed];
}

/**
 * The Chromium to use, or null when none is found. FIELDSCORE_CHROMIUM is taken as given when it
 * is set: pointing it at something that is not there is reported, not silently replaced.
 */
export function findChromium(options: FindChromiumOptions = {}): { path: string } | { path: null; looked: string[] } {
  const env = options.env ?? process.env;
  const isExecutable = options.isExecutable ?? executable;
  const chosen = env[CHROMIUM_ENV];
  if (chosen !== undefined && chosen !== '') {
    return isExecutable(chosen) ? { path: chosen } : { path: null, looked: [`${CHROMIUM_ENV}=${chosen}`] };
  }
  const candidates = chromiumCandidates(options);
  const found = candidates.find((candidate) => isExecutable(candidate));
  return found ? { path: found } : { path: null, looked: candidates };
}
