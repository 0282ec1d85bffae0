import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { applicationMenuTemplate } from '../../../electron/shell/application-menu';

function flatten(items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? flatten(item.submenu) : [])]);
}

describe('applicationMenuTemplate', () => {
  it('holds only role items and separators, with no labels of its own', () => {
    for (const platform of ['darwin', 'win32', 'linux'] as const) {
      for (const item of flatten(applicationMenuTemplate(platform, true))) {
        expect(item.label).toBeUndefined();
        expect(item.click).toBeUndefined();
        expect(item.role !== undefined || item.type === 'separator').toBe(true);
      }
    }
  });

  it('adds the app menu on macOS only', () => {
    expect(applicationMenuTemplate('darwin', false)[0]?.role).toBe('appMenu');
    expect(applicationMenuTemplate('win32', false).map((item) => item.role)).toEqual(['editMenu', 'viewMenu', 'windowMenu']);
  });

  it('offers developer tools only when asked', () => {
    const roles = (devTools: boolean) => flatten(applicationMenuTemplate('linux', devTools)).map((item) => item.role);
    expect(roles(true)).toContain('toggleDevTools');
    expect(roles(false)).not.toContain('toggleDevTools');
    expect(roles(false)).not.toContain('reload');
  });
});
