import os from 'node:os';
import path from 'node:path';

/** Electron derives userData from this name; the browser bridge must land in the same folder. */
export const PRODUCT_NAME = 'Fieldscore';

/**
 * The folder Electron's app.getPath('userData') resolves to for PRODUCT_NAME, computed without
 * Electron, so `npm run web` and the desktop app open the same database.
 */
export function defaultDataDir(
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
  home: string = os.homedir(),
): string {
  if (platform === 'win32') {
    const appData = env.APPDATA || path.win32.join(home, 'AppData', 'Roaming');
    return path.win32.join(appData, PRODUCT_NAME);
  }
  if (platform === 'darwin') return path.posix.join(home, 'Library', 'Application Support', PRODUCT_NAME);
  // Electron follows the XDG spec on Linux and the other Unixes; a relative value is ignored there too.
  const configHome = env.XDG_CONFIG_HOME && path.posix.isAbsolute(env.XDG_CONFIG_HOME)
    ? env.XDG_CONFIG_HOME
    : path.posix.join(home, '.config');
  return path.posix.join(configHome, PRODUCT_NAME);
}
