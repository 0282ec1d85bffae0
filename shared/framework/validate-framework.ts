import type { z } from 'zod';
import type { Language } from '../i18n/languages';
import { RULE_INPUTS, ruleFitsInput } from '../scoring/rule-input-fit';
import { frameworkSchema, type BandThresholds, type Framework, type Indicator, type LocalizedText } from './framework-schema';

/** One thing wrong with a framework document, located by path (e.g. "perspectives.2.indicators.0.weight"). */
export interface FrameworkProblem {
  path: string;
  message: string;
}

export type FrameworkValidation = { ok: true; framework: Framework } | { ok: false; problems: FrameworkProblem[] };

/**
 * Validates an untrusted framework document: structure (framework-schema.ts) first, then the
 * rules that need the whole document (docs/scoring.md, "Framework validation"). A framework
 * that fails here is never installed, and the scoring engine may assume everything checked here.
 */
export function validateFramework(input: unknown): FrameworkValidation {
  const parsed = frameworkSchema.safeParse(input);
  if (!parsed.success) return { ok: false, problems: parsed.error.issues.map((issue) => structureProblem(input, issue)) };
  const problems = documentProblems(parsed.data);
  return problems.length > 0 ? { ok: false, problems } : { ok: true, framework: parsed.data };
}

// ---------------------------------------------------------------------------------------------
// Structure: zod's issues, with the location named by perspective and indicator id when the
// document has them, so "perspectives.1.indicators.2.weight" reads "indicator P2.3 weight".

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function idAt(container: unknown, key: PropertyKey): string | null {
  if (!Array.isArray(container) || typeof key !== 'number') return null;
  const item: unknown = container[key];
  return isRecord(item) && typeof item.id === 'string' && item.id !== '' ? item.id.slice(0, 64) : null;
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let node = input;
  for (const key of path) node = isRecord(node) || Array.isArray(node) ? (node as Record<PropertyKey, unknown>)[key] : undefined;
  return node;
}

/** "indicator P2.3 scoring.full", "perspective P1 weight", "bands.indicator.green". */
function describeLocation(input: unknown, path: readonly PropertyKey[]): string {
  let subject = 'framework';
  let rest = 0;
  let node: unknown = input;
  for (let i = 0; i < path.length; i += 1) {
    const key = path[i] as PropertyKey;
    const container = node;
    node = isRecord(container) || Array.isArray(container) ? (container as Record<PropertyKey, unknown>)[key] : undefined;
    const parentKey = path[i - 1];
    if (parentKey === 'perspectives' || parentKey === 'indicators') {
      const id = idAt(container, key);
      const kind = parentKey === 'perspectives' ? 'perspective' : 'indicator';
      subject = id !== null ? `${kind} ${id}` : `${kind} #${String(Number(key) + 1)}`;
      rest = i + 1;
    }
  }
  const tail = path.slice(rest).map(String).filter((part) => part !== 'perspectives' && part !== 'indicators');
  return tail.length > 0 ? `${subject} ${tail.join('.')}` : subject;
}

function structureProblem(input: unknown, issue: z.core.$ZodIssue): FrameworkProblem {
  const path = issue.path.map(String).join('.');
  const where = describeLocation(input, issue.path);
  if (issue.code === 'invalid_union' && 'discriminator' in issue && typeof issue.discriminator === 'string') {
    const options = 'options' in issue && Array.isArray(issue.options) ? issue.options.join(', ') : '';
    const kind = issue.discriminator === 'rule' ? 'scoring rule' : issue.discriminator === 'type' ? 'input type' : issue.discriminator;
    const received = valueAt(input, issue.path);
    const shown = typeof received === 'string' ? ` "${received.slice(0, 40)}"` : received === undefined ? '' : ` ${typeof received}`;
    const owner = describeLocation(input, issue.path.slice(0, -2));
    return { path, message: `${owner}: unknown ${kind}${shown} (expected one of: ${options})` };
  }
  if (issue.code === 'invalid_type' && /received undefined/.test(issue.message)) {
    return { path, message: `${where} is missing (expected ${issue.expected})` };
  }
  return { path, message: `${where}: ${issue.message}` };
}

// ---------------------------------------------------------------------------------------------
// Whole-document rules.

