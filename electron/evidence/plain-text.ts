const decoder = new TextDecoder('utf-8', { fatal: true });

/** C0 controls other than tab (9), LF (10) and CR (13), and DEL: never in a text a person wrote. */
function isControlByte(byte: number): boolean {
  return (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d) || byte === 0x7f;
}

/**
 * Whether bytes are valid UTF-8 text without NUL or control characters (a BOM is fine).
 * Checking bytes is enough for the controls: in UTF-8 those byte values only ever encode themselves.
 */
export function isPlainText(bytes: Uint8Array): boolean {
  if (bytes.some(isControlByte)) return false;
  try {
    decoder.decode(bytes);
    return true;
  } catch {
    return false;
  }
}
