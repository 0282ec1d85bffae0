import ExcelJS from 'exceljs';
import type { Worksheet } from 'exceljs';
import { DEFAULT_LANGUAGE, isRightToLeft, type Language } from '../../shared/i18n/languages';
import { escapeXlsxText } from '../frameworks/xlsx-text-escape';
import { csvDocument } from './csv-text';
import { indicatorColumns, perspectiveColumns } from './indicator-columns';
import { profileColumns, summaryColumns, type ColumnDefinition, type SetColumn } from './set-columns';
import { memberRows, type SetMember } from './set-member';
import { neutraliseFormula, type CellValue } from './spreadsheet-cell';

export type { SetColumn } from './set-columns';
export type { SetMember } from './set-member';
export type { CellValue } from './spreadsheet-cell';

/**
 * The spreadsheets of a consolidated set (docs/consolidation.md, "Spreadsheets of a set"): one
 * row per member — office and cycle, each revision its own row — and a description of every
 * column. Pure: the caller reads the packages and writes the files.
 */

export const SET_SHEETS = { data: 'Offices', columns: 'Columns' } as const;

/** The header of the columns description. */
const DESCRIPTION_HEADER = ['Key', 'Header', 'Meaning', 'Type', 'Label'] as const;

export interface SetTable {
  columns: SetColumn[];
  rows: CellValue[][];
}

function definitions(members: readonly SetMember[], language: Language) {
  const rows = memberRows(members);
  const columns: ColumnDefinition[] = [
    ...profileColumns(),
    ...indicatorColumns(rows, language),
    ...perspectiveColumns(rows, language),
    ...summaryColumns(),
  ];
  return { rows, columns };
}

/**
 * The data of the set: columns in order and one row of cells per member, sorted by region,
 * office code, cycle and revision. `language` chooses the framework's titles in the `label`
 * of the columns; headers and meanings stay English.
 */
export function setTable(members: readonly SetMember[], language: Language = DEFAULT_LANGUAGE): SetTable {
  const { rows, columns } = definitions(members, language);
  return {
    columns: columns.map(({ key, header, meaning, type, label }) => ({ key, header, meaning, type, label })),
    rows: rows.map((row) => columns.map((definition) => definition.cell(row))),
  };
}

function descriptionRows(columns: readonly SetColumn[]): CellValue[][] {
  return [[...DESCRIPTION_HEADER], ...columns.map((column) => [column.key, column.header, column.meaning, column.type, column.label])];
}

/** Two CSV files, UTF-8 with BOM, RFC 4180: the data (header row first) and the columns description. */
export function setCsv(members: readonly SetMember[], language: Language = DEFAULT_LANGUAGE): { data: Buffer; columns: Buffer } {
  const table = setTable(members, language);
  return {
    data: csvDocument([table.columns.map((column) => column.header), ...table.rows]),
    columns: csvDocument(descriptionRows(table.columns)),
  };
}

/**
 * Text is written as a string cell (never a formula), neutralised as in the CSV so that a
 * copy into another sheet stays inert, and escaped so it survives the XML (xlsx-text-escape).
 * exceljs writes a number as a number cell and a boolean as a boolean cell.
 */
function xlsxCell(value: CellValue): string | number | boolean | null {
  return typeof value === 'string' ? escapeXlsxText(neutraliseFormula(value)) : value;
}

function fillSheet(sheet: Worksheet, rows: readonly (readonly CellValue[])[], widths: readonly number[]): void {
  for (const row of rows) sheet.addRow(row.map(xlsxCell));
  sheet.getRow(1).font = { bold: true };
  widths.forEach((width, index) => {
    sheet.getColumn(index + 1).width = width;
  });
}

/** A workbook of two sheets: "Offices" (the data, header frozen, with a filter) and "Columns". */
export async function setXlsx(members: readonly SetMember[], language: Language = DEFAULT_LANGUAGE): Promise<Buffer> {
  const table = setTable(members, language);
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Fieldscore';

  const data = workbook.addWorksheet(SET_SHEETS.data, { views: [{ state: 'frozen', xSplit: 3, ySplit: 1 }] });
  fillSheet(data, [table.columns.map((column) => column.header), ...table.rows], table.columns.map((column) => Math.min(40, Math.max(10, column.header.length + 2))));
  if (table.columns.length > 0) data.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1 + table.rows.length, column: table.columns.length } };

  const columns = workbook.addWorksheet(SET_SHEETS.columns, { views: [{ state: 'frozen', ySplit: 1 }] });
  fillSheet(columns, descriptionRows(table.columns), [32, 28, 80, 48, 40]);
  columns.getColumn(3).alignment = { wrapText: true, vertical: 'top' };
  if (isRightToLeft(language)) columns.getColumn(5).alignment = { readingOrder: 'rtl', vertical: 'top' };

  return Buffer.from(await workbook.xlsx.writeBuffer());
}
