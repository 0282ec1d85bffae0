import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { neutraliseFormula } from '../../../electron/consolidation/spreadsheet-cell';
import { setCsv, setTable, setXlsx, type CellValue, type SetMember, type SetTable } from '../../../electron/consolidation/set-spreadsheet';
import { demoMembers, libreOfficeConvert, parseCsv, smallMember, type CsvField } from './set-spreadsheet-fixtures';

/**
 * The set's workbook as a real spreadsheet program reads it: LibreOffice converts the .xlsx to
 * CSV, and every cell must be the one our own CSV holds — text as text (quoted by LibreOffice),
 * numbers as numbers, booleans as TRUE/FALSE, blanks blank. LibreOffice writes numbers with 15
 * significant digits (a spreadsheet's precision); our CSV keeps the shortest exact form, so
 * numbers are compared exactly against the table and to 15 digits against LibreOffice.
 */

const temp = fs.mkdtempSync(path.join(os.tmpdir(), 'fieldscore-set-sheet-'));
afterAll(() => fs.rmSync(temp, { recursive: true, force: true }));

function readBom(file: string): string {
  const text = fs.readFileSync(file, 'utf8');
  return text.startsWith('\uFEFF') ? text.slice(1) : text;
}

/** Converts `set.xlsx` and returns each sheet as parsed CSV, with the time LibreOffice took. */
async function throughLibreOffice(name: string, xlsx: Buffer): Promise<{ offices: CsvField[][]; columns: CsvField[][]; ms: number }> {
  const dir = fs.mkdtempSync(path.join(temp, `${name}-`));
  const file = path.join(dir, `${name}.xlsx`);
  fs.writeFileSync(file, xlsx);
  const { ms } = libreOfficeConvert(file, path.join(dir, 'out'));
  return {
    offices: parseCsv(readBom(path.join(dir, 'out', `${name}-Offices.csv`))),
    columns: parseCsv(readBom(path.join(dir, 'out', `${name}-Columns.csv`))),
    ms,
  };
}

/** How a cell of the table must read back from a CSV. */
interface Reading {
  /** Significant digits LibreOffice keeps; undefined: exact. */
  numberDigits?: number;
  /** What the reader does to text (after our neutralisation). */
  text?: (text: string) => string;
}

function expectCell(expected: CellValue, field: CsvField | undefined, where: string, reading: Reading): void {
  const { numberDigits, text = (value: string) => value } = reading;
  expect(field, where).toBeDefined();
  const { value, quoted } = field!;
  if (expected === null) expect({ value, quoted }, where).toEqual({ value: '', quoted: false });
  else if (typeof expected === 'boolean') expect({ value, quoted }, where).toEqual({ value: expected ? 'TRUE' : 'FALSE', quoted: false });
  else if (typeof expected === 'string') expect({ value, quoted }, where).toEqual({ value: text(neutraliseFormula(expected)), quoted: true });
  else {
    expect(quoted, `${where}: a number is never quoted`).toBe(false);
    expect(value, where).toMatch(/^-?\d+(\.\d+)?$|^-?\d(\.\d+)?E[-+]\d+$/);
    if (numberDigits === undefined) expect(Number(value), where).toBe(expected);
    else expect(Number(value).toPrecision(numberDigits), where).toBe(expected.toPrecision(numberDigits));
  }
}

function expectSheet(fields: CsvField[][], header: CellValue[], rows: CellValue[][], reading: Reading = {}): void {
  expect(fields).toHaveLength(1 + rows.length);
  [header, ...rows].forEach((row, r) => {
    expect(fields[r], `row ${r + 1}`).toHaveLength(row.length);
    row.forEach((cell, c) => expectCell(cell, fields[r]![c], `row ${r + 1}, column ${c + 1}`, reading));
  });
}

function descriptionRows(table: SetTable): CellValue[][] {
  return table.columns.map((column) => [column.key, column.header, column.meaning, column.type, column.label]);
}

