import { describe, expect, it } from 'vitest';
import { chromiumCandidates, findChromium } from '../../../electron/reports/find-chromium';

const only = (files: string[]) => (file: string) => files.includes(file);

describe('finding a Chromium to print with', () => {
  it('takes FIELDSCORE_CHROMIUM as given, and says so when it points at nothing', () => {
    expect(findChromium({ env: { FIELDSCORE_CHROMIUM: '/opt/edge/msedge', PATH: '/usr/bin' }, isExecutable: only(['/opt/edge/msedge', '/usr/bin/chromium']) })).toEqual({ path: '/opt/edge/msedge' });
    expect(findChromium({ env: { FIELDSCORE_CHROMIUM: '/nowhere', PATH: '/usr/bin' }, isExecutable: only(['/usr/bin/chromium']) })).toEqual({ path: null, looked: ['FIELDSCORE_CHROMIUM=/nowhere'] });
  });

  it('then Chromium, Chrome and Edge on the PATH, in that order', () => {
    const env = { PATH: '/usr/local/bin:/usr/bin' };
    expect(findChromium({ env, platform: 'linux', isExecutable: only(['/usr/bin/google-chrome', '/usr/bin/chromium']) })).toEqual({ path: '/usr/bin/chromium' });
    expect(findChromium({ env, platform: 'linux', isExecutable: only(['/usr/bin/microsoft-edge']) })).toEqual({ path: '/usr/bin/microsoft-edge' });
  });

  it('then the usual install folders of Windows and macOS', () => {
    const windows = { PROGRAMFILES: 'C:\\Program Files', LOCALAPPDATA: 'C:\\Users\\a\\AppData\\Local', Path: 'C:\\Windows' };
    expect(findChromium({ env: windows, platform: 'win32', isExecutable: only(['C:\\Program Files\\Microsoft\\Edge\\Application\\msedge.exe']) })).toEqual({
      path: 'C:\\Program Files\\Microsoft\\Edge\\Application\\msedge.exe',
    });
    expect(chromiumCandidates({ env: windows, platform: 'win32' })).toContain('C:\\Users\\a\\AppData\\Local\\Google\\Chrome\\Application\\chrome.exe');
    expect(findChromium({ env: { PATH: '/usr/bin' }, platform: 'darwin', isExecutable: only(['/Applications/Google Chrome.app/Contents/MacOS/Google Chrome']) })).toEqual({
      path: '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
    });
  });

  it('lists every place it looked when there is none', () => {
    const found = findChromium({ env: { PATH: '/a:/b' }, platform: 'linux', isExecutable: () => false });
    expect(found.path).toBeNull();
    expect(found).toMatchObject({ looked: expect.arrayContaining(['/a/chromium', '/b/google-chrome', '/b/microsoft-edge']) as unknown as string[] });
  });
});
