import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../shared/api/app-error';
import { REPORT_ERROR_KEYS } from '../../shared/reports/report-errors';
import { findAppRoot } from '../app-root';

/** The built report page, relative to the app folder (scripts/build.mjs writes it with the renderer). */
export const REPORT_PAGE = path.join('dist', 'renderer', 'report.html');

/**
 * dist/renderer/report.html of the app folder that holds `startDir` (the running bundle or source
 * file, found as the CLI finds resources/: findAppRoot). Not built → a clear error, not a blank PDF.
 */
export function reportPagePath(startDir: string): string {
  let root: string;
  try {
    root = findAppRoot(startDir);
  } catch {
    throw new AppError('not_found', `the report page is not found: no Fieldscore app folder above ${startDir}`, {
      messageKey: REPORT_ERROR_KEYS.pageMissing,
      params: { path: path.join(startDir, REPORT_PAGE) },
    });
  }
  const page = path.join(root, REPORT_PAGE);
  if (!fs.existsSync(page) || !fs.existsSync(path.join(path.dirname(page), 'fonts', 'fonts.css'))) {
    throw new AppError('not_found', `the report page ${page} or its fonts are missing: run npm run build`, {
      messageKey: REPORT_ERROR_KEYS.pageMissing,
      params: { path: page },
    });
  }
  return page;
}
