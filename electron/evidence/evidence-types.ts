/**
 * The kinds of file accepted as evidence: documents and pictures an office actually has as
 * proof (scans, reports, spreadsheets), nothing executable or scriptable. Each is recognised
 * by its content; the extensions are the ones a file of that kind may carry in its name, the
 * first one canonical (what a stored name gets when it has none of them).
 */
export interface EvidenceType {
  mediaType: string;
  extensions: readonly string[];
}

export const BINARY_EVIDENCE_TYPES: readonly EvidenceType[] = [
  { mediaType: 'application/pdf', extensions: ['pdf'] },
  { mediaType: 'image/png', extensions: ['png'] },
  { mediaType: 'image/jpeg', extensions: ['jpg', 'jpeg', 'jpe'] },
  { mediaType: 'image/webp', extensions: ['webp'] },
  { mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', extensions: ['docx'] },
  { mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', extensions: ['xlsx'] },
  { mediaType: 'application/vnd.openxmlformats-officedocument.presentationml.presentation', extensions: ['pptx'] },
  { mediaType: 'application/vnd.oasis.opendocument.text', extensions: ['odt'] },
  { mediaType: 'application/vnd.oasis.opendocument.spreadsheet', extensions: ['ods'] },
];

/**
 * Plain text has no signature to detect: it is accepted only under these names and only when
 * its bytes are clean UTF-8 text (plain-text.ts).
 */
export const TEXT_EVIDENCE_TYPES: readonly EvidenceType[] = [
  { mediaType: 'text/plain', extensions: ['txt'] },
  { mediaType: 'text/csv', extensions: ['csv'] },
];

/** What `detected` says when the content matches no known signature and is not clean text. */
export const UNKNOWN_MEDIA_TYPE = 'application/octet-stream';

/** The accepted type a name's extension claims, if any. */
export function typeClaimedBy(extension: string): EvidenceType | undefined {
  return [...BINARY_EVIDENCE_TYPES, ...TEXT_EVIDENCE_TYPES].find((type) => type.extensions.includes(extension));
}

/** The accepted type with this media type, if any (e.g. for a type recorded in a package). */
export function evidenceTypeOf(mediaType: string): EvidenceType | undefined {
  return [...BINARY_EVIDENCE_TYPES, ...TEXT_EVIDENCE_TYPES].find((type) => type.mediaType === mediaType);
}
