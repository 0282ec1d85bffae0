import type { Framework, Indicator, LocalizedText, Perspective } from '../../shared/framework/framework-schema';
import { compareVersions } from '../../shared/framework/framework-version';
import type { Language } from '../../shared/i18n/languages';
import { column, type ColumnDefinition } from './set-columns';
import type { MemberRow } from './set-member';
import type { CellValue } from './spreadsheet-cell';

/** What an indicator's value cell holds when there is no value to show. */
const NOT_APPLICABLE = 'n/a';
const DONT_KNOW = "don't know";
const INVALID = 'invalid';
const NO_OPTION = '(none)';
const NO_VALUE =
  `; or "${NOT_APPLICABLE}", "${DONT_KNOW}", "${INVALID}" (a value that does not fit the indicator, scored as blank); ` +
  "blank when not answered or not in the assessment's framework";

/** The distinct frameworks of a set, by content hash: by id, newest version first (its order leads the union). */
function distinctFrameworks(rows: readonly MemberRow[]): Framework[] {
  const byHash = new Map<string, Framework>();
  for (const row of rows) if (!byHash.has(row.member.document.framework.hash)) byHash.set(row.member.document.framework.hash, row.member.framework);
  return [...byHash.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : compareVersions(b.version, a.version)));
}

/**
 * Ids of several ordered lists, each list's order kept: ids new to the union go right after
 * their predecessor in their own list, before their successor when they have no predecessor
 * known, and at the end when their list shares no id with the union.
 */
function mergeOrdered(lists: readonly (readonly string[])[]): string[] {
  const merged: string[] = [];
  for (const list of lists) {
    let cursor = -1;
    let pending: string[] = [];
    for (const id of list) {
      let at = merged.indexOf(id);
      if (at < 0) {
        pending.push(id);
        continue;
      }
      if (pending.length > 0) {
        const insertAt = cursor >= 0 ? cursor + 1 : at;
        merged.splice(insertAt, 0, ...pending);
        if (insertAt <= at) at += pending.length;
        pending = [];
      }
      cursor = at;
    }
    merged.splice(cursor >= 0 ? cursor + 1 : merged.length, 0, ...pending);
  }
  return merged;
}

function labelOf(text: LocalizedText | undefined, framework: Framework, language: Language): string | null {
  if (text === undefined) return null;
  return text[language] ?? text.en ?? text[framework.languages[0] ?? 'en'] ?? null;
}

function optionList(indicator: Indicator): string {
  const { input } = indicator;
  return input.type === 'choice' || input.type === 'multichoice' ? input.options.map((option) => option.id).join(', ') : '';
}

function valueType(indicator: Indicator, framework: Framework, language: Language): string {
  const { input } = indicator;
  switch (input.type) {
    case 'number': {
      const unit = labelOf(input.unit, framework, language);
      return unit === null ? 'number' : `number (${unit})`;
    }
    case 'percent':
      return `number, percent (${input.min ?? 0}–${input.max ?? 100})`;
    case 'money':
      return `number, ${input.currency}`;
    case 'scale':
      return `number, scale ${input.min}–${input.max}`;
    case 'yesno':
      return 'boolean: TRUE (yes) or FALSE (no)';
    case 'choice':
      return `text: option id, one of ${optionList(indicator)}`;
    case 'multichoice':
      return `text: the option ids selected, joined by ";" (${NO_OPTION} when none is), of ${optionList(indicator)}`;
    case 'countries':
      return 'number: countries listed';
  }
}

/** The answer as a cell: numbers stay numbers, yes/no is a boolean, a choice its option id (docs/consolidation.md). */
export function answerCell(row: MemberRow, indicatorId: string): CellValue {
  const scored = row.indicators.get(indicatorId);
  const definition = row.inputs.get(indicatorId);
  if (!scored || !definition) return null;
  if (scored.status === 'blank') return null;
  if (scored.status === 'not_applicable') return NOT_APPLICABLE;
  if (scored.status === 'unknown') return DONT_KNOW;
  if (scored.status === 'invalid') return INVALID;
  const value = scored.value;
  switch (definition.input.type) {
    case 'yesno':
      return value === true;
    case 'choice':
      return typeof value === 'string' ? value : INVALID;
    case 'multichoice':
      return Array.isArray(value) ? (value.length === 0 ? NO_OPTION : value.join(';')) : INVALID;
    case 'countries':
      return Array.isArray(value) ? value.length : INVALID;
    default:
      return typeof value === 'number' ? value : INVALID;
  }
}

