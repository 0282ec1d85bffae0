import { describe, expect, it } from 'vitest';
import { isPlainText } from '../../../electron/evidence/plain-text';

describe('isPlainText', () => {
  it('accepts UTF-8 text in any script, with tabs, line breaks and a BOM', () => {
    expect(isPlainText(Buffer.from('\ufeffa,b\r\n1\t2\nПривет 你好 مرحبا', 'utf8'))).toBe(true);
  });

  it('refuses NUL, other controls, DEL and invalid UTF-8', () => {
    expect(isPlainText(Buffer.from('a\u0000b'))).toBe(false);
    expect(isPlainText(Buffer.from('a\u001bb'))).toBe(false);
    expect(isPlainText(Buffer.from('a\u007fb'))).toBe(false);
    expect(isPlainText(Buffer.from([0x61, 0xc3]))).toBe(false);
    expect(isPlainText(Buffer.from([0xff, 0xfe, 0x61, 0x00]))).toBe(false);
  });
});
