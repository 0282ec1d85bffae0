import ExcelJS from 'exceljs';
import fc from 'fast-check';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { frameworkFromXlsx, frameworkToXlsx, type FrameworkXlsxResult } from '../../../electron/frameworks/framework-xlsx';
import type { XlsxProblem } from '../../../electron/frameworks/xlsx-problem';
import { FRAMEWORK_MAX_BYTES } from '../../../shared/api/contract';
import { validateFramework } from '../../../shared/framework/validate-framework';
import { validFrameworkArb } from '../../fixtures/xlsx/framework-arbitrary';
import { smallFramework } from '../../fixtures/xlsx/small-framework';

const DEFAULT_FRAMEWORK = path.resolve(__dirname, '../../../resources/frameworks/fieldscore-default-1.0.0.json');

async function loadWorkbook(bytes: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  return workbook;
}

/** Exports the small framework, lets the test damage the workbook, and reads it back. */
async function importAfter(change: (workbook: ExcelJS.Workbook) => void): Promise<FrameworkXlsxResult> {
  const workbook = await loadWorkbook(await frameworkToXlsx(smallFramework()));
  change(workbook);
  return frameworkFromXlsx(Buffer.from(await workbook.xlsx.writeBuffer()));
}

function sheet(workbook: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const found = workbook.getWorksheet(name);
  if (!found) throw new Error(`no sheet ${name}`);
  return found;
}

/** The row whose first cell (id or key) is `first`. */
function rowOf(worksheet: ExcelJS.Worksheet, first: string, column = 1): ExcelJS.Row {
  for (let number = 2; number <= worksheet.rowCount; number += 1) {
    const row = worksheet.getRow(number);
    if (row.getCell(column).value === first) return row;
  }
  throw new Error(`no row ${first} in ${worksheet.name}`);
}

function columnOf(worksheet: ExcelJS.Worksheet, header: string): number {
  const headers = worksheet.getRow(1).values as unknown[];
  const index = headers.indexOf(header);
  if (index < 1) throw new Error(`no column ${header} in ${worksheet.name}`);
  return index;
}

function problemsOf(result: FrameworkXlsxResult): XlsxProblem[] {
  if (result.ok) throw new Error('expected the workbook to be refused');
  return result.problems;
}

describe('frameworkToXlsx / frameworkFromXlsx round trip', () => {
  it('gives back the small fixture framework, which uses every input type and rule', async () => {
    const framework = smallFramework();
    expect(validateFramework(framework)).toMatchObject({ ok: true });
    const back = await frameworkFromXlsx(await frameworkToXlsx(framework));
    expect(back).toStrictEqual({ ok: true, framework });
  });

  it('gives back the shipped default framework', async () => {
    const validation = validateFramework(JSON.parse(fs.readFileSync(DEFAULT_FRAMEWORK, 'utf8')));
    if (!validation.ok) throw new Error('the shipped default framework does not validate');
    const back = await frameworkFromXlsx(await frameworkToXlsx(validation.framework));
    expect(back).toStrictEqual({ ok: true, framework: validation.framework });
  });

  it('gives back any valid framework, however awkward its texts and numbers', async () => {
    await fc.assert(
      fc.asyncProperty(validFrameworkArb(), async (generated) => {
        const framework = structuredClone(generated); // plain prototypes, so toStrictEqual compares content only
        const validation = validateFramework(framework);
        expect(validation.ok ? [] : validation.problems).toEqual([]);
        const back = await frameworkFromXlsx(await frameworkToXlsx(framework));
        expect(back).toStrictEqual({ ok: true, framework });
      }),
      { numRuns: 25 },
    );
  });

  it('writes the layout an author sees: five sheets, texts only in translations', async () => {
    const workbook = await loadWorkbook(await frameworkToXlsx(smallFramework()));
    expect(workbook.worksheets.map((worksheet) => worksheet.name)).toEqual(['framework', 'perspectives', 'indicators', 'choices', 'translations']);
    expect(sheet(workbook, 'translations').getRow(1).values).toEqual([undefined, 'key', 'ar', 'zh', 'en', 'fr', 'ru', 'es']);
    const indicators = sheet(workbook, 'indicators');
    expect(rowOf(indicators, 'P4.3', 2).getCell(columnOf(indicators, 'steps')).value).toBe('0:0; 1:70; 2:100');
    const titles = rowOf(sheet(workbook, 'translations'), 'indicator.P1.4.option[in_progress]');
    expect(titles.getCell(4).value).toBe('In progress');
    // The source is a text like any other: one translations row, no column of its own.
    expect(indicators.getRow(1).values).not.toContain('source');
    const source = rowOf(sheet(workbook, 'translations'), 'indicator.P1.1.source');
    expect([source.getCell(4).value, source.getCell(5).value]).toEqual(['Source document 001, para. 13', 'Document source 001, par. 13']);
  });

  it('reads columns in any order, headers in any case, and skips blank rows', async () => {
    const result = await importAfter((workbook) => {
      const perspectives = sheet(workbook, 'perspectives');
      perspectives.spliceColumns(1, 1); // drop "id" …
      perspectives.spliceColumns(2, 0, ['ID', 'P1', 'P2']); // … and put it back after weight, shouting
      const indicators = sheet(workbook, 'indicators');
      indicators.getCell(1, columnOf(indicators, 'per point')).value = 'perPoint';
      indicators.insertRow(4, []);
      sheet(workbook, 'translations').insertRow(2, []);
    });
    expect(result).toStrictEqual({ ok: true, framework: smallFramework() });
  });
});

