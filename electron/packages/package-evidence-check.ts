import { fileTypeFromBuffer } from 'file-type';
import { EVIDENCE_MAX_BYTES } from '../../shared/api/contract';
import { storedEvidenceName } from '../evidence/evidence-file-name';
import { BINARY_EVIDENCE_TYPES, TEXT_EVIDENCE_TYPES } from '../evidence/evidence-types';
import { isPlainText } from '../evidence/plain-text';

/**
 * An incoming package's evidence is checked as an upload is: the declared type must be one we
 * accept and must be what the bytes are. A hub never takes the sender's word for a file type.
 * Returns the problem in English, or null.
 */
export async function checkEvidenceBytes(path: string, fileName: string, mediaType: string, data: Buffer): Promise<string | null> {
  if (data.length === 0) return 'empty';
  if (data.length > EVIDENCE_MAX_BYTES) return 'larger than an evidence file may be';
  const text = TEXT_EVIDENCE_TYPES.find((type) => type.mediaType === mediaType);
  const detected = await fileTypeFromBuffer(data);
  if (text) {
    if (detected || !isPlainText(data)) return `declared ${mediaType} but is not plain text`;
  } else {
    if (!BINARY_EVIDENCE_TYPES.some((type) => type.mediaType === mediaType)) return `type ${mediaType} is not accepted`;
    if (detected?.mime !== mediaType) return `declared ${mediaType} but is ${detected?.mime ?? 'unknown'}`;
  }
  const type = [...BINARY_EVIDENCE_TYPES, ...TEXT_EVIDENCE_TYPES].find((candidate) => candidate.mediaType === mediaType)!;
  if (!path.endsWith(`.${type.extensions[0]}`)) return `stored under the wrong extension`;
  // The name must be one the app itself would have stored: safe to show and to save as it is.
  if (storedEvidenceName(fileName, type) !== fileName) return 'a file name the app would not store';
  return null;
}
