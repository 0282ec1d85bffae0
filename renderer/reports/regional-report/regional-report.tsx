import type { TFunction } from 'i18next';
import { useMemo } from 'react';
import type { Language } from '../../../shared/i18n/languages';
import type { RegionalReportData } from '../../../shared/reports/regional-report-data';
import { ReportDocument } from '../report-document';
import { RegionalCoverage } from './regional-coverage';
import { RegionalDistributions } from './regional-distributions';
import { regionalFormats } from './regional-format';
import { RegionalMasthead } from './regional-masthead';
import { RegionalOffices } from './regional-offices';
import { RegionalRankings } from './regional-rankings';
import { RegionalMedians, RegionalSummary } from './regional-summary';
import { RegionalTable } from './regional-table';
import { RegionalTypes } from './regional-types';
import './regional-report.css';

/**
 * The regional report (docs/reports.md, "The regional report"): the masthead and the summary
 * figures, medians and quartiles, the offices × perspectives table on landscape pages, the
 * rankings paged to stay readable, the distributions, the office types with the rules that
 * fired, the coverage gaps with the map, and one line per office. It prints the data the backend
 * built from the hub's picture (shared/reports/regional-report-data.ts) and computes nothing but
 * the words, number formats and page layout of the report's language.
 */
export function RegionalReport({ data, t, language }: { data: RegionalReportData; t: TFunction; language: Language }) {
  const formats = useMemo(() => regionalFormats(data, t, language), [data, t, language]);
  const cycle = formats.year(data.masthead.cycle);
  const title = t('reports.regional.title', { scope: formats.scope, cycle });
  return (
    <ReportDocument
      title={title}
      symbol={data.masthead.symbol}
      runningTitle={t('reports.regional.runningTitle', { scope: formats.scope, cycle })}
      masthead={<RegionalMasthead data={data} formats={formats} title={title} />}
    >
      <RegionalSummary data={data} formats={formats} />
      <RegionalMedians data={data} formats={formats} />
      <RegionalTable data={data} formats={formats} />
      <RegionalRankings data={data} formats={formats} />
      <RegionalDistributions data={data} formats={formats} />
      <RegionalTypes data={data} formats={formats} />
      <RegionalCoverage data={data} formats={formats} />
      <RegionalOffices data={data} formats={formats} />
    </ReportDocument>
  );
}
