import {
  indicatorInputSchema,
  scoringRuleSchema,
  type InputType,
  type RuleName,
} from '../../shared/framework/framework-schema';
import { LANGUAGES } from '../../shared/i18n/languages';

/**
 * The framework workbook layout (docs/framework-format.md), in one place for the reader, the
 * writer and the tests. Structural sheets are language-free; every text lives in "translations".
 */
export const SHEET = {
  framework: 'framework',
  perspectives: 'perspectives',
  indicators: 'indicators',
  choices: 'choices',
  translations: 'translations',
} as const;
export type SheetName = (typeof SHEET)[keyof typeof SHEET];
export const SHEET_ORDER: readonly SheetName[] = [
  SHEET.framework,
  SHEET.perspectives,
  SHEET.indicators,
  SHEET.choices,
  SHEET.translations,
];

/** Headers and keys are matched case-insensitively, ignoring spaces, "_" and "-" ("perPoint" = "per point"). */
export function normaliseName(text: string): string {
  return text.toLowerCase().replace(/[\s_-]+/g, '');
}

export interface ColumnSpec<Header extends string = string> {
  /** As the writer spells it; the writer puts columns in this order. */
  header: Header;
  /** A sheet without this column cannot be read. */
  required: boolean;
}

function columns<const Header extends string>(order: readonly Header[], required: readonly Header[]): ColumnSpec<Header>[] {
  return order.map((header) => ({ header, required: required.includes(header) }));
}

export const FRAMEWORK_COLUMNS = columns(['key', 'value'], ['key', 'value']);
export const PERSPECTIVE_COLUMNS = columns(['id', 'weight'], ['id', 'weight']);
export const INDICATOR_COLUMNS = columns(
  ['perspective', 'id', 'input type', 'min', 'max', 'integer', 'currency', 'rule', 'zero', 'full', 'target',
    'per point', 'penalise', 'steps', 'weight', 'band green', 'band amber', 'justify when red'],
  ['perspective', 'id', 'input type', 'rule', 'weight'],
);
/** Columns earlier workbooks had, with where their content lives now: named when such a column is found. */
export const RETIRED_INDICATOR_COLUMNS: Readonly<Record<string, string>> = {
  source: 'the source is a text in every language now: put it in the "translations" sheet under the key indicator.<id>.source',
};
export type IndicatorColumn = (typeof INDICATOR_COLUMNS)[number]['header'];
export const CHOICE_COLUMNS = columns(['indicator', 'option', 'score'], ['indicator', 'option']);
export const TRANSLATION_COLUMNS = columns(['key', ...LANGUAGES], ['key']);

/** Rows of the "framework" sheet (key → value). */
export const FRAMEWORK_KEYS = [
  'schema',
  'id',
  'version',
  'languages',
  'indicator band green',
  'indicator band amber',
  'aggregate band green',
  'aggregate band amber',
  'min coverage',
] as const;
export type FrameworkKey = (typeof FRAMEWORK_KEYS)[number];

/** Document path of each framework key, for mapping validator problems back to the row. */
export const FRAMEWORK_KEY_PATHS: Record<FrameworkKey, string> = {
  schema: 'schema',
  id: 'id',
  version: 'version',
  languages: 'languages',
  'indicator band green': 'bands.indicator.green',
  'indicator band amber': 'bands.indicator.amber',
  'aggregate band green': 'bands.aggregate.green',
  'aggregate band amber': 'bands.aggregate.amber',
  'min coverage': 'minCoverage',
};

// Derived from the schema so a new input type or rule cannot be forgotten here.
export const INPUT_TYPES = indicatorInputSchema.options.map((option) => option.shape.type.value) as InputType[];
export const RULE_NAMES = scoringRuleSchema.options.map((option) => option.shape.rule.value) as RuleName[];
export const PENALISE_VALUES = ['below', 'above', 'both'] as const;

/** The indicator columns each input type reads; a value in any other input column is a mistake. */
export const INPUT_COLUMNS: Record<InputType, readonly IndicatorColumn[]> = {
  number: ['min', 'max', 'integer'],
  percent: ['min', 'max'],
  money: ['currency', 'min'],
  yesno: [],
  scale: ['min', 'max'],
  choice: [],
  multichoice: [],
  countries: [],
};
export const ALL_INPUT_COLUMNS: readonly IndicatorColumn[] = ['min', 'max', 'integer', 'currency'];

/** The indicator columns each rule reads ("choice" reads the score column of "choices"). */
export const RULE_COLUMNS: Record<RuleName, readonly IndicatorColumn[]> = {
  context: [],
  linear: ['zero', 'full'],
  shortfall: ['target', 'per point', 'penalise'],
  scale: [],
  yesno: [],
  choice: [],
  steps: ['steps'],
};
export const ALL_RULE_COLUMNS: readonly IndicatorColumn[] = ['zero', 'full', 'target', 'per point', 'penalise', 'steps'];

/** Input types whose options are listed in the "choices" sheet. */
export const OPTION_INPUTS: readonly InputType[] = ['choice', 'multichoice'];

/**
 * Keys of the "translations" sheet. Ids may contain dots, so the parts that follow an id are
 * either a fixed word or bracketed (ids cannot contain brackets): every key names one text.
 */
export const TEXT_KEY = {
  frameworkTitle: 'framework.title',
  frameworkDescription: 'framework.description',
  perspective: (id: string, field: 'title' | 'description') => `perspective.${id}.${field}`,
  indicator: (id: string, field: 'title' | 'guidance' | 'source' | 'unit') => `indicator.${id}.${field}`,
  /** n counts from 1: the label of the lowest scale point is [1]. */
  scaleLabel: (indicatorId: string, n: number) => `indicator.${indicatorId}.scale[${n}]`,
  option: (indicatorId: string, optionId: string) => `indicator.${indicatorId}.option[${optionId}]`,
};

export const YES_WORDS = ['yes', 'true', 'y', '1'];
export const NO_WORDS = ['no', 'false', 'n', '0'];
