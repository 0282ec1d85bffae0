import { rankItems, RankedBars, type RankedRow } from '../../charts/ranked-bars';
import type { RegionalReportData } from '../../../shared/reports/regional-report-data';
import type { ScoreCell, Stats } from '../../../shared/picture/picture-types';
import { officeCode, type RegionalFormats } from './regional-format';

interface SectionProps {
  data: RegionalReportData;
  formats: RegionalFormats;
}

/**
 * Rows per chart column. A ranking is drawn at its own size (RankedBars never shrinks its text),
 * 240 units wide in a column of about 85 mm: 1 unit ≈ 1 pt, so labels print at 11 pt. Two
 * columns of 24 rows, with the axis and the legend, fill most of a portrait A4 or Letter page.
 */
export const RANKING_ROWS_PER_COLUMN = 24;
export const RANKING_COLUMNS = 2;
const CHART_WIDTH = 240;

function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let index = 0; index < items.length; index += size) out.push(items.slice(index, index + size));
  return out;
}

/** The ranked rows in pages: each page a list of columns, each column at most RANKING_ROWS_PER_COLUMN rows; ranks run on. */
export function rankingPages(rows: readonly RankedRow[]): RankedRow[][][] {
  return chunks(chunks(rows, RANKING_ROWS_PER_COLUMN), RANKING_COLUMNS);
}

interface Ranking {
  id: string;
  title: string;
  median: Stats | null;
  cell: (office: RegionalReportData['offices'][number]) => ScoreCell | null;
}

/**
 * The offices ranked by their overall score and by each perspective's, highest first, equal
 * scores sharing a rank, offices without a score last with the reason in words; the dashed line
 * is the scope's median. Each ranking is paged so that its text stays readable: a page holds two
 * columns of ranks, and a ranking longer than that continues on the next page.
 */
export function RegionalRankings({ data, formats }: SectionProps) {
  const { t } = formats;
  const cycle = formats.year(data.masthead.cycle);
  const rankings: Ranking[] = [
    { id: 'overall', title: t('reports.regional.rankings.overall', { scope: formats.scope, cycle }), median: data.benchmarks.scope.overall, cell: (office) => office.overall },
    ...data.perspectives.map((perspective) => ({
      id: perspective.id,
      title: t('reports.regional.rankings.perspective', { perspective: formats.perspective(perspective.id), scope: formats.scope, cycle }),
      median: data.benchmarks.scope.perspectives[perspective.id] ?? null,
      cell: (office: RegionalReportData['offices'][number]) => office.perspectives[perspective.id] ?? null,
    })),
  ];
  return (
    <section className="report-section report-page-break regional-rankings" aria-labelledby="regional-rankings-heading">
      <h2 id="regional-rankings-heading">{t('reports.regional.rankings.heading')}</h2>
      <p>{t('reports.regional.rankings.intro')}</p>
      {rankings.map((ranking, index) => (
        <RankingPages key={ranking.id} ranking={ranking} data={data} formats={formats} first={index === 0} />
      ))}
    </section>
  );
}

function RankingPages({ ranking, data, formats, first }: { ranking: Ranking; data: RegionalReportData; formats: RegionalFormats; first: boolean }) {
  const { t } = formats;
  const rows = rankItems(
    data.offices.map((office) => {
      const cell = ranking.cell(office);
      return { id: office.officeId, label: officeCode(office), score: cell?.score ?? null, band: cell?.band ?? 'insufficient_data' };
    }),
  );
  const pages = rankingPages(rows);
  const median = ranking.median ? { value: ranking.median.median, label: formats.chart.median } : null;
  return (
    <>
      {pages.map((columns, page) => (
        <div
          key={page}
          className={`regional-ranking report-keep${first && page === 0 ? '' : ' report-page-break'}`}
          data-ranking={ranking.id}
          data-page={page + 1}
        >
          <h3>{page === 0 ? ranking.title : t('reports.regional.rankings.continued', { title: ranking.title })}</h3>
          <div className="regional-ranking-columns">
            {columns.map((column, index) => {
              const from = formats.integer(page * RANKING_COLUMNS * RANKING_ROWS_PER_COLUMN + index * RANKING_ROWS_PER_COLUMN + 1);
              const to = formats.integer(page * RANKING_COLUMNS * RANKING_ROWS_PER_COLUMN + index * RANKING_ROWS_PER_COLUMN + column.length);
              const title = t('reports.regional.rankings.columnTitle', { title: ranking.title, from, to });
              const last = page === pages.length - 1 && index === columns.length - 1;
              return (
                <figure key={index} className="report-figure regional-ranking-column">
                  <RankedBars
                    rows={column}
                    thresholds={data.bands}
                    words={formats.chart}
                    format={formats.chartNumber}
                    title={title}
                    median={median}
                    dir={formats.dir}
                    width={CHART_WIDTH}
                    showLegend={last}
                    idPrefix={`ranking-${ranking.id}-${page}-${index}`}
                  />
                </figure>
              );
            })}
          </div>
        </div>
      ))}
    </>
  );
}
