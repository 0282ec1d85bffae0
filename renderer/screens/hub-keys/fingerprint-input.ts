/**
 * A fingerprint typed in as the office reads it out: six groups of four of the letters A–Z and
 * the digits 2–7 (RFC 4648 base32). Lower case, spaces, hyphens and dots between groups are
 * accepted and normalised; what cannot be in a fingerprint is named as it is typed.
 */
export type FingerprintCheck =
  | { kind: 'empty' }
  /** Fewer than 24 characters so far. */
  | { kind: 'partial'; length: number }
  | { kind: 'too_long'; length: number }
  | { kind: 'bad_character'; character: string }
  | { kind: 'complete'; fingerprint: string };

export const FINGERPRINT_LENGTH = 24;

const SEPARATORS = /[\s\-‐‑‒–—_.·]/gu;

/** The groups joined by hyphens, as the contract takes it: "ABCD-EFGH-…". */
export function groupFingerprint(compact: string): string {
  return (compact.match(/.{1,4}/g) ?? []).join('-');
}

export function checkFingerprint(input: string): FingerprintCheck {
  const compact = input.normalize('NFKC').toUpperCase().replace(SEPARATORS, '');
  if (compact === '') return { kind: 'empty' };
  const bad = [...compact].find((character) => !/^[A-Z2-7]$/.test(character));
  if (bad !== undefined) return { kind: 'bad_character', character: bad };
  if (compact.length < FINGERPRINT_LENGTH) return { kind: 'partial', length: compact.length };
  if (compact.length > FINGERPRINT_LENGTH) return { kind: 'too_long', length: compact.length };
  return { kind: 'complete', fingerprint: groupFingerprint(compact) };
}
