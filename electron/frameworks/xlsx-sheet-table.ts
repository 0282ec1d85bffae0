import type { CellValue, Row, Worksheet } from 'exceljs';
import { normaliseName, type ColumnSpec } from './xlsx-layout';
import type { XlsxProblem } from './xlsx-problem';

/** What a cell holds, reduced to what a framework can use. Every cell is untrusted. */
export type CellReading =
  | { kind: 'empty' }
  | { kind: 'text'; text: string }
  | { kind: 'number'; value: number }
  | { kind: 'boolean'; value: boolean }
  | { kind: 'invalid'; reason: string };

const EMPTY: CellReading = { kind: 'empty' };

export function readCellValue(value: CellValue): CellReading {
  if (value === null || value === undefined) return EMPTY;
  if (typeof value === 'string') return value === '' ? EMPTY : { kind: 'text', text: value };
  if (typeof value === 'number') return Number.isFinite(value) ? { kind: 'number', value } : { kind: 'invalid', reason: 'not a finite number' };
  if (typeof value === 'boolean') return { kind: 'boolean', value };
  if (value instanceof Date) {
    return { kind: 'invalid', reason: 'Excel stored this as a date or time; format the cell as Text and type the value again' };
  }
  if ('richText' in value && Array.isArray(value.richText)) {
    return readCellValue(value.richText.map((run) => (typeof run.text === 'string' ? run.text : '')).join(''));
  }
  if ('error' in value) return { kind: 'invalid', reason: `the cell holds the Excel error ${String(value.error)}` };
  if ('formula' in value || 'sharedFormula' in value) {
    // A formula is accepted by its saved result, which is what the author sees in Excel.
    const result: unknown = value.result;
    if (result === undefined) return { kind: 'invalid', reason: 'the formula has no saved result; open and save the workbook in Excel, or type the value' };
    if (typeof result === 'object' && result !== null && 'error' in result) return { kind: 'invalid', reason: 'the formula results in an Excel error' };
    return readCellValue(result as CellValue);
  }
  if ('hyperlink' in value && 'text' in value) return readCellValue(value.text as CellValue);
  return { kind: 'invalid', reason: 'the cell holds a value of an unsupported kind' };
}

/** Column letter as Excel shows it: 1 → A, 27 → AA. */
export function columnLetter(column: number): string {
  let letters = '';
  for (let rest = column; rest > 0; rest = Math.floor((rest - 1) / 26)) {
    letters = String.fromCharCode(65 + ((rest - 1) % 26)) + letters;
  }
  return letters;
}

const NUMBER_TEXT = /^[+-]?(\d+(\.\d*)?|\.\d+)(e[+-]?\d+)?$/i;

/** Reads a number typed as text ("12", "0.5", "1e-3"); undefined for anything else. */
export function parseNumberText(text: string): number | undefined {
  const trimmed = text.trim();
  if (!NUMBER_TEXT.test(trimmed)) return undefined;
  const value = Number(trimmed);
  return Number.isFinite(value) ? value : undefined;
}

export interface CellLocation {
  sheet: string;
  row?: number;
  column?: string;
}

interface ColumnPlace {
  index: number;
  /** "O (weight)": the letter and the header as the author wrote it. */
  label: string;
}

/**
 * A worksheet read as a table: headers in row 1, matched by name in any order; one record per
 * non-blank row below. Problems with the layout (unknown, duplicate or missing columns, merged
 * cells) and with individual cells go to the shared problem list, each with its location.
 */
export class SheetTable<Header extends string> {
  readonly rows: TableRow<Header>[] = [];
  private readonly places = new Map<Header, ColumnPlace>();

  constructor(
    readonly sheet: Worksheet,
    specs: readonly ColumnSpec<Header>[],
    readonly problems: XlsxProblem[],
    /** Headers of earlier layouts → where their content lives now. */
    retired: Readonly<Record<string, string>> = {},
  ) {
    const headerless: number[] = [];
    const headerRow = sheet.findRow(1);
    const lastColumn = Math.max(sheet.columnCount, headerRow?.cellCount ?? 0);
    for (let index = 1; index <= lastColumn; index += 1) {
      const reading = headerRow ? readCellValue(headerRow.getCell(index).value) : EMPTY;
      const letter = columnLetter(index);
      if (reading.kind === 'empty') {
        headerless.push(index);
        continue;
      }
      const written = reading.kind === 'text' ? reading.text.trim() : reading.kind === 'number' ? String(reading.value) : '';
      const spec = specs.find((candidate) => normaliseName(candidate.header) === normaliseName(written));
      if (!spec) {
        const moved = Object.entries(retired).find(([header]) => normaliseName(header) === normaliseName(written))?.[1];
        this.problems.push({
          sheet: sheet.name,
          row: 1,
          column: `${letter} (${written})`,
          message:
            moved !== undefined
              ? `column "${written}" is no longer read: ${moved}`
              : `unknown column "${written}"; the columns of this sheet are: ${specs.map((s) => s.header).join(', ')}`,
        });
        continue;
      }
      const existing = this.places.get(spec.header);
      if (existing) {
        this.problems.push({ sheet: sheet.name, row: 1, column: `${letter} (${written})`, message: `column "${spec.header}" appears twice (also ${existing.label})` });
        continue;
      }
      this.places.set(spec.header, { index, label: `${letter} (${written})` });
    }
    for (const spec of specs) {
      if (spec.required && !this.places.has(spec.header)) {
        this.problems.push({ sheet: sheet.name, row: 1, message: `the required column "${spec.header}" is missing` });
      }
    }
    this.reportMerges();
    this.readRows(headerless);
  }

