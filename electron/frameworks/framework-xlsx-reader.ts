import type { Workbook, Worksheet } from 'exceljs';
import type { InputType, LocalizedText, RuleName } from '../../shared/framework/framework-schema';
import { LANGUAGES } from '../../shared/i18n/languages';
import {
  ALL_INPUT_COLUMNS,
  ALL_RULE_COLUMNS,
  CHOICE_COLUMNS,
  FRAMEWORK_COLUMNS,
  FRAMEWORK_KEY_PATHS,
  FRAMEWORK_KEYS,
  INDICATOR_COLUMNS,
  INPUT_COLUMNS,
  INPUT_TYPES,
  NO_WORDS,
  normaliseName,
  OPTION_INPUTS,
  PENALISE_VALUES,
  PERSPECTIVE_COLUMNS,
  RETIRED_INDICATOR_COLUMNS,
  RULE_COLUMNS,
  RULE_NAMES,
  SHEET,
  SHEET_ORDER,
  TEXT_KEY,
  TRANSLATION_COLUMNS,
  YES_WORDS,
  type IndicatorColumn,
  type SheetName,
} from './xlsx-layout';
import type { XlsxProblem } from './xlsx-problem';
import { clip, parseNumberText, SheetTable, type TableRow } from './xlsx-sheet-table';
import { XlsxSourceMap, type SourceLocation } from './xlsx-source-map';

/**
 * Turns a framework workbook into an (unvalidated) framework document plus the problems found
 * cell by cell and a map from document paths back to cells. The document is built even when
 * cells are wrong, so that validateFramework can report everything else in the same pass.
 */
export interface WorkbookReading {
  /** Undefined when a sheet is missing: nothing sensible can be built. */
  document: unknown;
  problems: XlsxProblem[];
  sourceMap: XlsxSourceMap;
}

type Json = Record<string, unknown>;

interface TextSlot {
  path: string;
  assign: (text: LocalizedText) => void;
  /** Where the thing the text belongs to is defined: reported when its row is missing. */
  definedAt: SourceLocation;
}

interface IndicatorEntry {
  indicator: Json;
  path: string;
  input: Json | undefined;
  scoring: Json | undefined;
  options: Set<string>;
  /** Scale labels by 1-based position, from translation keys "indicator.<id>.scale[n]". */
  scaleLabels: Map<number, { text: LocalizedText; row: number }>;
}

const MAX_SCALE_LABELS = 1000;

export function readFrameworkWorkbook(workbook: Workbook): WorkbookReading {
  const problems: XlsxProblem[] = [];
  const sourceMap = new XlsxSourceMap();
  const sheets = findSheets(workbook, problems);
  if (!sheets) return { document: undefined, problems, sourceMap };
  return new FrameworkReader(sheets, problems, sourceMap).read();
}

function findSheets(workbook: Workbook, problems: XlsxProblem[]): Record<SheetName, Worksheet> | undefined {
  const found: Partial<Record<SheetName, Worksheet>> = {};
  for (const name of SHEET_ORDER) {
    const sheet = workbook.worksheets.find((candidate) => normaliseName(candidate.name) === normaliseName(name));
    if (sheet) found[name] = sheet;
    else problems.push({ sheet: name, message: `the workbook has no "${name}" sheet (it needs: ${SHEET_ORDER.join(', ')})` });
  }
  return SHEET_ORDER.every((name) => found[name]) ? (found as Record<SheetName, Worksheet>) : undefined;
}

class FrameworkReader {
  private readonly document: Json = {};
  private readonly texts = new Map<string, TextSlot>();
  private readonly perspectives = new Map<string, { indicators: Json[]; path: string }>();
  private readonly indicators = new Map<string, IndicatorEntry>();

  constructor(
    private readonly sheets: Record<SheetName, Worksheet>,
    private readonly problems: XlsxProblem[],
    private readonly sourceMap: XlsxSourceMap,
  ) {}

  read(): WorkbookReading {
    this.readFrameworkSheet();
    this.readPerspectives();
    this.readIndicators();
    this.readChoices();
    this.readTranslations();
    return { document: this.document, problems: this.problems, sourceMap: this.sourceMap };
  }

