import type { Change, ScoreCell } from '../../../shared/picture/picture-types';
import type { RegionalOffice, RegionalReportData } from '../../../shared/reports/regional-report-data';
import { officeCode, type RegionalFormats } from './regional-format';

interface TableProps {
  data: RegionalReportData;
  formats: RegionalFormats;
}

/**
 * One score of the table: the score and its band in words, then the coverage. The band
 * is a word, never a colour, so the photocopied table reads the same.
 */
function Cell({ cell, formats }: { cell: ScoreCell | null; formats: RegionalFormats }) {
  const { t } = formats;
  if (cell === null) return <td className="regional-cell regional-none">{t('reports.regional.table.absent')}</td>;
  return (
    <td className="regional-cell" data-band={cell.band}>
      <span className="regional-cell-line">
        {cell.score !== null && <span className="regional-cell-score">{formats.score(cell.score)} </span>}
        <span className="regional-cell-band">{t(`editor.band.${cell.band}`)}</span>
      </span>
      <span className="regional-cell-coverage">{formats.coverage(cell.coverage)}</span>
    </td>
  );
}

/** The change of the overall score in words: "+2.1", "unchanged", "new", "not comparable". */
export function changeWord(change: Change, formats: RegionalFormats): string {
  if ((change.kind === 'up' || change.kind === 'down') && change.delta !== null) return formats.delta(change.delta);
  return formats.t(`reports.regional.change.kind.${change.kind}`);
}

/**
 * Every office of the scope by perspective, on landscape pages (the named page "wide"): its code
 * and name, its region for the network, then the overall score and each perspective's, and the
 * change of the overall score since the previous cycle. The header row repeats on every page and
 * a row is never split (report.css), so each office is one row on one page.
 */
export function RegionalTable({ data, formats }: TableProps) {
  const { t } = formats;
  const { masthead } = data;
  const network = masthead.scope.kind === 'network';
  const previous = masthead.previousCycle;
  return (
    <section className="report-section report-wide regional-table-section" aria-labelledby="regional-table-heading">
      <h2 id="regional-table-heading">{t('reports.regional.table.heading')}</h2>
      <table className="report-table regional-table" data-offices={data.offices.length}>
        <caption>
          {t('reports.regional.table.caption', { scope: formats.scope, cycle: formats.year(masthead.cycle), offices: formats.integer(data.offices.length) })}
        </caption>
        <colgroup>
          <col className="regional-col-office" />
          {network && <col className="regional-col-region" />}
          <col />
          {data.perspectives.map((perspective) => (
            <col key={perspective.id} />
          ))}
          {previous !== null && <col className="regional-col-change" />}
        </colgroup>
        <thead>
          <tr>
            <th scope="col">{t('reports.regional.table.office')}</th>
            {network && <th scope="col">{t('reports.regional.table.region')}</th>}
            <th scope="col">{t('reports.regional.figures.overall')}</th>
            {data.perspectives.map((perspective) => (
              <th key={perspective.id} scope="col">
                {formats.perspective(perspective.id)}
              </th>
            ))}
            {previous !== null && <th scope="col">{t('reports.regional.table.change', { cycle: formats.year(previous) })}</th>}
          </tr>
        </thead>
        <tbody>
          {data.offices.map((office) => (
            <Row key={office.officeId} office={office} data={data} formats={formats} network={network} withChange={previous !== null} />
          ))}
        </tbody>
      </table>
      <p className="report-small">{t('reports.regional.table.note')}</p>
    </section>
  );
}

function Row({ office, data, formats, network, withChange }: { office: RegionalOffice; data: RegionalReportData; formats: RegionalFormats; network: boolean; withChange: boolean }) {
  const { t } = formats;
  return (
    <tr data-office={office.officeCode}>
      <th scope="row">
        <span className="regional-office-code report-code">{officeCode(office)}</span>
        <span className="regional-office-name">{office.officeName}</span>
        {office.merged && <span className="regional-office-note">{t('reports.regional.table.merged')}</span>}
      </th>
      {network && <td>{t(`region.${office.region}`)}</td>}
      <Cell cell={office.overall} formats={formats} />
      {data.perspectives.map((perspective) => (
        <Cell key={perspective.id} cell={office.perspectives[perspective.id] ?? null} formats={formats} />
      ))}
      {withChange && <td className="num">{changeWord(office.change.overall, formats)}</td>}
    </tr>
  );
}
