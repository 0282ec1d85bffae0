import { describe, expect, it } from 'vitest';
import { charWidthEm, textWidth, wrapText } from '../../../renderer/charts/text-metrics';

describe('text metrics (fixed rules, no DOM)', () => {
  it('gives wide letters, CJK and Cyrillic capitals more room than narrow ones, and marks none', () => {
    expect(charWidthEm('M')).toBeGreaterThan(charWidthEm('n'));
    expect(charWidthEm('中')).toBeGreaterThan(1);
    expect(charWidthEm('Щ')).toBeGreaterThan(charWidthEm('А'));
    expect(charWidthEm('\u064e')).toBe(0);
    expect(charWidthEm('\u2067')).toBe(0);
    expect(textWidth('abc', 10)).toBeCloseTo(3 * 0.62 * 10);
    expect(textWidth('abc', 10, true)).toBeGreaterThan(textWidth('abc', 10));
  });

  it('breaks at spaces so every line fits, and keeps every word', () => {
    const text = 'Technical cooperation and UN reform engagement';
    const lines = wrapText(text, 100, 12);
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(textWidth(line, 12)).toBeLessThanOrEqual(100);
    expect(lines.join(' ')).toBe(text);
  });

  it('keeps a short text on one line and collapses runs of spaces', () => {
    expect(wrapText('  Country   coverage ', 500, 12)).toEqual(['Country coverage']);
    expect(wrapText('', 100, 12)).toEqual(['']);
  });

  it('breaks Chinese between characters, and a word longer than the line by characters', () => {
    const lines = wrapText('技术合作与联合国改革参与', 50, 12);
    expect(lines.join('')).toBe('技术合作与联合国改革参与');
    for (const line of lines) expect(textWidth(line, 12)).toBeLessThanOrEqual(50);
    const cut = wrapText('Internationalisation matters', 60, 12);
    expect(cut.join('').replace(/\s/g, '')).toBe('Internationalisationmatters');
    for (const line of cut) expect(textWidth(line, 12)).toBeLessThanOrEqual(60);
  });

  it('breaks after a hyphen or dash', () => {
    expect(wrapText('Cost-benefit analysis', textWidth('Cost-benefit', 12) + 1, 12)).toEqual(['Cost-benefit', 'analysis']);
    expect(wrapText('Cost-benefit', Math.max(textWidth('Cost-', 12), textWidth('benefit', 12)) + 1, 12)).toEqual(['Cost-', 'benefit']);
  });
});
