/**
 * One thing wrong with a framework workbook, located as an author sees it in Excel:
 * sheet name, row number (1-based, as Excel shows it) and column ("O (weight)").
 * Whole-file problems (not a workbook, too large) have no sheet.
 */
export interface XlsxProblem {
  sheet?: string;
  row?: number;
  column?: string;
  message: string;
}

/** 'sheet "indicators", row 5, column O (weight)'; empty for a whole-file problem. */
export function xlsxProblemLocation(problem: XlsxProblem): string {
  return [
    problem.sheet === undefined ? undefined : `sheet "${problem.sheet}"`,
    problem.row === undefined ? undefined : `row ${problem.row}`,
    problem.column === undefined ? undefined : `column ${problem.column}`,
  ]
    .filter((part) => part !== undefined)
    .join(', ');
}

