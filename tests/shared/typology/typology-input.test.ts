import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Answers } from '../../../shared/assessment/answer';
import { validateFramework } from '../../../shared/framework/validate-framework';
import { recommendOfficeType } from '../../../shared/typology/recommend-office-type';
import { typologyInputFromAssessment } from '../../../shared/typology/typology-input';
import { framework, indicator, perspective } from '../../fixtures/scoring/test-framework';

function defaultFramework() {
  const file = path.resolve(import.meta.dirname, '../../../resources/frameworks/fieldscore-default-1.0.0.json');
  const result = validateFramework(JSON.parse(readFileSync(file, 'utf8')));
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.framework;
}

const flags = { ldc: true, sids: false, fragile: false };

describe('typologyInputFromAssessment', () => {
  it('reads the inputs from P1.1, P1.2, P2.1, P3.5, P4.6 and P4.7 of the default framework', () => {
    const answers: Answers = {
      'P1.1': { state: 'answered', value: 'regional_office' },
      'P1.2': { state: 'answered', value: 'subregional_office' },
      'P2.1': { state: 'answered', value: ['ETH', 'DJI', 'SOM', 'ERI', 'SSD'].map((code, i) => ({ code, resident: i === 0 })) },
      'P3.5': { state: 'answered', value: 30 },
      'P4.6': { state: 'answered', value: 14_000_000 },
      'P4.7': { state: 'answered', value: 3_100_000 },
    };
    const result = typologyInputFromAssessment(defaultFramework(), answers, flags, 'africa');
    expect(result).toEqual({
      countriesCovered: 5,
      hostDelivery: 3_100_000,
      portfolio: 14_000_000,
      hostContributionShare: 30,
      region: 'africa',
      currentTier: 'regional_office',
      proposedTier: 'subregional_office',
      hostFlags: flags,
    });
    expect(recommendOfficeType(result)).toMatchObject({ suggestedTier: 'subregional_office', needsReview: true, differsFromCurrent: false });
  });

  it('leaves out blank, not applicable, unknown and invalid values', () => {
    const answers: Answers = {
      'P1.1': { state: 'answered', value: 'palace' },
      'P2.1': { state: 'unknown' },
      'P3.5': { state: 'not_applicable' },
      'P4.6': { state: 'answered', value: -5 },
    };
    const result = typologyInputFromAssessment(defaultFramework(), answers, flags);
    expect(result).toMatchObject({ countriesCovered: null, hostDelivery: null, portfolio: null, hostContributionShare: null, currentTier: null, proposedTier: null, region: null });
    expect(recommendOfficeType(result).missing.map((m) => m.indicatorId)).toEqual(['P1.1', 'P1.2', 'P2.1', 'P3.5', 'P4.6', 'P4.7']);
  });

  it('reports inputs as missing when a framework has no indicator with that id', () => {
    const other = framework([perspective('X', 1, [indicator('X.1', { type: 'percent' }, { rule: 'linear', zero: 0, full: 100 })])]);
    const result = typologyInputFromAssessment(other, { 'P4.6': { state: 'answered', value: 5 } }, flags);
    expect(result.portfolio).toBeNull();
  });
});
