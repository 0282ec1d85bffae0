import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Framework, Indicator, LocalizedText, ScoringRule } from '../../shared/framework/framework-schema';
import { validateFramework } from '../../shared/framework/validate-framework';
import { LANGUAGES } from '../../shared/i18n/languages';
import { CURRENT_TIERS, TWO_TIER_OPTIONS } from '../../shared/office/office-profile';

const FILE = path.resolve(import.meta.dirname, '../../resources/frameworks/fieldscore-default-1.0.0.json');
const raw: unknown = JSON.parse(readFileSync(FILE, 'utf8'));

function loaded(): Framework {
  const result = validateFramework(raw);
  if (!result.ok) throw new Error(`default framework is invalid:\n${result.problems.map((p) => `${p.path}: ${p.message}`).join('\n')}`);
  return result.framework;
}
const framework = loaded();
const indicators: Indicator[] = framework.perspectives.flatMap((p) => p.indicators);
const byId = (id: string): Indicator => {
  const found = indicators.find((indicator) => indicator.id === id);
  if (!found) throw new Error(`no indicator ${id}`);
  return found;
};

const linear = (zero: number, full: number): ScoringRule => ({ rule: 'linear', zero, full });
const context: ScoringRule = { rule: 'context' };

/** framework-v1.md, the five tables, rule column, in the schema's terms. */
const EXPECTED_RULES: Record<string, ScoringRule> = {
  'P1.1': context,
  'P1.2': context,
  'P1.3': linear(0, 4),
  'P1.4': { rule: 'choice', scores: { yes: 100, in_progress: 50, no: 0 } },
  'P1.5': { rule: 'choice', scores: { filled: 100, interim: 60, vacant: 0 } },
  'P1.6': { rule: 'choice', scores: { yes: 100, partly: 50, no: 0 } },
  'P1.7': linear(40, 70),
  'P2.1': context,
  'P2.2': linear(30, 90),
  'P2.3': { rule: 'shortfall', target: 100, perPoint: 2, penalise: 'below' },
  'P2.4': linear(0, 100),
  'P2.5': linear(0, 2),
  'P2.6': linear(0, 80),
  'P2.7': { rule: 'scale' },
  'P3.1': linear(40, 10),
  'P3.2': { rule: 'choice', scores: { yes: 100, in_plan: 50, no: 0 } },
  'P3.3': linear(0, 6),
  'P3.4': linear(0, 80),
  'P3.5': linear(0, 25),
  'P3.6': { rule: 'choice', scores: { yes: 100, in_progress: 50, no: 0 } },
  'P3.7': { rule: 'choice', scores: { yes: 100, partly: 50, no: 0 } },
  'P4.1': { rule: 'shortfall', target: 100, perPoint: 3, penalise: 'below' },
  'P4.2': linear(0, 1),
  'P4.3': { rule: 'steps', steps: [{ atLeast: 0, score: 0 }, { atLeast: 1, score: 70 }, { atLeast: 2, score: 100 }] },
  'P4.4': linear(0, 50),
  'P4.5': linear(0, 30),
  'P4.6': context,
  'P4.7': context,
  'P5.1': { rule: 'shortfall', target: 15, perPoint: 2, penalise: 'above' },
  'P5.2': linear(0, 100),
  'P5.3': linear(0, 4),
  'P5.4': linear(50, 100),
  'P5.5': { rule: 'steps', steps: [{ atLeast: 0, score: 100 }, { atLeast: 1, score: 60 }, { atLeast: 2, score: 30 }] },
  'P5.6': { rule: 'shortfall', target: 50, perPoint: 1.5, penalise: 'both' },
};

/** Every localized text of the document with a readable location. */
function allTexts(f: Framework): { where: string; text: LocalizedText }[] {
  const out: { where: string; text: LocalizedText }[] = [{ where: 'title', text: f.title }];
  if (f.description) out.push({ where: 'description', text: f.description });
  for (const p of f.perspectives) {
    out.push({ where: `${p.id} title`, text: p.title });
    if (p.description) out.push({ where: `${p.id} description`, text: p.description });
    for (const i of p.indicators) {
      out.push({ where: `${i.id} title`, text: i.title });
      if (i.guidance) out.push({ where: `${i.id} guidance`, text: i.guidance });
      if (i.source) out.push({ where: `${i.id} source`, text: i.source });
      const input = i.input;
      if (input.type === 'number' && input.unit) out.push({ where: `${i.id} unit`, text: input.unit });
      if (input.type === 'scale') input.labels?.forEach((label, n) => out.push({ where: `${i.id} scale label ${n + input.min}`, text: label }));
      if (input.type === 'choice' || input.type === 'multichoice') input.options.forEach((o) => out.push({ where: `${i.id} option ${o.id}`, text: o.label }));
    }
  }
  return out;
}

