import { describe, expect, it } from 'vitest';
import { xlsxLocation, xlsxLocationInWords } from '../../../electron/frameworks/xlsx-problem';

describe('xlsxLocation', () => {
  it.each([
    [{ sheet: 'indicators', row: 12, column: 'O (weight)', message: '' }, 'indicators!O12 (weight)'],
    [{ sheet: 'choices', row: 3, column: 'C', message: '' }, 'choices!C3'],
    [{ sheet: 'perspectives', row: 1, message: '' }, 'perspectives!1:1'],
    [{ sheet: 'translations', message: '' }, 'translations'],
    [{ message: 'not a workbook' }, ''],
  ])('%j → %s', (problem, location) => {
    expect(xlsxLocation(problem)).toBe(location);
  });
});

describe('xlsxLocationInWords', () => {
  it.each([
    [{ sheet: 'indicators', row: 5, column: 'O (weight)', message: '' }, 'sheet "indicators", row 5, column O (weight)'],
    [{ sheet: 'perspectives', row: 1, message: '' }, 'sheet "perspectives", row 1'],
    [{ sheet: 'translations', message: '' }, 'sheet "translations"'],
    [{ message: 'not a workbook' }, ''],
  ])('%j → %s', (problem, location) => {
    expect(xlsxLocationInWords(problem)).toBe(location);
  });
});