  private readFrameworkSheet(): void {
    const table = new SheetTable(this.sheets.framework, FRAMEWORK_COLUMNS, this.problems);
    const bands = { indicator: {} as Json, aggregate: {} as Json };
    this.document.bands = bands;
    const seen = new Map<string, number>();
    for (const row of table.rows) {
      const written = row.word('key', true);
      if (written === undefined) continue;
      const key = FRAMEWORK_KEYS.find((candidate) => normaliseName(candidate) === normaliseName(written));
      if (!key) {
        row.problem('key', `unknown key "${clip(written)}"; the keys are: ${FRAMEWORK_KEYS.join(', ')}`);
        continue;
      }
      const earlier = seen.get(key);
      if (earlier !== undefined) {
        row.problem('key', `key "${key}" appears twice (also row ${earlier})`);
        continue;
      }
      seen.set(key, row.rowNumber);
      const path = FRAMEWORK_KEY_PATHS[key];
      this.sourceMap.set(path, row.location('value'));
      // Band order is checked per pair; the amber row is the one that must stay below green.
      if (path.endsWith('.amber')) this.sourceMap.set(path.slice(0, -'.amber'.length), row.location('value'));
      switch (key) {
        case 'schema':
        case 'id':
        case 'version':
          this.document[key] = row.word('value', true);
          break;
        case 'languages': {
          const list = row.word('value', true);
          if (list !== undefined) this.document.languages = list.split(/[\s,;]+/).filter((code) => code !== '').map((code) => code.toLowerCase());
          break;
        }
        case 'min coverage':
          this.document.minCoverage = row.number('value', true);
          break;
        default: {
          const [group, level] = path.split('.').slice(1) as ['indicator' | 'aggregate', 'green' | 'amber'];
          bands[group][level] = row.number('value', true);
        }
      }
    }
    for (const key of FRAMEWORK_KEYS) {
      if (!seen.has(key)) {
        this.sourceMap.set(FRAMEWORK_KEY_PATHS[key], { sheet: SHEET.framework, note: `add a row with key "${key}"` });
      }
    }
    this.sourceMap.set('bands', { sheet: SHEET.framework });
    const definedAt = { sheet: SHEET.translations };
    this.document.title = {};
    this.addText(TEXT_KEY.frameworkTitle, 'title', definedAt, (text) => (this.document.title = text));
    this.addText(TEXT_KEY.frameworkDescription, 'description', definedAt, (text) => (this.document.description = text));
    this.document.perspectives = [];
    this.sourceMap.set('perspectives', { sheet: SHEET.perspectives });
  }

  private readPerspectives(): void {
    const table = new SheetTable(this.sheets.perspectives, PERSPECTIVE_COLUMNS, this.problems);
    const list = this.document.perspectives as Json[];
    const rows = new Map<string, number>();
    for (const row of table.rows) {
      const id = row.word('id', true);
      const path = `perspectives.${list.length}`;
      const perspective: Json = { id, title: {}, weight: row.number('weight', true), indicators: [] };
      list.push(perspective);
      this.sourceMap.set(path, row.location());
      this.sourceMap.set(`${path}.id`, row.location('id'));
      this.sourceMap.set(`${path}.weight`, row.location('weight'));
      this.sourceMap.set(`${path}.indicators`, {
        ...row.location('id'),
        note: `its indicators are the rows of "${SHEET.indicators}" whose perspective is ${id ?? 'this id'}`,
      });
      if (id === undefined) continue;
      const earlier = rows.get(id);
      if (earlier !== undefined) {
        row.problem('id', `perspective id "${id}" is used twice (also row ${earlier})`);
        continue;
      }
      rows.set(id, row.rowNumber);
      this.perspectives.set(id, { indicators: perspective.indicators as Json[], path });
      const definedAt = row.location('id');
      this.addText(TEXT_KEY.perspective(id, 'title'), `${path}.title`, definedAt, (text) => (perspective.title = text));
      this.addText(TEXT_KEY.perspective(id, 'description'), `${path}.description`, definedAt, (text) => (perspective.description = text));
    }
  }

