import { describe, expect, it } from 'vitest';
import { comparisonPortfolios, officeKeyOf, officeTypesInSet } from '../../../shared/picture/comparison-set';
import { member } from './picture-fixtures';

const portfolio = (value: number) => ({ 'P4.6': { state: 'answered' as const, value } });

describe('the comparison set of the office-type rule', () => {
  const set = [
    member({ office: 1, cycle: 2025, region: 'africa', answers: portfolio(30_000_000) }),
    member({ office: 2, cycle: 2025, region: 'africa', answers: portfolio(5_000_000) }),
    member({ office: 2, cycle: 2025, region: 'africa', revision: 2, answers: portfolio(7_000_000) }),
    member({ office: 3, cycle: 2025, region: 'africa', level: null }), // no portfolio: not compared
    member({ office: 4, cycle: 2024, region: 'africa', answers: portfolio(90_000_000) }), // another cycle
    member({ office: 5, cycle: 2025, region: 'asia_pacific', answers: portfolio(90_000_000) }), // another region
  ];
  const compared = comparisonPortfolios(set);

  it('holds the other offices of the same region and cycle that have a portfolio, each by its latest revision', () => {
    expect(compared(set[0]!.document)).toEqual([7_000_000]);
    expect(compared(set[1]!.document).sort()).toEqual([30_000_000]);
    expect(compared(set[3]!.document).sort((a, b) => a - b)).toEqual([7_000_000, 30_000_000]);
    expect(compared(set[4]!.document)).toEqual([]);
    expect(compared(set[5]!.document)).toEqual([]);
  });

  it('recommends against that set, and says how many offices it compared', () => {
    const officeType = officeTypesInSet(set);
    expect(officeType(set[0]!)).toMatchObject({ comparedOffices: 1 });
    expect(officeType(set[0]!).recommendation.rules[0]!.conditions[1]).toMatchObject({ messageKey: 'typology.condition.portfolio_top_third', params: { offices: 2, cutoff: 30_000_000 }, met: true });
    // Alone in its region and cycle: the absolute threshold.
    expect(officeType(set[4]!)).toMatchObject({ comparedOffices: 0 });
    expect(officeType(set[4]!).recommendation.rules[0]!.conditions[1]).toMatchObject({ messageKey: 'typology.condition.portfolio_at_least', met: true });
  });

  it('knows an office by its id across renames, else by its code', () => {
    const renamed = member({ office: 1, cycle: 2025, code: 'NEW-CODE' });
    expect(officeKeyOf(renamed.document)).toBe(officeKeyOf(set[0]!.document));
    const { officeId: _dropped, ...withoutId } = renamed.document;
    expect(officeKeyOf(withoutId)).toBe('code:NEW-CODE');
  });
});
