import { describe, expect, it } from 'vitest';
import { base64LengthFor, decodeBase64Strict } from '../../../electron/evidence/decode-base64';

describe('decodeBase64Strict', () => {
  it('decodes canonical padded base64', () => {
    for (const text of ['', 'QQ==', 'QUI=', 'QUJD', 'AAECAwQF/+8=']) {
      expect(decodeBase64Strict(text)?.toString('base64')).toBe(text);
    }
  });

  it('refuses what Buffer.from would silently accept', () => {
    for (const text of ['QUJD RA==', 'QUJD\n', 'QUJDRA', 'QUJDRB==', 'QQ=', 'Q===', '-_8=', 'QUJD====', 'é']) {
      expect(decodeBase64Strict(text)).toBeUndefined();
    }
  });

  it('bounds the text length for a byte count', () => {
    expect(base64LengthFor(3)).toBe(4);
    expect(base64LengthFor(4)).toBe(8);
    expect(Buffer.alloc(10).toString('base64').length).toBeLessThanOrEqual(base64LengthFor(10));
  });
});
