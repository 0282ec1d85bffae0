import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { CURRENT_TIERS, REGIONS, TWO_TIER_OPTIONS, type Region } from '../../../shared/office/office-profile';
import { REVIEW_STATUSES, type SetPicture } from '../../../shared/picture/picture-types';
import type { PictureFilters } from '../../state/picture-store';
import { usePictureStore } from '../../state/stores-context';
import type { PictureFormats } from './picture-format';
import { hasFilters } from './table-model';

const NETWORK = 'network';

/**
 * What the picture is of: the network or one region (headquarters looks at all of them, a hub at
 * its own; the choice is remembered on this computer), and the cycle.
 */
export function PictureScopeControls({ picture, formats }: { picture: SetPicture | null; formats: PictureFormats }) {
  const { t } = useTranslation();
  const id = useId();
  const scope = usePictureStore((state) => state.scope);
  const cycle = usePictureStore((state) => state.cycle);
  const setScope = usePictureStore((state) => state.setScope);
  const setCycle = usePictureStore((state) => state.setCycle);
  const cycles = picture?.cycles ?? [];
  return (
    <div className="picture-controls">
      <div className="form-field">
        <label htmlFor={`${id}-scope`}>{t('picture.scope.label')}</label>
        <select
          id={`${id}-scope`}
          aria-describedby={`${id}-scope-hint`}
          value={scope.kind === 'network' ? NETWORK : scope.region}
          onChange={(event) => void setScope(event.target.value === NETWORK ? { kind: 'network' } : { kind: 'region', region: event.target.value as Region })}
        >
          <option value={NETWORK}>{t('picture.scope.network')}</option>
          {REGIONS.map((region) => (
            <option key={region} value={region}>
              {t(`region.${region}`)}
            </option>
          ))}
        </select>
        <p id={`${id}-scope-hint`} className="hint">
          {t('picture.scope.hint')}
        </p>
      </div>
      <div className="form-field">
        <label htmlFor={`${id}-cycle`}>{t('picture.cycle.label')}</label>
        <select
          id={`${id}-cycle`}
          value={cycle === null ? '' : String(cycle)}
          disabled={cycles.length === 0}
          onChange={(event) => void setCycle(event.target.value === '' ? null : Number(event.target.value))}
        >
          <option value="">{picture?.cycle != null ? t('picture.cycle.newestIs', { cycle: formats.year(picture.cycle) }) : t('picture.cycle.newest')}</option>
          {[...cycles].reverse().map((held) => (
            <option key={held} value={String(held)}>
              {formats.year(held)}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}

/** Filters of the offices shown (the picture itself, its benchmarks and coverage, stay those of the scope). */
export function PictureFiltersBar({ picture, shown, formats }: { picture: SetPicture; shown: number; formats: PictureFormats }) {
  const { t } = useTranslation();
  const id = useId();
  const filters = usePictureStore((state) => state.filters);
  const setFilter = usePictureStore((state) => state.setFilter);
  const clearFilters = usePictureStore((state) => state.clearFilters);
  const select = <K extends keyof PictureFilters>(name: K, label: string, options: readonly { value: string; label: string }[]) => (
    <div className="form-field">
      <label htmlFor={`${id}-${name}`}>{label}</label>
      <select
        id={`${id}-${name}`}
        data-filter={name}
        value={filters[name] ?? ''}
        onChange={(event) => setFilter(name, (event.target.value === '' ? null : event.target.value) as PictureFilters[K])}
      >
        <option value="">{t('picture.filters.any')}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
  return (
    <fieldset className="picture-filters">
      <legend>{t('picture.filters.legend')}</legend>
      <div className="picture-filter-fields">
        {picture.scope.kind === 'network' &&
          select(
            'region',
            t('picture.filters.region'),
            REGIONS.map((region) => ({ value: region, label: t(`region.${region}`) })),
          )}
        {select(
          'currentTier',
          t('picture.filters.currentTier'),
          CURRENT_TIERS.map((tier) => ({ value: tier, label: t(`tier.${tier}`) })),
        )}
        {select('suggestedTier', t('picture.filters.suggestedTier'), [
          ...TWO_TIER_OPTIONS.map((tier) => ({ value: tier, label: t(`twoTier.${tier}`) })),
          { value: 'undecided', label: t('picture.suggested.undecided') },
        ])}
        {select(
          'review',
          t('picture.filters.review'),
          REVIEW_STATUSES.map((status) => ({ value: status, label: t(`review.status.${status}`) })),
        )}
        {hasFilters(filters) && (
          <button type="button" className="button picture-clear-filters" onClick={clearFilters}>
            {t('picture.filters.clear')}
          </button>
        )}
      </div>
      <p className="picture-shown" role="status" data-testid="picture-shown">
        {t('picture.filters.shown', { shown: formats.integer(shown), total: formats.integer(picture.rows.length) })}
      </p>
    </fieldset>
  );
}
