import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { csvField } from '../../../electron/consolidation/csv-text';
import { neutraliseFormula, plainNumber } from '../../../electron/consolidation/spreadsheet-cell';
import { SET_SHEETS, setCsv, setTable, setXlsx, type CellValue, type SetMember, type SetTable } from '../../../electron/consolidation/set-spreadsheet';
import { frameworkRefOf } from '../../../shared/framework/framework-hash';
import { validateFramework } from '../../../shared/framework/validate-framework';
import { REGIONS } from '../../../shared/office/office-profile';
import { scoreAssessment } from '../../../shared/scoring/score-assessment';
import { demoMembers, parseCsv, smallMember } from './set-spreadsheet-fixtures';

let demo: SetMember[];
/** Demo members of two regions plus members of another framework, with awkward text and every kind of answer. */
let mixed: SetMember[];

beforeAll(async () => {
  demo = await demoMembers();
  const base = demo[0]!;
  mixed = [
    ...demo.filter((member) => member.document.office.region === 'arab_states' || member.document.office.region === 'africa').slice(0, 6),
    smallMember(base, 'Office "North", sub-office', { 'X1.1': { state: 'answered', value: -3 }, 'X1.2': { state: 'answered', value: true }, 'X1.3': { state: 'answered', value: [] } }, 1),
    smallMember(base, 'Bureau de liaison à Genève', { 'X1.1': { state: 'answered', value: 2.25 }, 'X1.2': { state: 'answered', value: false }, 'X1.3': { state: 'answered', value: ['a', 'b'] }, 'X1.4': { state: 'not_applicable' } }, 2),
    smallMember(base, 'Multi\nline _x0041_', { 'X1.2': { state: 'unknown' }, 'X1.4': { state: 'answered', value: 47.5 } }, 3),
  ];
}, 60_000);

const columnIndex = (table: SetTable, key: string) => {
  const index = table.columns.findIndex((column) => column.key === key);
  if (index < 0) throw new Error(`no column ${key}`);
  return index;
};
const cellsOf = (table: SetTable, key: string) => table.rows.map((row) => row[columnIndex(table, key)]);

describe('neutralising text a spreadsheet would run', () => {
  it('puts an apostrophe before =, +, -, @, tab, carriage return and their full-width forms, and nothing else', () => {
    for (const text of ['=HYPERLINK("http://x","y")', '+cmd', '-2+3', '-', '@SUM(A1)', '\tTab', '\rCR', '＝1+1', '＋1', '－1', '＠x']) {
      expect(neutraliseFormula(text)).toBe(`'${text}`);
    }
    for (const text of ['Nairobi', ' =1', "'quoted", '1+1', 'a=b', '\nLF', '']) expect(neutraliseFormula(text)).toBe(text);
  });

  it('never touches a number, in the CSV or the workbook', () => {
    expect(csvField(-3)).toBe('-3');
    expect(csvField('-3')).toBe(`"'-3"`);
    expect(csvField(true)).toBe('TRUE');
    expect(csvField(null)).toBe('');
    expect(csvField('say "hi", then\r\nleave')).toBe('"say ""hi"", then\r\nleave"');
  });
});

