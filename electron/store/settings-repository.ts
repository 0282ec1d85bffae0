import type { Settings } from '../../shared/api/contract';
import { DEFAULT_LANGUAGE, isLanguage } from '../../shared/i18n/languages';
import type { Store } from './store';

/** User preferences, one row per key, so a new setting needs no migration. */
export class SettingsRepository {
  constructor(private readonly store: Store) {}

  get(): Settings {
    const language = this.read('language');
    return { language: isLanguage(language) ? language : DEFAULT_LANGUAGE };
  }

  update(changes: Partial<Settings>): Settings {
    this.store.transaction(() => {
      for (const [key, value] of Object.entries(changes)) {
        if (value === undefined) continue;
        this.store.run(
          'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
          [key, String(value)],
        );
      }
    });
    return this.get();
  }

  private read(key: string): string | undefined {
    return this.store.get<{ value: string }>('SELECT value FROM settings WHERE key = ?', [key])?.value;
  }
}
