import type { TFunction } from 'i18next';
import { isRightToLeft, type Language } from '../../../shared/i18n/languages';
import type { OfficeReportData } from '../../../shared/reports/office-report-data';
import { chartWords } from '../../charts/chart-words';
import { PerspectiveBars, type PerspectiveBar } from '../../charts/perspective-bars';
import { formatYear } from '../../i18n/format';
import { formatCoverage, formatScore } from '../../screens/assessment-editor/number-format';
import { OfficeTypeSummary } from './office-type-summary';
import { bandWord, perspectiveLabel, scoreText } from './office-report-format';

interface SummaryProps {
  data: OfficeReportData;
  t: TFunction;
  language: Language;
}

/**
 * The one-page summary: the overall and perspective scores with their band words and coverage,
 * the same scores as bars (each band its own texture, so the page reads in black and white),
 * and the office-type recommendation with the rules and their numbers.
 */
export function OfficeSummary({ data, t, language }: SummaryProps) {
  const { score, framework, masthead } = data;
  const perspectives = new Map(framework.perspectives.map((perspective) => [perspective.id, perspective]));
  const overallLabel = t('reports.office.summary.overall');
  const rows = [
    ...score.perspectives.map((perspective) => ({
      id: perspective.perspectiveId,
      label: perspectiveLabel(perspectives.get(perspective.perspectiveId), perspective.perspectiveId, language),
      score: perspective.score,
      band: perspective.band,
      coverage: perspective.coverage,
      total: false,
    })),
    { id: 'overall', label: overallLabel, score: score.overall.score, band: score.overall.band, coverage: score.overall.coverage, total: true },
  ];
  const bars: PerspectiveBar[] = rows.map((row) => ({ id: row.id, label: row.label, score: row.score, band: row.band, ...(row.total ? { total: true } : {}) }));
  const chartTitle = t('reports.office.summary.chartTitle', { office: masthead.officeCode ?? masthead.officeName, cycle: formatYear(masthead.cycle, language) });

  return (
    <section className="report-section office-summary" aria-labelledby="office-summary-heading">
      <h2 id="office-summary-heading">{t('reports.office.summary.heading')}</h2>
      <div className="office-summary-scores report-keep">
        <table className="report-table office-scores">
          <caption>{t('reports.office.summary.scoresCaption')}</caption>
          <colgroup>
            <col />
            <col className="col-score" />
            <col className="col-band" />
            <col className="col-coverage" />
          </colgroup>
          <thead>
            <tr>
              <th scope="col">{t('reports.office.summary.perspective')}</th>
              <th scope="col" className="num">
                {t('reports.office.summary.score')}
              </th>
              <th scope="col">{t('reports.office.summary.band')}</th>
              <th scope="col" className="num">
                {t('reports.office.summary.coverage')}
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.id} className={row.total ? 'office-scores-total' : undefined} data-perspective={row.id}>
                <th scope="row">{row.label}</th>
                <td className="num">{scoreText(row.score, language)}</td>
                <td>{bandWord(row.band, t)}</td>
                <td className="num">{formatCoverage(row.coverage, language)}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <figure className="report-figure office-chart">
          <PerspectiveBars
            bars={bars}
            thresholds={framework.bands.aggregate}
            words={chartWords(t, language)}
            format={(value) => formatScore(value, language)}
            title={chartTitle}
            dir={isRightToLeft(language) ? 'rtl' : 'ltr'}
            width={330}
            idPrefix="office-summary-chart"
          />
          <figcaption>{chartTitle}</figcaption>
        </figure>
      </div>
      <p className="report-small">
        {t('reports.office.summary.bandsNote', {
          green: formatScore(framework.bands.aggregate.green, language),
          amber: formatScore(framework.bands.aggregate.amber, language),
          coverage: formatCoverage(framework.minCoverage, language),
        })}
      </p>
      <OfficeTypeSummary data={data} t={t} language={language} />
    </section>
  );
}
