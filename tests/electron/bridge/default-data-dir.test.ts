import { describe, expect, it } from 'vitest';
import { defaultDataDir } from '../../../electron/bridge/default-data-dir';

describe('defaultDataDir (same folder as Electron userData for productName Fieldscore)', () => {
  it('uses XDG_CONFIG_HOME on Linux, else ~/.config', () => {
    expect(defaultDataDir({ XDG_CONFIG_HOME: '/xdg' }, 'linux', '/home/ana')).toBe('/xdg/Fieldscore');
    expect(defaultDataDir({}, 'linux', '/home/ana')).toBe('/home/ana/.config/Fieldscore');
    expect(defaultDataDir({ XDG_CONFIG_HOME: 'relative' }, 'linux', '/home/ana')).toBe('/home/ana/.config/Fieldscore');
  });

  it('uses ~/Library/Application Support on macOS', () => {
    expect(defaultDataDir({ XDG_CONFIG_HOME: '/xdg' }, 'darwin', '/Users/ana')).toBe('/Users/ana/Library/Application Support/Fieldscore');
  });

  it('uses %APPDATA% on Windows, else the roaming profile folder', () => {
    expect(defaultDataDir({ APPDATA: 'C:\\Users\\ana\\AppData\\Roaming' }, 'win32', 'C:\\Users\\ana')).toBe(
      'C:\\Users\\ana\\AppData\\Roaming\\Fieldscore',
    );
    expect(defaultDataDir({}, 'win32', 'C:\\Users\\ana')).toBe('C:\\Users\\ana\\AppData\\Roaming\\Fieldscore');
  });
});
