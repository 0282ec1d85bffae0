/**
 * Characters Windows refuses in file names, controls, and bidirectional overrides (which can
 * make "x\u202Efdp.exe" display as "xexe.pdf"): the name is shown and later saved to disk.
 */
function isSafe(char: string): boolean {
  const code = char.codePointAt(0) ?? 0;
  const bidiControl = (code >= 0x202a && code <= 0x202e) || (code >= 0x2066 && code <= 0x2069);
  return code >= 0x20 && code !== 0x7f && !bidiControl && !'<>:"|?*'.includes(char);
}

/**
 * The name to store: only its last path segment (a browser or a crafted request may send
 * "C:\\fakepath\\x.pdf" or "../../x.pdf"), without unsafe characters, trailing dots or spaces.
 */
export function sanitiseFileName(name: string): string {
  const lastSegment = name.split(/[/\\]/).pop() ?? '';
  const cleaned = [...lastSegment].filter(isSafe).join('').trim().replace(/[. ]+$/, '').slice(0, 255);
  return cleaned === '' || /^\.+$/.test(cleaned) ? 'evidence' : cleaned;
}

/** The lower-case extension without the dot; '' when the name has none. */
export function extensionOf(fileName: string): string {
  const dot = fileName.lastIndexOf('.');
  return dot <= 0 ? '' : fileName.slice(dot + 1).toLowerCase();
}
