import { describe, expect, it } from 'vitest';
import { mainWindowOptions, secureWebPreferences } from '../../../electron/shell/window-options';

describe('window options', () => {
  it('isolate and sandbox the renderer with no Node access', () => {
    const prefs = secureWebPreferences('/app/dist/electron/preload.cjs', false);
    expect(prefs).toMatchObject({
      preload: '/app/dist/electron/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      spellcheck: false,
      devTools: false,
    });
  });

  it('are what the main window is created with', () => {
    const options = mainWindowOptions('/p.cjs', true);
    expect(options.webPreferences).toEqual(secureWebPreferences('/p.cjs', true));
    expect(options.show).toBe(false);
  });
});
