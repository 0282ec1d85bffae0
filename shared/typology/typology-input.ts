import type { Answers } from '../assessment/answer';
import { checkAnswerValue } from '../assessment/check-answer';
import type { Framework, Indicator } from '../framework/framework-schema';
import { CURRENT_TIERS, TWO_TIER_OPTIONS, type CurrentTier, type Region, type TwoTierOption } from '../office/office-profile';
import { measureOf } from '../scoring/indicator-measure';
import { TYPOLOGY_INDICATOR_IDS } from './typology-indicators';

/**
 * LDC and SIDS come from the shipped country groups (resources/geo/country-groups.json) for
 * the host country; fragile context is a per-assessment flag set by the assessor.
 */
export interface HostFlags {
  ldc: boolean;
  sids: boolean;
  fragile: boolean;
}

/** What the office-type rules read. null: not known (blank, N/A, unknown, invalid, or not in the framework). */
export interface TypologyInput {
  /** N: number of countries covered. */
  countriesCovered: number | null;
  /** D_host: delivery in the host country, US$ per year (3-year average). */
  hostDelivery: number | null;
  /** Active portfolio, US$ (3-year average). */
  portfolio: number | null;
  /** Host-country contribution as a percent of local running costs. */
  hostContributionShare: number | null;
  /** Carried for the reports and for choosing the comparison set; no rule reads it. */
  region: Region | null;
  currentTier: CurrentTier | null;
  proposedTier: TwoTierOption | null;
  hostFlags: HostFlags;
}

function findIndicator(framework: Framework, id: string): Indicator | undefined {
  for (const perspective of framework.perspectives) {
    const found = perspective.indicators.find((indicator) => indicator.id === id);
    if (found) return found;
  }
  return undefined;
}

/** The checked answer value of an indicator, or undefined when it has none that fits. */
function validValue(framework: Framework, answers: Answers, id: string): { indicator: Indicator; value: unknown } | undefined {
  const indicator = findIndicator(framework, id);
  const answer = Object.prototype.hasOwnProperty.call(answers, id) ? answers[id] : undefined;
  if (!indicator || answer?.state !== 'answered' || !checkAnswerValue(indicator, answer.value).ok) return undefined;
  return { indicator, value: answer.value };
}

function numberOf(framework: Framework, answers: Answers, id: string): number | null {
  const found = validValue(framework, answers, id);
  return found ? measureOf(found.indicator.input, found.value) : null;
}

function optionOf<T extends string>(framework: Framework, answers: Answers, id: string, allowed: readonly T[]): T | null {
  const found = validValue(framework, answers, id);
  return found && typeof found.value === 'string' && (allowed as readonly string[]).includes(found.value) ? (found.value as T) : null;
}

/**
 * Pulls the office-type inputs from an assessment's answers by indicator id
 * (TYPOLOGY_INDICATOR_IDS). Values that do not fit their indicator are ignored, as in scoring.
 */
export function typologyInputFromAssessment(framework: Framework, answers: Answers, hostFlags: HostFlags, region: Region | null = null): TypologyInput {
  const ids = TYPOLOGY_INDICATOR_IDS;
  return {
    countriesCovered: numberOf(framework, answers, ids.countriesCovered),
    hostDelivery: numberOf(framework, answers, ids.hostDelivery),
    portfolio: numberOf(framework, answers, ids.portfolio),
    hostContributionShare: numberOf(framework, answers, ids.hostContributionShare),
    region,
    currentTier: optionOf(framework, answers, ids.currentTier, CURRENT_TIERS),
    proposedTier: optionOf(framework, answers, ids.proposedTier, TWO_TIER_OPTIONS),
    hostFlags: { ...hostFlags },
  };
}
