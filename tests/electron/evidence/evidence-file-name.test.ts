import { describe, expect, it } from 'vitest';
import { extensionOf, sanitiseFileName } from '../../../electron/evidence/evidence-file-name';

describe('sanitiseFileName', () => {
  it.each([
    ['report.pdf', 'report.pdf'],
    ['/home/user/report.pdf', 'report.pdf'],
    ['C:\\Users\\x\\report.pdf', 'report.pdf'],
    ['a<b>c:d"e|f?g*h.pdf', 'abcdefgh.pdf'],
    ['tab\tand\u0000nul.pdf', 'tabandnul.pdf'],
    ['invoice\u202Efdp.exe', 'invoicefdp.exe'],
    ['trailing. . ', 'trailing'],
    ['..', 'evidence'],
    ['dir/', 'evidence'],
    ['  ', 'evidence'],
    ['تقرير الميزانية.pdf', 'تقرير الميزانية.pdf'],
  ])('%j → %j', (input, expected) => {
    expect(sanitiseFileName(input)).toBe(expected);
  });
});

describe('extensionOf', () => {
  it.each([
    ['report.PDF', 'pdf'],
    ['archive.tar.gz', 'gz'],
    ['.hidden', ''],
    ['noext', ''],
  ])('%j → %j', (input, expected) => {
    expect(extensionOf(input)).toBe(expected);
  });
});
