import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Framework } from '../../../shared/framework/framework-schema';
import { validateFramework, type FrameworkProblem } from '../../../shared/framework/validate-framework';

/** A valid two-language framework covering every input type; each test breaks one thing. */
function base(): Framework {
  const t = (text: string) => ({ en: text, fr: `${text} (fr)` });
  const options = (...ids: string[]) => ids.map((id) => ({ id, label: t(id) }));
  return {
    schema: 'fieldscore.framework/1',
    id: 'sample',
    version: '1.2.3',
    languages: ['en', 'fr'],
    title: t('Sample'),
    description: t('A sample'),
    bands: { indicator: { green: 85, amber: 70 }, aggregate: { green: 80, amber: 60 } },
    minCoverage: 0.5,
    perspectives: [
      {
        id: 'P1',
        title: t('Mandate'),
        weight: 15,
        indicators: [
          { id: 'P1.1', title: t('Tier'), input: { type: 'choice', options: options('hub', 'office') }, scoring: { rule: 'context' }, weight: 0, justifyWhenRed: false },
          { id: 'P1.2', title: t('ToR'), guidance: t('Guidance'), source: t('Source document 000, para. 13'), input: { type: 'choice', options: options('yes', 'partly', 'no') }, scoring: { rule: 'choice', scores: { yes: 100, partly: 50, no: 0 } }, weight: 1, justifyWhenRed: true },
          { id: 'P1.3', title: t('Functions'), input: { type: 'multichoice', options: options('a', 'b', 'c', 'd') }, scoring: { rule: 'linear', zero: 0, full: 4 }, weight: 1, justifyWhenRed: true },
        ],
      },
      {
        id: 'P2',
        title: t('Coverage'),
        description: t('Countries'),
        weight: 20,
        indicators: [
          { id: 'P2.1', title: t('Countries'), input: { type: 'countries' }, scoring: { rule: 'context' }, weight: 0, justifyWhenRed: false },
          { id: 'P2.2', title: t('UNCT'), input: { type: 'percent' }, scoring: { rule: 'shortfall', target: 100, perPoint: 2, penalise: 'below' }, weight: 1, justifyWhenRed: true, bands: { green: 90, amber: 75 } },
          { id: 'P2.3', title: t('Visits'), input: { type: 'number', min: 0, unit: t('visits') }, scoring: { rule: 'steps', steps: [{ atLeast: 0, score: 0 }, { atLeast: 1, score: 70 }, { atLeast: 2, score: 100 }] }, weight: 2, justifyWhenRed: true },
          { id: 'P2.4', title: t('Satisfaction'), input: { type: 'scale', min: 1, max: 3, labels: [t('low'), t('mid'), t('high')] }, scoring: { rule: 'scale' }, weight: 1, justifyWhenRed: true },
          { id: 'P2.5', title: t('Premises'), input: { type: 'yesno' }, scoring: { rule: 'yesno' }, weight: 1, justifyWhenRed: false },
          { id: 'P2.6', title: t('Portfolio'), input: { type: 'money', currency: 'USD' }, scoring: { rule: 'context' }, weight: 0, justifyWhenRed: false },
        ],
      },
    ],
  };
}

type Mutable = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

function problemsOf(change: (framework: Mutable) => void): FrameworkProblem[] {
  const framework = structuredClone(base()) as Mutable;
  change(framework);
  const result = validateFramework(framework);
  if (result.ok) throw new Error('expected the framework to be rejected');
  return result.problems;
}

/** The framework is rejected with exactly one problem, at `path`, whose message matches. */
function expectProblem(change: (framework: Mutable) => void, path: string, message: RegExp): void {
  const problems = problemsOf(change);
  expect(problems).toHaveLength(1);
  expect(problems[0]?.path).toBe(path);
  expect(problems[0]?.message).toMatch(message);
}

