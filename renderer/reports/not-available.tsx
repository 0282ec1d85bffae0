import type { ReportKind } from '../../shared/reports/report-input';
import { useReportSettings } from './report-context';
import { ReportDocument } from './report-document';

/**
 * Printed instead of a report whose content module is not part of this build: a clear page
 * that says so, never a made-up report.
 */
export function ReportNotAvailable({ kind }: { kind: ReportKind }) {
  const { t } = useReportSettings();
  const title = t('reports.document.notAvailable.title');
  return (
    <ReportDocument title={title} symbol="" masthead={<h1>{title}</h1>}>
      <p className="report-not-available" role="alert">
        {t(kind === 'office' ? 'reports.document.notAvailable.office' : 'reports.document.notAvailable.regional')}
      </p>
    </ReportDocument>
  );
}
