import { afterEach, describe, expect, it } from 'vitest';
import { SettingsRepository } from '../../../electron/store/settings-repository';
import { storeFixture } from '../../fixtures/store/store-fixtures';

const stores = storeFixture();
const { folders } = stores;
afterEach(stores.cleanup);

async function settingsIn(dataDir: string) {
  const store = await stores.open(dataDir);
  return { store, settings: new SettingsRepository(store) };
}

describe('SettingsRepository', () => {
  it('defaults to English and keeps a chosen language across reopening', async () => {
    const dataDir = folders.make();
    const first = await settingsIn(dataDir);
    expect(first.settings.get()).toEqual({ language: 'en' });
    expect(first.settings.update({ language: 'ar' })).toEqual({ language: 'ar' });
    stores.close(first.store);

    const second = await settingsIn(dataDir);
    expect(second.settings.get()).toEqual({ language: 'ar' });
  });

  it('falls back to the default when the stored value is not a UN language', async () => {
    const { store, settings } = await settingsIn(folders.make());
    store.run("INSERT INTO settings (key, value) VALUES ('language', 'de')");
    expect(settings.get()).toEqual({ language: 'en' });
  });
});
