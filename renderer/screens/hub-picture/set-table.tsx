import { memo, useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { PictureRow, SetPicture } from '../../../shared/picture/picture-types';
import { routeHref } from '../../app/route';
import { sameSortKey, type PictureSort, type SortKey } from '../../state/picture-store';
import { usePictureStore } from '../../state/stores-context';
import { OfficeAgainstMedians } from './office-against-medians';
import { changeSentence, type PictureFormats } from './picture-format';
import { ScoreTd, ChangeMark, type CellWords } from './score-cell';
import { suggestedTierOf } from './table-model';

interface Column {
  key: SortKey;
  label: ReactNode;
  /** For the caption's "sorted by …". */
  name: string;
}

/** The words of a row that are the same for every row: looked up once per table, not 1,000 times. */
interface RowWords extends CellWords {
  region: (region: string) => string;
  tier: (tier: string) => string;
  twoTier: (tier: string) => string;
  review: (status: string) => string;
  compare: (office: string) => string;
}

/**
 * The set at a glance: offices × perspectives, a real table (caption, column and row headers,
 * aria-sort) so a screen reader can move cell by cell and hear each column's name. Each
 * column's heading is a button that sorts by it; the office's row header links to its
 * drill-down and has a button that opens the office against the medians below it.
 *
 * The rows given (a page of the sorted, filtered set) are all real rows of the table, not only
 * those scrolled into view: a screen reader's table commands, the browser's find and printing see
 * every row of the page, and "All" puts the whole set on one page. Windowing would have hidden
 * rows from all three; pages keep the DOM small enough instead (scripts/bench-hub-table.ts
 * measures both). Rows are memoised, so re-sorting moves them without rendering their cells again.
 */
export function SetTable({ picture, rows, formats, caption }: { picture: SetPicture; rows: readonly PictureRow[]; formats: PictureFormats; caption: string }) {
  const { t } = useTranslation();
  const sort = usePictureStore((state) => state.sort);
  const sortBy = usePictureStore((state) => state.sortBy);
  const selected = usePictureStore((state) => state.selectedOfficeId);
  const selectOffice = usePictureStore((state) => state.selectOffice);

  const words = useMemo<RowWords>(
    () => ({
      formats,
      coverage: t('picture.cell.coverage'),
      absent: t('picture.cell.absent'),
      newShort: t('picture.change.newShort'),
      changeSentence: (change) => changeSentence(t, formats, change, picture.previousCycle),
      region: (region) => t(`region.${region}`),
      tier: (tier) => t(`tier.${tier}`),
      twoTier: (tier) => (tier === 'undecided' ? t('picture.suggested.undecided') : t(`twoTier.${tier}`)),
      review: (status) => t(`review.status.${status}`),
      compare: (office) => t('picture.row.compare', { office }),
    }),
    [t, formats, picture.previousCycle],
  );

  const columns: Column[] = [
    { key: { kind: 'office' }, label: t('picture.column.office'), name: t('picture.column.office') },
    { key: { kind: 'region' }, label: t('picture.column.region'), name: t('picture.column.region') },
    { key: { kind: 'currentTier' }, label: t('picture.column.currentTier'), name: t('picture.column.currentTier') },
    { key: { kind: 'suggestedTier' }, label: t('picture.column.suggestedTier'), name: t('picture.column.suggestedTier') },
    { key: { kind: 'review' }, label: t('picture.column.review'), name: t('picture.column.review') },
    { key: { kind: 'overall' }, label: t('picture.column.overall'), name: t('picture.column.overall') },
    ...picture.perspectives.map((perspective) => {
      const name = formats.text(perspective.name);
      return {
        key: { kind: 'perspective', id: perspective.id } as const,
        label: (
          <>
            <span className="perspective-id">{perspective.id}</span> {name}
          </>
        ),
        name: `${perspective.id} ${name}`,
      };
    }),
    {
      key: { kind: 'change' },
      label: picture.previousCycle === null ? t('picture.column.change') : t('picture.column.changeSince', { cycle: formats.year(picture.previousCycle) }),
      name: t('picture.column.change'),
    },
  ];
  const sortedColumn = columns.find((column) => sameSortKey(column.key, sort.key));
  // The same array while the picture is the same: the rows are memoised on it.
  const perspectiveIds = useMemo(() => picture.perspectives.map((perspective) => perspective.id), [picture.perspectives]);

  return (
    <div className="picture-table-scroll">
      <table className="data-table picture-table" data-testid="picture-table">
        <caption>
          {caption}
          <span className="picture-table-sorted">
            {' '}
            {t('picture.table.sorted', { column: sortedColumn?.name ?? '', direction: t(`picture.sort.${sort.direction}`) })}
          </span>
        </caption>
        <thead>
          <tr>
            {columns.map((column, index) => (
              <SortHeader key={index} column={column} sort={sort} onSort={sortBy} />
            ))}
            <th scope="col" className="compare-header">
              {t('picture.column.details')}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <SetRow
              key={row.officeId}
              row={row}
              perspectiveIds={perspectiveIds}
              words={words}
              expanded={row.officeId === selected}
              onToggle={selectOffice}
              columnCount={columns.length + 1}
              picture={row.officeId === selected ? picture : null}
            />
          ))}
        </tbody>
      </table>
    </div>
  );
}

