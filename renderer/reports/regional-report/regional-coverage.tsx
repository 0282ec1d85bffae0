import atlasTopology from 'world-atlas/countries-50m.json';
import type { CountryCoverage } from '../../../shared/picture/picture-types';
import type { RegionalReportData } from '../../../shared/reports/regional-report-data';
import { countryName } from '../../countries/country-names';
import type { CoverageCountry } from '../../maps/coverage-items';
import { CoverageMap } from '../../maps/coverage-map';
import { mapWords } from '../../maps/map-words';
import { indexWorldAtlas, type WorldAtlas } from '../../maps/world-atlas';
import { cachedMapGeometry, DEFAULT_MAP_SIZE, type MapSize } from '../../maps/world-geometry';
import { intlLocale } from '../../i18n/format';
import type { RegionalFormats } from './regional-format';

/**
 * The atlas comes with the report's code, as in the office report (office-countries.tsx): the
 * report page renders in one synchronous pass and prints once its fonts are in, so the map must
 * be drawable within that pass; the screens load it on demand instead.
 */
let atlas: WorldAtlas | undefined;
function reportAtlas(): WorldAtlas {
  atlas ??= indexWorldAtlas(atlasTopology);
  return atlas;
}

/** The map with its legend, undrawable countries and disclaimer on the upper half of a portrait page. */
const REGIONAL_MAP_SIZE: MapSize = { ...DEFAULT_MAP_SIZE, minAspect: 0.42, maxAspect: 0.75 };

interface SectionProps {
  data: RegionalReportData;
  formats: RegionalFormats;
}

function CountryTable({ countries, caption, formats, withOffices, withRegion }: { countries: CountryCoverage[]; caption: string; formats: RegionalFormats; withOffices: boolean; withRegion: boolean }) {
  const { t, language } = formats;
  const collator = new Intl.Collator(intlLocale(language));
  const name = (code: string) => countryName(code, language) ?? code;
  const sorted = [...countries].sort((a, b) => collator.compare(name(a.code), name(b.code)) || (a.code < b.code ? -1 : 1));
  return (
    <table className="report-table regional-country-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t('reports.regional.coverage.country')}</th>
          <th scope="col">{t('reports.regional.coverage.code')}</th>
          {withRegion && <th scope="col">{t('reports.regional.table.region')}</th>}
          {withOffices && <th scope="col">{t('reports.regional.coverage.coveredFrom')}</th>}
        </tr>
      </thead>
      <tbody>
        {sorted.map((country) => (
          <tr key={country.code} data-country={country.code}>
            <th scope="row">{name(country.code)}</th>
            <td>
              <span className="report-code">{country.code}</span>
            </td>
            {withRegion && <td>{country.region ? t(`region.${country.region}`) : t('reports.regional.coverage.noRegion')}</td>}
            {withOffices && <td>{formats.list(country.offices.map((office) => formats.code(office.officeCode)))}</td>}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/**
 * The coverage gaps of the scope: how many of its countries have a resident office, are covered
 * only from non-resident offices or not at all; the static coverage map (textures per status, the
 * UN disclaimer under it, countries it cannot draw listed); then the countries not covered and
 * those covered only from elsewhere, with the offices covering them.
 */
export function RegionalCoverage({ data, formats }: SectionProps) {
  const { t, language } = formats;
  const { coverage, masthead } = data;
  const network = masthead.scope.kind === 'network';
  const cycle = formats.year(masthead.cycle);
  const mapCountries: CoverageCountry[] = coverage.countries.map((country) => ({
    code: country.code,
    status: country.status,
    offices: country.offices.map((office) => ({ officeCode: office.officeCode, resident: office.resident })),
  }));
  const notCovered = coverage.countries.filter((country) => country.status === 'not_covered');
  const nonResident = coverage.countries.filter((country) => country.status === 'non_resident');
  const name = (code: string) => countryName(code, language) ?? code;
  return (
    <section className="report-section report-page-break regional-coverage" aria-labelledby="regional-coverage-heading">
      <h2 id="regional-coverage-heading">{t('reports.regional.coverage.heading')}</h2>
      <p>
        {t('reports.regional.coverage.summary', {
          scope: formats.scope,
          countries: formats.integer(coverage.countries.length),
          resident: formats.integer(coverage.counts.resident),
          nonResident: formats.integer(coverage.counts.non_resident),
          notCovered: formats.integer(coverage.counts.not_covered),
        })}
      </p>
      <div className="report-figure regional-map">
        <CoverageMap
          countries={mapCountries}
          geometry={cachedMapGeometry(reportAtlas(), mapCountries.map((country) => country.code), REGIONAL_MAP_SIZE)}
          countryName={name}
          words={mapWords(t, language)}
          label={t('reports.regional.coverage.mapLabel', { scope: formats.scope, cycle })}
        />
      </div>
      <h3>{t('reports.regional.coverage.notCoveredHeading', { count: formats.integer(notCovered.length) })}</h3>
      {notCovered.length === 0 ? (
        <p>{t('reports.regional.coverage.noneNotCovered')}</p>
      ) : (
        <CountryTable countries={notCovered} caption={t('reports.regional.coverage.notCoveredCaption', { scope: formats.scope, cycle })} formats={formats} withOffices={false} withRegion={network} />
      )}
      <h3>{t('reports.regional.coverage.nonResidentHeading', { count: formats.integer(nonResident.length) })}</h3>
      {nonResident.length === 0 ? (
        <p>{t('reports.regional.coverage.noneNonResident')}</p>
      ) : (
        <CountryTable countries={nonResident} caption={t('reports.regional.coverage.nonResidentCaption', { scope: formats.scope, cycle })} formats={formats} withOffices withRegion={network} />
      )}
      <p className="report-small">{t('reports.regional.coverage.basis')}</p>
    </section>
  );
}