/**
 * Value, score and band of every indicator of the set's frameworks, in framework order (the
 * union when members use different frameworks). An indicator that is context in every
 * framework has no score or band column: it is never scored.
 */
export function indicatorColumns(rows: readonly MemberRow[], language: Language): ColumnDefinition[] {
  const frameworks = distinctFrameworks(rows);
  const first = new Map<string, { indicator: Indicator; framework: Framework }>();
  const scoredSomewhere = new Set<string>();
  for (const framework of frameworks) {
    for (const indicator of framework.perspectives.flatMap((perspective) => perspective.indicators)) {
      if (!first.has(indicator.id)) first.set(indicator.id, { indicator, framework });
      if (indicator.scoring.rule !== 'context') scoredSomewhere.add(indicator.id);
    }
  }
  const ids = mergeOrdered(frameworks.map((framework) => framework.perspectives.flatMap((perspective) => perspective.indicators.map((indicator) => indicator.id))));
  return ids.flatMap((id) => {
    const { indicator, framework } = first.get(id)!;
    const label = labelOf(indicator.title, framework, language);
    const columns = [
      column(`indicator.${id}.value`, `${id} value`, `The answer to indicator ${id}, as the office entered it.`, valueType(indicator, framework, language) + NO_VALUE, (row) => answerCell(row, id), label),
    ];
    if (!scoredSomewhere.has(id)) return columns;
    return [
      ...columns,
      column(`indicator.${id}.score`, `${id} score`, `Score of indicator ${id}.`, 'number 0–100, one decimal; blank when not scored (context, not answered, n/a, don\'t know, invalid)', (row) => row.indicators.get(id)?.score ?? null, label),
      column(`indicator.${id}.band`, `${id} band`, `Band of indicator ${id} (the framework's indicator bands, or the indicator's own).`, 'text: green, amber or red; blank when not scored', (row) => row.indicators.get(id)?.band ?? null, label),
    ];
  });
}

/** Score, band and coverage of every perspective of the set's frameworks. */
export function perspectiveColumns(rows: readonly MemberRow[], language: Language): ColumnDefinition[] {
  const frameworks = distinctFrameworks(rows);
  const first = new Map<string, { perspective: Perspective; framework: Framework }>();
  for (const framework of frameworks) for (const perspective of framework.perspectives) if (!first.has(perspective.id)) first.set(perspective.id, { perspective, framework });
  const ids = mergeOrdered(frameworks.map((framework) => framework.perspectives.map((perspective) => perspective.id)));
  return ids.flatMap((id) => {
    const { perspective, framework } = first.get(id)!;
    const label = labelOf(perspective.title, framework, language);
    const of = (row: MemberRow) => row.perspectives.get(id);
    return [
      column(`perspective.${id}.score`, `Perspective ${id} score`, `Score of perspective ${id}: weighted mean of its rounded indicator scores; blank when it has insufficient data.`, 'number 0–100, one decimal', (row) => of(row)?.score ?? null, label),
      column(`perspective.${id}.band`, `Perspective ${id} band`, `Band of perspective ${id} (aggregate bands).`, 'text: green, amber, red or insufficient_data; blank when not in the framework', (row) => of(row)?.band ?? null, label),
      column(`perspective.${id}.coverage`, `Perspective ${id} coverage`, `Share of perspective ${id}'s scored weight that is answered; below the framework's minimum coverage it has insufficient data.`, 'number 0–1, unrounded (the app shows it as a whole percent, rounded down)', (row) => of(row)?.coverage ?? null, label),
    ];
  });
}
