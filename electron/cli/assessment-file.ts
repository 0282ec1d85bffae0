import fs from 'node:fs/promises';
import { assessmentDocumentSchema, ASSESSMENT_SCHEMA_ID, type AssessmentDocument } from '../../shared/assessment/assessment-document';
import { MESSAGES } from './cli-messages';

export type AssessmentFileFormat = 'assessment-json';

export type AssessmentFileResult =
  | { ok: true; format: AssessmentFileFormat; document: AssessmentDocument }
  | { ok: false; problems: string[] };

const MAX_ASSESSMENT_BYTES = 20 * 1024 * 1024;

/**
 * Reads an untrusted assessment file and recognises its format. Today: the assessment document
 * as JSON. The signed exchange package, which wraps the same document, becomes one more branch
 * in recogniseAssessment.
 */
export async function readAssessmentFile(filePath: string): Promise<AssessmentFileResult> {
  let bytes: Buffer;
  try {
    const stat = await fs.stat(filePath);
    if (stat.size > MAX_ASSESSMENT_BYTES) return { ok: false, problems: [MESSAGES.assessmentTooLarge(filePath, MAX_ASSESSMENT_BYTES / 1024 / 1024)] };
    bytes = await fs.readFile(filePath);
  } catch (error) {
    return { ok: false, problems: [MESSAGES.assessmentUnreadable(filePath, (error as NodeJS.ErrnoException).code ?? (error as Error).message)] };
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
