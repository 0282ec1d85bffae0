import { describe, expect, it } from 'vitest';
import { checkFingerprint } from '../../../../renderer/screens/hub-keys/fingerprint-input';

describe('a fingerprint typed in', () => {
  it('takes small letters, spaces, hyphens and full-width characters, and gives the six groups', () => {
    for (const typed of ['k27y sj3h jyrp o3hs 6tzr a2t6', 'K27Y-SJ3H-JYRP-O3HS-6TZR-A2T6', ' K27YSJ3HJYRPO3HS6TZRA2T6 ', 'Ｋ２７Ｙ ＳＪ３Ｈ ＪＹＲＰ Ｏ３ＨＳ ６ＴＺＲ Ａ２Ｔ６']) {
      expect(checkFingerprint(typed)).toEqual({ kind: 'complete', fingerprint: 'K27Y-SJ3H-JYRP-O3HS-6TZR-A2T6' });
    }
  });

  it('says how far it is, and names what cannot be in a fingerprint', () => {
    expect(checkFingerprint('')).toEqual({ kind: 'empty' });
    expect(checkFingerprint('k27y sj')).toEqual({ kind: 'partial', length: 6 });
    expect(checkFingerprint('K27Y-SJ3H-JYRP-O3HS-6TZR-A2T6X')).toEqual({ kind: 'too_long', length: 25 });
    expect(checkFingerprint('K270')).toEqual({ kind: 'bad_character', character: '0' });
    expect(checkFingerprint('K27Y 1')).toEqual({ kind: 'bad_character', character: '1' });
    expect(checkFingerprint('K27Y/')).toEqual({ kind: 'bad_character', character: '/' });
  });
});
