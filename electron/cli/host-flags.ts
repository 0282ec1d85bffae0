import type { HostFlags } from '../../shared/typology/typology-input';
import { hostFlagsOf, readCountryGroups } from '../geo/country-groups';

/**
 * The office-type review flags of a host country, read from the shipped country groups
 * (electron/geo/country-groups.ts, shared with the backend); fragile context comes from --fragile.
 */
export function hostFlagsFor(resourcesDir: string, hostCountry: string, fragile: boolean): HostFlags {
  return hostFlagsOf(readCountryGroups(resourcesDir), hostCountry, fragile);
}
