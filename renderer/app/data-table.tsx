import type { ReactNode } from 'react';

interface DataTableProps {
  /** Names the table for screen readers; shown above it only with `showCaption`. */
  caption: string;
  showCaption?: boolean;
  /** Added to "data-table", for the table's own styles. */
  className?: string;
  /** The column headings, in order. */
  columns: readonly ReactNode[];
  /** The rows (tr). */
  children: ReactNode;
  /**
   * For a wide table whose cells hold nothing focusable: its scrolling box takes the keyboard
   * focus (a named region), so that it can be scrolled sideways with the arrow keys.
   */
  scrollable?: boolean;
}

/** A table of records: scrolls sideways on its own on a narrow window instead of widening the page. */
export function DataTable({ caption, showCaption = false, className, columns, children, scrollable = false }: DataTableProps) {
  return (
    <div className="table-scroll" {...(scrollable ? { tabIndex: 0, role: 'region', 'aria-label': caption } : {})}>
      <table className={className ? `data-table ${className}` : 'data-table'}>
        <caption className={showCaption ? undefined : 'visually-hidden'}>{caption}</caption>
        <thead>
          <tr>
            {columns.map((column, position) => (
              <th scope="col" key={position}>
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}