  has(header: Header): boolean {
    return this.places.has(header);
  }

  location(row?: number, header?: Header): CellLocation {
    return { sheet: this.sheet.name, row, column: header === undefined ? undefined : this.places.get(header)?.label };
  }

  cell(row: Row, header: Header): CellReading {
    const place = this.places.get(header);
    return place ? readCellValue(row.getCell(place.index).value) : EMPTY;
  }

  private reportMerges(): void {
    const merges: unknown = this.sheet.model.merges;
    if (!Array.isArray(merges)) return;
    for (const range of merges) {
      const match = /^([A-Z]+)(\d+)/.exec(String(range));
      this.problems.push({
        sheet: this.sheet.name,
        row: match ? Number(match[2]) : undefined,
        column: match?.[1],
        message: `cells ${String(range)} are merged; unmerge them so that every row has its own values`,
      });
    }
  }

  private readRows(headerless: readonly number[]): void {
    const reportedHeaderless = new Set<number>();
    for (let number = 2; number <= this.sheet.rowCount; number += 1) {
      const row = this.sheet.findRow(number);
      if (!row) continue;
      for (const index of headerless) {
        if (!reportedHeaderless.has(index) && readCellValue(row.getCell(index).value).kind !== 'empty') {
          reportedHeaderless.add(index);
          this.problems.push({
            sheet: this.sheet.name,
            row: number,
            column: columnLetter(index),
            message: 'this column has values but no header in row 1',
          });
        }
      }
      const blank = [...this.places.keys()].every((header) => this.cell(row, header).kind === 'empty');
      // Blank rows are layout, not data: authors leave them between groups.
      if (!blank) this.rows.push(new TableRow(this, row));
    }
  }
}

/** One data row, with typed readers that report a problem at the cell and return undefined when the value is unusable. */
export class TableRow<Header extends string> {
  /** 1-based, as Excel shows it. */
  readonly rowNumber: number;

  constructor(
    private readonly table: SheetTable<Header>,
    private readonly row: Row,
  ) {
    this.rowNumber = row.number;
  }

  location(header?: Header): CellLocation {
    return this.table.location(this.rowNumber, header);
  }

  problem(header: Header | undefined, message: string): void {
    this.table.problems.push({ ...this.location(header), message });
  }

  isEmpty(header: Header): boolean {
    return this.table.cell(this.row, header).kind === 'empty';
  }

  /**
   * A structural word (id, rule name, currency…), trimmed. Whole numbers are accepted because
   * Excel turns an id such as 12 into a number; anything else that is not text is a problem.
   */
  word(header: Header, required = false): string | undefined {
    const reading = this.table.cell(this.row, header);
    switch (reading.kind) {
      case 'empty':
        if (required) this.problem(header, `${header} is required`);
        return undefined;
      case 'text': {
        const text = reading.text.trim();
        if (text === '' && required) this.problem(header, `${header} is required`);
        return text === '' ? undefined : text;
      }
      case 'number':
        if (Number.isInteger(reading.value)) return String(reading.value);
        this.problem(header, `Excel stored ${reading.value} as a number; format the column as Text and type the value again`);
        return undefined;
      case 'boolean':
        this.problem(header, `${header} must be text, not TRUE/FALSE`);
        return undefined;
      case 'invalid':
        this.problem(header, reading.reason);
        return undefined;
    }
  }

  /** A text as written (not trimmed: it is content, and the round trip must keep it exact). */
  text(header: Header): string | undefined {
    const reading = this.table.cell(this.row, header);
    switch (reading.kind) {
      case 'empty':
        return undefined;
      case 'text':
        return reading.text;
      case 'number':
        return String(reading.value);
      case 'boolean':
        this.problem(header, 'this text cell holds TRUE/FALSE; format the cell as Text and type the text again');
        return undefined;
      case 'invalid':
        this.problem(header, reading.reason);
        return undefined;
    }
  }

  number(header: Header, required = false): number | undefined {
    const reading = this.table.cell(this.row, header);
    switch (reading.kind) {
      case 'empty':
        if (required) this.problem(header, `${header} is required (a number)`);
        return undefined;
      case 'number':
        return reading.value;
      case 'text': {
        const value = parseNumberText(reading.text);
        if (value === undefined) this.problem(header, `${header} must be a number, not "${clip(reading.text)}"`);
        return value;
      }
      case 'boolean':
        this.problem(header, `${header} must be a number, not TRUE/FALSE`);
        return undefined;
      case 'invalid':
        this.problem(header, reading.reason);
        return undefined;
    }
  }

  boolean(header: Header, yesWords: readonly string[], noWords: readonly string[]): boolean | undefined {
    const reading = this.table.cell(this.row, header);
    if (reading.kind === 'empty') return undefined;
    if (reading.kind === 'boolean') return reading.value;
    if (reading.kind === 'invalid') {
      this.problem(header, reading.reason);
      return undefined;
    }
    const word = reading.kind === 'text' ? reading.text.trim().toLowerCase() : String(reading.value);
    if (yesWords.includes(word)) return true;
    if (noWords.includes(word)) return false;
    this.problem(header, `${header} must be yes or no, not "${clip(word)}"`);
    return undefined;
  }
}

/** Quotes untrusted cell text in a message without letting it run on. */
export function clip(text: string): string {
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}