describe('the demo network as a set', () => {
  let members: SetMember[];
  let table: SetTable;
  let ours: { data: CsvField[][]; columns: CsvField[][] };
  let office: Awaited<ReturnType<typeof throughLibreOffice>>;

  beforeAll(async () => {
    members = await demoMembers();
    table = setTable(members);
    const csv = setCsv(members);
    ours = { data: parseCsv(csv.data.toString('utf8').slice(1)), columns: parseCsv(csv.columns.toString('utf8').slice(1)) };
    office = await throughLibreOffice('demo', await setXlsx(members));
  }, 240_000);

  it('has one row per package of the network and a wide table of numbers', () => {
    expect(members).toHaveLength(107);
    expect(table.rows).toHaveLength(107);
    expect(table.columns.length).toBeGreaterThan(100);
    const numbers = table.rows.flat().filter((cell) => typeof cell === 'number').length;
    expect(numbers).toBeGreaterThan(107 * 60);
  });

  it('our CSV holds exactly the table: text quoted, numbers exact, booleans TRUE/FALSE', () => {
    expectSheet(ours.data, table.columns.map((column) => column.header), table.rows);
    expectSheet(ours.columns, ['Key', 'Header', 'Meaning', 'Type', 'Label'], descriptionRows(table));
  });

  it('LibreOffice reads the workbook cell for cell as our CSV', () => {
    expect(office.ms).toBeLessThan(180_000);
    expectSheet(office.offices, table.columns.map((column) => column.header), table.rows, { numberDigits: 15 });
    office.offices.forEach((row, r) => row.forEach((field, c) => {
      const mine = ours.data[r]![c]!;
      expect(field.quoted, `row ${r + 1}, column ${c + 1}`).toBe(mine.quoted);
      if (field.quoted || field.value === '' || /^(TRUE|FALSE)$/.test(field.value)) expect(field.value).toBe(mine.value);
      else expect(Number(field.value).toPrecision(15)).toBe(Number(mine.value).toPrecision(15));
    }));
  });

  it('LibreOffice reads the Columns sheet as our columns file', () => {
    expectSheet(office.columns, ['Key', 'Header', 'Meaning', 'Type', 'Label'], descriptionRows(table));
    expect(office.columns.map((row) => row.map((field) => field.value))).toEqual(ours.columns.map((row) => row.map((field) => field.value)));
  });
});

describe('text a spreadsheet would run as a formula', () => {
  const HOSTILE = ['=HYPERLINK("http://x","y")', '+cmd', '-2+3', '@SUM(A1)', '\tTab', '\rCR', '＝1+1', '-'];
  let members: SetMember[];
  let table: SetTable;
  let csv: { data: Buffer; columns: Buffer };
  let nameColumn: number;
  let balanceColumn: number;

  beforeAll(async () => {
    const [base] = await demoMembers();
    members = HOSTILE.map((name, index) =>
      smallMember(base!, name, { 'X1.1': { state: 'answered', value: -3 - index }, 'X1.2': { state: 'answered', value: index % 2 === 0 } }, index + 1),
    );
    table = setTable(members);
    csv = setCsv(members);
    nameColumn = table.columns.findIndex((column) => column.key === 'office.name');
    balanceColumn = table.columns.findIndex((column) => column.key === 'indicator.X1.1.value');
  }, 120_000);

  it('stays literal text, behind an apostrophe, when LibreOffice reads the workbook; numbers stay numbers', async () => {
    const office = await throughLibreOffice('hostile', await setXlsx(members));
    const names = office.offices.slice(1).map((row) => row[nameColumn]!);
    expect(names).toEqual(table.rows.map((row) => ({ value: `'${String(row[nameColumn])}`, quoted: true })));
    expect(new Set(names.map((name) => name.value.slice(1)))).toEqual(new Set(HOSTILE));
    expect(office.offices[1]![balanceColumn]).toEqual({ value: String(table.rows[0]![balanceColumn]), quoted: false });
    expect(table.rows.map((row) => row[balanceColumn])).toEqual(expect.arrayContaining([-3, -10]));
    expectSheet(office.offices, table.columns.map((column) => column.header), table.rows, { numberDigits: 15 });
  }, 240_000);

  it('stays literal text when LibreOffice opens our CSV with formulas evaluated', () => {
    const dir = fs.mkdtempSync(path.join(temp, 'hostile-csv-'));
    const file = path.join(dir, 'hostile.csv');
    fs.writeFileSync(file, csv.data);
    // Import: comma, quote, UTF-8, quoted fields not forced to text, special numbers detected, formulas evaluated.
    libreOfficeConvert(file, path.join(dir, 'out'), ['--infilter=CSV:44,34,76,1,,0,false,true,false,false,false,-1,true']);
    // A CSV has one sheet, which LibreOffice names after the file.
    const written = fs.readdirSync(path.join(dir, 'out'));
    expect(written).toHaveLength(1);
    const read = parseCsv(readBom(path.join(dir, 'out', written[0]!)));
    // LibreOffice's CSV import reads a carriage return inside a quoted field as a line feed.
    expectSheet(read, table.columns.map((column) => column.header), table.rows, { numberDigits: 15, text: (text) => text.replace(/\r\n?/g, '\n') });
    expect(read.slice(1).map((row) => row[nameColumn]!.value)).toEqual(HOSTILE.map((name) => `'${name.replace('\r', '\n')}`));
    expect(read.slice(1).map((row) => row[balanceColumn])).toEqual(HOSTILE.map((_, index) => ({ value: String(-3 - index), quoted: false })));
  }, 240_000);
});