  private readIndicators(): void {
    const table = new SheetTable(this.sheets.indicators, INDICATOR_COLUMNS, this.problems, RETIRED_INDICATOR_COLUMNS);
    const rows = new Map<string, number>();
    for (const row of table.rows) {
      const perspectiveId = row.word('perspective', true);
      const id = row.word('id', true);
      const input = this.readInput(row);
      const scoring = this.readRule(row);
      const indicator: Json = {
        id,
        title: {},
        input,
        scoring,
        weight: row.number('weight', true),
        justifyWhenRed: row.boolean('justify when red', YES_WORDS, NO_WORDS) ?? false,
      };
      const green = row.number('band green');
      const amber = row.number('band amber');
      if (green !== undefined && amber !== undefined) indicator.bands = { green, amber };
      else if (green !== undefined || amber !== undefined) {
        row.problem(green === undefined ? 'band green' : 'band amber', 'give both band green and band amber, or neither (then the framework\'s indicator bands apply)');
      }

      const perspective = perspectiveId === undefined ? undefined : this.perspectives.get(perspectiveId);
      if (perspectiveId !== undefined && !perspective) {
        row.problem('perspective', `no perspective "${clip(perspectiveId)}" in the "${SHEET.perspectives}" sheet`);
      }
      if (id === undefined) continue;
      const earlier = rows.get(id);
      if (earlier !== undefined) {
        row.problem('id', `indicator id "${id}" is used twice (also row ${earlier}); answers are keyed by indicator id`);
        continue;
      }
      rows.set(id, row.rowNumber);
      // An indicator that cannot be placed still owns its texts and options, so they raise no second problem.
      const path = perspective ? `perspectives.${this.perspectiveIndex(perspective)}.indicators.${perspective.indicators.length}` : `unplaced.${id}`;
      perspective?.indicators.push(indicator);
      this.mapIndicator(path, row);
      this.indicators.set(id, { indicator, path, input, scoring, options: new Set(), scaleLabels: new Map() });
      const definedAt = row.location('id');
      this.addText(TEXT_KEY.indicator(id, 'title'), `${path}.title`, definedAt, (text) => (indicator.title = text));
      this.addText(TEXT_KEY.indicator(id, 'guidance'), `${path}.guidance`, definedAt, (text) => (indicator.guidance = text));
      this.addText(TEXT_KEY.indicator(id, 'source'), `${path}.source`, definedAt, (text) => (indicator.source = text));
      if (input?.type === 'number') {
        this.addText(TEXT_KEY.indicator(id, 'unit'), `${path}.input.unit`, definedAt, (text) => (input.unit = text));
      }
    }
  }

  private perspectiveIndex(perspective: { path: string }): number {
    return Number(perspective.path.split('.')[1]);
  }

  private mapIndicator(path: string, row: TableRow<IndicatorColumn>): void {
    const at = (header?: IndicatorColumn) => row.location(header);
    this.sourceMap.set(path, at());
    this.sourceMap.set(`${path}.id`, at('id'));
    this.sourceMap.set(`${path}.weight`, at('weight'));
    this.sourceMap.set(`${path}.justifyWhenRed`, at('justify when red'));
    this.sourceMap.set(`${path}.bands`, at('band amber'));
    this.sourceMap.set(`${path}.bands.green`, at('band green'));
    this.sourceMap.set(`${path}.bands.amber`, at('band amber'));
    this.sourceMap.set(`${path}.input`, at('input type'));
    this.sourceMap.set(`${path}.input.type`, at('input type'));
    for (const column of ALL_INPUT_COLUMNS) this.sourceMap.set(`${path}.input.${column}`, at(column));
    this.sourceMap.set(`${path}.input.options`, {
      ...at('input type'),
      note: `options are the rows of "${SHEET.choices}" whose indicator is this id`,
    });
    this.sourceMap.set(`${path}.scoring`, at('rule'));
    this.sourceMap.set(`${path}.scoring.rule`, at('rule'));
    this.sourceMap.set(`${path}.scoring.zero`, at('zero'));
    this.sourceMap.set(`${path}.scoring.full`, at('full'));
    this.sourceMap.set(`${path}.scoring.target`, at('target'));
    this.sourceMap.set(`${path}.scoring.perPoint`, at('per point'));
    this.sourceMap.set(`${path}.scoring.penalise`, at('penalise'));
    this.sourceMap.set(`${path}.scoring.steps`, at('steps'));
    this.sourceMap.set(`${path}.scoring.scores`, { ...at('rule'), note: `scores are in the score column of "${SHEET.choices}"` });
  }

  private readInput(row: TableRow<IndicatorColumn>): Json | undefined {
    const written = row.word('input type', true);
    if (written === undefined) return undefined;
    const type = INPUT_TYPES.find((candidate) => candidate === written.toLowerCase());
    if (!type) {
      row.problem('input type', `unknown input type "${clip(written)}"; use one of: ${INPUT_TYPES.join(', ')}`);
      return undefined;
    }
    this.rejectUnusedColumns(row, ALL_INPUT_COLUMNS, INPUT_COLUMNS[type], `input type ${type}`);
    const input: Json = { type };
    const optionalNumber = (column: 'min' | 'max') => {
      const value = row.number(column);
      if (value !== undefined) input[column] = value;
    };
    switch (type) {
      case 'number': {
        optionalNumber('min');
        optionalNumber('max');
        const integer = row.boolean('integer', YES_WORDS, NO_WORDS);
        if (integer !== undefined) input.integer = integer;
        break;
      }
      case 'percent':
        optionalNumber('min');
        optionalNumber('max');
        break;
      case 'money':
        input.currency = row.word('currency', true)?.toUpperCase();
        optionalNumber('min');
        break;
      case 'scale':
        input.min = row.number('min', true);
        input.max = row.number('max', true);
        break;
      case 'choice':
      case 'multichoice':
        input.options = [];
        break;
      case 'yesno':
      case 'countries':
        break;
      default:
        return assertNever(type);
    }
    return input;
  }

