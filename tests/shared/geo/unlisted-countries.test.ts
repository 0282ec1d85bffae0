import { describe, expect, it } from 'vitest';
import type { Answers } from '../../../shared/assessment/answer';
import { unlistedCountries } from '../../../shared/geo/unlisted-countries';

const of = (hostCountry: string, answers: Answers = {}) => unlistedCountries({ office: { hostCountry }, answers });

describe('unlistedCountries', () => {
  it('is empty when every code is listed, whatever else the answers hold', () => {
    expect(
      of('KEN', {
        'P2.1': { state: 'answered', value: [{ code: 'UGA', resident: false }, { code: 'ATA', resident: false }] },
        'P2.2': { state: 'answered', value: 12 },
        'P1.1': { state: 'answered', value: ['regional_hub'] },
        'P2.9': { state: 'not_applicable' },
      }),
    ).toEqual([]);
  });

  it('names the host country first, then covered countries by indicator, each once per place', () => {
    expect(
      of('XKX', {
        'P9.1': { state: 'answered', value: [{ code: 'XKK', resident: false }] },
        'P2.1': {
          state: 'answered',
          value: [
            { code: 'KEN', resident: true },
            { code: 'TWN', resident: false },
            { code: 'XKX', resident: false },
            { code: 'TWN', resident: true },
          ],
        },
      }),
    ).toEqual([
      { code: 'XKX', where: 'host' },
      { code: 'TWN', where: 'covered', indicatorId: 'P2.1' },
      { code: 'XKX', where: 'covered', indicatorId: 'P2.1' },
      { code: 'XKK', where: 'covered', indicatorId: 'P9.1' },
    ]);
  });

  it('ignores answers that are not answered', () => {
    expect(of('KEN', { 'P2.1': { state: 'unknown', note: 'TWN' } })).toEqual([]);
  });
});
