import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { SetPicture } from '../../../shared/picture/picture-types';
import { EmptyState } from '../../app/empty-state';
import { LoadState } from '../../app/load-state';
import { routeHref, type Route } from '../../app/route';
import { ScreenHeading } from '../../app/screen-heading';
import { usePictureStore } from '../../state/stores-context';
import '../assessment-editor/editor.css';
import '../hub/hub.css';
import { BenchmarksPanel } from './benchmarks-panel';
import { CoverageView } from './coverage-view';
import './hub-picture.css';
import { IndicatorsView } from './indicators-view';
import { PictureFiltersBar, PictureScopeControls } from './picture-controls';
import { scopeName, usePictureFormats, type PictureFormats } from './picture-format';
import { SetTable } from './set-table';
import { filterRows, hasFilters, pageOf, sortRows } from './table-model';
import { TablePager } from './table-pager';
import { TrendPanel } from './trend-panel';
import { TypesView } from './types-view';

export type PictureView = NonNullable<Extract<Route, { screen: 'hubPicture' }>['view']> | 'table';

const VIEWS: readonly PictureView[] = ['table', 'indicators', 'types', 'coverage'];

function viewHref(view: PictureView): string {
  return routeHref(view === 'table' ? { screen: 'hubPicture' } : { screen: 'hubPicture', view });
}

/**
 * The hub's picture (issue 9): every office of the scope side by side for one cycle. Four views
 * of the same picture, each at its own address so a reload or the Back button keeps it: the set
 * table with its benchmarks and trend, each indicator across the offices, the office types, and
 * the coverage map. The scope, cycle, filters, sort and selected office are the picture store's,
 * shared by the views. The picture is read again at every visit: an import may have changed it.
 */
export function HubPictureScreen({ view = 'table' }: { view?: PictureView }) {
  const { t } = useTranslation();
  const formats = usePictureFormats();
  const picture = usePictureStore((state) => state.picture);
  const loading = usePictureStore((state) => state.loading);
  const error = usePictureStore((state) => state.error);
  const load = usePictureStore((state) => state.load);

  useEffect(() => {
    void load();
  }, [load]);

  return (
    <section className="screen hub-screen picture-screen" aria-busy={loading}>
      <ScreenHeading text={t('picture.title')} />
      <p className="hint">{t('picture.intro')}</p>
      <PictureScopeControls picture={picture} formats={formats} />
      <LoadState loaded={picture !== null} error={error} onRetry={() => void load()} announce />
      {picture && picture.cycle === null && (
        <EmptyState message={t('picture.empty')}>
          <a className="button button-primary" href={routeHref({ screen: 'hubImport' })}>
            {t('hub.nav.import')}
          </a>
        </EmptyState>
      )}
      {picture && picture.cycle !== null && (
        <>
          <PictureSummary picture={picture} formats={formats} />
          <nav className="picture-views" aria-label={t('picture.views.label')}>
            <ul>
              {VIEWS.map((option) => (
                <li key={option}>
                  <a href={viewHref(option)} aria-current={option === view ? 'page' : undefined} data-view={option}>
                    {t(`picture.views.${option}`)}
                  </a>
                </li>
              ))}
            </ul>
          </nav>
          {picture.rows.length === 0 ? (
            <p className="callout">{t('picture.emptyScope', { scope: scopeName(t, picture.scope), cycle: formats.year(picture.cycle) })}</p>
          ) : (
            <PictureViewBody view={view} picture={picture} formats={formats} />
          )}
        </>
      )}
    </section>
  );
}

function PictureSummary({ picture, formats }: { picture: SetPicture; formats: PictureFormats }) {
  const { t } = useTranslation();
  const values = { offices: formats.integer(picture.rows.length), scope: scopeName(t, picture.scope), cycle: formats.year(picture.cycle!) };
  return (
    <p className="picture-summary" data-testid="picture-summary">
      {picture.previousCycle === null ? t('picture.summary', values) : t('picture.summaryWithPrevious', { ...values, previous: formats.year(picture.previousCycle) })}
    </p>
  );
}

function PictureViewBody({ view, picture, formats }: { view: PictureView; picture: SetPicture; formats: PictureFormats }) {
  switch (view) {
    case 'table':
      return <TableView picture={picture} formats={formats} />;
    case 'indicators':
      return <IndicatorsView picture={picture} formats={formats} />;
    case 'types':
      return <TypesView picture={picture} formats={formats} />;
    case 'coverage':
      return <CoverageView picture={picture} formats={formats} />;
  }
}

function TableView({ picture, formats }: { picture: SetPicture; formats: PictureFormats }) {
  const { t } = useTranslation();
  const filters = usePictureStore((state) => state.filters);
  const sort = usePictureStore((state) => state.sort);
  const pageNumber = usePictureStore((state) => state.page);
  const pageSize = usePictureStore((state) => state.pageSize);
  // Filtered once per filter change, sorted once per order: the benchmarks read the filtered rows, so a new order does not draw them again.
  const filtered = useMemo(() => filterRows(picture.rows, filters), [picture.rows, filters]);
  const rows = useMemo(() => sortRows(filtered, sort, formats.collator), [filtered, sort, formats]);
  const page = useMemo(() => pageOf(rows, pageNumber, pageSize), [rows, pageNumber, pageSize]);
  const isFiltered = hasFilters(filters);
  const caption = t('picture.table.caption', { scope: scopeName(t, picture.scope), cycle: formats.year(picture.cycle!) });
  return (
    <>
      <PictureFiltersBar picture={picture} shown={rows.length} formats={formats} />
      <p className="hint picture-legend">{t('picture.table.legend')}</p>
      {rows.length === 0 ? (
        <p className="callout">{t('picture.filters.none')}</p>
      ) : (
        <>
          <TablePager page={page} total={rows.length} formats={formats} withSize />
          <SetTable picture={picture} rows={page.rows} formats={formats} caption={caption} />
          {page.pages > 1 && <TablePager page={page} total={rows.length} formats={formats} />}
        </>
      )}
      <BenchmarksPanel picture={picture} shown={filtered} formats={formats} filtered={isFiltered} />
      <TrendPanel picture={picture} formats={formats} />
    </>
  );
}
