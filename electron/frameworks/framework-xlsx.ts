import ExcelJS from 'exceljs';
import type { DataValidation, Worksheet } from 'exceljs';
import type { Framework, Indicator, LocalizedText } from '../../shared/framework/framework-schema';
import { validateFramework } from '../../shared/framework/validate-framework';
import { LANGUAGES } from '../../shared/i18n/languages';
import { readFrameworkWorkbook } from './framework-xlsx-reader';
import { checkedXlsxBytes } from './xlsx-file-check';
import {
  CHOICE_COLUMNS,
  FRAMEWORK_COLUMNS,
  INDICATOR_COLUMNS,
  INPUT_TYPES,
  PENALISE_VALUES,
  PERSPECTIVE_COLUMNS,
  RULE_NAMES,
  SHEET_ORDER,
  TEXT_KEY,
  TRANSLATION_COLUMNS,
  type ColumnSpec,
  type FrameworkKey,
  type IndicatorColumn,
} from './xlsx-layout';
import type { XlsxProblem } from './xlsx-problem';
import { columnLetter } from './xlsx-sheet-table';
import { escapeXlsxText } from './xlsx-text-escape';

export type FrameworkXlsxResult = { ok: true; framework: Framework } | { ok: false; problems: XlsxProblem[] };

type CellInput = string | number | undefined;

/**
 * Writes a framework as an authoring workbook (docs/framework-format.md). Reading the result
 * with frameworkFromXlsx gives back an equal framework.
 */
export async function frameworkToXlsx(framework: Framework): Promise<Buffer> {
  assertWritable(framework);
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Fieldscore';
  const sheets = Object.fromEntries(SHEET_ORDER.map((name) => [name, workbook.addWorksheet(name)])) as Record<
    (typeof SHEET_ORDER)[number],
    Worksheet
  >;

  const frameworkRows: [FrameworkKey, CellInput][] = [
    ['schema', framework.schema],
    ['id', framework.id],
    ['version', framework.version],
    ['languages', framework.languages.join(', ')],
    ['indicator band green', framework.bands.indicator.green],
    ['indicator band amber', framework.bands.indicator.amber],
    ['aggregate band green', framework.bands.aggregate.green],
    ['aggregate band amber', framework.bands.aggregate.amber],
    ['min coverage', framework.minCoverage],
  ];
  writeTable(sheets.framework, FRAMEWORK_COLUMNS, frameworkRows.map(([key, value]) => ({ key, value })));

  writeTable(
    sheets.perspectives,
    PERSPECTIVE_COLUMNS,
    framework.perspectives.map((perspective) => ({ id: perspective.id, weight: perspective.weight })),
  );

  const indicators = framework.perspectives.flatMap((perspective) =>
    perspective.indicators.map((indicator) => indicatorRow(perspective.id, indicator)),
  );
  writeTable(sheets.indicators, INDICATOR_COLUMNS, indicators);
  addListValidation(sheets.indicators, INDICATOR_COLUMNS, 'input type', INPUT_TYPES);
  addListValidation(sheets.indicators, INDICATOR_COLUMNS, 'rule', RULE_NAMES);
  addListValidation(sheets.indicators, INDICATOR_COLUMNS, 'penalise', PENALISE_VALUES);
  addListValidation(sheets.indicators, INDICATOR_COLUMNS, 'integer', ['yes', 'no']);
  addListValidation(sheets.indicators, INDICATOR_COLUMNS, 'justify when red', ['yes', 'no']);

  const choices = framework.perspectives.flatMap((perspective) =>
    perspective.indicators.flatMap((indicator) => {
      if (indicator.input.type !== 'choice' && indicator.input.type !== 'multichoice') return [];
      const scores = indicator.scoring.rule === 'choice' ? indicator.scoring.scores : undefined;
      return indicator.input.options.map((option) => ({ indicator: indicator.id, option: option.id, score: scores?.[option.id] }));
    }),
  );
  writeTable(sheets.choices, CHOICE_COLUMNS, choices);

  writeTable(sheets.translations, TRANSLATION_COLUMNS, textRows(framework));
  const arabic = sheets.translations.getColumn(1 + LANGUAGES.indexOf('ar'));
  arabic.alignment = { readingOrder: 'rtl', wrapText: true, vertical: 'top' };

  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/**
 * Reads an authoring workbook. Every cell is untrusted: each problem names its sheet, row and
 * column, and a framework is returned only when validateFramework accepts it.
 */
export async function frameworkFromXlsx(bytes: Uint8Array): Promise<FrameworkXlsxResult> {
  const checked = await checkedXlsxBytes(bytes);
  if (!checked.ok) return { ok: false, problems: [{ message: checked.message }] };
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(checked.bytes as unknown as ArrayBuffer);
  } catch (error) {
    const detail = error instanceof Error ? error.message.slice(0, 200) : 'unknown error';
    return { ok: false, problems: [{ message: `the file could not be read as an Excel workbook (${detail})` }] };
  }
  const reading = readFrameworkWorkbook(workbook);
  if (reading.document === undefined) return { ok: false, problems: reading.problems };
  const validation = validateFramework(reading.document);
  if (validation.ok && reading.problems.length === 0) return { ok: true, framework: validation.framework };
  const located = validation.ok ? [] : validation.problems.map((problem) => reading.sourceMap.locate(problem));
  // A cell already reported by the reader needs no second message from the validator.
  const reported = reading.problems.filter((problem) => problem.row !== undefined);
  const fresh = located.filter(
    (problem) =>
      !reported.some(
        (earlier) =>
          earlier.sheet === problem.sheet &&
          earlier.row === problem.row &&
          (problem.column === undefined || earlier.column === problem.column),
      ),
  );
  return { ok: false, problems: sortProblems([...reading.problems, ...fresh]) };
}

