import { z } from 'zod';
import { fileNameText, nameText } from '../text/text-policy';
import {
  fingerprintSchema,
  indicatorIdSchema,
  REVIEW_LIMITS,
  REVIEW_STATUSES,
  reviewCommentSchema,
  type ReviewComment,
  type ReviewFileStatus,
  type ReviewStatus,
} from '../reviews/review-format';
import type { ReviewReason } from '../reviews/review-reasons';

/**
 * The review loop between a hub and its offices (issue 9, docs/consolidation.md "Reviews" and
 * docs/review-format.md): the hub records a status per held revision and sends its decision back
 * as a signed review file; the office imports it and sees the comments beside its indicators.
 */

/** One decision the hub recorded, as the hub's history keeps it. */
export interface ReviewDecision {
  id: number;
  status: ReviewStatus;
  comments: ReviewComment[];
  decidedBy: string;
  decidedAt: string;
}

/** What the hub knows about the review of one revision it holds. */
export interface HubReview {
  assessmentId: string;
  packageSha256: string;
  officeCode: string;
  officeName: string;
  cycle: number;
  revision: number;
  /** The package's state at the hub: only current and merged revisions can be decided on. */
  state: 'current' | 'superseded' | 'conflict' | 'not_kept' | 'merged';
  /** The latest decision's status; "received" while none was taken. */
  status: ReviewStatus;
  /** The latest decision, or null while the revision is only received. */
  current: ReviewDecision | null;
  /** Every decision on this revision, newest first. */
  history: ReviewDecision[];
}

/** A review file this installation imported, with the comments that apply. */
export interface ReceivedReview {
  id: number;
  /** The revision the hub reviewed (this installation's own submitted revision). */
  assessmentId: string;
  revision: number;
  hubName: string;
  hubFingerprint: string;
  status: ReviewFileStatus;
  comments: ReviewComment[];
  decidedBy: string;
  decidedAt: string;
  importedAt: string;
}

/** The key remembered for a hub name (first seen, or accepted after comparing fingerprints). */
export interface ReviewHubKey {
  name: string;
  fingerprint: string;
  firstSeenAt: string;
}

export type ReviewImportResult =
  | {
      outcome: 'imported' | 'identical';
      review: ReceivedReview;
      /** The hub's fingerprint, to compare with what the hub reads out; `firstSeen` when this name was new here. */
      hub: { name: string; fingerprint: string; firstSeen: boolean };
    }
  | {
      outcome: 'refused';
      reason: ReviewReason;
      /** For different_hub_key (and whenever the file named a hub): the fingerprints to compare. */
      hub?: { name: string; fingerprint: string; knownFingerprint?: string };
    };

const person = nameText(200).min(1, 'say who decides');

export const hubReviewRequest = z.object({ assessmentId: z.string().uuid() }).strict();

export const setHubReviewRequest = z
  .object({
    assessmentId: z.string().uuid(),
    status: z.enum(REVIEW_STATUSES),
    /** The comments of this decision, at most one per indicator (any order: the backend sorts them). */
    comments: z
      .array(reviewCommentSchema)
      .max(REVIEW_LIMITS.maxComments)
      .refine((comments) => new Set(comments.map((comment) => comment.indicatorId)).size === comments.length, 'one comment per indicator'),
    decidedBy: person,
  })
  .strict();

/** The file names the hub as it names itself in its consolidated files. */
export const exportReviewRequest = z.object({ assessmentId: z.string().uuid(), hubName: nameText(120).min(1) }).strict();

export const importReviewRequest = z
  .object({
    fileName: fileNameText(255),
    /** Bounded by the handler before decoding (REVIEW_LIMITS.maxFileBytes); may be empty (refused as not a review). */
    dataBase64: z.string(),
    /** Trust this new key for the hub name, after comparing fingerprints with the hub. */
    acceptHubKey: fingerprintSchema.optional(),
  })
  .strict();

export const reviewsOfAssessmentRequest = z.object({ assessmentId: z.string().uuid() }).strict();

export { indicatorIdSchema as reviewIndicatorIdSchema };
