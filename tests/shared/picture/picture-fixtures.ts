/** In-memory members for the picture's pure tests: real framework, real engine, answers chosen by a level. */
import fs from 'node:fs';
import path from 'node:path';
import type { Answer, Answers } from '../../../shared/assessment/answer';
import type { AssessmentDocument } from '../../../shared/assessment/assessment-document';
import { frameworkRefOf } from '../../../shared/framework/framework-hash';
import type { Framework, Indicator } from '../../../shared/framework/framework-schema';
import type { CurrentTier, Region } from '../../../shared/office/office-profile';
import type { PictureMember } from '../../../shared/picture/picture-input';
import type { CoveredCountry } from '../../../shared/picture/picture-types';
import { scoreAssessment } from '../../../shared/scoring/score-assessment';

export const DEFAULT_FRAMEWORK = JSON.parse(
  fs.readFileSync(path.resolve(import.meta.dirname, '../../../resources/frameworks/fieldscore-default-1.0.0.json'), 'utf8'),
) as Framework;

/** A deterministic v4-shaped UUID for a number. */
export const uuid = (n: number, kind = 0) => `00000000-0000-4000-8${kind.toString(16).padStart(3, '0')}-${n.toString(16).padStart(12, '0')}`;

/** An answer for the indicator at a level 0–1 (0 low, 1 high), fitting its input. */
function answerAt(indicator: Indicator, level: number): Answer | undefined {
  const input = indicator.input;
  switch (input.type) {
    case 'percent': {
      const min = input.min ?? 0;
      const max = input.max ?? 100;
      return { state: 'answered', value: Math.round(min + level * (max - min)) };
    }
    case 'number': {
      const min = input.min ?? 0;
      const max = input.max ?? min + 10;
      return { state: 'answered', value: Math.round(min + level * (max - min)) };
    }
    case 'money':
      return { state: 'answered', value: Math.round(level * 20_000_000) };
    case 'scale':
      return { state: 'answered', value: Math.round(input.min + level * (input.max - input.min)) };
    case 'yesno':
      return { state: 'answered', value: level >= 0.5 };
    case 'choice':
      return { state: 'answered', value: input.options[Math.min(input.options.length - 1, Math.floor(level * input.options.length))]!.id };
    case 'multichoice':
      return { state: 'answered', value: input.options.slice(0, Math.max(1, Math.round(level * input.options.length))).map((option) => option.id) };
    case 'countries':
      return undefined;
  }
}

/** Hashing a framework is the costly part of a member: once per framework. */
const refs = new WeakMap<Framework, ReturnType<typeof frameworkRefOf>>();
function refOf(framework: Framework) {
  let ref = refs.get(framework);
  if (!ref) refs.set(framework, (ref = frameworkRefOf(framework)));
  return ref;
}

export interface MemberSpec {
  office: number;
  cycle: number;
  region?: Region;
  code?: string;
  revision?: number;
  /** 0–1; null: no answer at all (insufficient data). */
  level?: number | null;
  countries?: CoveredCountry[];
  hostCountry?: string;
  tier?: CurrentTier;
  framework?: Framework;
  answers?: Answers;
}

export function member(spec: MemberSpec): PictureMember {
  const framework = spec.framework ?? DEFAULT_FRAMEWORK;
  const level = spec.level === undefined ? 0.5 : spec.level;
  const answers: Answers = {};
  if (level !== null) {
    for (const perspective of framework.perspectives) {
      for (const indicator of perspective.indicators) {
        const answer = answerAt(indicator, level);
        if (answer) answers[indicator.id] = answer;
      }
    }
  }
  const countriesIndicator = framework.perspectives.flatMap((p) => p.indicators).find((indicator) => indicator.input.type === 'countries');
  if (countriesIndicator && spec.countries) answers[countriesIndicator.id] = { state: 'answered', value: spec.countries };
  Object.assign(answers, spec.answers ?? {});
  const document: AssessmentDocument = {
    schema: 'fieldscore.assessment/1',
    id: uuid(spec.office * 1000 + spec.cycle - 2000 + (spec.revision ?? 1) * 100, 1),
    officeId: uuid(spec.office, 2),
    office: { name: `Office ${spec.office}`, code: spec.code ?? `OFF-${String(spec.office).padStart(4, '0')}`, currentTier: spec.tier ?? 'country_office', region: spec.region ?? 'africa', hostCountry: spec.hostCountry ?? 'KEN' },
    cycle: spec.cycle,
    framework: refOf(framework),
    status: 'submitted',
    revision: spec.revision ?? 1,
    submittedAt: `${spec.cycle}-03-01T10:00:00.000Z`,
    answers,
    createdAt: `${spec.cycle}-01-01T10:00:00.000Z`,
    updatedAt: `${spec.cycle}-03-01T10:00:00.000Z`,
  };
  return {
    document,
    score: scoreAssessment(framework, answers),
    framework,
    hostFlags: { ldc: false, sids: false, fragile: false },
    packageSha256: uuid(spec.office * 10_000 + spec.cycle * 3 + (spec.revision ?? 1), 3).replace(/-/g, '').padEnd(64, '0'),
    fingerprint: 'AAAA-BBBB-CCCC-DDDD-EEEE-FFFF',
    review: 'received',
  };
}
