/**
 * One cell of a spreadsheet Fieldscore writes (docs/consolidation.md, "Spreadsheets of a set"):
 * text, a number, a boolean (yes/no answers and flags), or blank.
 */
export type CellValue = string | number | boolean | null;

/**
 * Characters that make a spreadsheet read a cell as a formula (or, for tab and carriage
 * return, hide a formula behind whitespace): OWASP's list, "CSV Injection". The full-width
 * forms are included too: an East Asian input method turns ＝ into = as it is typed, and some
 * spreadsheet imports fold full-width signs to ASCII; an apostrophe before a name that starts
 * with one costs nothing.
 */
const FORMULA_START = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;

/**
 * Text that a spreadsheet could run as a formula gets a leading apostrophe (OWASP's advice), so
 * `=HYPERLINK(…)`, `+1 sub office` or `-` stay text when the file is opened, imported or the
 * cell is copied into another sheet. The apostrophe is part of the text, in the CSV and in the
 * workbook alike. Only text goes through here: a negative number is a number and stays one.
 */
export function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/**
 * A number as a spreadsheet reads it everywhere: '.' as the decimal mark, no thousands
 * separators, no exponent (String(1e-7) is "1e-7", which some imports take for text), and
 * JavaScript's shortest text that reads back as the same double, so no precision is lost.
 */
export function plainNumber(value: number): string {
  if (!Number.isFinite(value)) throw new RangeError(`a spreadsheet cell cannot hold ${value}`);
  if (value === 0) return '0'; // also -0
  const shortest = String(value);
  const exponent = /^(-?)(\d)(?:\.(\d+))?e([+-]\d+)$/.exec(shortest);
  if (!exponent) return shortest;
  const [, sign, lead, rest = '', power] = exponent;
  const digits = `${lead}${rest}`;
  const point = 1 + Number(power); // where the decimal point falls within `digits`
  if (point <= 0) return `${sign}0.${'0'.repeat(-point)}${digits}`;
  if (point >= digits.length) return `${sign}${digits}${'0'.repeat(point - digits.length)}`;
  return `${sign}${digits.slice(0, point)}.${digits.slice(point)}`;
}
