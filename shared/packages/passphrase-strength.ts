/**
 * Whether a passphrase is weak enough to warn about (never refused: the office decides). The
 * rule is the one age's own documentation gives for passphrases under scrypt: at least about
 * 8–10 random characters, or 4–5 random words. We warn below 12 characters, when the
 * passphrase is one piece of up to 6 characters repeated ("pass12pass12"), and when fewer than
 * 6 different characters are used.
 */
export type PassphraseWarning = 'too_short' | 'too_few_characters' | 'repetitive';

export const MIN_PASSPHRASE_LENGTH = 12;

export function passphraseWarning(passphrase: string): PassphraseWarning | null {
  const characters = [...passphrase];
  if (characters.length < MIN_PASSPHRASE_LENGTH) return 'too_short';
  if (/^(.{1,6})\1+$/u.test(passphrase)) return 'repetitive';
  if (new Set(characters).size < 6) return 'too_few_characters';
  return null;
}