/** How each language says that a value is a proposal, not a fact (the framework description's wording). */
const PROPOSAL: Record<(typeof LANGUAGES)[number], RegExp> = {
  ar: /مقترح/,
  zh: /提议/,
  en: /proposal/i,
  fr: /proposition/i,
  ru: /предложени/i,
  es: /propuesta/i,
};

/** Each non-Latin language must be written in its own script: catches English or another language pasted in. */
const SCRIPT: Partial<Record<(typeof LANGUAGES)[number], RegExp>> = {
  ar: /[\u0600-\u06FF]/,
  zh: /[\u4E00-\u9FFF]/,
  ru: /[\u0400-\u04FF]/,
};

describe('default framework: document', () => {
  it('passes validateFramework', () => {
    const result = validateFramework(raw);
    expect(result.ok ? [] : result.problems).toEqual([]);
  });

  it('has the identity, languages, bands and coverage of framework-v1', () => {
    expect(framework.schema).toBe('fieldscore.framework/1');
    expect(framework.id).toBe('fieldscore-default');
    expect(framework.version).toBe('1.0.0');
    expect(path.basename(FILE)).toBe(`${framework.id}-${framework.version}.json`);
    expect(framework.languages).toEqual([...LANGUAGES]);
    expect(framework.bands).toEqual({ indicator: { green: 85, amber: 70 }, aggregate: { green: 80, amber: 60 } });
    expect(framework.minCoverage).toBe(0.5);
  });

  it('has the five perspectives with weights 15/20/25/25/15', () => {
    expect(framework.perspectives.map((p) => [p.id, p.weight])).toEqual([
      ['P1', 15],
      ['P2', 20],
      ['P3', 25],
      ['P4', 25],
      ['P5', 15],
    ]);
  });

  it('has every indicator of framework-v1, in order, each in its own perspective', () => {
    expect(indicators.map((i) => i.id)).toEqual(Object.keys(EXPECTED_RULES));
    for (const p of framework.perspectives) {
      for (const i of p.indicators) expect(i.id.startsWith(`${p.id}.`), `${i.id} in ${p.id}`).toBe(true);
    }
    expect(framework.perspectives.map((p) => p.indicators.length)).toEqual([7, 7, 7, 7, 6]);
  });
});

describe('default framework: scoring', () => {
  it.each(Object.entries(EXPECTED_RULES))('%s scores as the table says', (id, rule) => {
    expect(byId(id).scoring).toEqual(rule);
  });

  it('weights scored indicators equally, context indicators 0, and asks for a justification only when scored', () => {
    for (const i of indicators) {
      const scored = i.scoring.rule !== 'context';
      expect([i.id, i.weight, i.justifyWhenRed]).toEqual([i.id, scored ? 1 : 0, scored]);
      expect(i.bands, `${i.id} keeps the framework bands`).toBeUndefined();
    }
    expect(indicators.filter((i) => i.scoring.rule === 'context').map((i) => i.id)).toEqual(['P1.1', 'P1.2', 'P2.1', 'P4.6', 'P4.7']);
  });

  it('names every source and marks the proposals, in every language', () => {
    for (const i of indicators) expect(i.source, i.id).toBeDefined();
    for (const id of ['P1.7', 'P2.2', 'P2.5', 'P2.7', 'P3.1', 'P4.5']) {
      for (const language of LANGUAGES) expect(byId(id).source?.[language], `${id} [${language}]`).toMatch(PROPOSAL[language]);
    }
    // Figures quoted from a source document stay a fact: only the marked indicators say "proposal".
    for (const i of indicators.filter((i) => !['P1.7', 'P2.2', 'P2.5', 'P2.7', 'P3.1', 'P4.5'].includes(i.id))) {
      for (const language of LANGUAGES) expect(i.source?.[language], `${i.id} [${language}]`).not.toMatch(PROPOSAL[language]);
    }
  });

  it('cites source documents and paragraphs the same way in every language', () => {
    for (const i of indicators) {
      const numbers = (text: string | undefined) => (text ?? '').match(/\d+/g) ?? [];
      const english = numbers(i.source?.en);
      for (const language of LANGUAGES) expect(numbers(i.source?.[language]), `${i.id} [${language}]`).toEqual(english);
    }
  });
});