describe('validateFramework: valid documents', () => {
  it('accepts the sample framework', () => {
    expect(validateFramework(base())).toEqual({ ok: true, framework: base() });
  });

  it('accepts the shipped default framework', () => {
    const file = path.resolve(import.meta.dirname, '../../../resources/frameworks/fieldscore-default-1.0.0.json');
    const result = validateFramework(JSON.parse(readFileSync(file, 'utf8')));
    expect(result.ok ? [] : result.problems).toEqual([]);
  });

  it('rejects what is not a framework at all, without throwing', () => {
    for (const input of [null, 'framework', 42, [], {}]) {
      const result = validateFramework(input);
      expect(result.ok).toBe(false);
    }
  });
});

describe('validateFramework: structure', () => {
  it('names a missing weight', () => {
    expectProblem((f) => delete f.perspectives[0].indicators[1].weight, 'perspectives.0.indicators.1.weight', /^indicator P1\.2 weight is missing/);
  });
  it('names an unknown rule', () => {
    expectProblem((f) => (f.perspectives[1].indicators[1].scoring = { rule: 'logarithmic' }), 'perspectives.1.indicators.1.scoring.rule', /^indicator P2\.2: unknown scoring rule "logarithmic" \(expected one of: context, linear/);
  });
  it('names an unknown input type', () => {
    expectProblem((f) => (f.perspectives[1].indicators[4].input = { type: 'slider' }), 'perspectives.1.indicators.4.input.type', /^indicator P2\.5: unknown input type "slider" \(expected one of: number, percent/);
  });
  it('locates a problem by position when the indicator has no id', () => {
    const problems = problemsOf((f) => delete f.perspectives[1].indicators[2].id);
    expect(problems.map((p) => p.message)).toEqual([expect.stringMatching(/^indicator #3 id is missing/)]);
  });
  it('names a bad version and a negative weight', () => {
    const problems = problemsOf((f) => {
      f.version = 'v1';
      f.perspectives[0].weight = -1;
    });
    expect(problems.map((p) => p.message)).toEqual(['framework version: version must look like 1.0.0', expect.stringMatching(/^perspective P1 weight: /)]);
  });
  it('refuses a source written as one plain string: it is a text in every declared language', () => {
    expectProblem((f) => (f.perspectives[0].indicators[1].source = 'seed 000 §13'), 'perspectives.0.indicators.1.source', /^indicator P1\.2 source: /);
  });
});

describe('validateFramework: whole-document rules', () => {
  it('rejects duplicate indicator ids', () => {
    expectProblem((f) => (f.perspectives[1].indicators[2].id = 'P1.3'), 'perspectives.1.indicators.2.id', /^duplicate id "P1\.3": this indicator reuses the id of the indicator at perspectives\.0\.indicators\.2/);
  });
  it('rejects an indicator id equal to a perspective id, and duplicate perspective ids', () => {
    expectProblem((f) => (f.perspectives[1].indicators[0].id = 'P1'), 'perspectives.1.indicators.0.id', /^duplicate id "P1"/);
    expectProblem((f) => (f.perspectives[1].id = 'P1'), 'perspectives.1.id', /^duplicate id "P1": this perspective reuses the id of the perspective/);
  });
  it('rejects a scored indicator with weight 0', () => {
    expectProblem((f) => (f.perspectives[1].indicators[1].weight = 0), 'perspectives.1.indicators.1.weight', /^indicator P2\.2 is scored \(rule "shortfall"\) but has weight 0/);
  });
  it('rejects a context indicator with a weight', () => {
    expectProblem((f) => (f.perspectives[0].indicators[0].weight = 2), 'perspectives.0.indicators.0.weight', /^indicator P1\.1 is a context indicator .* has weight 2/);
  });
  it('rejects a perspective whose scored weights sum to 0', () => {
    const problems = problemsOf((f) => {
      f.perspectives[0].indicators = [f.perspectives[0].indicators[0]];
    });
    expect(problems).toEqual([{ path: 'perspectives.0.indicators', message: 'perspective P1 has no scored weight: the weights of its scored indicators sum to 0' }]);
  });
  it('rejects bands out of order, for the framework and per indicator', () => {
    expectProblem((f) => (f.bands.indicator = { green: 70, amber: 85 }), 'bands.indicator', /^framework indicator bands out of order: amber \(85\) must be below green \(70\)/);
    expectProblem((f) => (f.bands.aggregate = { green: 60, amber: 60 }), 'bands.aggregate', /^framework aggregate bands out of order/);
    expectProblem((f) => (f.perspectives[1].indicators[1].bands = { green: 50, amber: 75 }), 'perspectives.1.indicators.1.bands', /^indicator P2\.2 bands out of order: amber \(75\) must be below green \(50\)/);
  });
  it('rejects a rule that cannot read its input', () => {
    expectProblem((f) => (f.perspectives[1].indicators[4].scoring = { rule: 'linear', zero: 0, full: 1 }), 'perspectives.1.indicators.4.scoring.rule', /^indicator P2\.5: rule "linear" cannot read a "yesno" input \(it needs number, percent, money, scale, multichoice\)/);
    expectProblem((f) => (f.perspectives[1].indicators[1].scoring = { rule: 'scale' }), 'perspectives.1.indicators.1.scoring.rule', /rule "scale" cannot read a "percent" input/);
    expectProblem((f) => (f.perspectives[1].indicators[1].scoring = { rule: 'yesno' }), 'perspectives.1.indicators.1.scoring.rule', /rule "yesno" cannot read a "percent" input/);
    expectProblem((f) => (f.perspectives[0].indicators[2].scoring = { rule: 'choice', scores: { a: 1 } }), 'perspectives.0.indicators.2.scoring.rule', /rule "choice" cannot read a "multichoice" input/);
    expectProblem((f) => (f.perspectives[1].indicators[0] = { ...f.perspectives[1].indicators[0], scoring: { rule: 'steps', steps: [{ atLeast: 0, score: 1 }] }, weight: 1 }), 'perspectives.1.indicators.0.scoring.rule', /rule "steps" cannot read a "countries" input/);
  });
  it('accepts a context rule on any input', () => {
    const framework = base() as Mutable;
    framework.perspectives[1].indicators.push({ id: 'P2.7', title: { en: 'x', fr: 'x' }, input: { type: 'yesno' }, scoring: { rule: 'context' }, weight: 0, justifyWhenRed: false });
    expect(validateFramework(framework).ok).toBe(true);
  });
  it('rejects a choice rule without a score for every option, or with unknown options', () => {
    expectProblem((f) => delete f.perspectives[0].indicators[1].scoring.scores.partly, 'perspectives.0.indicators.1.scoring.scores', /^indicator P1\.2: option "partly" has no score/);
    expectProblem((f) => (f.perspectives[0].indicators[1].scoring.scores.maybe = 20), 'perspectives.0.indicators.1.scoring.scores.maybe', /^indicator P1\.2: score given for unknown option "maybe"/);
  });
  it('rejects steps that are not strictly ascending', () => {
    expectProblem((f) => (f.perspectives[1].indicators[2].scoring.steps[2].atLeast = 1), 'perspectives.1.indicators.2.scoring.steps.2.atLeast', /^indicator P2\.3: steps must be strictly ascending by atLeast \(step 3 at 1 follows 1\)/);
    const reversed = problemsOf((f) => f.perspectives[1].indicators[2].scoring.steps.reverse());
    expect(reversed.map((p) => p.path)).toEqual(['perspectives.1.indicators.2.scoring.steps.1.atLeast', 'perspectives.1.indicators.2.scoring.steps.2.atLeast']);
  });
  it('rejects linear with zero = full', () => {
    expectProblem((f) => (f.perspectives[0].indicators[2].scoring = { rule: 'linear', zero: 3, full: 3 }), 'perspectives.0.indicators.2.scoring', /^indicator P1\.3: linear rule has zero = full \(3\)/);
  });
  it('rejects duplicate option ids', () => {
    expectProblem((f) => (f.perspectives[0].indicators[2].input.options[3].id = 'a'), 'perspectives.0.indicators.2.input.options.3.id', /^indicator P1\.3 has option id "a" twice/);
  });
  it('rejects a scale whose min is not below its max, and labels that do not match its points', () => {
    expectProblem((f) => (f.perspectives[1].indicators[3].input = { type: 'scale', min: 5, max: 5 }), 'perspectives.1.indicators.3.input', /^indicator P2\.4 scale input: min \(5\) must be below max \(5\)/);
    expectProblem((f) => f.perspectives[1].indicators[3].input.labels.pop(), 'perspectives.1.indicators.3.input.labels', /has 2 labels for 3 points/);
  });
  it('rejects a language listed twice', () => {
    expectProblem((f) => f.languages.push('en'), 'languages.2', /^language "en" is listed twice/);
  });
});

describe('validateFramework: texts in every declared language', () => {
  it('names the indicator, the field and the language of a missing text', () => {
    expectProblem((f) => delete f.perspectives[1].indicators[2].title.fr, 'perspectives.1.indicators.2.title.fr', /^indicator P2\.3 title has no text in "fr"$/);
  });
  it('treats an empty or blank text as missing', () => {
    expectProblem((f) => (f.perspectives[0].title.en = '  '), 'perspectives.0.title.en', /^perspective P1 title has no text in "en"$/);
  });
  it('checks every kind of text', () => {
    const cases: Array<[(f: Mutable) => void, string]> = [
      [(f) => delete f.title.fr, 'framework title has no text in "fr"'],
      [(f) => delete f.description.fr, 'framework description has no text in "fr"'],
      [(f) => delete f.perspectives[1].description.fr, 'perspective P2 description has no text in "fr"'],
      [(f) => delete f.perspectives[0].indicators[1].guidance.fr, 'indicator P1.2 guidance has no text in "fr"'],
      [(f) => delete f.perspectives[0].indicators[1].source.fr, 'indicator P1.2 source has no text in "fr"'],
      [(f) => (f.perspectives[0].indicators[1].source.en = ' '), 'indicator P1.2 source has no text in "en"'],
      [(f) => delete f.perspectives[0].indicators[1].input.options[1].label.fr, 'indicator P1.2 option "partly" label has no text in "fr"'],
      [(f) => delete f.perspectives[1].indicators[2].input.unit.fr, 'indicator P2.3 unit has no text in "fr"'],
      [(f) => delete f.perspectives[1].indicators[3].input.labels[2].fr, 'indicator P2.4 scale label 3 has no text in "fr"'],
    ];
    for (const [change, message] of cases) expect(problemsOf(change).map((p) => p.message)).toEqual([message]);
  });
  it('asks for a new language everywhere once it is declared', () => {
    const problems = problemsOf((f) => f.languages.push('ar'));
    expect(problems.length).toBeGreaterThan(20);
    expect(problems.every((p) => p.message.endsWith('has no text in "ar"'))).toBe(true);
  });
  it('does not ask for languages that are not declared', () => {
    const framework = base() as Mutable;
    framework.languages = ['en'];
    expect(validateFramework(framework).ok).toBe(true);
  });
});

describe('validateFramework: several problems', () => {
  it('reports all of them at once', () => {
    const problems = problemsOf((f) => {
      f.bands.indicator = { green: 60, amber: 70 };
      f.perspectives[1].indicators[1].weight = 0;
      delete f.perspectives[0].title.fr;
    });
    expect(problems.map((p) => p.path).sort()).toEqual(['bands.indicator', 'perspectives.0.title.fr', 'perspectives.1.indicators.1.weight']);
  });
});
