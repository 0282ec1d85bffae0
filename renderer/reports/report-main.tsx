// Entry of the report page (report.html): one renderer for every printed report, in the app
// (the preview iframe, Electron's printToPDF and print) and from the command line (Playwright).
import './report.css';
import { REPORT_BODIES } from './report-bodies';
import { installReportRenderer, type RenderReport } from './render-report';

declare global {
  interface Window {
    /** Renders a ReportInput and resolves once it can be printed (fonts loaded). */
    fieldscoreRenderReport?: RenderReport;
  }
}

const container = document.getElementById('report');
if (!container) throw new Error('report.html has no #report');
window.fieldscoreRenderReport = installReportRenderer(REPORT_BODIES, container);
