import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { hostFlagsFor } from '../../../electron/geo/country-groups';
import { countryGroupsFile, hostFlagsOf, readCountryGroups } from '../../../electron/geo/country-groups';
import { tempFolders } from '../../fixtures/store/store-fixtures';

const RESOURCES_DIR = path.resolve(import.meta.dirname, '../../../resources');
const folders = tempFolders();
afterEach(() => folders.cleanup());

function resourcesWith(content: string): string {
  const dir = folders.make();
  fs.mkdirSync(path.join(dir, 'geo'));
  fs.writeFileSync(countryGroupsFile(dir), content);
  return dir;
}

describe('country groups', () => {
  it('reads the shipped LDC and SIDS lists', () => {
    const groups = readCountryGroups(RESOURCES_DIR);
    expect(groups.asOf).toBe('2024-12-13');
    expect(groups.ldc.size).toBe(44);
    expect(hostFlagsOf(groups, 'ETH', false)).toEqual({ ldc: true, sids: false, fragile: false });
    expect(hostFlagsOf(groups, 'FJI', true)).toEqual({ ldc: false, sids: true, fragile: true });
    expect(hostFlagsOf(groups, 'HTI', false)).toEqual({ ldc: true, sids: true, fragile: false });
    expect(hostFlagsOf(groups, 'KEN', false)).toEqual({ ldc: false, sids: false, fragile: false });
  });

  it('is what the CLI reads too', () => {
    expect(hostFlagsFor(RESOURCES_DIR, 'TUV', true)).toEqual(hostFlagsOf(readCountryGroups(RESOURCES_DIR), 'TUV', true));
    expect(hostFlagsFor(RESOURCES_DIR, 'TUV', true)).toEqual({ ldc: true, sids: true, fragile: true });
  });

  it.each([
    ['a missing file', null, /country-groups\.json: ENOENT/],
    ['text that is not JSON', '{ "schema": ', /country-groups\.json: .*JSON/],
    ['another schema', JSON.stringify({ schema: 'other/1', asOf: 'x', groups: { ldc: { codes: [] }, sids: { codes: [] } } }), /country-groups\.json: schema/],
    ['a code that is not alpha-3', JSON.stringify({ schema: 'fieldscore.country-groups/1', asOf: 'x', groups: { ldc: { codes: ['et'] }, sids: { codes: [] } } }), /groups\.ldc\.codes\.0: country codes are ISO 3166-1 alpha-3/],
  ])('refuses %s with an error naming the file', (_name, content, message) => {
    const dir = content === null ? folders.make() : resourcesWith(content);
    expect(() => readCountryGroups(dir)).toThrow(message);
  });
});