function SortHeader({ column, sort, onSort }: { column: Column; sort: PictureSort; onSort: (key: SortKey) => void }) {
  const active = sameSortKey(column.key, sort.key);
  return (
    <th scope="col" aria-sort={active ? sort.direction : undefined} data-column={column.key.kind === 'perspective' ? column.key.id : column.key.kind}>
      <button type="button" className="sort-button" onClick={() => onSort(column.key)}>
        <span>{column.label}</span>
        <span className="sort-arrow" aria-hidden="true">
          {active ? (sort.direction === 'ascending' ? '▲' : '▼') : '↕'}
        </span>
      </button>
    </th>
  );
}

interface SetRowProps {
  row: PictureRow;
  perspectiveIds: readonly string[];
  words: RowWords;
  expanded: boolean;
  onToggle: (officeId: string | null) => void;
  columnCount: number;
  /** Only for the expanded row, so that the others stay memoised when the picture object is the same. */
  picture: SetPicture | null;
}

const SetRow = memo(function SetRow({ row, perspectiveIds, words, expanded, onToggle, columnCount, picture }: SetRowProps) {
  const detailId = `office-detail-${row.officeId}`;
  const suggested = suggestedTierOf(row);
  return (
    <>
      <tr data-office={row.officeCode} data-office-id={row.officeId} data-region={row.region} data-review={row.review} className={expanded ? 'is-selected' : undefined}>
        <th scope="row" className="office-cell">
          <a href={routeHref({ screen: 'hubOffice', assessmentId: row.assessmentId })} className="office-link">
            <bdi className="office-code">{row.officeCode}</bdi>
            <span className="office-name">{row.officeName}</span>
          </a>
        </th>
        <td>{words.region(row.region)}</td>
        <td>{words.tier(row.currentTier)}</td>
        <td data-suggested={suggested}>{words.twoTier(suggested)}</td>
        <td data-review={row.review}>{words.review(row.review)}</td>
        <ScoreTd cell={row.overall} words={words} header />
        {perspectiveIds.map((id) => (
          <ScoreTd key={id} cell={row.perspectives[id] ?? null} change={row.change.perspectives[id]} words={words} />
        ))}
        <td className="change-cell" data-change={row.change.overall.kind}>
          <ChangeMark change={row.change.overall} words={words} />
        </td>
        <td className="compare-cell">
          {/* In a cell of its own: inside the row header its words would be read with every cell of the row. */}
          <button
            type="button"
            className="button-link compare-button"
            aria-expanded={expanded}
            aria-controls={expanded ? detailId : undefined}
            onClick={() => onToggle(expanded ? null : row.officeId)}
          >
            {words.compare(row.officeCode)}
          </button>
        </td>
      </tr>
      {expanded && picture && (
        <tr className="detail-row">
          <td colSpan={columnCount} id={detailId}>
            <OfficeAgainstMedians picture={picture} row={row} formats={words.formats} />
          </td>
        </tr>
      )}
    </>
  );
});
