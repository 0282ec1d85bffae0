import { createHash } from 'node:crypto';
import { fileTypeFromBuffer } from 'file-type';
import { AppError } from '../../shared/api/app-error';
import { EVIDENCE_MAX_BYTES } from '../../shared/api/contract';
import { base64LengthFor, decodeBase64Strict } from './decode-base64';
import { extensionOf, sanitiseFileName } from './evidence-file-name';
import { BINARY_EVIDENCE_TYPES, TEXT_EVIDENCE_TYPES, typeClaimedBy, UNKNOWN_MEDIA_TYPE } from './evidence-types';
import { isPlainText } from './plain-text';

/** An evidence file that passed every check, ready to store. */
export interface CheckedEvidence {
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

/** The accepted media type of the content, or what it was detected as when it is not accepted. */
async function detect(bytes: Buffer, extension: string): Promise<{ accepted: boolean; mediaType: string }> {
  const detected = await fileTypeFromBuffer(bytes);
  if (detected) {
    return { accepted: BINARY_EVIDENCE_TYPES.some((type) => type.mediaType === detected.mime), mediaType: detected.mime };
  }
  const text = TEXT_EVIDENCE_TYPES.find((type) => type.extensions.includes(extension));
  if (isPlainText(bytes)) return text ? { accepted: true, mediaType: text.mediaType } : { accepted: false, mediaType: 'text/plain' };
  return { accepted: false, mediaType: UNKNOWN_MEDIA_TYPE };
}

/**
 * Checks an uploaded evidence file, all of it untrusted: strict base64, not empty, at most
 * EVIDENCE_MAX_BYTES, a type from the allow-list recognised from the content (never from the
 * name), and a name whose extension does not claim another type. Throws AppError
 * invalid_request with an errors.evidence_* key; nothing is stored by this function.
 */
export async function checkEvidence(fileName: string, dataBase64: string): Promise<CheckedEvidence> {
  if (dataBase64.length > base64LengthFor(EVIDENCE_MAX_BYTES)) throw tooLarge();
  const bytes = decodeBase64Strict(dataBase64);
  if (bytes === undefined) throw refuse('errors.evidence_unreadable', 'the file data is not valid base64');
  if (bytes.length === 0) throw refuse('errors.evidence_empty', 'the file is empty');
  if (bytes.length > EVIDENCE_MAX_BYTES) throw tooLarge();

  const name = sanitiseFileName(fileName);
  const extension = extensionOf(name);
  const { accepted, mediaType } = await detect(bytes, extension);
  const claimed = typeClaimedBy(extension);
  // A name claiming an accepted type over other content is a disguise (report.pdf that is a
  // PNG, invoice.pdf that is a program), told apart from an honestly named unaccepted file.
  if (claimed && claimed.mediaType !== mediaType) {
    throw refuse('errors.evidence_disguised', `the file is named .${extension} but its content is ${mediaType}`, {
      detected: mediaType,
      extension,
    });
  }
  if (!accepted) {
    throw refuse('errors.evidence_type_not_allowed', `files of type ${mediaType} cannot be attached`, { detected: mediaType });
  }
  return { fileName: name, mediaType, bytes, sha256: createHash('sha256').update(bytes).digest('hex') };
}