describe('numbers in a CSV', () => {
  it('are plain decimals without exponent or separators', () => {
    expect(plainNumber(1e-7)).toBe('0.0000001');
    expect(plainNumber(-1.5e-10)).toBe('-0.00000000015');
    expect(plainNumber(1e12)).toBe('1000000000000');
    expect(plainNumber(2.5e25)).toBe('25000000000000000000000000');
    expect(plainNumber(-0)).toBe('0');
    expect(plainNumber(1234567.891)).toBe('1234567.891');
    expect(() => plainNumber(Number.NaN)).toThrow(RangeError);
  });

  it('read back as the same double, whatever the double', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (value) => {
        const text = plainNumber(value);
        expect(text).toMatch(/^-?\d+(\.\d+)?$/);
        expect(Number(text)).toBe(value === 0 ? 0 : value);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('the table of a set', () => {
  it('has one row per member, sorted by region, office code, cycle and revision', () => {
    const table = setTable(demo);
    expect(table.rows).toHaveLength(demo.length);
    const keys = table.rows.map((row) => [
      REGIONS.indexOf(row[columnIndex(table, 'office.region')] as (typeof REGIONS)[number]),
      row[columnIndex(table, 'office.code')] as string,
      row[columnIndex(table, 'assessment.cycle')] as number,
      row[columnIndex(table, 'assessment.revision')] as number,
    ] as const);
    const sorted = [...keys].sort((a, b) => a[0] - b[0] || (a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0) || a[2] - b[2] || a[3] - b[3]);
    expect(keys).toEqual(sorted);
    expect(new Set(cellsOf(table, 'assessment.id')).size).toBe(demo.length);
    expect(cellsOf(table, 'assessment.revision')).toContain(2);
  });

  it('writes answers as numbers, booleans, option ids, counts and words', () => {
    const table = setTable(mixed);
    const small = table.rows.filter((row) => row[columnIndex(table, 'framework.id')] === 'set-spreadsheet-test');
    const cell = (row: CellValue[], key: string) => row[columnIndex(table, key)];
    expect(small.map((row) => cell(row, 'indicator.X1.1.value'))).toEqual([-3, 2.25, null]);
    expect(small.map((row) => cell(row, 'indicator.X1.2.value'))).toEqual([true, false, "don't know"]);
    expect(small.map((row) => cell(row, 'indicator.X1.3.value'))).toEqual(['(none)', 'a;b', null]);
    expect(small.map((row) => cell(row, 'indicator.X1.4.value'))).toEqual([null, 'n/a', 47.5]);
    expect(small.map((row) => cell(row, 'indicator.X1.2.score'))).toEqual([100, 0, null]);
    expect(small.map((row) => cell(row, 'indicator.X1.4.band'))).toEqual([null, null, 'green']);
    // The default framework's indicators are blank for these members, and theirs for the others.
    for (const row of small) expect(cell(row, 'indicator.P2.1.value')).toBeNull();
    const demoRow = table.rows.find((row) => cell(row, 'framework.id') === 'fieldscore-default')!;
    expect(cell(demoRow, 'indicator.X1.1.value')).toBeNull();
    expect(typeof cell(demoRow, 'indicator.P2.1.value')).toBe('number');
    expect(cell(demoRow, 'coverage.countries')).toBe(cell(demoRow, 'indicator.P2.1.value'));
    expect(cell(demoRow, 'coverage.country_codes')).toMatch(/^[A-Z]{3}\([RN]\)(;[A-Z]{3}\([RN]\))*$/);
    expect(typeof cell(demoRow, 'indicator.P1.1.value')).toBe('string');
  });

  it('takes the union of the frameworks in framework order, and leaves out score and band of indicators that are never scored', () => {
    const keys = setTable(mixed).columns.map((column) => column.key);
    const indicators = keys.filter((key) => key.startsWith('indicator.') && key.endsWith('.value')).map((key) => key.slice(10, -6));
    const defaultIds = demo[0]!.framework.perspectives.flatMap((perspective) => perspective.indicators.map((indicator) => indicator.id));
    expect(indicators).toEqual([...defaultIds, 'X1.1', 'X1.2', 'X1.3', 'X1.4']);
    expect(keys).not.toContain('indicator.P1.1.score');
    expect(keys).toContain('indicator.P1.3.score');
    expect(keys.filter((key) => key.startsWith('perspective.') && key.endsWith('.score'))).toEqual(['P1', 'P2', 'P3', 'P4', 'P5', 'X1'].map((id) => `perspective.${id}.score`));
    expect(new Set(keys).size).toBe(keys.length);
    const headers = setTable(mixed).columns.map((column) => column.header);
    expect(new Set(headers).size).toBe(headers.length);
  });

  it("keeps the newest version's order and fits in what only an older version has", () => {
    const base = demo[0]!;
    const older = base.framework;
    const newer = structuredClone(older);
    newer.version = '1.1.0';
    const p2 = newer.perspectives[1]!;
    p2.indicators.splice(3, 0, { ...structuredClone(p2.indicators[2]!), id: 'P2.3b' });
    newer.perspectives[4]!.indicators.pop();
    const validation = validateFramework(newer);
    if (!validation.ok) throw new Error(validation.problems.map((problem) => problem.message).join('; '));
    const answers = { ...base.document.answers, 'P2.3b': base.document.answers['P2.3']! };
    const document = { ...base.document, id: '22222222-0000-4000-8000-000000000001', framework: frameworkRefOf(validation.framework), answers };
    const member: SetMember = { ...base, document, framework: validation.framework, score: scoreAssessment(validation.framework, document.answers) };
    const ids = setTable([base, member]).columns.filter((column) => column.key.endsWith('.value')).map((column) => column.key.slice(10, -6));
    const oldIds = older.perspectives.flatMap((perspective) => perspective.indicators.map((indicator) => indicator.id));
    expect(ids).toEqual([...oldIds.slice(0, oldIds.indexOf('P2.4')), 'P2.3b', ...oldIds.slice(oldIds.indexOf('P2.4'))]);
    const table = setTable([base, member]);
    const [oldRow, newRow] = ['1.0.0', '1.1.0'].map((version) => table.rows.find((row) => row[columnIndex(table, 'framework.version')] === version)!);
    expect(oldRow![columnIndex(table, 'indicator.P2.3b.value')]).toBeNull();
    expect(newRow![columnIndex(table, 'indicator.P2.3b.value')]).toBe(newRow![columnIndex(table, 'indicator.P2.3.value')]);
    expect(newRow![columnIndex(table, 'indicator.P5.6.value')]).toBeNull();
    expect(oldRow![columnIndex(table, 'indicator.P5.6.value')]).not.toBeNull();
  });

  it('compares each office with the other offices of its region and cycle in the set', () => {
    const table = setTable(demo);
    const offices = new Map<string, Set<string>>();
    for (const member of demo) {
      const key = `${member.document.office.region} ${member.document.cycle}`;
      offices.set(key, (offices.get(key) ?? new Set()).add(member.document.officeId!));
    }
    table.rows.forEach((row) => {
      const key = `${String(row[columnIndex(table, 'office.region')])} ${String(row[columnIndex(table, 'assessment.cycle')])}`;
      expect(row[columnIndex(table, 'recommendation.compared_offices')]).toBe(offices.get(key)!.size - 1);
    });
    expect(new Set(cellsOf(table, 'recommendation.suggested_tier'))).toEqual(new Set(['subregional_office', 'country_office', 'non_resident']));
    const rules = cellsOf(table, 'recommendation.rules_fired').filter((text) => typeof text === 'string');
    expect(rules.some((text) => /^subregional office: countries covered \d+ ≥ 4; portfolio US\$ [\d,]+ in the top third/.test(text as string))).toBe(true);
  });

  it('labels indicators and perspectives in the language asked for, headers staying English', () => {
    const english = setTable(demo.slice(0, 2));
    const french = setTable(demo.slice(0, 2), 'fr');
    const arabic = setTable(demo.slice(0, 2), 'ar');
    const label = (table: SetTable, key: string) => table.columns[columnIndex(table, key)]!.label;
    expect(label(english, 'perspective.P2.score')).toBe('Country coverage');
    expect(label(french, 'perspective.P2.score')).not.toBe(label(english, 'perspective.P2.score'));
    expect(label(arabic, 'indicator.P1.1.value')).toMatch(/[\u0600-\u06FF]/);
    expect(french.columns.map((column) => column.header)).toEqual(english.columns.map((column) => column.header));
    expect(label(english, 'office.name')).toBeNull();
  });
});

describe('the CSV files', () => {
  it('are UTF-8 with a BOM, CRLF records, quotes doubled, one row per member, every row as wide as the header', () => {
    const { data, columns } = setCsv(mixed);
    for (const file of [data, columns]) {
      expect([...file.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const text = file.toString('utf8').slice(1);
      expect(text.endsWith('\r\n')).toBe(true);
      // Outside quoted fields, every line break is CRLF.
      const outside = text.replace(/"(?:[^"]|"")*"/g, '');
      expect(outside.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    }
    const text = data.toString('utf8').slice(1);
    expect(text).toContain('"Office ""North"", sub-office"');
    expect(text).toContain('"Multi\nline _x0041_"');
    const records = parseCsv(text);
    expect(records).toHaveLength(1 + mixed.length);
    for (const record of records) expect(record).toHaveLength(records[0]!.length);
    expect(records.slice(1).map((record) => record[columnIndex(setTable(mixed), 'office.name')]!.value)).toEqual(
      expect.arrayContaining(['Office "North", sub-office', 'Multi\nline _x0041_']),
    );
  });

  it('describe every column of the data, in order', () => {
    const table = setTable(mixed);
    const { data, columns } = setCsv(mixed);
    const header = parseCsv(data.toString('utf8').slice(1))[0]!.map((field) => field.value);
    const described = parseCsv(columns.toString('utf8').slice(1));
    expect(described[0]!.map((field) => field.value)).toEqual(['Key', 'Header', 'Meaning', 'Type', 'Label']);
    expect(described.slice(1).map((row) => row[1]!.value)).toEqual(header);
    expect(described.slice(1).map((row) => row[0]!.value)).toEqual(table.columns.map((column) => column.key));
    for (const row of described.slice(1)) {
      expect(row).toHaveLength(5);
      expect(row[2]!.value.length, row[0]!.value).toBeGreaterThan(5);
      expect(row[3]!.value.length, row[0]!.value).toBeGreaterThan(3);
    }
  });
});

describe('the workbook', () => {
  it('has the data sheet and the columns sheet, text as strings (never formulas), numbers and booleans typed', async () => {
    const table = setTable(mixed);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await setXlsx(mixed)) as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual([SET_SHEETS.data, SET_SHEETS.columns]);
    const data = workbook.getWorksheet(SET_SHEETS.data)!;
    expect(data.rowCount).toBe(1 + mixed.length);
    expect((data.getRow(1).values as CellValue[]).slice(1)).toEqual(table.columns.map((column) => column.header));
    table.rows.forEach((row, r) => {
      row.forEach((expected, c) => {
        const cell = data.getCell(r + 2, c + 1);
        if (expected === null) expect(cell.type).toBe(ExcelJS.ValueType.Null);
        else if (typeof expected === 'string') {
          expect(cell.type).toBe(ExcelJS.ValueType.String);
          expect(cell.value).toBe(neutraliseFormula(expected));
        } else {
          expect(cell.type).toBe(typeof expected === 'number' ? ExcelJS.ValueType.Number : ExcelJS.ValueType.Boolean);
          expect(cell.value).toBe(expected);
        }
      });
    });
    const described = workbook.getWorksheet(SET_SHEETS.columns)!;
    expect(described.rowCount).toBe(1 + table.columns.length);
    const keys: unknown[] = [];
    described.eachRow((row, index) => {
      if (index > 1) keys.push(row.getCell(1).value);
    });
    expect(keys).toEqual(table.columns.map((column) => column.key));
  });
});