  private readRule(row: TableRow<IndicatorColumn>): Json | undefined {
    const written = row.word('rule', true);
    if (written === undefined) return undefined;
    const rule = RULE_NAMES.find((candidate) => candidate === written.toLowerCase());
    if (!rule) {
      row.problem('rule', `unknown rule "${clip(written)}"; use one of: ${RULE_NAMES.join(', ')}`);
      return undefined;
    }
    this.rejectUnusedColumns(row, ALL_RULE_COLUMNS, RULE_COLUMNS[rule], `rule ${rule}`);
    const scoring: Json = { rule };
    switch (rule) {
      case 'linear':
        scoring.zero = row.number('zero', true);
        scoring.full = row.number('full', true);
        break;
      case 'shortfall': {
        scoring.target = row.number('target', true);
        scoring.perPoint = row.number('per point', true);
        const penalise = row.word('penalise', true)?.toLowerCase();
        if (penalise !== undefined && !(PENALISE_VALUES as readonly string[]).includes(penalise)) {
          row.problem('penalise', `penalise must be one of: ${PENALISE_VALUES.join(', ')}`);
        } else scoring.penalise = penalise;
        break;
      }
      case 'steps':
        scoring.steps = this.readSteps(row);
        break;
      case 'choice':
        scoring.scores = {};
        break;
      case 'context':
      case 'scale':
      case 'yesno':
        break;
      default:
        return assertNever(rule);
    }
    return scoring;
  }

  /** "0:0; 1:70; 2:100" — at least : score, separated by semicolons. */
  private readSteps(row: TableRow<IndicatorColumn>): Json[] | undefined {
    const written = row.word('steps', true);
    if (written === undefined) return undefined;
    const steps: Json[] = [];
    for (const part of written.split(';')) {
      if (part.trim() === '') continue;
      const pieces = part.split(':');
      const atLeast = pieces.length === 2 ? parseNumberText(pieces[0] ?? '') : undefined;
      const score = pieces.length === 2 ? parseNumberText(pieces[1] ?? '') : undefined;
      if (atLeast === undefined || score === undefined) {
        row.problem('steps', `cannot read the step "${clip(part.trim())}"; write steps as at-least:score separated by semicolons, e.g. 0:0; 1:70; 2:100`);
        return undefined;
      }
      steps.push({ atLeast, score });
    }
    return steps;
  }

  private rejectUnusedColumns(
    row: TableRow<IndicatorColumn>,
    all: readonly IndicatorColumn[],
    used: readonly IndicatorColumn[],
    what: string,
  ): void {
    for (const column of all) {
      if (!used.includes(column) && !row.isEmpty(column)) row.problem(column, `${column} is not used by ${what}; clear this cell`);
    }
  }

  private readChoices(): void {
    const table = new SheetTable(this.sheets.choices, CHOICE_COLUMNS, this.problems);
    for (const row of table.rows) {
      const indicatorId = row.word('indicator', true);
      const optionId = row.word('option', true);
      const score = row.number('score');
      if (indicatorId === undefined || optionId === undefined) continue;
      const entry = this.indicators.get(indicatorId);
      if (!entry) {
        row.problem('indicator', `no indicator "${clip(indicatorId)}" in the "${SHEET.indicators}" sheet`);
        continue;
      }
      if (!entry.input) continue; // its input type is already reported
      const type = entry.input.type as InputType;
      if (!OPTION_INPUTS.includes(type)) {
        row.problem('indicator', `indicator ${indicatorId} has input type ${type}; only ${OPTION_INPUTS.join(' and ')} indicators have options`);
        continue;
      }
      if (entry.options.has(optionId)) {
        row.problem('option', `option "${optionId}" is listed twice for indicator ${indicatorId}`);
        continue;
      }
      entry.options.add(optionId);
      const options = entry.input.options as Json[];
      const path = `${entry.path}.input.options.${options.length}`;
      const option: Json = { id: optionId, label: {} };
      options.push(option);
      this.sourceMap.set(path, row.location());
      this.sourceMap.set(`${path}.id`, row.location('option'));
      const scoresPath = `${entry.path}.scoring.scores.${optionId}`;
      this.sourceMap.set(scoresPath, row.location('score'));
      const rule = entry.scoring?.rule as RuleName | undefined;
      if (rule === 'choice') {
        if (score === undefined) {
          if (row.isEmpty('score')) row.problem('score', `score is required: indicator ${indicatorId} is scored by rule choice`);
        } else (entry.scoring?.scores as Json)[optionId] = score;
      } else if (!row.isEmpty('score') && rule !== undefined) {
        row.problem('score', `score is only used when the indicator's rule is choice (indicator ${indicatorId} uses ${rule}); clear this cell`);
      }
      this.addText(TEXT_KEY.option(indicatorId, optionId), `${path}.label`, row.location('option'), (text) => (option.label = text));
    }
  }

