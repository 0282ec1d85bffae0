import type { Answer, Answers, AnswerValue } from '../../../shared/assessment/answer';
import { checkAnswerValue } from '../../../shared/assessment/check-answer';
import { submissionBlockers } from '../../../shared/assessment/submission-blockers';
import type { Framework, Indicator } from '../../../shared/framework/framework-schema';
import type { CurrentTier, TwoTierOption } from '../../../shared/office/office-profile';
import { scoreAssessment } from '../../../shared/scoring/score-assessment';
import { coveredCountries, type DemoOffice } from './demo-network';
import { clamp, DemoRandom, lerp, round } from './demo-random';
import { countNote, justificationFor, unknownNote } from './demo-texts';

/**
 * The answers of one office for one cycle, from a small model of the office rather than from
 * independent random values, so that they hang together the way a real return would:
 * - size by tier: portfolio, posts and projects of a regional hub are several times a desk's;
 * - one "quality" per office and cycle (with noise per indicator) moves the scored values
 *   together, so strong offices are strong across the card and weak ones weak;
 * - ratios are counted: P2.2/P2.3/P2.6 are k of the N countries of P2.1, P2.5 is visits ÷ the
 *   non-resident countries (not applicable when there are none), P1.7, P5.1, P5.2 and P5.6 are
 *   posts and staff counts, P5.4 projects, P3.1 running cost ÷ the delivery behind P4.6/P4.7;
 * - D_host (P4.7) is all of the office's delivery when it covers only its host, less when it
 *   also covers neighbours. Every figure is invented (the seeds give none per office).
 */

interface TierSize {
  portfolio: readonly [number, number];
  posts: readonly [number, number];
  projects: readonly [number, number];
}

const SIZE: Record<CurrentTier, TierSize> = {
  regional_hub: { portfolio: [12e6, 40e6], posts: [22, 40], projects: [18, 40] },
  regional_office: { portfolio: [6e6, 20e6], posts: [12, 26], projects: [10, 24] },
  country_office: { portfolio: [2.5e6, 12e6], posts: [7, 18], projects: [5, 16] },
  programme_office: { portfolio: [1e6, 4e6], posts: [4, 8], projects: [3, 8] },
  desk: { portfolio: [0.3e6, 2e6], posts: [2, 4], projects: [1, 4] },
};

/** What stays with an office from cycle to cycle. */
export interface OfficeBase {
  quality: number;
  trend: number;
  portfolio: number;
  posts: number;
  projects: number;
  proposedTier: TwoTierOption;
}

export function officeBase(seed: string, office: DemoOffice): OfficeBase {
  const random = new DemoRandom(seed, `base:${office.code}`);
  const size = SIZE[office.tier];
  const portfolio = random.between(...size.portfolio);
  const n = office.nonResident.length + 1;
  const proposedTier = ((): TwoTierOption => {
    switch (office.tier) {
      case 'regional_hub':
        return 'subregional_office';
      case 'regional_office':
        return portfolio >= 8e6 || random.chance(0.5) ? 'subregional_office' : 'country_office';
      case 'country_office':
        return n >= 3 && random.chance(0.2) ? 'subregional_office' : 'country_office';
      case 'programme_office':
        return random.weighted({ country_office: 0.6, non_resident: 0.4 });
      case 'desk':
        return random.weighted({ non_resident: 0.6, country_office: 0.4 });
    }
  })();
  return {
    quality: random.between(0.2, 0.92),
    trend: random.noise(0.05),
    portfolio,
    posts: random.int(...size.posts),
    projects: random.int(...size.projects),
    proposedTier,
  };
}

const answered = (value: AnswerValue, note?: string): Answer =>
  note === undefined ? { state: 'answered', value } : { state: 'answered', value, note };
const percent = (k: number, n: number) => round((k / n) * 100, 1);
const valueOf = (answer: Answer | undefined): unknown => (answer?.state === 'answered' ? answer.value : undefined);

/**
 * The values of one cycle (no justifications yet). `previous` is last cycle's return: slow
 * things (tier, coverage, proposed tier) stay, terms of reference and premises only improve,
 * and some choices are simply left as they were.
 */
