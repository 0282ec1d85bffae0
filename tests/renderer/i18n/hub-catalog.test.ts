import { describe, expect, it } from 'vitest';
import { catalogs, type Catalog } from '../../../renderer/i18n/catalogs';
import { OUTCOME_GROUPS } from '../../../renderer/state/hub-import-batch';
import { SET_STATUSES } from '../../../renderer/screens/hub/import-status';
import { IMPORT_STATUSES } from '../../../shared/api/hub-contract';
import { LANGUAGES } from '../../../shared/i18n/languages';

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

/** Message keys the hub's backend returns (electron/consolidation/hub-*.ts), besides errors.<code> and packages.reasons.*. */
const BACKEND_KEYS = ['not_a_key_file', 'fingerprint_mismatch', 'nothing_held', 'no_such_key', 'no_conflict', 'not_a_rival', 'nothing_to_export'].map((code) => `hub.errors.${code}`);

/** Keys the hub's screens build from data (a status, a state, a kind of decision), which the source scan cannot see. */
const BUILT_KEYS = [
  ...IMPORT_STATUSES.flatMap((status) => [`hub.status.package.${status}`, `hub.result.package.${status}`, `hub.summary.status.${status}`]),
  ...SET_STATUSES.flatMap((status) => [`hub.status.set.${status}`, `hub.result.set.${status}`]),
  ...OUTCOME_GROUPS.map((group) => `hub.summary.group.${group}`),
  ...['current', 'superseded', 'conflict', 'not_kept', 'merged'].map((state) => `hub.officeState.${state}`),
  ...['trusted', 'revoked', 'rejected'].map((status) => `hub.keys.status.${status}`),
  ...['first_seen', 'registered', 'accepted'].map((source) => `hub.keys.source.${source}`),
  ...['trusted', 'first_seen', 'different_key'].map((status) => `hub.import.senderStatus.${status}`),
  ...['accept', 'reject', 'revoke'].flatMap((kind) => ['title', 'body', 'confirm'].map((part) => `hub.keys.dialog.${kind}.${part}`)),
  ...['value', 'justification', 'note', 'evidence'].map((part) => `hub.conflict.part.${part}`),
];

describe('hub catalog area', () => {
  it("holds the backend's hub messages and every key built from data, in all six languages", () => {
    for (const language of LANGUAGES) {
      for (const key of [...BACKEND_KEYS, ...BUILT_KEYS]) {
        expect(typeof lookup(catalogs[language], key), `${language}: ${key}`).toBe('string');
      }
    }
  });

  it('marks the same file names and folders in every language', () => {
    const english = leaves(lookup(catalogs.en, 'hub') as Catalog);
    const marked = english.filter(([, text]) => tags(text).length > 0);
    expect(marked.length).toBeGreaterThanOrEqual(2);
    for (const language of LANGUAGES) {
      for (const [key, text] of marked) {
        expect(tags(String(lookup(catalogs[language], `hub.${key}`))).sort(), `${language}: hub.${key}`).toEqual(tags(text).sort());
      }
    }
  });
});
