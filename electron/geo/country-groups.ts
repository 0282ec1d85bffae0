import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import type { HostFlags } from '../../shared/typology/typology-input';

/** The LDC and SIDS lists (UN M49 groupings), as of a date; read from resources/geo/country-groups.json. */
export interface CountryGroups {
  asOf: string;
  ldc: ReadonlySet<string>;
  sids: ReadonlySet<string>;
}

const codesSchema = z.array(z.string().regex(/^[A-Z]{3}$/, 'country codes are ISO 3166-1 alpha-3'));

const countryGroupsSchema = z.object({
  schema: z.literal('fieldscore.country-groups/1'),
  asOf: z.string(),
  groups: z.object({
    ldc: z.object({ codes: codesSchema }),
    sids: z.object({ codes: codesSchema }),
  }),
});

export function countryGroupsFile(resourcesDir: string): string {
  return path.join(resourcesDir, 'geo', 'country-groups.json');
}

/**
 * The one reader of the shipped country groups, for the CLI and the backend alike. The file sits
 * beside the app as plain data (updated when the UN lists change) and is checked like any file;
 * throws an Error naming the file when it is missing or does not fit.
 */
export function readCountryGroups(resourcesDir: string): CountryGroups {
  const file = countryGroupsFile(resourcesDir);
  let parsed: unknown;
  try {
    parsed = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Error(`${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
  const result = countryGroupsSchema.safeParse(parsed);
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new Error(`${file}: ${issue ? `${issue.path.join('.')}: ${issue.message}` : 'does not fit the country-groups schema'}`);
  }
  const { groups, asOf } = result.data;
  return { asOf, ldc: new Set(groups.ldc.codes), sids: new Set(groups.sids.codes) };
}

/**
 * The office-type review flags of a host country: LDC and SIDS from the groups; fragile context
 * is the caller's to say (the assessment's profile, or the CLI's --fragile), as no UN list exists.
 */
export function hostFlagsOf(groups: CountryGroups, hostCountry: string, fragile: boolean): HostFlags {
  return { ldc: groups.ldc.has(hostCountry), sids: groups.sids.has(hostCountry), fragile };
}

/**
 * The office-type review flags of a host country, read from the shipped country groups; whether
 * the context is fragile comes from the profile (or the CLI's --fragile). Used by the CLI's score
 * and by the hub's spreadsheets alike.
 */
export function hostFlagsFor(resourcesDir: string, hostCountry: string, fragile: boolean): HostFlags {
  return hostFlagsOf(readCountryGroups(resourcesDir), hostCountry, fragile);
}
