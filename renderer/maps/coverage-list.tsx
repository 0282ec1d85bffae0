import { useMemo } from 'react';
import { DataTable } from '../app/data-table';
import { coverageItems, type CoverageCountry } from './coverage-items';
import { StatusSwatch } from './coverage-patterns';
import type { MapWords } from './map-words';
import type { MapGeometry } from './world-geometry';
import './coverage-map.css';

export interface CoverageListProps {
  countries: readonly CoverageCountry[];
  /** The map's geometry, when the list goes with a map: rows of countries it cannot draw say so. */
  geometry: MapGeometry | null;
  countryName: (code: string) => string;
  words: MapWords;
  /** Shown above the table (print); otherwise only a screen reader hears it. */
  showCaption?: boolean;
  caption?: string;
}

/**
 * The map's data as a table: every country of the data (those the map cannot draw too), its
 * coverage in words beside the map's swatch, and the offices covering it; sorted by name in the
 * words' language, the order in which the map's arrow keys go. It is what a screen reader reads
 * instead of the map, and what a printed report lists under it.
 */
export function CoverageList({ countries, geometry, countryName, words, showCaption = false, caption }: CoverageListProps) {
  const items = useMemo(() => coverageItems(countries, geometry, countryName, words), [countries, geometry, countryName, words]);
  return (
    <DataTable
      caption={caption ?? words.list.caption}
      showCaption={showCaption}
      className="coverage-list"
      columns={[words.list.country, words.list.status, words.list.offices]}
    >
      {items.map((item) => (
        <tr key={item.code} data-country={item.code}>
          <th scope="row">
            {item.name}
            {geometry !== null && item.shape === null && <span className="coverage-list__note"> ({words.list.notOnMap})</span>}
          </th>
          <td>
            <StatusSwatch status={item.status} size={12} />
            {words.status[item.status]}
          </td>
          <td>{item.offices.length === 0 ? words.list.noOffice : words.offices(item.offices)}</td>
        </tr>
      ))}
    </DataTable>
  );
}
