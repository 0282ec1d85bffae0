import { createHash } from 'node:crypto';
import { fileTypeFromBuffer } from 'file-type';
import { AppError } from '../../shared/api/app-error';
import { EVIDENCE_MAX_BYTES } from '../../shared/api/contract';
import { base64LengthFor, decodeBase64Strict } from './decode-base64';
import { claimedOtherType, extensionOf, sanitiseFileName, storedEvidenceName } from './evidence-file-name';
import { BINARY_EVIDENCE_TYPES, TEXT_EVIDENCE_TYPES, UNKNOWN_MEDIA_TYPE, type EvidenceType } from './evidence-types';
import { isPlainText } from './plain-text';

/** An evidence file that passed every check, ready to store. */
export interface CheckedEvidence {
  /** The name to store: safe, and ending in an extension of the detected type (storedEvidenceName). */
  fileName: string;
  /** Detected from the bytes (for text: clean UTF-8 under a .txt/.csv name). */
  mediaType: string;
  bytes: Buffer;
  /** Hex sha256 of bytes. */
  sha256: string;
}

function refuse(messageKey: string, message: string, params: Record<string, string | number> = {}): AppError {
  return new AppError('invalid_request', message, { messageKey, params, problems: [{ path: 'dataBase64', message }] });
}

const tooLarge = () =>
  refuse('errors.evidence_too_large', `the file is larger than ${EVIDENCE_MAX_BYTES} bytes`, {
    maxMb: Math.round(EVIDENCE_MAX_BYTES / (1024 * 1024)),
  });

/** The accepted type of the content (undefined when it is not accepted) and the media type it was detected as. */
async function detect(bytes: Buffer, extension: string): Promise<{ type: EvidenceType | undefined; mediaType: string }> {
  const detected = await fileTypeFromBuffer(bytes);
  if (detected) {
    return { type: BINARY_EVIDENCE_TYPES.find((type) => type.mediaType === detected.mime), mediaType: detected.mime };
  }
  const text = TEXT_EVIDENCE_TYPES.find((type) => type.extensions.includes(extension));
  if (isPlainText(bytes)) return text ? { type: text, mediaType: text.mediaType } : { type: undefined, mediaType: 'text/plain' };
  return { type: undefined, mediaType: UNKNOWN_MEDIA_TYPE };
}

/**
 * Checks an uploaded evidence file, all of it untrusted: strict base64, not empty, at most
 * EVIDENCE_MAX_BYTES, a type from the allow-list recognised from the content (never from the
 * name), and a name whose extension does not claim another accepted type. The name returned
 * is the one to store: its extension is the detected type's (storedEvidenceName). Throws
 * AppError invalid_request with an errors.evidence_* key; nothing is stored by this function.
 */
export async function checkEvidence(fileName: string, dataBase64: string): Promise<CheckedEvidence> {
  if (dataBase64.length > base64LengthFor(EVIDENCE_MAX_BYTES)) throw tooLarge();
  const bytes = decodeBase64Strict(dataBase64);
  if (bytes === undefined) throw refuse('errors.evidence_unreadable', 'the file data is not valid base64');
  if (bytes.length === 0) throw refuse('errors.evidence_empty', 'the file is empty');
  if (bytes.length > EVIDENCE_MAX_BYTES) throw tooLarge();

  const { type, mediaType } = await detect(bytes, extensionOf(sanitiseFileName(fileName)));
  // A name claiming an accepted type over other content is a disguise (report.pdf that is a
  // PNG, invoice.pdf that is a program), told apart from an honestly named unaccepted file.
  // Refused, not renamed: the sender meant one kind of proof and picked another file.
  const disguise = claimedOtherType(fileName, mediaType);
  if (disguise) {
    throw refuse('errors.evidence_disguised', `the file is named .${disguise.extension} but its content is ${mediaType}`, {
      detected: mediaType,
      extension: disguise.extension,
    });
  }
  if (!type) {
    throw refuse('errors.evidence_type_not_allowed', `files of type ${mediaType} cannot be attached`, { detected: mediaType });
  }
  // A name claiming no accepted type (report.exe, page.html, logo.svg over a PDF or a PNG)
  // gets the content's extension appended instead, so the stored file opens as what it is.
  return { fileName: storedEvidenceName(fileName, type), mediaType, bytes, sha256: createHash('sha256').update(bytes).digest('hex') };
}
