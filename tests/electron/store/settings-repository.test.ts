import { afterEach, describe, expect, it } from 'vitest';
import { openStore } from '../../../electron/store/open-store';
import { SettingsRepository } from '../../../electron/store/settings-repository';
import type { Store } from '../../../electron/store/store';
import { recordingLog, tempFolders } from '../../fixtures/store/store-fixtures';

const folders = tempFolders();
const opened: Store[] = [];
afterEach(() => {
  for (const store of opened.splice(0)) store.db.close();
  folders.cleanup();
});

async function settingsIn(dataDir: string) {
  const opening = await openStore(dataDir, { log: recordingLog() });
  if (opening.state !== 'ready') throw new Error(opening.state);
  opened.push(opening.store);
  return { store: opening.store, settings: new SettingsRepository(opening.store) };
}

describe('SettingsRepository', () => {
  it('defaults to English and keeps a chosen language across reopening', async () => {
    const dataDir = folders.make();
    const first = await settingsIn(dataDir);
    expect(first.settings.get()).toEqual({ language: 'en' });
    expect(first.settings.update({ language: 'ar' })).toEqual({ language: 'ar' });
    first.store.db.close();
    opened.length = 0;

    const second = await settingsIn(dataDir);
    expect(second.settings.get()).toEqual({ language: 'ar' });
  });

  it('falls back to the default when the stored value is not a UN language', async () => {
    const { store, settings } = await settingsIn(folders.make());
    store.run("INSERT INTO settings (key, value) VALUES ('language', 'de')");
    expect(settings.get()).toEqual({ language: 'en' });
  });
});
