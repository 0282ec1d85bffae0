import { describe, expect, it } from 'vitest';
import { cssString, pageRules, PAPER_SIZES } from '../../../renderer/reports/page-rules';
import { reportFontFamily } from '../../../renderer/reports/report-fonts';

const FONT = reportFontFamily('en');

describe('the page rules of a report', () => {
  it('set the paper, portrait and landscape for the wide page', () => {
    const a4 = pageRules({ paper: 'a4', dir: 'ltr', symbol: 'FS/2025/KEN-RH', fontFamily: FONT });
    expect(a4).toContain('size: A4 portrait;');
    expect(a4).toMatch(/@page wide \{\s*size: A4 landscape;/);
    expect(pageRules({ paper: 'letter', dir: 'ltr', symbol: 'x', fontFamily: FONT })).toContain('size: letter portrait;');
    expect(PAPER_SIZES.a4).toMatchObject({ widthPt: 595.28, heightPt: 841.89 });
  });

  it('put the symbol at the start of the header and n/N at the end of the footer, swapped for Arabic', () => {
    const ltr = pageRules({ paper: 'a4', dir: 'ltr', symbol: 'FS/2025/KEN-RH', runningTitle: 'KEN-RH 2025', fontFamily: FONT });
    expect(ltr).toMatch(/@top-left \{ content: "FS\/2025\/KEN-RH";/);
    expect(ltr).toMatch(/@top-right \{ content: "KEN-RH 2025";/);
    expect(ltr).toMatch(/@bottom-right \{ content: counter\(page\) "\/" counter\(pages\);/);
    const rtl = pageRules({ paper: 'a4', dir: 'rtl', symbol: 'FS/2025/KEN-RH', fontFamily: reportFontFamily('ar') });
    expect(rtl).toMatch(/@top-right \{ content: "FS\/2025\/KEN-RH";.*direction: rtl;/);
    expect(rtl).toMatch(/@bottom-left \{ content: counter\(page\) "\/" counter\(pages\);/);
    expect(rtl).not.toContain('@top-left');
    expect(rtl).toContain("font-family: 'Fieldscore Arabic', 'Fieldscore Sans', 'Fieldscore SC', sans-serif");
  });

  it('write any text as a CSS string that cannot end itself or the rule', () => {
    expect(cssString('FS/2025/KEN-RH')).toBe('"FS/2025/KEN-RH"');
    expect(cssString('تقييم 2025')).toBe('"تقييم 2025"');
    const hostile = cssString('a"; } @page { size: 1px } /* \\ \n');
    expect(hostile.slice(1, -1)).not.toMatch(/["{}\n;*]|\\(?![0-9a-f]+ )/);
    expect(hostile).toBe('"a\\22 \\3b  \\7d  \\40 page \\7b  size: 1px \\7d  /\\2a  \\5c  \\a "');
  });

  it('name only the report’s own families, the language’s script first', () => {
    expect(reportFontFamily('en')).toBe("'Fieldscore Sans', 'Fieldscore Arabic', 'Fieldscore SC', sans-serif");
    expect(reportFontFamily('zh')).toBe("'Fieldscore SC', 'Fieldscore Sans', 'Fieldscore Arabic', sans-serif");
    expect(reportFontFamily('ru')).toBe(reportFontFamily('en'));
  });
});
