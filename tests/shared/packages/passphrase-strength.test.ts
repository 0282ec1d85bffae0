import { describe, expect, it } from 'vitest';
import { passphraseWarning } from '../../../shared/packages/passphrase-strength';

describe('passphraseWarning', () => {
  it.each([
    ['short', 'too_short'],
    ['elevenchars', 'too_short'],
    ['pass12pass12', 'repetitive'],
    ['abcabcabcabc', 'repetitive'],
    ['aaaaaaaaaaaaaaaa', 'repetitive'],
    ['aabbaabbccaabb', 'too_few_characters'],
    ['tangerine-orbit-canal', null],
    ['لوحة-مفاتيح-عربية-٢٠٢٥', null],
    ['长城很长很长的一句话密码', null],
  ])('%j → %s', (passphrase, warning) => {
    expect(passphraseWarning(passphrase)).toBe(warning);
  });
});
