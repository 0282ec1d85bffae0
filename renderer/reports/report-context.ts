import { createContext, useContext } from 'react';
import type { TFunction } from 'i18next';
import type { Language } from '../../shared/i18n/languages';
import type { Paper } from '../../shared/reports/report-input';

/** What every part of a report may need besides its data: the report's language, its texts, its paper. */
export interface ReportSettings {
  language: Language;
  dir: 'ltr' | 'rtl';
  paper: Paper;
  t: TFunction;
}

export const ReportContext = createContext<ReportSettings | null>(null);

export function useReportSettings(): ReportSettings {
  const settings = useContext(ReportContext);
  if (!settings) throw new Error('a report component rendered outside the report page (ReportContext missing)');
  return settings;
}
