import type { AssessmentDocument } from '../assessment/assessment-document';
import type { Framework } from '../framework/framework-schema';
import type { AssessmentScore } from '../scoring/assessment-score';
import type { HostFlags } from '../typology/typology-input';
import type { PictureScope, ReviewStatus } from './picture-types';

/**
 * One office's current revision for one cycle, as the hub holds it: what the picture is built
 * from (electron/consolidation/hub-picture.ts reads them from the hub's store; tests and benches
 * build them in memory). The picture takes every cycle's members at once, to compare cycles.
 */
export interface PictureMember {
  document: AssessmentDocument;
  /** The engine's score of the document with its framework. */
  score: AssessmentScore;
  framework: Framework;
  /** LDC and SIDS of the host country, fragile from the profile. */
  hostFlags: HostFlags;
  packageSha256: string;
  /** Fingerprint of the key that signed the package. */
  fingerprint: string;
  review: ReviewStatus;
  /** Diverged revisions merged indicator by indicator: their assessment ids (the document is the merge). */
  mergedFrom?: string[];
}

export interface PictureOptions {
  /** Default: the newest cycle held. Must be one of the cycles held when given. */
  cycle?: number;
  /** Default: the network. */
  scope?: PictureScope;
  /**
   * Every cycle held, when the members carry only the cycles the picture reads (the cycle shown
   * and the one before: the store parses no more); the picture's `cycles` is this with the members'.
   */
  cyclesHeld?: readonly number[];
}
