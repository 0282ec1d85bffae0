import { REGION_COUNTRIES, regionOfCountry } from '../geo/country-regions';
import { REGIONS } from '../office/office-profile';
import { compareText, type PictureEntry } from './picture-entry';
import type { CountryCoverage, CoverageStatus, CoverageSummary, PictureScope } from './picture-types';

/**
 * The coverage map's data. The countries of the scope are its region's (the five regions' for
 * the network) plus any country the scope's offices cover. A country's status is read from every
 * office of the cycle, whatever its region — a hub sees that a neighbouring region's office
 * covers one of its countries: resident when any of them is resident there, else non-resident
 * when any covers it, else not covered.
 */
export function coverageOf(scope: PictureScope, scopeEntries: readonly PictureEntry[], cycleEntries: readonly PictureEntry[]): CoverageSummary {
  const codes = new Set<string>(scope.kind === 'region' ? REGION_COUNTRIES[scope.region] : REGIONS.flatMap((region) => REGION_COUNTRIES[region]));
  for (const entry of scopeEntries) for (const country of entry.covered) codes.add(country.code);

  const coveredBy = new Map<string, CountryCoverage['offices']>();
  for (const entry of cycleEntries) {
    for (const country of entry.covered) {
      if (!codes.has(country.code)) continue;
      const offices = coveredBy.get(country.code) ?? [];
      offices.push({ officeId: entry.office, officeCode: entry.code, resident: country.resident });
      coveredBy.set(country.code, offices);
    }
  }

  const counts: Record<CoverageStatus, number> = { resident: 0, non_resident: 0, not_covered: 0 };
  const countries = [...codes].sort(compareText).map((code): CountryCoverage => {
    const offices = coveredBy.get(code) ?? [];
    const status: CoverageStatus = offices.some((office) => office.resident) ? 'resident' : offices.length > 0 ? 'non_resident' : 'not_covered';
    counts[status] += 1;
    return { code, region: regionOfCountry(code), status, offices };
  });
  return { countries, counts };
}
