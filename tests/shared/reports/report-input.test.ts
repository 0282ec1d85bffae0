import { describe, expect, it } from 'vitest';
import { checkReportInput, reportInputBoundsProblem, REPORT_INPUT_LIMITS } from '../../../shared/reports/report-input';
import { parseReportFailure, REPORT_ERROR_KEYS } from '../../../shared/reports/report-errors';
import { reportFileName } from '../../../shared/reports/report-file-name';

describe('a report input’s bounds', () => {
  it('accept a report-sized value and refuse what no report is', () => {
    expect(reportInputBoundsProblem({ kind: 'office', data: { rows: Array.from({ length: 5000 }, (_, index) => ({ index, text: 'x'.repeat(50) })) } })).toBeNull();
    let deep: unknown = 'leaf';
    for (let level = 0; level < REPORT_INPUT_LIMITS.maxDepth + 5; level += 1) deep = [deep];
    expect(reportInputBoundsProblem(deep)).toMatch(/nested deeper/);
    expect(reportInputBoundsProblem({ text: 'x'.repeat(REPORT_INPUT_LIMITS.maxStringLength + 1) })).toMatch(/longer than/);
    expect(reportInputBoundsProblem(new Array(REPORT_INPUT_LIMITS.maxValues + 1).fill(0))).toMatch(/more than/);
    expect(reportInputBoundsProblem(Array.from({ length: 200 }, () => 'y'.repeat(REPORT_INPUT_LIMITS.maxStringLength)))).toMatch(/characters of text/);
  });

  it('are checked before the schema, and the schema says which fields are wrong', () => {
    expect(checkReportInput({ kind: 'office', language: 'en', paper: 'a4', data: 'x'.repeat(REPORT_INPUT_LIMITS.maxStringLength + 1) })).toEqual({
      ok: false,
      problems: [expect.stringContaining('too large')],
    });
    const wrong = checkReportInput({ kind: 'memo', language: 'de', paper: 'a3', data: {} });
    expect(wrong.ok).toBe(false);
    expect(checkReportInput({ kind: 'office', language: 'de', paper: 'a3', data: {}, extra: 1 })).toMatchObject({ ok: false });
    const problems = (checkReportInput({ kind: 'office', language: 'de', paper: 'a3', data: {} }) as { problems: string[] }).problems.join('\n');
    expect(problems).toMatch(/^language:/m);
    expect(problems).toMatch(/^paper:/m);
  });
});

describe('the page’s failures', () => {
  it('carry their message key through an Error message, and nothing else passes for one', () => {
    expect(parseReportFailure('Error: reports.errors.remote_request: img-src https://example.org/a.png')).toEqual({
      messageKey: REPORT_ERROR_KEYS.remoteRequest,
      detail: 'img-src https://example.org/a.png',
    });
    expect(parseReportFailure('reports.errors.made_up: x')).toBeNull();
    expect(parseReportFailure('TypeError: x is undefined')).toBeNull();
  });
});

describe('a report’s file name', () => {
  it('is the symbol made a plain file name, and the language', () => {
    expect(reportFileName({ symbol: 'FS/2025/KEN-RH/Rev.2', title: 'x' }, 'ar')).toBe('FS-2025-KEN-RH-Rev.2_ar.pdf');
    expect(reportFileName({ symbol: '', title: 'Côte d’Ivoire 2025' }, 'fr')).toBe('Cote-d-Ivoire-2025_fr.pdf');
    expect(reportFileName({ symbol: '../..', title: '' }, 'en')).toBe('report_en.pdf');
  });
});
