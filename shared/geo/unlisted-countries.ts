import type { Answers } from '../assessment/answer';
import { isCountryCode } from './country-codes';

/** A country code an assessment holds that is not one of the listed countries and areas. */
export interface UnlistedCountry {
  code: string;
  /** The office's host country, or a covered country of the indicator `indicatorId`. */
  where: 'host' | 'covered';
  indicatorId?: string;
}

/**
 * The codes of an assessment that UN M49 does not list: the host country first, then the covered
 * countries in indicator and list order, each code once per place. Stores written before the list
 * became M49's may hold one (TWN, XKK): the store reads them back rather than fail, the overview
 * says so and submission waits until they are replaced.
 */
export function unlistedCountries(document: { office: { hostCountry: string }; answers: Answers }): UnlistedCountry[] {
  const unlisted: UnlistedCountry[] = [];
  if (!isCountryCode(document.office.hostCountry)) unlisted.push({ code: document.office.hostCountry, where: 'host' });
  for (const indicatorId of Object.keys(document.answers).sort()) {
    const answer = document.answers[indicatorId];
    if (answer?.state !== 'answered' || !Array.isArray(answer.value)) continue;
    const seen = new Set<string>();
    for (const entry of answer.value) {
      if (typeof entry !== 'object' || entry === null || isCountryCode(entry.code) || seen.has(entry.code)) continue;
      seen.add(entry.code);
      unlisted.push({ code: entry.code, where: 'covered', indicatorId });
    }
  }
  return unlisted;
}
