import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { DistributionStrip } from '../../../renderer/charts/distribution-strip';
import { PerspectiveBars } from '../../../renderer/charts/perspective-bars';
import { RadarChart } from '../../../renderer/charts/radar-chart';
import { RankedBars, rankItems } from '../../../renderer/charts/ranked-bars';
import { formatIn, texts, wordsIn } from './chart-fixtures';

const en = wordsIn('en');
const format = formatIn('en');

describe('values that are not finite numbers', () => {
  it('are shown as no value in every chart, never as NaN in the markup', () => {
    const markup = renderToStaticMarkup(
      <>
        <PerspectiveBars
          bars={[
            { id: 'P1', label: 'One', score: Number.NaN, band: 'insufficient_data', benchmark: { region: { median: Number.NaN, q1: 1, q3: 2 }, network: { median: Number.POSITIVE_INFINITY } } },
            { id: 'P2', label: 'Two', score: 50, band: 'red' },
          ]}
          thresholds={{ amber: 60, green: 80 }}
          words={en}
          format={format}
          title="bars"
        />
        <RadarChart
          axes={['a', 'b', 'c'].map((id, index) => ({ id, label: id, score: index === 0 ? Number.NaN : 40, band: 'red' as const, median: Number.NaN }))}
          words={en}
          format={format}
          title="radar"
          officeLabel="KEN-RH"
        />
        <DistributionStrip values={[{ id: 'x', label: 'X', score: Number.NaN }]} stats={{ n: 1, min: Number.NaN, q1: 1, median: 1, q3: 1, max: 1 }} words={en} format={format} title="strip" />
        <RankedBars rows={rankItems([{ id: 'x', label: 'X', score: Number.NaN, band: 'red' }, { id: 'y', label: 'Y', score: 10, band: 'red' }])} thresholds={null} median={{ value: Number.NaN, label: 'M' }} words={en} format={format} title="ranked" />
      </>,
    );
    expect(markup).not.toMatch(/NaN|Infinity/);
    // P1's words, and the band legends of the bars and the ranking; "no score" for the radar's axis and the ranked office.
    expect(texts(markup).filter((text) => text === 'Insufficient data')).toHaveLength(3);
    expect(texts(markup).filter((text) => text === 'no score')).toHaveLength(2);
    expect(markup).not.toContain('data-mark="bar-P1"');
    expect(markup).not.toContain('data-mark="range-P1"');
    expect(markup).not.toContain('data-mark="vertex-a"');
    expect(markup).toContain('Offices with a score: 0.');
    expect(rankItems([{ id: 'x', label: 'X', score: Number.NaN, band: 'red' }, { id: 'y', label: 'Y', score: 10, band: 'red' }]).map((row) => [row.id, row.rank])).toEqual([
      ['y', 1],
      ['x', null],
    ]);
  });
});
