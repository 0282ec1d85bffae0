import { describe, expect, it } from 'vitest';
import { officeReportSymbol, symbolComponent } from '../../../shared/reports/document-symbol';

const assessmentId = '6f1c2d3e-4b5a-4c6d-8e7f-901234567890';
const officeId = '93721b36-1e47-4184-9507-e40da90c3b47';

describe('the office report symbol', () => {
  it('is FS/<cycle>/<code>, revisions after the first as Rev.n (UN practice)', () => {
    expect(officeReportSymbol({ cycle: 2025, revision: 1, officeCode: 'KEN-RH', assessmentId })).toBe('FS/2025/KEN-RH');
    expect(officeReportSymbol({ cycle: 2025, revision: 2, officeCode: 'KEN-RH', assessmentId })).toBe('FS/2025/KEN-RH/Rev.1');
    expect(officeReportSymbol({ cycle: 2024, revision: 11, officeCode: 'KEN-RH', assessmentId })).toBe('FS/2024/KEN-RH/Rev.10');
  });

  it('holds no slash, space or other script inside a component, and no dot (kept for other reports’ series)', () => {
    expect(symbolComponent('ken/rh')).toBe('KEN-RH');
    expect(symbolComponent('  Addis  Ababa. CO ')).toBe('ADDIS-ABABA-CO');
    expect(symbolComponent('ＫＥＮ－ＲＨ')).toBe('KEN-RH'); // full-width letters, NFKC
    expect(symbolComponent('مكتب')).toBeUndefined();
    expect(officeReportSymbol({ cycle: 2025, revision: 1, officeCode: 'مكتب', officeId, assessmentId })).toBe('FS/2025/93721B36');
    expect(officeReportSymbol({ cycle: 2025, revision: 1, assessmentId })).toBe('FS/2025/6F1C2D3E');
  });

  it('refuses what is not a cycle or a revision', () => {
    expect(() => officeReportSymbol({ cycle: 2025, revision: 0, officeCode: 'KEN-RH', assessmentId })).toThrow(RangeError);
    expect(() => officeReportSymbol({ cycle: 2025.5, revision: 1, officeCode: 'KEN-RH', assessmentId })).toThrow(RangeError);
  });
});
