import { describe, expect, it } from 'vitest';
import { catalogs, type Catalog } from '../../renderer/i18n/catalogs';
import { LANGUAGES } from '../../shared/i18n/languages';
import { REPORT_ERROR_KEYS } from '../../shared/reports/report-errors';

function lookup(catalog: Catalog, key: string): unknown {
  return key.split('.').reduce<unknown>((node, part) => (node && typeof node === 'object' ? (node as Catalog)[part] : undefined), catalog);
}

describe('the reports catalog area', () => {
  it('has a sentence for every failure printing can report, in all six languages, with the same variables', () => {
    for (const key of Object.values(REPORT_ERROR_KEYS)) {
      const english = lookup(catalogs.en, key);
      expect({ key, english: typeof english }).toEqual({ key, english: 'string' });
      const variables = (text: string) => [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((match) => match[1]).sort();
      for (const language of LANGUAGES) {
        const text = lookup(catalogs[language], key);
        expect({ key, language, ok: typeof text === 'string' && text.trim() !== '' }).toEqual({ key, language, ok: true });
        expect(variables(text as string)).toEqual(variables(english as string));
      }
    }
  });
});
