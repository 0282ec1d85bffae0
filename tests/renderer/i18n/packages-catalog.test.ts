import { describe, expect, it } from 'vitest';
import { catalogs, type Catalog } from '../../../renderer/i18n/catalogs';
import { LANGUAGES } from '../../../shared/i18n/languages';
import { PACKAGE_REASON_CODES, packageReasonKey } from '../../../shared/packages/package-reasons';
import { PACKAGE_MESSAGE_CATALOGS } from '../../../shared/packages/reason-text';

function lookup(catalog: Catalog, key: string): unknown {
  return key.split('.').reduce<unknown>((node, part) => (node && typeof node === 'object' ? (node as Catalog)[part] : undefined), catalog);
}

function leaves(catalog: Catalog, prefix = ''): [string, string][] {
  return Object.entries(catalog).flatMap(([key, value]) =>
    typeof value === 'string' ? [[`${prefix}${key}`, value] as [string, string]] : leaves(value, `${prefix}${key}.`),
  );
}

/** The <tag>…</tag> pairs a text hands to <Trans>, in order. */
function tags(text: string): string[] {
  return [...text.matchAll(/<(\/?)([a-z]+)>/g)].map((match) => `${match[1]}${match[2]}`);
}

/** Message keys the package operations can return besides errors.<code> (electron/packages/package-writer.ts). */
const BACKEND_KEYS = ['packages.errors.not_submitted', 'packages.errors.office_code_required', 'packages.errors.content_not_accepted'];

describe('packages catalog area', () => {
  it("holds the backend's package messages and every refusal reason, in all six languages", () => {
    for (const language of LANGUAGES) {
      for (const key of [...BACKEND_KEYS, ...PACKAGE_REASON_CODES.map(packageReasonKey)]) {
        expect(typeof lookup(catalogs[language], key), `${language}: ${key}`).toBe('string');
      }
    }
  });

  it('takes the reasons exactly as shared/packages/messages words them (one text for the app and the CLI)', () => {
    for (const language of LANGUAGES) {
      expect(lookup(catalogs[language], 'packages.reasons')).toEqual(PACKAGE_MESSAGE_CATALOGS[language].packages.reasons);
    }
  });

  it('marks the same file names and folders in every language', () => {
    const english = leaves(lookup(catalogs.en, 'packages') as Catalog);
    const marked = english.filter(([, text]) => tags(text).length > 0);
    expect(marked.length).toBeGreaterThan(3);
    for (const language of LANGUAGES) {
      for (const [key, text] of marked) {
        const translated = String(lookup(catalogs[language], `packages.${key}`));
        expect(tags(translated).sort(), `${language}: packages.${key}`).toEqual(tags(text).sort());
      }
    }
  });
});