function documentProblems(framework: Framework): FrameworkProblem[] {
  const problems: FrameworkProblem[] = [];
  const add = (path: string, message: string) => problems.push({ path, message });

  const seenLanguages = new Set<Language>();
  framework.languages.forEach((language, i) => {
    if (seenLanguages.has(language)) add(`languages.${i}`, `language "${language}" is listed twice`);
    seenLanguages.add(language);
  });

  const texts = (path: string, owner: string, field: string, text: LocalizedText | undefined) => {
    if (text === undefined) return;
    for (const language of seenLanguages) {
      if ((text[language] ?? '').trim() === '') add(`${path}.${language}`, `${owner} ${field} has no text in "${language}"`);
    }
  };
  texts('title', 'framework', 'title', framework.title);
  texts('description', 'framework', 'description', framework.description);

  checkBands(add, 'bands.indicator', 'framework indicator bands', framework.bands.indicator);
  checkBands(add, 'bands.aggregate', 'framework aggregate bands', framework.bands.aggregate);

  // Perspective and indicator ids share one namespace: answers and reports key on them.
  const firstUse = new Map<string, string>();
  const checkId = (id: string, path: string, kind: string) => {
    const first = firstUse.get(id);
    if (first !== undefined) add(`${path}.id`, `duplicate id "${id}": this ${kind} reuses the id of the ${first}`);
    else firstUse.set(id, `${kind} at ${path}`);
  };

  framework.perspectives.forEach((perspective, p) => {
    const pPath = `perspectives.${p}`;
    const pOwner = `perspective ${perspective.id}`;
    checkId(perspective.id, pPath, 'perspective');
    texts(`${pPath}.title`, pOwner, 'title', perspective.title);
    texts(`${pPath}.description`, pOwner, 'description', perspective.description);

    let scoredWeight = 0;
    perspective.indicators.forEach((indicator, i) => {
      const iPath = `${pPath}.indicators.${i}`;
      checkId(indicator.id, iPath, 'indicator');
      if (indicator.scoring.rule !== 'context') scoredWeight += indicator.weight;
      checkIndicator(add, texts, iPath, indicator);
    });
    if (scoredWeight <= 0) add(`${pPath}.indicators`, `${pOwner} has no scored weight: the weights of its scored indicators sum to 0`);
  });
  return problems;
}

type Add = (path: string, message: string) => void;
type Texts = (path: string, owner: string, field: string, text: LocalizedText | undefined) => void;

function checkBands(add: Add, path: string, owner: string, bands: BandThresholds): void {
  if (!(bands.amber < bands.green)) add(path, `${owner} out of order: amber (${bands.amber}) must be below green (${bands.green})`);
}

function checkIndicator(add: Add, texts: Texts, path: string, indicator: Indicator): void {
  const owner = `indicator ${indicator.id}`;
  const { input, scoring } = indicator;
  texts(`${path}.title`, owner, 'title', indicator.title);
  texts(`${path}.guidance`, owner, 'guidance', indicator.guidance);
  texts(`${path}.source`, owner, 'source', indicator.source);

  if (scoring.rule === 'context' && indicator.weight > 0) {
    add(`${path}.weight`, `${owner} is a context indicator (not scored) but has weight ${indicator.weight}; context indicators carry weight 0`);
  }
  if (scoring.rule !== 'context' && indicator.weight === 0) {
    add(`${path}.weight`, `${owner} is scored (rule "${scoring.rule}") but has weight 0`);
  }
  if (indicator.bands) checkBands(add, `${path}.bands`, `${owner} bands`, indicator.bands);

  // Input.
  switch (input.type) {
    case 'number':
    case 'percent':
      if (input.type === 'number') texts(`${path}.input.unit`, owner, 'unit', input.unit);
      if (input.min !== undefined && input.max !== undefined && input.min >= input.max) {
        add(`${path}.input`, `${owner} ${input.type} input: min (${input.min}) must be below max (${input.max})`);
      }
      break;
    case 'scale':
      if (input.min >= input.max) add(`${path}.input`, `${owner} scale input: min (${input.min}) must be below max (${input.max})`);
      else if (input.labels && input.labels.length !== input.max - input.min + 1) {
        add(`${path}.input.labels`, `${owner} scale input has ${input.labels.length} labels for ${input.max - input.min + 1} points (${input.min}–${input.max})`);
      }
      input.labels?.forEach((label, l) => texts(`${path}.input.labels.${l}`, owner, `scale label ${input.min + l}`, label));
      break;
    case 'choice':
    case 'multichoice': {
      const seen = new Set<string>();
      input.options.forEach((option, o) => {
        if (seen.has(option.id)) add(`${path}.input.options.${o}.id`, `${owner} has option id "${option.id}" twice`);
        seen.add(option.id);
        texts(`${path}.input.options.${o}.label`, owner, `option "${option.id}" label`, option.label);
      });
      break;
    }
    default:
      break;
  }

  // Rule, and whether it can read the input.
  if (!ruleFitsInput(scoring, input)) {
    add(`${path}.scoring.rule`, `${owner}: rule "${scoring.rule}" cannot read a "${input.type}" input (it needs ${RULE_INPUTS[scoring.rule].join(', ')})`);
    return;
  }
  switch (scoring.rule) {
    case 'linear':
      if (scoring.zero === scoring.full) add(`${path}.scoring`, `${owner}: linear rule has zero = full (${scoring.zero}); the line is undefined`);
      break;
    case 'steps':
      scoring.steps.forEach((step, s) => {
        const previous = scoring.steps[s - 1];
        if (previous !== undefined && !(step.atLeast > previous.atLeast)) {
          add(`${path}.scoring.steps.${s}.atLeast`, `${owner}: steps must be strictly ascending by atLeast (step ${s + 1} at ${step.atLeast} follows ${previous.atLeast})`);
        }
      });
      break;
    case 'choice':
      if (input.type === 'choice') {
        const optionIds = new Set(input.options.map((option) => option.id));
        for (const option of optionIds) {
          if (!Object.prototype.hasOwnProperty.call(scoring.scores, option)) add(`${path}.scoring.scores`, `${owner}: option "${option}" has no score`);
        }
        for (const scored of Object.keys(scoring.scores)) {
          if (!optionIds.has(scored)) add(`${path}.scoring.scores.${scored}`, `${owner}: score given for unknown option "${scored}"`);
        }
      }
      break;
    default:
      break;
  }
}
