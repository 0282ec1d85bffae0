import fs from 'node:fs/promises';
import { assessmentDocumentSchema, ASSESSMENT_SCHEMA_ID, type AssessmentDocument } from '../../shared/assessment/assessment-document';
import type { Framework } from '../../shared/framework/framework-schema';
import { reasonText } from '../../shared/packages/reason-text';
import { isAgeFile } from '../packages/package-encryption';
import { readPackage } from '../packages/package-reader';
import { MESSAGES } from './cli-messages';

export type AssessmentFileFormat = 'assessment-json' | 'package';

export type AssessmentFileResult =
  /** A package brings the framework it was filled with, verified against the assessment's hash. */
  | { ok: true; format: 'package'; document: AssessmentDocument; framework: Framework; signer: string }
  | { ok: true; format: 'assessment-json'; document: AssessmentDocument }
  | { ok: false; problems: string[] };

const MAX_ASSESSMENT_BYTES = 20 * 1024 * 1024;
const ZIP_MAGIC = Buffer.from('PK\u0003\u0004', 'latin1');

/**
 * Reads an untrusted assessment file and recognises its format: the assessment document as
 * JSON, or a signed package (.fieldscore, encrypted or not) that wraps the same document.
 */
export async function readAssessmentFile(filePath: string, passphrase?: string): Promise<AssessmentFileResult> {
  let bytes: Buffer;
  try {
    const stat = await fs.stat(filePath);
    if (stat.size > MAX_ASSESSMENT_BYTES) return { ok: false, problems: [MESSAGES.assessmentTooLarge(filePath, MAX_ASSESSMENT_BYTES / 1024 / 1024)] };
    bytes = await fs.readFile(filePath);
  } catch (error) {
    return { ok: false, problems: [MESSAGES.assessmentUnreadable(filePath, (error as NodeJS.ErrnoException).code ?? (error as Error).message)] };
  }
  if (isAgeFile(bytes) || bytes.subarray(0, 4).equals(ZIP_MAGIC)) {
    // The one package reader: a package is scored only once fully verified.
    const read = await readPackage(bytes, passphrase === undefined ? {} : { passphrase });
    if (!read.ok) return { ok: false, problems: [`${reasonText(read.reason)} [${read.reason.code}]`] };
    return { ok: true, format: 'package', document: read.package.document, framework: read.package.framework, signer: read.package.signer.fingerprint };
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(bytes.toString('utf8').replace(/^\uFEFF/, ''));
  } catch (error) {
    return { ok: false, problems: [MESSAGES.assessmentNotJson((error as Error).message)] };
  }
  return recogniseAssessment(parsed);
}

function recogniseAssessment(parsed: unknown): AssessmentFileResult {
  const schema = typeof parsed === 'object' && parsed !== null ? (parsed as { schema?: unknown }).schema : undefined;
  if (schema === ASSESSMENT_SCHEMA_ID) {
    const result = assessmentDocumentSchema.safeParse(parsed);
    if (!result.success) {
      return { ok: false, problems: result.error.issues.map((issue) => `${issue.path.map(String).join('.') || '(document)'}: ${issue.message}`) };
    }
    return { ok: true, format: 'assessment-json', document: result.data };
  }
  return { ok: false, problems: [MESSAGES.assessmentUnknownFormat] };
}
