import type { Answers } from '../assessment/answer';
import { checkAnswerValue } from '../assessment/check-answer';
import type { Framework, Indicator } from '../framework/framework-schema';
import type { CoveredCountry } from './picture-types';

/**
 * The framework's covered-countries indicator (P2.1 in the default framework), found by its
 * input type as the editor finds it (renderer/countries/covered-countries.ts): another framework
 * may number it differently.
 */
export function countriesIndicatorOf(framework: Framework): Indicator | undefined {
  for (const perspective of framework.perspectives) {
    const indicator = perspective.indicators.find((candidate) => candidate.input.type === 'countries');
    if (indicator) return indicator;
  }
  return undefined;
}

/** The countries an assessment says its office covers, in its order; empty when unanswered or when the answer does not fit. */
export function coveredCountriesOf(framework: Framework, answers: Answers): CoveredCountry[] {
  const indicator = countriesIndicatorOf(framework);
  if (!indicator || !Object.prototype.hasOwnProperty.call(answers, indicator.id)) return [];
  const answer = answers[indicator.id];
  if (answer?.state !== 'answered' || !checkAnswerValue(indicator, answer.value).ok || !Array.isArray(answer.value)) return [];
  return (answer.value as CoveredCountry[]).map(({ code, resident }) => ({ code, resident }));
}
