import { describe, expect, it } from 'vitest';
import { parseCycleYear } from '../../../../renderer/screens/assessment-view/cycle-year';

describe('parseCycleYear', () => {
  it('accepts a four-digit year in the allowed range and nothing else', () => {
    expect(parseCycleYear(' 2025 ')).toBe(2025);
    expect(parseCycleYear('2017')).toBeNull();
    expect(parseCycleYear('2101')).toBeNull();
    expect(parseCycleYear('20.5')).toBeNull();
    expect(parseCycleYear('2e3')).toBeNull();
    expect(parseCycleYear('')).toBeNull();
  });
});
