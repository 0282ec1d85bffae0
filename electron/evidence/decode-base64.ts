// A flat character class, not groups of four: a grouped pattern recurses per group and
// overflows the stack on a 14 MB string. Length and padding are checked separately.
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

/**
 * Strict standard base64 (RFC 4648 §4, padded, no whitespace): Buffer.from alone skips
 * characters it does not know and would store a silently different file. Returns undefined
 * for anything else, including non-zero padding bits (the re-encoding must match).
 */
export function decodeBase64Strict(text: string): Buffer | undefined {
  if (text.length % 4 !== 0 || !BASE64.test(text)) return undefined;
  const bytes = Buffer.from(text, 'base64');
  return bytes.toString('base64') === text ? bytes : undefined;
}

/** The largest base64 text that can decode to at most `bytes` bytes, to refuse bigger ones before decoding. */
export function base64LengthFor(bytes: number): number {
  return Math.ceil(bytes / 3) * 4;
}
