import type { CoverageStatus } from '../../shared/picture/picture-types';
import type { CoveringOffice, MapWords } from './map-words';
import type { CountryShape, MapGeometry } from './world-geometry';

/** One country of the data, as CoverageMap and CoverageList take it (CountryCoverage of shared/picture fits). */
export interface CoverageCountry {
  code: string;
  status: CoverageStatus;
  offices: readonly CoveringOffice[];
}

/** A country ready to show: its name and description in the words' language, its shape if the map has one. */
export interface CoverageItem {
  code: string;
  name: string;
  status: CoverageStatus;
  offices: readonly CoveringOffice[];
  /** "Kenya — resident office KEN-RH". */
  description: string;
  /** Null when the map cannot draw it (no feature in the atlas, or not in the geometry given). */
  shape: CountryShape | null;
}

/**
 * The countries of the data, sorted by name in the language (then by code, so two equal names
 * keep one order): the list's rows and the map's keyboard order are this one sequence, so the
 * screen-reader view and the map hold the same countries in the same order. A code given twice
 * is shown once, with the first entry's data.
 */
export function coverageItems(
  countries: readonly CoverageCountry[],
  geometry: MapGeometry | null,
  countryName: (code: string) => string,
  words: MapWords,
): CoverageItem[] {
  const shapes = new Map((geometry?.countries ?? []).map((shape) => [shape.code, shape]));
  const seen = new Set<string>();
  const items: CoverageItem[] = [];
  for (const country of countries) {
    if (seen.has(country.code)) continue;
    seen.add(country.code);
    const name = countryName(country.code);
    items.push({
      code: country.code,
      name,
      status: country.status,
      offices: country.offices,
      description: words.describe(name, country.offices),
      shape: shapes.get(country.code) ?? null,
    });
  }
  return items.sort((a, b) => words.compareNames(a.name, b.name) || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
}
