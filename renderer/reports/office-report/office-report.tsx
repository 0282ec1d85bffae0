import type { TFunction } from 'i18next';
import type { Language } from '../../../shared/i18n/languages';
import type { OfficeReportData } from '../../../shared/reports/office-report-data';
import { formatYear } from '../../i18n/format';
import { ReportDocument } from '../report-document';
import { OfficeChange } from './office-change';
import { OfficeCountries } from './office-countries';
import { OfficeIndicators } from './office-indicators';
import { OfficeMasthead, OfficeProvenance } from './office-masthead';
import { OfficeReview } from './office-review';
import { OfficeSummary } from './office-summary';
import { OfficeTypeRules } from './office-type-summary';
import './office-report.css';

/**
 * The office assessment report (docs/reports.md, "The office report"): the masthead, a one-page
 * summary, the office-type rules in full, every indicator, the countries covered with their map, the change since the previous
 * cycle and the hub's review where they exist. It prints the data as built by the backend
 * (shared/reports/office-report-data.ts) and computes nothing but the words and number formats of
 * the report's language, which may differ from the screen's.
 */
export function OfficeReport({ data, t, language }: { data: OfficeReportData; t: TFunction; language: Language }) {
  const { masthead } = data;
  const cycle = formatYear(masthead.cycle, language);
  const title = t('reports.office.title', { office: masthead.officeName, cycle });
  return (
    <ReportDocument
      title={title}
      symbol={masthead.symbol}
      runningTitle={t('reports.office.runningTitle', { office: masthead.officeCode ?? masthead.officeName, cycle })}
      masthead={<OfficeMasthead data={data} t={t} language={language} title={title} />}
    >
      <OfficeSummary data={data} t={t} language={language} />
      <OfficeProvenance data={data} t={t} language={language} />
      <OfficeTypeRules data={data} t={t} language={language} />
      <OfficeIndicators data={data} t={t} language={language} />
      <OfficeCountries data={data} t={t} language={language} />
      <OfficeChange data={data} t={t} language={language} />
      <OfficeReview data={data} t={t} language={language} />
    </ReportDocument>
  );
}
