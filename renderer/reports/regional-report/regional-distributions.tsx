import { DistributionStrip, type StripValue } from '../../charts/distribution-strip';
import type { Stats } from '../../../shared/picture/picture-types';
import type { RegionalReportData } from '../../../shared/reports/regional-report-data';
import { middleHalf, officeCode, type RegionalFormats } from './regional-format';

interface SectionProps {
  data: RegionalReportData;
  formats: RegionalFormats;
}

interface DistributionRow {
  id: string;
  label: string;
  values: StripValue[];
  stats: Stats | null;
  outliers: string[];
}

/** The outliers named, with their scores: "KEN-RH 12.5, NGA-RH 98" — found without seeing the strip. */
function outlierText(row: DistributionRow, formats: RegionalFormats): string {
  if (row.outliers.length === 0) return formats.t('reports.regional.distributions.noOutlier');
  const scores = new Map(row.values.map((value) => [value.id, value.score]));
  return formats.list(
    row.outliers.map((id) => {
      const office = formats.office(id);
      return `${formats.code(office ? officeCode(office) : id)} ${formats.score(scores.get(id) ?? null)}`;
    }),
  );
}

interface TableProps {
  rows: DistributionRow[];
  caption: string;
  formats: RegionalFormats;
  strip: { width: number; height: number };
  thresholds: RegionalReportData['bands'];
  className: string;
}

function DistributionTable({ rows, caption, formats, strip, thresholds, className }: TableProps) {
  const { t } = formats;
  return (
    <table className={`report-table regional-distribution-table ${className}`}>
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t('reports.regional.distributions.score')}</th>
          <th scope="col" className="num">{t('reports.regional.medians.offices')}</th>
          <th scope="col" className="num">{t('reports.regional.medians.median')}</th>
          <th scope="col">{t('reports.regional.distributions.middleHalf')}</th>
          <th scope="col">{t('reports.regional.distributions.strip')}</th>
          <th scope="col">{t('reports.regional.distributions.outliers')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.id} data-distribution={row.id}>
            <th scope="row">{row.label}</th>
            <td className="num">{formats.integer(row.stats?.n ?? 0)}</td>
            <td className="num">{formats.score(row.stats?.median ?? null)}</td>
            <td>{row.stats ? middleHalf(row.stats, formats) : t('reports.regional.figures.noScore')}</td>
            <td className="regional-strip-cell">
              <DistributionStrip
                values={row.values}
                stats={row.stats}
                outlierIds={row.outliers}
                thresholds={thresholds}
                words={formats.chart}
                format={formats.chartNumber}
                title={t('reports.regional.distributions.stripTitle', { score: row.label, scope: formats.scope })}
                dir={formats.dir}
                width={strip.width}
                height={strip.height}
                idPrefix={`strip-${className}-${row.id.replace(/\W/g, '_')}`}
              />
            </td>
            <td>{outlierText(row, formats)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/**
 * The spread of the scores across the scope's offices: the overall score and each perspective's,
 * then each scored indicator's — a strip of one dot per office with the middle half (the box),
 * the median (the line) and outliers (crosses, beyond 1.5 × the interquartile range), with the
 * same figures and the outliers named in the columns beside it.
 */
export function RegionalDistributions({ data, formats }: SectionProps) {
  const { t } = formats;
  const cycle = formats.year(data.masthead.cycle);
  const values = (score: (office: RegionalReportData['offices'][number]) => number | null): StripValue[] =>
    data.offices.map((office) => ({ id: office.officeId, label: officeCode(office), score: score(office) }));
  const perspectives: DistributionRow[] = [
    { id: 'overall', label: t('reports.regional.figures.overall'), values: values((office) => office.overall.score), ...data.distributions.overall },
    ...data.perspectives.map((perspective) => ({
      id: perspective.id,
      label: formats.perspective(perspective.id),
      values: values((office) => office.perspectives[perspective.id]?.score ?? null),
      stats: data.distributions.perspectives[perspective.id]?.stats ?? null,
      outliers: data.distributions.perspectives[perspective.id]?.outliers ?? [],
    })),
  ];
  const indicators: DistributionRow[] = data.indicators
    .filter((indicator) => indicator.scored)
    .map((indicator) => ({
      id: indicator.id,
      label: formats.indicator(indicator.id),
      values: indicator.values.map((value) => ({ id: value.officeId, label: officeCode(formats.office(value.officeId) ?? { officeCode: value.officeId, officeName: value.officeId }), score: value.score })),
      stats: indicator.stats,
      outliers: indicator.outliers,
    }));
  return (
    <section className="report-section report-page-break regional-distributions" aria-labelledby="regional-distributions-heading">
      <h2 id="regional-distributions-heading">{t('reports.regional.distributions.heading')}</h2>
      <p>{t('reports.regional.distributions.intro')}</p>
      <DistributionTable
        rows={perspectives}
        caption={t('reports.regional.distributions.perspectivesCaption', { scope: formats.scope, cycle })}
        formats={formats}
        strip={{ width: 300, height: 48 }}
        thresholds={data.bands}
        className="regional-perspective-strips"
      />
      <DistributionTable
        rows={indicators}
        caption={t('reports.regional.distributions.indicatorsCaption', { scope: formats.scope, cycle })}
        formats={formats}
        strip={{ width: 200, height: 28 }}
        thresholds={data.bands}
        className="regional-indicator-strips"
      />
    </section>
  );
}
