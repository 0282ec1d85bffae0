import type { TFunction } from 'i18next';
import atlasTopology from 'world-atlas/countries-50m.json';
import type { Language } from '../../../shared/i18n/languages';
import type { OfficeReportData } from '../../../shared/reports/office-report-data';
import { countryName } from '../../countries/country-names';
import { formatInteger } from '../../i18n/format';
import type { CoverageCountry } from '../../maps/coverage-items';
import { CoverageMap } from '../../maps/coverage-map';
import { mapWords } from '../../maps/map-words';
import { indexWorldAtlas, type WorldAtlas } from '../../maps/world-atlas';
import { cachedMapGeometry, DEFAULT_MAP_SIZE, type MapSize } from '../../maps/world-geometry';

/**
 * The atlas imported with the report's code rather than loaded on demand as the app's screens do
 * (loadWorldAtlas): the report page renders in one synchronous pass and prints as soon as its
 * fonts are in, so the map must be drawable within that pass. The file is one of the page's own.
 */
let atlas: WorldAtlas | undefined;
function reportAtlas(): WorldAtlas {
  atlas ??= indexWorldAtlas(atlasTopology);
  return atlas;
}

/** Flatter than the screen's map: with its legend and the disclaimer it must fit the lower half of a page. */
const REPORT_MAP_SIZE: MapSize = { ...DEFAULT_MAP_SIZE, minAspect: 0.4, maxAspect: 0.62 };

/**
 * The countries the office covers: a table (country, code, resident or not, host) and the same
 * countries on a static map in the textures of the hub's coverage map, with the UN disclaimer
 * (which CoverageMap prints under every map). Countries the map cannot draw are listed under it.
 */
export function OfficeCountries({ data, t, language }: { data: OfficeReportData; t: TFunction; language: Language }) {
  const { countries } = data;
  const name = (code: string) => countryName(code, language) ?? code;
  const office = data.masthead.officeCode ?? data.masthead.officeName;
  const resident = countries.filter((country) => country.resident).length;
  const mapCountries: CoverageCountry[] = countries.map((country) => ({
    code: country.code,
    status: country.resident ? 'resident' : 'non_resident',
    offices: [{ officeCode: office, resident: country.resident }],
  }));

  return (
    <section className="report-section office-countries" aria-labelledby="office-countries-heading">
      <h2 id="office-countries-heading">{t('reports.office.countries.heading')}</h2>
      {countries.length === 0 ? (
        <p>{t('reports.office.countries.none')}</p>
      ) : (
        <>
          <p>{t('coveredCountries.summary', { total: formatInteger(countries.length, language), resident: formatInteger(resident, language) })}</p>
          <table className="report-table office-country-table">
            <thead>
              <tr>
                <th scope="col">{t('coveredCountries.column.country')}</th>
                <th scope="col">{t('coveredCountries.column.code')}</th>
                <th scope="col">{t('reports.office.countries.presence')}</th>
              </tr>
            </thead>
            <tbody>
              {countries.map((country) => (
                <tr key={country.code} data-country={country.code}>
                  <th scope="row">{name(country.code)}</th>
                  <td>
                    <span className="report-code">{country.code}</span>
                  </td>
                  <td>
                    <div>{t(country.resident ? 'coveredCountries.resident' : 'coveredCountries.nonResident')}</div>
                    {country.host && <div>{t('coveredCountries.hostTag')}</div>}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <div className="report-figure office-map">
            <CoverageMap
              countries={mapCountries}
              geometry={cachedMapGeometry(reportAtlas(), countries.map((country) => country.code), REPORT_MAP_SIZE)}
              countryName={name}
              words={mapWords(t, language)}
              label={t('reports.office.countries.mapLabel', { office })}
            />
          </div>
        </>
      )}
    </section>
  );
}