describe('frameworkFromXlsx refuses a bad workbook, naming sheet, row and column', () => {
  it('a missing sheet', async () => {
    const problems = problemsOf(await importAfter((workbook) => workbook.removeWorksheet(sheet(workbook, 'choices').id)));
    expect(problems).toEqual([{ sheet: 'choices', message: expect.stringMatching(/no "choices" sheet/) }]);
  });

  it('a weight that is not a number', async () => {
    let row = 0;
    const problems = problemsOf(
      await importAfter((workbook) => {
        const indicators = sheet(workbook, 'indicators');
        const target = rowOf(indicators, 'P1.7', 2);
        row = target.number;
        target.getCell(columnOf(indicators, 'weight')).value = 'heavy';
      }),
    );
    expect(problems).toEqual([{ sheet: 'indicators', row, column: 'O (weight)', message: 'weight must be a number, not "heavy"' }]);
  });

  it('an unknown rule, listing the known ones', async () => {
    let row = 0;
    const problems = problemsOf(
      await importAfter((workbook) => {
        const indicators = sheet(workbook, 'indicators');
        const target = rowOf(indicators, 'P3.2', 2);
        row = target.number;
        target.getCell(columnOf(indicators, 'rule')).value = 'quadratic';
      }),
    );
    expect(problems).toEqual([
      { sheet: 'indicators', row, column: 'H (rule)', message: expect.stringMatching(/^unknown rule "quadratic"; use one of: context, linear, shortfall/) },
    ]);
  });

  it('a missing translation in a declared language', async () => {
    let row = 0;
    const problems = problemsOf(
      await importAfter((workbook) => {
        const translations = sheet(workbook, 'translations');
        const target = rowOf(translations, 'indicator.P2.3.title');
        row = target.number;
        target.getCell(columnOf(translations, 'fr')).value = null;
      }),
    );
    expect(problems).toEqual([{ sheet: 'translations', row, column: 'E (fr)', message: expect.stringMatching(/P2\.3 title has no text in "fr"/) }]);
  });

  it('a source missing in a declared language', async () => {
    let row = 0;
    const problems = problemsOf(
      await importAfter((workbook) => {
        const translations = sheet(workbook, 'translations');
        const target = rowOf(translations, 'indicator.P1.1.source');
        row = target.number;
        target.getCell(columnOf(translations, 'fr')).value = '  ';
      }),
    );
    expect(problems).toEqual([{ sheet: 'translations', row, column: 'E (fr)', message: 'indicator P1.1 source has no text in "fr"' }]);
  });

  it('a source column from an earlier layout, saying where the source goes now', async () => {
    const problems = problemsOf(
      await importAfter((workbook) => {
        const indicators = sheet(workbook, 'indicators');
        const column = indicators.getRow(1).cellCount + 1;
        indicators.getCell(1, column).value = 'Source';
        rowOf(indicators, 'P1.1', 2).getCell(column).value = 'seed 001 §13';
      }),
    );
    expect(problems).toEqual([
      { sheet: 'indicators', row: 1, column: 'S (Source)', message: expect.stringMatching(/^column "Source" is no longer read: .*"translations" sheet under the key indicator\.<id>\.source$/) },
    ]);
  });

  it('a missing translation row, reported where the indicator is defined', async () => {
    let row = 0;
    const problems = problemsOf(
      await importAfter((workbook) => {
        const translations = sheet(workbook, 'translations');
        translations.spliceRows(rowOf(translations, 'indicator.P2.3.title').number, 1);
        row = rowOf(sheet(workbook, 'indicators'), 'P2.3', 2).number;
      }),
    );
    expect(problems).toHaveLength(2); // en and fr
    expect(problems[0]).toEqual({
      sheet: 'indicators',
      row,
      column: 'B (id)',
      message: expect.stringMatching(/has no text in "en".*no "indicator\.P2\.3\.title" row in the "translations" sheet/),
    });
  });

  it('bands out of order', async () => {
    let row = 0;
    const problems = problemsOf(
      await importAfter((workbook) => {
        const target = rowOf(sheet(workbook, 'framework'), 'indicator band amber');
        row = target.number;
        target.getCell(2).value = 90;
      }),
    );
    expect(problems).toEqual([{ sheet: 'framework', row, column: 'B (value)', message: expect.stringMatching(/amber \(90\) must be below green \(85\)/) }]);
  });

  it('an unknown column, a merged range, and a value without a header', async () => {
    const problems = problemsOf(
      await importAfter((workbook) => {
        const indicators = sheet(workbook, 'indicators');
        indicators.getCell(1, 20).value = 'colour';
        indicators.getCell(3, 22).value = 'stray';
        sheet(workbook, 'perspectives').mergeCells('A2:A3');
      }),
    );
    expect(problems).toEqual(
      expect.arrayContaining([
        { sheet: 'perspectives', row: 2, column: 'A', message: expect.stringMatching(/cells A2:A3 are merged/) },
        { sheet: 'indicators', row: 1, column: 'T (colour)', message: expect.stringMatching(/^unknown column "colour"/) },
        { sheet: 'indicators', row: 3, column: 'V', message: 'this column has values but no header in row 1' },
      ]),
    );
  });

  it('cells of the wrong type', async () => {
    const problems = problemsOf(
      await importAfter((workbook) => {
        const indicators = sheet(workbook, 'indicators');
        // What Excel does when "1:30" is typed into a cell formatted General.
        const steps = rowOf(indicators, 'P4.3', 2).getCell(columnOf(indicators, 'steps'));
        steps.numFmt = 'h:mm';
        steps.value = new Date(Date.UTC(1899, 11, 30, 1, 30));
        rowOf(indicators, 'P2.3', 2).getCell(columnOf(indicators, 'weight')).value = true;
        rowOf(indicators, 'P2.3', 2).getCell(columnOf(indicators, 'justify when red')).value = 'perhaps';
        rowOf(indicators, 'P1.7', 2).getCell(columnOf(indicators, 'input type')).value = 'slider';
        rowOf(indicators, 'P5.1', 2).getCell(columnOf(indicators, 'zero')).value = 3;
      }),
    );
    const byColumn = Object.fromEntries(problems.map((problem) => [problem.column, problem.message]));
    expect(byColumn).toEqual({
      'N (steps)': expect.stringMatching(/date or time; format the cell as Text/),
      'O (weight)': 'weight must be a number, not TRUE/FALSE',
      'R (justify when red)': 'justify when red must be yes or no, not "perhaps"',
      'C (input type)': expect.stringMatching(/^unknown input type "slider"/),
      'I (zero)': 'zero is not used by rule shortfall; clear this cell',
    });
  });

  it('broken references: unknown perspective, options of a non-choice indicator, unknown text key, duplicate id', async () => {
    const problems = problemsOf(
      await importAfter((workbook) => {
        const indicators = sheet(workbook, 'indicators');
        rowOf(indicators, 'P5.1', 2).getCell(1).value = 'P9';
        rowOf(indicators, 'P4.6', 2).getCell(2).value = 'P4.3';
        sheet(workbook, 'choices').addRow(['P2.5', 'many', 10]);
        sheet(workbook, 'translations').addRow(['indicator.P7.7.title', '', '', 'Nothing']);
      }),
    );
    const messages = problems.map((problem) => `${problem.sheet}!${problem.column}: ${problem.message}`);
    expect(messages).toEqual(
      expect.arrayContaining([
        'indicators!A (perspective): no perspective "P9" in the "perspectives" sheet',
        expect.stringMatching(/^indicators!B \(id\): indicator id "P4.3" is used twice/),
        'choices!A (indicator): indicator P2.5 has input type number; only choice and multichoice indicators have options',
        expect.stringMatching(/^translations!A \(key\): unknown key "indicator.P7.7.title"/),
      ]),
    );
  });

  it('a step list it cannot read, and a choice option without its score', async () => {
    const problems = problemsOf(
      await importAfter((workbook) => {
        const indicators = sheet(workbook, 'indicators');
        rowOf(indicators, 'P4.3', 2).getCell(columnOf(indicators, 'steps')).value = '0-0; 1-70';
        rowOf(sheet(workbook, 'choices'), 'in_progress', 2).getCell(3).value = null;
      }),
    );
    expect(problems.map((problem) => [problem.sheet, problem.column, problem.message])).toEqual([
      ['indicators', 'N (steps)', expect.stringMatching(/cannot read the step "0-0"/)],
      ['choices', 'C (score)', 'score is required: indicator P1.4 is scored by rule choice'],
    ]);
  });
});