  private readTranslations(): void {
    const table = new SheetTable(this.sheets.translations, TRANSLATION_COLUMNS, this.problems);
    const seen = new Map<string, number>();
    for (const row of table.rows) {
      const key = row.word('key', true);
      if (key === undefined) continue;
      const earlier = seen.get(key);
      if (earlier !== undefined) {
        row.problem('key', `key "${clip(key)}" appears twice (also row ${earlier})`);
        continue;
      }
      seen.set(key, row.rowNumber);
      const text: LocalizedText = {};
      for (const language of LANGUAGES) {
        const value = table.has(language) ? row.text(language) : undefined;
        if (value !== undefined) text[language] = value;
      }
      const slot = this.texts.get(key);
      if (slot) {
        slot.assign(text);
        this.texts.delete(key);
        this.mapText(slot.path, row);
      } else if (!this.readScaleLabel(key, text, row)) {
        row.problem('key', `unknown key "${clip(key)}": it names no text of this framework (keys look like ${TEXT_KEY.indicator('P1.1', 'title')}, ${TEXT_KEY.option('P1.4', 'yes')})`);
      }
    }
    // Texts without a row: required ones stay empty and validateFramework reports them where they are defined.
    for (const [key, slot] of this.texts) {
      this.sourceMap.set(slot.path, { ...slot.definedAt, note: `no "${key}" row in the "${SHEET.translations}" sheet` });
    }
    this.assignScaleLabels();
  }

  private mapText(path: string, row: TableRow<(typeof TRANSLATION_COLUMNS)[number]['header']>): void {
    this.sourceMap.set(path, row.location('key'));
    for (const language of LANGUAGES) this.sourceMap.set(`${path}.${language}`, row.location(language));
  }

  private readScaleLabel(key: string, text: LocalizedText, row: TableRow<(typeof TRANSLATION_COLUMNS)[number]['header']>): boolean {
    const match = /^indicator\.(.+)\.scale\[(\d+)\]$/.exec(key);
    const entry = match ? this.indicators.get(match[1] ?? '') : undefined;
    if (!match || !entry || entry.input?.type !== 'scale') return false;
    const position = Number(match[2]);
    if (position < 1 || position > MAX_SCALE_LABELS) {
      row.problem('key', `scale labels are numbered from 1 to at most ${MAX_SCALE_LABELS}`);
      return true;
    }
    entry.scaleLabels.set(position, { text, row: row.rowNumber });
    this.mapText(`${entry.path}.input.labels.${position - 1}`, row);
    return true;
  }

  private assignScaleLabels(): void {
    for (const [id, entry] of this.indicators) {
      if (entry.scaleLabels.size === 0 || !entry.input) continue;
      const labels: LocalizedText[] = [];
      for (let position = 1; position <= entry.scaleLabels.size; position += 1) {
        const label = entry.scaleLabels.get(position);
        if (!label) {
          const rows = [...entry.scaleLabels.values()].map((found) => found.row);
          this.problems.push({
            sheet: SHEET.translations,
            row: Math.min(...rows),
            message: `the scale labels of indicator ${id} skip [${position}]; number them 1, 2, 3… without gaps`,
          });
          break;
        }
        labels.push(label.text);
      }
      if (labels.length === entry.scaleLabels.size) entry.input.labels = labels;
    }
  }

  private addText(key: string, path: string, definedAt: SourceLocation, assign: (text: LocalizedText) => void): void {
    this.texts.set(key, { path, assign, definedAt });
  }
}

function assertNever(value: never): never {
  throw new Error(`unhandled case ${String(value)}`);
}
