import i18next from 'i18next';
import { coveredCountries, DEMO_OFFICES } from '../../../electron/packages/demo/demo-network';
import { catalogs } from '../../../renderer/i18n/catalogs';
import type { CoverageCountry } from '../../../renderer/maps/coverage-items';
import { mapWords, type MapWords } from '../../../renderer/maps/map-words';
import { REGION_COUNTRIES } from '../../../shared/geo/country-regions';
import type { Language } from '../../../shared/i18n/languages';
import type { Region } from '../../../shared/office/office-profile';

/** The map's words from the app's real catalogs, in one language. */
export function words(language: Language): MapWords {
  const instance = i18next.createInstance();
  void instance.init({
    resources: Object.fromEntries(Object.entries(catalogs).map(([lng, catalog]) => [lng, { translation: catalog }])),
    lng: language,
    fallbackLng: 'en',
    initAsync: false,
    interpolation: { escapeValue: false },
  });
  return mapWords(instance.t, language);
}

/**
 * A region's countries with the demo network's coverage: every country of the region, and any
 * its offices cover outside it; resident where an office is resident, else non-resident when
 * covered, else not covered.
 */
export function demoCoverage(region: Region): CoverageCountry[] {
  const byCode = new Map<string, { officeCode: string; resident: boolean }[]>(REGION_COUNTRIES[region].map((code) => [code, []]));
  for (const office of DEMO_OFFICES.filter((candidate) => candidate.region === region)) {
    for (const { code, resident } of coveredCountries(office)) byCode.set(code, [...(byCode.get(code) ?? []), { officeCode: office.code, resident }]);
  }
  return [...byCode].map(([code, offices]) => ({
    code,
    offices,
    status: offices.some((office) => office.resident) ? 'resident' : offices.length > 0 ? 'non_resident' : 'not_covered',
  }));
}
