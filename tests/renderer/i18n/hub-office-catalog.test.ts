import { describe, expect, it } from 'vitest';
import { catalogs, type Catalog } from '../../../renderer/i18n/catalogs';
import { HUB_OFFICE_ERROR_KEYS } from '../../../shared/api/hub-office-contract';
import { LANGUAGES } from '../../../shared/i18n/languages';

function lookup(catalog: Catalog, key: string): unknown {
  return key.split('.').reduce<unknown>((node, part) => (node && typeof node === 'object' ? (node as Catalog)[part] : undefined), catalog);
}

describe('hub-office catalog area', () => {
  it("holds the drill-down backend's messages in all six languages", () => {
    for (const language of LANGUAGES) {
      for (const key of HUB_OFFICE_ERROR_KEYS) expect(typeof lookup(catalogs[language], key), `${language}: ${key}`).toBe('string');
    }
  });
});
