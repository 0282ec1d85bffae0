import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { coveragePercent } from '../../../shared/scoring/coverage';
import { scoreAssessment } from '../../../shared/scoring/score-assessment';
import { recommendOfficeType } from '../../../shared/typology/recommend-office-type';
import { typologyInputFromAssessment } from '../../../shared/typology/typology-input';
import { loadWorkedExample, renderWorkedExample } from '../../fixtures/scoring/worked-example-tables';

const doc = readFileSync(path.resolve(import.meta.dirname, '../../../docs/scoring.md'), 'utf8');
const { framework, example } = loadWorkedExample();

describe('docs/scoring.md worked example', () => {
  it('prints exactly what the engine computes (regenerate: npx tsx tests/fixtures/scoring/worked-example-tables.ts)', () => {
    const begin = doc.indexOf('<!-- worked-example:begin');
    const end = doc.indexOf('<!-- worked-example:end -->');
    expect(begin).toBeGreaterThan(0);
    expect(end).toBeGreaterThan(begin);
    const printed = doc.slice(begin, end + '<!-- worked-example:end -->'.length);
    expect(printed).toBe(renderWorkedExample(framework, example));
  });

  it('matches the figures worked out by hand', () => {
    // Independent of the renderer: these were computed with a calculator from the fixture.
    const score = scoreAssessment(framework, example.answers);
    const byId = Object.fromEntries(score.indicators.map((i) => [i.indicatorId, i]));
    expect(byId['P1.7']?.score).toBe(75.8); // (62.75 − 40) ÷ 30 × 100 = 75.833…
    expect(byId['P3.1']?.score).toBe(58.3); // falling line: (22.5 − 40) ÷ (10 − 40) × 100 = 58.333…
    expect(byId['P3.4']?.score).toBe(56.3); // 56.25, half away from zero
    expect(byId['P4.1']?.score).toBe(44.1); // 100 − 3 × 18.65 = 44.05
    expect(byId['P5.1']?.score).toBe(94); // 100 − 2 × (18 − 15)
    expect(score.perspectives.map((p) => p.score)).toEqual([72.2, 80.5, 79.7, 57.8, null]);
    expect(score.perspectives[4]).toMatchObject({ partialScore: 77, band: 'insufficient_data' });
    // (15 × 72.2 + 20 × 80.5 + 25 × 79.7 + 25 × 57.8) ÷ 85 = 72.1235…
    expect(score.overall).toMatchObject({ score: 72.1, band: 'amber', includedWeight: 85, totalWeight: 100 });
    expect(coveragePercent(score.overall.coverage)).toBe(86);
    expect(score.redWithoutJustification).toEqual(['P1.5', 'P3.4']);
  });

  it('suggests non-resident coverage alone, and a subregional office within its comparison set', () => {
    const input = typologyInputFromAssessment(framework, example.answers, example.hostFlags, example.office.region);
    expect(recommendOfficeType(input).suggestedTier).toBe('non_resident');
    expect(recommendOfficeType(input, example.comparison).suggestedTier).toBe('subregional_office');
  });

  it('describes every indicator of the default framework in the doc', () => {
    for (const perspective of framework.perspectives) {
      for (const indicator of perspective.indicators) expect(doc).toContain(`| ${indicator.id} |`);
    }
  });
});