export function cycleValues(seed: string, office: DemoOffice, base: OfficeBase, cycle: number, cycleIndex: number, previous?: Answers): Answers {
  const random = new DemoRandom(seed, `answers:${office.code}:${cycle}`);
  const quality = clamp(base.quality + base.trend * cycleIndex + random.noise(0.06), 0.05, 1);
  const q = () => quality + random.noise(0.12);
  const keep = (id: string, probability: number) => (previous?.[id] !== undefined && random.chance(probability) ? previous[id] : undefined);
  const countries = coveredCountries(office);
  const n = countries.length;
  const language = office.language;
  const growth = 1 + cycleIndex * random.between(-0.04, 0.12);
  const size = SIZE[office.tier];

  const portfolio = base.portfolio * growth * random.between(0.92, 1.08);
  const delivery = portfolio * random.between(0.35, 0.5);
  const hostShare = n === 1 ? 1 : n <= 3 ? random.between(0.6, 0.9) : random.between(0.3, 0.6);
  const posts = clamp(base.posts + random.int(-1, 1), size.posts[0], size.posts[1]);
  const vacant = clamp(Math.round(posts * lerp(0.3, 0.02, q())), 0, posts - 1);
  const staff = posts - vacant;
  const projects = clamp(base.projects + random.int(-2, 2), Math.max(1, size.projects[0] - 1), size.projects[1]);

  const a: Answers = {};
  a['P1.1'] = answered(office.tier);
  a['P1.2'] = answered(base.proposedTier);
  const functions = ['research_policy_advice', 'normative_work', 'convening_partnerships'].filter(() =>
    random.chance(lerp(0.4, 0.95, q()) + (office.tier === 'regional_hub' || office.tier === 'regional_office' ? 0.2 : 0)),
  );
  a['P1.3'] = keep('P1.3', 0.4) ?? answered(['technical_cooperation', ...functions]);
  const tor = valueOf(previous?.['P1.4']) === 'yes' ? 'yes' : random.weighted({ yes: 0.4 + 0.6 * quality, in_progress: 0.3, no: 0.2 * (1 - quality) });
  a['P1.4'] = answered(tor);
  const head = valueOf(previous?.['P1.5']) === 'interim' && random.chance(0.6) ? 'filled' : random.weighted({ filled: 0.85, interim: 0.15 });
  a['P1.5'] = answered(head);
  a['P1.6'] = keep('P1.6', 0.5) ?? answered(random.weighted({ yes: 0.45 + 0.5 * quality, partly: 0.3, no: 0.1 * (1 - quality) }));
  a['P1.7'] = answered(percent(clamp(Math.round(posts * lerp(0.45, 0.8, q())), 1, posts), posts));

  a['P2.1'] = answered(countries);
  const withProgramme = n === 1 ? 1 : clamp(Math.round(n * lerp(0.5, 1, q())), 1, n);
  a['P2.2'] = answered(percent(withProgramme, n), n > 1 ? countNote(language, withProgramme, n) : undefined);
  const inUnct = 1 + office.nonResident.filter(() => random.chance(lerp(0.6, 1, q()))).length;
  a['P2.3'] = answered(percent(inUnct, n), n > 1 ? countNote(language, inUnct, n) : undefined);
  const aligned = clamp(Math.round(withProgramme * lerp(0.45, 1, q())), 0, withProgramme);
  a['P2.4'] = answered(percent(aligned, withProgramme));
  if (n === 1) a['P2.5'] = { state: 'not_applicable' };
  else a['P2.5'] = answered(round(Math.round((n - 1) * lerp(0.5, 2.4, q())) / (n - 1), 1));
  const withProfile = clamp(Math.round(n * lerp(0.2, 0.95, q())), 1, n);
  a['P2.6'] = answered(percent(withProfile, n), n > 1 ? countNote(language, withProfile, n) : undefined);
  a['P2.7'] = keep('P2.7', 0.4) ?? answered(clamp(Math.round(lerp(2.8, 5.4, q())), 1, 5));

  const costRatio = lerp(0.36, 0.07, q());
  a['P3.1'] = answered(round(costRatio * 100, 1));
  const premises = valueOf(previous?.['P3.2']) === 'yes' ? 'yes' : random.weighted({ yes: 0.45 + 0.2 * quality, in_plan: 0.25, no: 0.2 });
  a['P3.2'] = answered(premises);
  a['P3.3'] = keep('P3.3', 0.4) ?? answered(clamp(Math.round(lerp(1.5, 6.8, q())) + (premises === 'yes' ? 1 : 0), 0, 6));
  a['P3.4'] = office.tier === 'desk' && random.chance(0.15) ? { state: 'unknown', note: unknownNote(language) } : answered(round(clamp(lerp(15, 95, q()), 0, 100), 1));
  const hostShareOfCost = office.hostPaysMost
    ? random.between(76, 92)
    : random.between(2, 22) + (premises === 'yes' && random.chance(0.5) ? random.between(10, 25) : 0);
  a['P3.5'] = answered(round(hostShareOfCost, 1));
  a['P3.6'] = keep('P3.6', 0.5) ?? answered(random.weighted({ yes: 0.45 + 0.5 * quality, in_progress: 0.25, no: 0.15 * (1 - quality) }));
  a['P3.7'] = keep('P3.7', 0.5) ?? answered(random.weighted({ yes: 0.55 + 0.4 * quality, partly: 0.25, no: 0.05 }));

  a['P4.1'] = answered(round(lerp(76, 114, q()), 1));
  a['P4.2'] = answered(round(lerp(0.25, 1.5, q()), 2));
  a['P4.3'] = answered(clamp(Math.round(lerp(0, 3.4, q())), 0, office.tier === 'desk' ? 1 : 4));
  a['P4.4'] = answered(round(lerp(15, 70, q()), 1));
  a['P4.5'] = answered(round(lerp(8, 42, q()), 1));
  a['P4.6'] = answered(Math.round(portfolio / 1000) * 1000);
  a['P4.7'] = answered(Math.round((delivery * hostShare) / 1000) * 1000);

  a['P5.1'] = answered(percent(vacant, posts));
  a['P5.2'] = answered(percent(clamp(Math.round(staff * lerp(0.45, 1, q())), 0, staff), staff));
  a['P5.3'] = keep('P5.3', 0.3) ?? answered(clamp(Math.round(lerp(1.8, 4.5, q())), 0, 4));
  a['P5.4'] = random.chance(0.05)
    ? { state: 'unknown', note: unknownNote(language) }
    : answered(percent(clamp(Math.round(projects * lerp(0.65, 1, q())), 0, projects), projects));
  a['P5.5'] = answered(Number(random.weighted({ 0: 0.45 + 0.4 * quality, 1: 0.2, 2: 0.03 + 0.12 * (1 - quality), 3: 0.05 * (1 - quality) })));
  a['P5.6'] = answered(percent(clamp(Math.round(staff * random.between(0.28, 0.62)), 0, staff), staff));
  return a;
}