function sortProblems(problems: XlsxProblem[]): XlsxProblem[] {
  const order = (problem: XlsxProblem) => {
    const index = SHEET_ORDER.findIndex((name) => name === problem.sheet);
    return index === -1 ? SHEET_ORDER.length : index;
  };
  return problems
    .map((problem, index) => ({ problem, index }))
    .sort((a, b) => order(a.problem) - order(b.problem) || (a.problem.row ?? 0) - (b.problem.row ?? 0) || a.index - b.index)
    .map(({ problem }) => problem);
}

function indicatorRow(perspectiveId: string, indicator: Indicator): Partial<Record<IndicatorColumn, CellInput>> {
  const { input, scoring } = indicator;
  const row: Partial<Record<IndicatorColumn, CellInput>> = {
    perspective: perspectiveId,
    id: indicator.id,
    'input type': input.type,
    rule: scoring.rule,
    weight: indicator.weight,
    'band green': indicator.bands?.green,
    'band amber': indicator.bands?.amber,
    'justify when red': yesNo(indicator.justifyWhenRed),
  };
  if (input.type === 'number' || input.type === 'percent' || input.type === 'money' || input.type === 'scale') row.min = input.min;
  if (input.type === 'number' || input.type === 'percent' || input.type === 'scale') row.max = input.max;
  if (input.type === 'number') row.integer = yesNo(input.integer);
  if (input.type === 'money') row.currency = input.currency;
  if (scoring.rule === 'linear') Object.assign(row, { zero: scoring.zero, full: scoring.full });
  if (scoring.rule === 'shortfall') Object.assign(row, { target: scoring.target, 'per point': scoring.perPoint, penalise: scoring.penalise });
  if (scoring.rule === 'steps') row.steps = scoring.steps.map((step) => `${step.atLeast}:${step.score}`).join('; ');
  return row;
}

function yesNo(value: boolean | undefined): string | undefined {
  return value === undefined ? undefined : value ? 'yes' : 'no';
}

