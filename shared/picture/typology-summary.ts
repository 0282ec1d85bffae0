import type { TwoTierOption } from '../office/office-profile';
import type { PictureRow, TypologySummary } from './picture-types';

/** What the office-type screen and the report summarise from the rows' recommendations. */
export function typologySummary(rows: readonly PictureRow[]): TypologySummary {
  const suggested: Record<TwoTierOption | 'undecided', number> = { subregional_office: 0, country_office: 0, non_resident: 0, undecided: 0 };
  const differs: TypologySummary['differs'] = [];
  const flagged: TypologySummary['flagged'] = [];
  for (const { officeId, recommendation } of rows) {
    const tier = recommendation.suggestedTier;
    suggested[tier ?? 'undecided'] += 1;
    const fromCurrent = recommendation.differsFromCurrent === true;
    const fromProposed = recommendation.differsFromProposed === true;
    if (tier !== null && (fromCurrent || fromProposed)) differs.push({ officeId, suggestedTier: tier, fromCurrent, fromProposed });
    if (recommendation.needsReview) flagged.push({ officeId, flags: recommendation.reviewFlags.map((flag) => flag.flag) });
  }
  return { suggested, differs, flagged };
}
