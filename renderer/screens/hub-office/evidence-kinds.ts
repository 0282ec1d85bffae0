import { FORMAT_NAMES } from '../assessment-editor/evidence-files';

/**
 * How the hub shows an evidence file, decided by the type detected from its bytes: pictures and
 * PDFs inside the app, everything else only as a download. A Word file, a spreadsheet or a text
 * is never rendered by the page (a text could be HTML, a document could carry macros): it goes to
 * the downloads, for the program made for it.
 */
export type EvidenceKind = 'image' | 'pdf' | 'download';

/** The picture types the evidence rules accept; Chromium decodes each of them itself. */
const IMAGE_TYPES: ReadonlySet<string> = new Set(['image/png', 'image/jpeg', 'image/webp']);

export function evidenceKind(mediaType: string): EvidenceKind {
  if (IMAGE_TYPES.has(mediaType)) return 'image';
  return mediaType === 'application/pdf' ? 'pdf' : 'download';
}

/**
 * The type a blob for the viewer is made with: one of the list above, never a string passed
 * through. A blob: URL has the page's origin, so a blob typed text/html in a frame would run as
 * the app; this function cannot produce such a type.
 */
export function viewerBlobType(kind: Exclude<EvidenceKind, 'download'>, mediaType: string): string {
  if (kind === 'pdf') return 'application/pdf';
  if (!IMAGE_TYPES.has(mediaType)) throw new Error(`not a picture type: ${mediaType}`);
  return mediaType;
}

/** "PDF", "PNG", "Excel (XLSX)": the same in every language; the media type itself when unknown. */
export function formatName(mediaType: string): string {
  return Object.hasOwn(FORMAT_NAMES, mediaType) ? FORMAT_NAMES[mediaType]! : mediaType;
}
