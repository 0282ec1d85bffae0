/**
 * The parts every report's masthead shares (UN Editorial Manual, masthead): the organ and the
 * series on the start side; the symbol, the distribution, the date and "Original: <language>" on
 * the end side; and the facts under the title, two short ones a row. The office and the regional
 * report fill them with their own words; the layout is one (report.css, "Masthead").
 */

export interface MastheadHeadProps {
  organ: string;
  series: string;
  symbol: string;
  distribution: string;
  date: string;
  original: string;
}

export function MastheadHead({ organ, series, symbol, distribution, date, original }: MastheadHeadProps) {
  return (
    <div className="report-masthead-head">
      <div>
        <p className="report-masthead-organ">{organ}</p>
        <p className="report-masthead-series">{series}</p>
      </div>
      <div className="report-masthead-end">
        {/* Symbols read left to right in every language (report-code). */}
        <p className="report-masthead-symbol report-code">{symbol}</p>
        <p>{distribution}</p>
        <p>{date}</p>
        <p>{original}</p>
      </div>
    </div>
  );
}

/** One fact: a label and its value; a code (symbol, fingerprint, hash) is printed left to right. */
export interface Fact {
  label: string;
  value: string;
  code?: boolean;
}

/** Facts in rows of one or two; a lone fact takes the whole row. */
export function FactsTable({ rows }: { rows: readonly (readonly Fact[])[] }) {
  return (
    <table className="report-facts">
      <tbody>
        {rows.map((row) => (
          <tr key={row[0]!.label}>
            {row.map((fact) => (
              <FactCells key={fact.label} fact={fact} span={row.length === 1 ? 3 : undefined} />
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function FactCells({ fact, span }: { fact: Fact; span: number | undefined }) {
  return (
    <>
      <th scope="row">{fact.label}</th>
      <td colSpan={span}>{fact.code ? <span className="report-code">{fact.value}</span> : fact.value}</td>
    </>
  );
}