describe('frameworkFromXlsx refuses what is not a workbook', () => {
  it('text that is not a zip', async () => {
    expect(problemsOf(await frameworkFromXlsx(Buffer.from('{"schema":"fieldscore.framework/1"}')))).toEqual([
      { message: expect.stringMatching(/not an Excel workbook \(\.xlsx\)/) },
    ]);
  });

  it('a truncated workbook', async () => {
    const bytes = await frameworkToXlsx(smallFramework());
    expect(problemsOf(await frameworkFromXlsx(bytes.subarray(0, 2000)))).toEqual([{ message: expect.stringMatching(/damaged/) }]);
  });

  it('a file over the size limit', async () => {
    const bytes = Buffer.alloc(FRAMEWORK_MAX_BYTES + 1);
    bytes.write('PK\u0003\u0004', 'latin1');
    expect(problemsOf(await frameworkFromXlsx(bytes))).toEqual([{ message: expect.stringMatching(/at most 10 MB/) }]);
  });

  it('a zip that declares a huge unpacked size', async () => {
    const bytes = Buffer.from(await frameworkToXlsx(smallFramework()));
    const entry = bytes.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    bytes.writeUInt32LE(0x7fffffff, entry + 24);
    expect(problemsOf(await frameworkFromXlsx(bytes))).toEqual([{ message: expect.stringMatching(/unpacks to more than 100 MB/) }]);
  });

  it('a zip that is not a workbook', async () => {
    const workbook = await loadWorkbook(await frameworkToXlsx(smallFramework()));
    workbook.worksheets.forEach((worksheet) => workbook.removeWorksheet(worksheet.id));
    workbook.addWorksheet('notes').addRow(['hello']);
    const problems = problemsOf(await frameworkFromXlsx(Buffer.from(await workbook.xlsx.writeBuffer())));
    expect(problems.map((problem) => problem.sheet)).toEqual(['framework', 'perspectives', 'indicators', 'choices', 'translations']);
  });
});