describe('default framework: inputs', () => {
  it('uses the office-profile ids for the tier choices', () => {
    const ids = (id: string) => {
      const input = byId(id).input;
      return input.type === 'choice' || input.type === 'multichoice' ? input.options.map((o) => o.id) : input.type;
    };
    expect(ids('P1.1')).toEqual([...CURRENT_TIERS]);
    expect(ids('P1.2')).toEqual([...TWO_TIER_OPTIONS]);
    expect(byId('P1.3').input.type).toBe('multichoice');
    expect(ids('P1.3')).toEqual(['technical_cooperation', 'research_policy_advice', 'normative_work', 'convening_partnerships']);
    expect(ids('P1.5')).toEqual(['filled', 'interim', 'vacant']);
  });

  it('takes countries, money, scale and bounded numbers where the table says', () => {
    expect(byId('P2.1').input).toEqual({ type: 'countries' });
    expect(byId('P4.6').input).toEqual({ type: 'money', currency: 'USD', min: 0 });
    expect(byId('P4.7').input).toEqual({ type: 'money', currency: 'USD', min: 0 });
    expect(byId('P2.7').input).toMatchObject({ type: 'scale', min: 1, max: 5 });
    expect(byId('P3.3').input).toMatchObject({ type: 'number', min: 0, max: 6, integer: true });
    expect(byId('P5.3').input).toMatchObject({ type: 'number', min: 0, max: 4, integer: true });
    expect(byId('P4.3').input).toMatchObject({ type: 'number', min: 0, integer: true });
    expect(byId('P5.5').input).toMatchObject({ type: 'number', min: 0, integer: true });
    expect(byId('P4.2').input).toMatchObject({ type: 'number', min: 0 });
    expect(byId('P2.5').input).toMatchObject({ type: 'number', min: 0 });
  });

  it('caps percentages at 100 except the ratios that can exceed it', () => {
    const aboveHundred = ['P3.1', 'P3.5', 'P4.1'];
    for (const i of indicators) {
      if (i.input.type !== 'percent') continue;
      expect([i.id, i.input.min, i.input.max]).toEqual([i.id, 0, aboveHundred.includes(i.id) ? 1000 : 100]);
    }
  });
});

describe('default framework: texts in the six languages', () => {
  const texts = allTexts(framework);

  it('covers every text of the document', () => {
    // title + description, 5 × (title + description), 34 × (title + guidance + source), options, units, scale labels
    expect(texts.length).toBeGreaterThan(2 + 10 + 102);
    expect(indicators.every((i) => i.guidance !== undefined && i.source !== undefined)).toBe(true);
    expect(framework.perspectives.every((p) => p.description !== undefined)).toBe(true);
  });

  it('has every text non-empty in all six languages', () => {
    for (const { where, text } of texts) {
      for (const language of LANGUAGES) expect(text[language]?.trim(), `${where} [${language}]`).toBeTruthy();
    }
  });

  it('translates rather than copies: ar, zh and ru differ from English and use their own script', () => {
    for (const { where, text } of texts) {
      for (const language of ['ar', 'zh', 'ru'] as const) {
        expect(text[language], `${where} [${language}] is the English text`).not.toBe(text.en);
        expect(text[language], `${where} [${language}] script`).toMatch(SCRIPT[language] as RegExp);
      }
    }
  });

  it('translates the long texts into French and Spanish too', () => {
    for (const { where, text } of texts.filter((t) => /guidance|description/.test(t.where))) {
      expect(text.fr, `${where} [fr]`).not.toBe(text.en);
      expect(text.es, `${where} [es]`).not.toBe(text.en);
      expect(text.es, `${where} [es]`).not.toBe(text.fr);
    }
  });
});
