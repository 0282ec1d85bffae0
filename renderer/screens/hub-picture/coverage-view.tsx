import { useCallback, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { COVERAGE_STATUSES, type SetPicture } from '../../../shared/picture/picture-types';
import { countryName } from '../../countries/country-names';
import { CoverageList } from '../../maps/coverage-list';
import { CoverageMap } from '../../maps/coverage-map';
import { StatusSwatch } from '../../maps/coverage-patterns';
import { mapWords } from '../../maps/map-words';
import { useMapGeometry } from '../../maps/use-map-geometry';
import { scopeName, type PictureFormats } from './picture-format';

type Mode = 'map' | 'list';

/**
 * The countries of the scope and how they are covered — by a resident office, from a
 * non-resident one, or not at all — read from every office of the cycle. As a map (drawn from
 * the atlas shipped with the app; each country reachable with the arrow keys, its name and
 * offices shown on hover and focus) or as a list with the same countries, statuses and offices,
 * which is what a screen reader reads best. The map's own list names the countries it cannot draw.
 */
export function CoverageView({ picture, formats }: { picture: SetPicture; formats: PictureFormats }) {
  const { t } = useTranslation();
  const id = useId();
  const [mode, setMode] = useState<Mode>('map');
  const { language } = formats;
  const words = useMemo(() => mapWords(t, language), [t, language]);
  const name = useCallback((code: string) => countryName(code, language) ?? code, [language]);
  const { countries, counts } = picture.coverage;
  const codes = useMemo(() => countries.map((country) => country.code), [countries]);
  // Only computed while the map is shown: the list needs no geometry to be read.
  const geometry = useMapGeometry(mode === 'map' ? codes : []);
  const scope = scopeName(t, picture.scope);
  const cycle = picture.cycle === null ? '' : formats.year(picture.cycle);

  return (
    <section className="panel picture-coverage" aria-labelledby={`${id}-title`} data-testid="picture-coverage">
      <h2 id={`${id}-title`}>{t('picture.coverage.title', { scope })}</h2>
      <p className="hint">{t('picture.coverage.intro')}</p>
      <ul className="summary-counts coverage-counts" aria-label={t('picture.coverage.countsLabel')} data-testid="coverage-counts">
        {COVERAGE_STATUSES.map((status) => (
          <li key={status} data-status={status}>
            <StatusSwatch status={status} size={14} /> {words.status[status]}: {formats.integer(counts[status])}
          </li>
        ))}
      </ul>
      <fieldset className="coverage-mode">
        <legend>{t('picture.coverage.mode')}</legend>
        {(['map', 'list'] as const).map((option) => (
          <label key={option} className="radio-inline">
            <input type="radio" name={`${id}-mode`} value={option} checked={mode === option} onChange={() => setMode(option)} /> {t(`picture.coverage.as.${option}`)}
          </label>
        ))}
      </fieldset>
      {mode === 'map' ? (
        geometry.status === 'ready' ? (
          <CoverageMap
            countries={countries}
            geometry={geometry.geometry}
            countryName={name}
            words={words}
            interactive
            label={t('picture.coverage.mapLabel', { scope, cycle })}
          />
        ) : geometry.status === 'loading' ? (
          <p className="loading" role="status">
            {t('picture.coverage.loadingMap')}
          </p>
        ) : (
          <>
            <p className="alert alert-warning">{t('picture.coverage.mapFailed')}</p>
            <CoverageList countries={countries} geometry={null} countryName={name} words={words} showCaption caption={t('picture.coverage.listCaption', { scope, cycle })} />
          </>
        )
      ) : (
        <CoverageList countries={countries} geometry={null} countryName={name} words={words} showCaption caption={t('picture.coverage.listCaption', { scope, cycle })} />
      )}
    </section>
  );
}
