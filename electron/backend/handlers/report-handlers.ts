import type { ReportInputRequest } from '../../../shared/api/report-contract';
import type { ReportInput } from '../../../shared/reports/report-input';
import { readCountryGroups, type CountryGroups } from '../../geo/country-groups';
import { printReportPdf, reportFileName, type ReportPrinterOptions } from '../../reports/chromium-pdf';
import { officeReportData } from '../../reports/office-report-data';
import { regionalReportDataOfHub } from '../../reports/regional-report-data';
import { reviewStatusLookup } from '../../reviews/hub-reviews';
import type { Handlers } from '../dispatch';
import type { StoreSession } from '../store-session';

export interface ReportHandlerOptions {
  /** How `reports.pdf` prints (tests pass a Chromium or a report page); found on the machine by default. */
  printer?: Omit<ReportPrinterOptions, 'appDir'>;
}

/**
 * Printed reports (docs/reports.md): the report page's input, computed here from the store, and
 * the same report as a PDF through the machine's Chromium for the browser mode (the desktop app
 * prints with Electron: electron/shell/print-report.ts). `resourcesDir` is the app's resources/
 * (country groups), and its app folder holds dist/renderer/report.html.
 */
export function reportHandlers(
  session: StoreSession,
  resourcesDir: string,
  options: ReportHandlerOptions = {},
): Pick<Handlers, 'reports.input' | 'reports.pdf'> {
  let groups: CountryGroups | undefined;
  const countryGroups = (): CountryGroups => {
    groups ??= readCountryGroups(resourcesDir);
    return groups;
  };

  const reportInput = async ({ report, language, paper }: ReportInputRequest): Promise<ReportInput> => {
    if (report.kind === 'office') {
      const context = { repositories: session.repositories(), key: session.installationKey(), appVersion: session.appVersion, groups: countryGroups() };
      const subject = { kind: report.from === 'field' ? ('assessment' as const) : ('held' as const), assessmentId: report.assessmentId };
      return { kind: 'office', language, paper, data: await officeReportData(context, subject) };
    }
    const { hub, reviews } = session.repositories();
    const request = { ...(report.cycle === undefined ? {} : { cycle: report.cycle }), ...(report.region === undefined ? {} : { region: report.region }) };
    return { kind: 'regional', language, paper, data: await regionalReportDataOfHub(hub, resourcesDir, reviewStatusLookup(reviews), request) };
  };

  // One print at a time: each starts a browser, and a second click must not start a second one.
  let printing: Promise<unknown> = Promise.resolve();
  const printOne = async (request: ReportInputRequest) => {
    const input = await reportInput(request);
    const printed = await printReportPdf(input, { ...options.printer, appDir: resourcesDir });
    return { fileName: reportFileName(printed, input.language), dataBase64: printed.pdf.toString('base64') };
  };

  return {
    'reports.input': reportInput,
    'reports.pdf': (request) => {
      const result = printing.then(() => printOne(request));
      printing = result.catch(() => undefined);
      return result;
    },
  };
}
