import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import type { HostFlags } from '../../shared/typology/typology-input';

const countryGroupsSchema = z.object({
  schema: z.literal('fieldscore.country-groups/1'),
  groups: z.object({
    ldc: z.object({ codes: z.array(z.string()) }),
    sids: z.object({ codes: z.array(z.string()) }),
  }),
});

/**
 * The office-type review flags of a host country: LDC and SIDS from the shipped country groups
 * (resources/geo/country-groups.json); fragile context is the caller's to say, as no list exists.
 */
export function hostFlagsFor(resourcesDir: string, hostCountry: string, fragile: boolean): HostFlags {
  const file = path.join(resourcesDir, 'geo', 'country-groups.json');
  const groups = countryGroupsSchema.parse(JSON.parse(fs.readFileSync(file, 'utf8')));
  return {
    ldc: groups.groups.ldc.codes.includes(hostCountry),
    sids: groups.groups.sids.codes.includes(hostCountry),
    fragile,
  };
}
