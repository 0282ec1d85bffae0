import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { PAGE_SIZES, type PageSize } from '../../state/picture-store';
import { usePictureStore } from '../../state/stores-context';
import type { PictureFormats } from './picture-format';
import type { TablePage } from './table-model';

/**
 * The set table's pages: which rows are shown of how many, the previous and next page, and how
 * many rows a page holds (all of them on request). Buttons at either end stay focusable and say
 * they are unavailable (aria-disabled) rather than being disabled, which would drop the
 * keyboard focus onto the page when the last page is reached.
 */
export function TablePager({ page, total, formats, withSize }: { page: TablePage; total: number; formats: PictureFormats; withSize?: boolean }) {
  const { t } = useTranslation();
  const id = useId();
  const pageSize = usePictureStore((state) => state.pageSize);
  const setPage = usePictureStore((state) => state.setPage);
  const setPageSize = usePictureStore((state) => state.setPageSize);
  const first = page.page === 0;
  const last = page.page >= page.pages - 1;
  return (
    <div className="table-pager">
      {withSize && (
        <div className="form-field table-pager-size">
          <label htmlFor={`${id}-size`}>{t('picture.pager.size')}</label>
          <select id={`${id}-size`} value={String(pageSize)} onChange={(event) => setPageSize((event.target.value === 'all' ? 'all' : Number(event.target.value)) as PageSize)}>
            {PAGE_SIZES.map((size) => (
              <option key={size} value={String(size)}>
                {size === 'all' ? t('picture.pager.all', { total: formats.integer(total) }) : formats.integer(size)}
              </option>
            ))}
          </select>
        </div>
      )}
      <p className="table-pager-range" data-testid={withSize ? 'picture-range' : undefined}>
        {t('picture.pager.range', { from: formats.integer(page.from), to: formats.integer(page.to), total: formats.integer(total) })}
        {page.pages > 1 && <> {t('picture.pager.page', { page: formats.integer(page.page + 1), pages: formats.integer(page.pages) })}</>}
      </p>
      {page.pages > 1 && (
        <nav className="table-pager-buttons" aria-label={withSize ? t('picture.pager.label') : t('picture.pager.labelBelow')}>
          <button type="button" className="button" aria-disabled={first} onClick={() => !first && setPage(page.page - 1)}>
            {t('picture.pager.previous')}
          </button>
          <button type="button" className="button" aria-disabled={last} onClick={() => !last && setPage(page.page + 1)}>
            {t('picture.pager.next')}
          </button>
        </nav>
      )}
    </div>
  );
}
