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

/**
 * 'sheet "indicators", row 5, column O (weight)'; empty for a whole-file problem. For the
 * command line, which speaks English to people reading a terminal.
 */
export function xlsxLocationInWords(problem: XlsxProblem): string {
  return [
    problem.sheet === undefined ? undefined : `sheet "${problem.sheet}"`,
    problem.row === undefined ? undefined : `row ${problem.row}`,
    problem.column === undefined ? undefined : `column ${problem.column}`,
  ]
    .filter((part) => part !== undefined)
    .join(', ');
}

/**
 * The location the way Excel names a cell: "indicators!O12 (weight)"; a whole row
 * "indicators!12:12"; a whole sheet "indicators"; the whole file "". The notation needs no
 * translation, so the app shows it as is in every language.
 */
export function xlsxLocation(problem: XlsxProblem): string {
  if (problem.sheet === undefined) return '';
  if (problem.row === undefined) return problem.sheet;
  if (problem.column === undefined) return `${problem.sheet}!${problem.row}:${problem.row}`;
  const match = /^([A-Z]+)(?: \((.+)\))?$/.exec(problem.column);
  if (!match) return `${problem.sheet}!${problem.row} (${problem.column})`;
  return `${problem.sheet}!${match[1]}${problem.row}${match[2] === undefined ? '' : ` (${match[2]})`}`;
}