function textRows(framework: Framework): Partial<Record<(typeof TRANSLATION_COLUMNS)[number]['header'], CellInput>>[] {
  const rows: Partial<Record<string, CellInput>>[] = [];
  const add = (key: string, text: LocalizedText | undefined) => {
    if (text !== undefined) rows.push({ key, ...text });
  };
  add(TEXT_KEY.frameworkTitle, framework.title);
  add(TEXT_KEY.frameworkDescription, framework.description);
  for (const perspective of framework.perspectives) {
    add(TEXT_KEY.perspective(perspective.id, 'title'), perspective.title);
    add(TEXT_KEY.perspective(perspective.id, 'description'), perspective.description);
  }
  for (const indicator of framework.perspectives.flatMap((perspective) => perspective.indicators)) {
    add(TEXT_KEY.indicator(indicator.id, 'title'), indicator.title);
    add(TEXT_KEY.indicator(indicator.id, 'guidance'), indicator.guidance);
    add(TEXT_KEY.indicator(indicator.id, 'source'), indicator.source);
    const { input } = indicator;
    if (input.type === 'number') add(TEXT_KEY.indicator(indicator.id, 'unit'), input.unit);
    if (input.type === 'scale') input.labels?.forEach((label, index) => add(TEXT_KEY.scaleLabel(indicator.id, index + 1), label));
    if (input.type === 'choice' || input.type === 'multichoice') {
      for (const option of input.options) add(TEXT_KEY.option(indicator.id, option.id), option.label);
    }
  }
  return rows;
}

/** Header in bold and frozen; text columns formatted as Text so Excel does not turn "1.10" or "1:30" into numbers. */
function writeTable<Header extends string>(
  sheet: Worksheet,
  specs: readonly ColumnSpec<Header>[],
  rows: readonly Partial<Record<Header, CellInput>>[],
): void {
  sheet.columns = specs.map((spec) => ({ header: spec.header, key: spec.header, width: Math.max(12, spec.header.length + 4) }));
  sheet.getRow(1).font = { bold: true };
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  specs.forEach((spec, index) => {
    const numeric = rows.some((row) => typeof row[spec.header] === 'number');
    if (!numeric) sheet.getColumn(index + 1).numFmt = '@';
  });
  for (const row of rows) {
    sheet.addRow(specs.map((spec) => {
      const value = row[spec.header];
      return typeof value === 'string' ? escapeXlsxText(value) : value;
    }));
  }
}

/** A drop-down for the columns whose words are fixed; exceljs has the API but not its type. */
function addListValidation<Header extends string>(
  sheet: Worksheet,
  specs: readonly ColumnSpec<Header>[],
  header: Header,
  values: readonly string[],
): void {
  const letter = columnLetter(specs.findIndex((spec) => spec.header === header) + 1);
  const validations = (sheet as unknown as { dataValidations: { add(range: string, validation: DataValidation): void } }).dataValidations;
  validations.add(`${letter}2:${letter}2000`, {
    type: 'list',
    allowBlank: true,
    formulae: [`"${values.join(',')}"`],
    showErrorMessage: true,
    errorTitle: header,
    error: `Use one of: ${values.join(', ')}`,
  });
}

/** The workbook has one place per fact; a framework that does not fit it is refused rather than written incompletely. */
function assertWritable(framework: Framework): void {
  for (const indicator of framework.perspectives.flatMap((perspective) => perspective.indicators)) {
    if (indicator.scoring.rule !== 'choice') continue;
    const options = indicator.input.type === 'choice' || indicator.input.type === 'multichoice' ? indicator.input.options : [];
    const extra = Object.keys(indicator.scoring.scores).filter((id) => !options.some((option) => option.id === id));
    if (extra.length > 0) {
      throw new Error(`indicator ${indicator.id} scores options it does not have (${extra.join(', ')}); the workbook cannot express that`);
    }
  }
}