/** Carried into the next cycle as the app does: values, N/A, don't-know and notes — not justifications. */
export function carriedOver(answers: Answers): Answers {
  return Object.fromEntries(
    Object.entries(answers).map(([id, answer]) => {
      const { justification: _justification, ...rest } = answer;
      return [id, rest as Answer];
    }),
  );
}

/**
 * Adds a justification, in the office's language, to every red indicator that needs one and
 * has none, then checks the result would be accepted on submit: every value fits its
 * indicator and nothing blocks submission (shared/assessment/submission-blockers.ts).
 */
export function justified(framework: Framework, answers: Answers, language: DemoOffice['language']): Answers {
  const out: Answers = { ...answers };
  for (const indicatorId of scoreAssessment(framework, answers).redWithoutJustification) {
    const answer = out[indicatorId]!;
    out[indicatorId] = { ...answer, justification: justificationFor(language, indicatorId) };
  }
  checkSubmittable(framework, out);
  return out;
}

export function checkSubmittable(framework: Framework, answers: Answers): void {
  const indicators = new Map<string, Indicator>(framework.perspectives.flatMap((p) => p.indicators.map((i) => [i.id, i] as const)));
  for (const [id, answer] of Object.entries(answers)) {
    const indicator = indicators.get(id);
    if (!indicator) throw new Error(`demo answer for unknown indicator ${id}`);
    if (answer.state !== 'answered') continue;
    const check = checkAnswerValue(indicator, answer.value);
    if (!check.ok) throw new Error(`demo value of ${id} does not fit: ${check.messageKey} ${JSON.stringify(answer.value)}`);
  }
  const blockers = submissionBlockers(scoreAssessment(framework, answers));
  if (blockers.length > 0) {
    throw new Error(`demo assessment would not be submittable: ${blockers.map((b) => `${b.indicatorId} ${b.reason}`).join(', ')}`);
  }
}

/** Figures a reopened revision corrects (after the year-end closure): finance and training. */
const CORRECTABLE: Record<string, { min: number; max: number; step: readonly [number, number]; decimals: number }> = {
  'P4.1': { min: 0, max: 1000, step: [-8, 10], decimals: 1 },
  'P4.2': { min: 0, max: 10, step: [-0.2, 0.3], decimals: 2 },
  'P4.4': { min: 0, max: 100, step: [-8, 10], decimals: 1 },
  'P4.5': { min: 0, max: 100, step: [-5, 8], decimals: 1 },
  'P3.1': { min: 0, max: 1000, step: [-6, 6], decimals: 1 },
  'P3.4': { min: 0, max: 100, step: [-10, 12], decimals: 1 },
  'P5.2': { min: 0, max: 100, step: [-10, 15], decimals: 1 },
};

/**
 * The answers of a reopened revision: the submitted ones (justifications included, as the app
 * copies them) with one to three figures corrected, each with a note saying why. Returns the
 * corrected indicator ids too (the history records an edit for each).
 */
export function reopenedValues(seed: string, office: DemoOffice, cycle: number, revision: number, answers: Answers, note: string): { answers: Answers; corrected: string[] } {
  const random = new DemoRandom(seed, `reopen:${office.code}:${cycle}:r${revision}`);
  const candidates = Object.keys(CORRECTABLE).filter((id) => typeof valueOf(answers[id]) === 'number');
  const corrected = random.shuffled(candidates).slice(0, random.int(1, 3));
  const out: Answers = { ...answers };
  for (const id of corrected) {
    const rule = CORRECTABLE[id]!;
    const old = valueOf(answers[id]) as number;
    let value = round(clamp(old + random.between(...rule.step), rule.min, rule.max), rule.decimals);
    if (value === old) value = round(clamp(old + (old < rule.max ? 1 : -1), rule.min, rule.max), rule.decimals);
    const { note: _note, ...rest } = answers[id]!;
    out[id] = { ...rest, state: 'answered', value, note };
  }
  return { answers: out, corrected: [...corrected].sort() };
}
