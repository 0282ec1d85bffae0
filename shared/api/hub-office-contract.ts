import { z } from 'zod';
import type { AssessmentDocument } from '../assessment/assessment-document';
import type { Framework } from '../framework/framework-schema';
import type { EvidenceOf } from '../packages/package-contents';
import type { AssessmentScore } from '../scoring/assessment-score';
import type { ChangeEntry, OfficeTypeResult } from './contract';
import { hubSha256Schema, type HubOffice } from './hub-contract';

/**
 * The hub's drill-down into one office's assessment (issue 9): the held revision whole, read
 * again from its stored bytes, and its evidence files one at a time. Both are read-only. The
 * operations themselves are entries of `contract` (contract.ts).
 */

/** One revision the hub holds, as its package says it (nothing here comes from the office's own store). */
export interface HubAssessmentView {
  document: AssessmentDocument;
  framework: Framework;
  /** The score the engine gives the package's answers with the package's framework. */
  score: AssessmentScore;
  /** The package's history.json as it came: every change, oldest first. */
  history: ChangeEntry[];
  /** The package's evidence files (names, detected types, sizes, hashes — never the bytes). */
  evidence: EvidenceOf[];
  state: HubOffice['state'];
  /** The signer's fingerprint. */
  fingerprint: string;
  /** SHA-256 (hex) of the package's ZIP, as the hub stores it. */
  packageSha256: string;
  received: {
    at: string;
    /** The person who imported it. */
    by: string;
    /** The file it came in. */
    from: string;
    /** The fingerprint of the hub whose consolidated file brought it, when it came that way. */
    via?: string;
  };
  /**
   * The office-type recommendation as the set computes it: compared with the other offices of
   * the same region and cycle among the revisions the set counts (current and merged).
   */
  officeType: OfficeTypeResult;
}

/** One evidence file of a held package, with the type detected from its bytes (never from its name). */
export interface HubEvidenceFile {
  fileName: string;
  mediaType: string;
  size: number;
  dataBase64: string;
}

export const hubAssessmentRequest = z.object({ assessmentId: z.string().uuid() }).strict();

/** An evidence file is named by its SHA-256: the package's index lists each file by its hash. */
export const hubEvidenceRequest = z.object({ assessmentId: z.string().uuid(), sha256: hubSha256Schema }).strict();

/** Message keys these operations return (besides errors.<code>); the catalog test checks each exists in all six languages. */
export const HUB_OFFICE_ERROR_KEYS = [
  /** The hub holds no revision with this assessment id. */
  'hubOffice.errors.not_held',
  /** The file asked for is not one of this revision's evidence files. */
  'hubOffice.errors.evidence_not_in_package',
] as const;
