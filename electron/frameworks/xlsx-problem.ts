/**
 * One thing wrong with a framework workbook, located as an author sees it in Excel:
 * sheet name, row number (1-based, as Excel shows it) and column ("C (weight)").
 * Whole-file problems (not a workbook, too large) have no sheet.
 */
export interface XlsxProblem {
  sheet?: string;
  row?: number;
  column?: string;
  message: string;
}

/** "indicators row 5, column O (weight): weight must be a number" — one line, for the CLI and logs. */
export function formatXlsxProblem(problem: XlsxProblem): string {
  const where = [
    problem.sheet === undefined ? undefined : `sheet "${problem.sheet}"`,
    problem.row === undefined ? undefined : `row ${problem.row}`,
    problem.column === undefined ? undefined : `column ${problem.column}`,
  ].filter((part) => part !== undefined);
  return where.length === 0 ? problem.message : `${where.join(', ')}: ${problem.message}`;
}
