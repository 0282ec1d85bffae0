import { typeClaimedBy, type EvidenceType } from './evidence-types';

/**
 * Evidence names are shown in the app and will be the names files are saved or opened under, on
 * Windows above all: a name must say what the file is, and must not be able to make the system
 * do something else with it. Everything here is pure (no file system), so the package reader
 * can give names found inside a package exactly the same treatment.
 */

/** Characters Windows refuses in a file name; ':' would also name an NTFS alternate data stream. */
const WINDOWS_RESERVED_CHARACTERS = '<>:"|?*';

/**
 * Invisible characters that have no place in a file name: C0/C1 controls and DEL, bidi
 * controls and marks (which can make "x\u202Efdp.exe" display as "xexe.pdf"), zero-width
 * characters and the BOM, line separators, noncharacters and lone surrogates.
 */
function isInvisible(code: number): boolean {
  return (
    code < 0x20 ||
    (code >= 0x7f && code <= 0x9f) ||
    (code >= 0x202a && code <= 0x202e) ||
    (code >= 0x2066 && code <= 0x2069) ||
    code === 0x200e ||
    code === 0x200f ||
    code === 0x061c ||
    code === 0x200b ||
    code === 0x2060 ||
    code === 0xfeff ||
    code === 0x2028 ||
    code === 0x2029 ||
    (code >= 0xd800 && code <= 0xdfff) ||
    (code >= 0xfdd0 && code <= 0xfdef) ||
    (code & 0xfffe) === 0xfffe
  );
}

/**
 * Device names Windows reserves whatever extension follows ("con.pdf", "LPT1.tar.gz" and
 * "AUX .txt" all open the device, not a file); the superscript digits count as digits there.
 */
const WINDOWS_DEVICE_NAME = /^(CON|PRN|AUX|NUL|CONIN\$|CONOUT\$|COM[0-9¹²³]|LPT[0-9¹²³])$/i;

/**
 * The longest stored name, in UTF-8 bytes: file systems limit a name to 255 bytes (ext4, APFS)
 * or 255 UTF-16 units (NTFS); the margin leaves room for " (2)" when a copy is saved beside another.
 */
export const EVIDENCE_NAME_MAX_BYTES = 240;

/** A name for content that arrived without a usable one. */
const FALLBACK_STEM = 'evidence';

/**
 * The name as a person gave it, made safe to show: only its last path segment (a browser or a
 * crafted request may send "C:\\fakepath\\x.pdf" or "../../x.pdf"), NFC, without invisible
 * characters, with each character Windows refuses replaced by "_" (so "x.pdf:evil.exe" keeps
 * its parts apart as "x.pdf_evil.exe" instead of becoming "x.pdfevil.exe"), and without leading
 * or trailing dots and spaces (hidden files; Windows drops trailing ones). '' when nothing is left.
 */
export function sanitiseFileName(name: string): string {
  const lastSegment = name.split(/[/\\]/).pop() ?? '';
  let cleaned = '';
  for (const char of lastSegment) {
    const code = char.codePointAt(0) ?? 0;
    if (isInvisible(code)) continue;
    cleaned += WINDOWS_RESERVED_CHARACTERS.includes(char) ? '_' : char;
  }
  // NFC after the removal: a lone surrogate must be gone before normalising.
  return cleaned.normalize('NFC').replace(/^[\s.]+|[\s.]+$/gu, '');
}

/** The lower-case extension without the dot; '' when the name has none. */
export function extensionOf(fileName: string): string {
  const dot = fileName.lastIndexOf('.');
  return dot <= 0 ? '' : fileName.slice(dot + 1).toLowerCase();
}

function utf8Length(text: string): number {
  return new TextEncoder().encode(text).length;
}

/** The stem cut at a character boundary so that stem + suffix fits in EVIDENCE_NAME_MAX_BYTES. */
function fitted(stem: string, suffix: string): string {
  const budget = EVIDENCE_NAME_MAX_BYTES - utf8Length(suffix);
  if (utf8Length(stem) <= budget) return stem;
  let kept = '';
  let used = 0;
  for (const char of stem) {
    const size = utf8Length(char);
    if (used + size > budget) break;
    kept += char;
    used += size;
  }
  return kept.replace(/[\s.]+$/u, '');
}

/**
 * The name evidence of an accepted `type` is stored under (docs/data-model.md, "Evidence"):
 * the sanitised name, whose extension is always one of the type's own — kept (in lower case) when
 * the name already had one, otherwise the type's canonical extension is appended, so a PDF sent
 * as "report.exe" is stored as "report.exe.pdf" and opens as what it is, while the name still
 * shows what it was called. A stem that is a Windows device name gets a leading "_"; a long
 * name is shortened, keeping its extension.
 *
 * A name that claims another accepted type than the content is a disguise, refused rather
 * than renamed: callers check claimedOtherType first.
 */
export function storedEvidenceName(fileName: string, type: EvidenceType): string {
  const name = sanitiseFileName(fileName);
  const extension = extensionOf(name);
  const keepsExtension = type.extensions.includes(extension);
  const stem = keepsExtension ? name.slice(0, name.length - extension.length - 1) : name;
  const suffix = `.${keepsExtension ? extension : type.extensions[0]}`;
  let fittedStem = fitted(stem, suffix);
  if (fittedStem === '') fittedStem = FALLBACK_STEM;
  const firstPart = fittedStem.split('.')[0]?.trimEnd() ?? '';
  if (WINDOWS_DEVICE_NAME.test(firstPart)) fittedStem = fitted(`_${fittedStem}`, suffix);
  return `${fittedStem}${suffix}`;
}

/**
 * The accepted type the (sanitised) name's extension claims when the content is something
 * else, e.g. a PNG named "report.pdf" or a program named "invoice.pdf"; undefined when the name
 * claims the content's own type or no accepted type at all.
 */
export function claimedOtherType(fileName: string, mediaType: string): { extension: string; claimed: EvidenceType } | undefined {
  const extension = extensionOf(sanitiseFileName(fileName));
  const claimed = typeClaimedBy(extension);
  return claimed && claimed.mediaType !== mediaType ? { extension, claimed } : undefined;
}
