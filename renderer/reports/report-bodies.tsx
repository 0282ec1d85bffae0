import type { ComponentProps, ComponentType } from 'react';
import type { ReportKind } from '../../shared/reports/report-input';
import { ReportNotAvailable } from './not-available';
import type { ReportBodies } from './render-report';

// Vite's import.meta.glob, eager: a static import of every file matching the pattern, or none.
declare global {
  interface ImportMeta {
    glob(pattern: string, options: { eager: true }): Record<string, Record<string, unknown>>;
  }
}

/**
 * The content of each kind of report, by the agreed paths and export names. The two are written
 * separately (the office report, the regional report); found by path, a kind whose module is not
 * in this build prints a "not available" page instead of failing the build or faking a report.
 */
const officeModules = import.meta.glob('./office-report/office-report.tsx', { eager: true });
const regionalModules = import.meta.glob('./regional-report/regional-report.tsx', { eager: true });

function component<Props>(modules: Record<string, Record<string, unknown>>, name: string, kind: ReportKind): ComponentType<Props> {
  const found = Object.values(modules)[0]?.[name];
  if (typeof found === 'function') return found as ComponentType<Props>;
  return function Missing() {
    return <ReportNotAvailable kind={kind} />;
  };
}

export const REPORT_BODIES: ReportBodies = {
  office: component<ComponentProps<ReportBodies['office']>>(officeModules, 'OfficeReport', 'office'),
  regional: component<ComponentProps<ReportBodies['regional']>>(regionalModules, 'RegionalReport', 'regional'),
};
