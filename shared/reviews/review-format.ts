import { z } from 'zod';
import { cycleYearSchema } from '../office/office-profile';
import { nameText, noteText, lineText } from '../text/text-policy';

/**
 * The review file, `fieldscore.review/1` (docs/review-format.md): what a hub sends an office back
 * about one submitted revision — accepted, or returned for revision with comments per indicator.
 * This file is the format's single definition, shared by the hub's writer, the office's reader,
 * the contract and the docs.
 *
 * The file is a DSSE JSON envelope, in RFC 8785 canonical form as a whole so that every byte of it
 * is covered by a check: `payload` is the base64 of the canonical JSON review below, signed with
 * the hub installation's Ed25519 key over DSSE's pre-authentication encoding with this format's own
 * payload type (signingInput in shared/packages/package-format.ts, the one PAE of the code base).
 * A package's manifest signature is over another payload type, so neither can pass for the other.
 */
export const REVIEW_FORMAT_NAME = 'fieldscore.review';
export const REVIEW_FORMAT_VERSION = 1;
export const REVIEW_FORMAT = `${REVIEW_FORMAT_NAME}/${REVIEW_FORMAT_VERSION}`;
export const REVIEW_EXTENSION = '.fieldscore-review';
/** What the browser's download is given; the desktop dialog filters on the extension. */
export const REVIEW_MEDIA_TYPE = 'application/vnd.fieldscore.review+json';
/** DSSE payload type: inside what is signed, so a review signature is a review signature only. */
export const REVIEW_PAYLOAD_TYPE = 'application/vnd.fieldscore.review.v1+json';

/** The statuses a hub records for a revision it holds; a file carries only a decision (not "received"). */
export const REVIEW_STATUSES = ['received', 'accepted', 'returned'] as const;
export type ReviewStatus = (typeof REVIEW_STATUSES)[number];
export const REVIEW_FILE_STATUSES = ['accepted', 'returned'] as const;
export type ReviewFileStatus = (typeof REVIEW_FILE_STATUSES)[number];

/**
 * Bounds on an untrusted review file, checked before any work that grows with it. A framework has
 * a few dozen indicators (the default 35); 500 comments of 2,000 characters fit in 64 KiB of JSON
 * only when most are short, so the file bound, not the product of the two, is what holds: 256 KiB.
 */
export const REVIEW_LIMITS = {
  maxFileBytes: 256 * 1024,
  maxComments: 500,
  maxCommentLength: 2000,
  /** Values and nesting of the envelope and of the payload, scanned before JSON.parse. */
  maxJsonValues: 5_000,
  maxJsonDepth: 8,
} as const;

const sha256Hex = z.string().regex(/^[0-9a-f]{64}$/, 'a SHA-256 is 64 lower-case hex digits');
const isoTime = z.string().datetime({ offset: true });
export const fingerprintSchema = z.string().regex(/^[A-Z2-7]{4}(-[A-Z2-7]{4}){5}$/, 'a fingerprint is six groups of four letters A–Z and digits 2–7');
const rawPublicKey = z.string().regex(/^[A-Za-z0-9+/]{43}=$/, 'an Ed25519 public key is 32 bytes, base64');
/** Indicator ids as frameworks write them (P2.1): one line, short. */
export const indicatorIdSchema = lineText(64).min(1);
const person = nameText(200).min(1, 'say who decides');

export const reviewCommentSchema = z
  .object({
    indicatorId: indicatorIdSchema,
    text: noteText(REVIEW_LIMITS.maxCommentLength).refine((text) => text.trim() !== '', 'a comment cannot be empty'),
  })
  .strict();
export type ReviewComment = z.infer<typeof reviewCommentSchema>;

/** Comments: at most one per indicator, in indicator-id order, so equal comments are equal bytes. */
export const reviewCommentsSchema = z
  .array(reviewCommentSchema)
  .max(REVIEW_LIMITS.maxComments)
  .superRefine((comments, context) => {
    for (let index = 1; index < comments.length; index += 1) {
      if (comments[index - 1]!.indicatorId >= comments[index]!.indicatorId) {
        context.addIssue({ code: 'custom', path: [index, 'indicatorId'], message: 'comments must be one per indicator, in indicator-id order' });
        return;
      }
    }
  });

/** Sorts and checks nothing: the writer's one way of putting comments in the file's order. */
export function orderedComments(comments: readonly ReviewComment[]): ReviewComment[] {
  return [...comments].sort((a, b) => (a.indicatorId < b.indicatorId ? -1 : a.indicatorId > b.indicatorId ? 1 : 0));
}

export const reviewPayloadSchema = z
  .object({
    format: z.literal(REVIEW_FORMAT),
    createdAt: isoTime,
    generator: z.object({ name: z.literal('Fieldscore'), version: z.string().min(1).max(40) }).strict(),
    /** Who reviewed: the hub as it names itself, and its installation key (the signer). */
    hub: z.object({ name: nameText(120).min(1), publicKey: rawPublicKey, fingerprint: fingerprintSchema }).strict(),
    /** The revision reviewed, as the package the hub holds says it; packageSha256 is that file's. */
    assessment: z
      .object({
        id: z.string().uuid(),
        officeId: z.string().uuid(),
        officeCode: nameText(20).min(1),
        cycle: cycleYearSchema,
        revision: z.number().int().min(1).max(10_000),
        packageSha256: sha256Hex,
      })
      .strict(),
    decision: z
      .object({
        status: z.enum(REVIEW_FILE_STATUSES),
        comments: reviewCommentsSchema,
        decidedBy: person,
        decidedAt: isoTime,
      })
      .strict()
      .refine((decision) => decision.status !== 'returned' || decision.comments.length > 0, {
        message: 'a returned assessment has at least one comment',
        path: ['comments'],
      }),
  })
  .strict();
export type ReviewPayload = z.infer<typeof reviewPayloadSchema>;

/**
 * Base64 (RFC 4648 §4, padded). A flat character class, not groups of four, which recurse per group
 * on long texts; the reader also re-encodes what it decodes, so only the one text of each byte string passes.
 */
const base64Text = (min: number, max: number) =>
  z
    .string()
    .min(min)
    .max(max)
    .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'not base64')
    .refine((text) => text.length % 4 === 0, 'not base64');

/** The file: a DSSE envelope with the signer's key beside the signature, as signer.pem is beside a package's. */
export const reviewEnvelopeSchema = z
  .object({
    payloadType: z.string().max(200),
    payload: base64Text(4, Math.ceil(REVIEW_LIMITS.maxFileBytes / 3) * 4),
    signatures: z
      .array(z.object({ keyid: fingerprintSchema, sig: base64Text(88, 88) }).strict())
      .length(1, 'a review file has exactly one signature: its hub’s'),
    /** The hub's public key, SPKI PEM: what `openssl pkeyutl -verify -pubin` reads (docs/review-format.md). */
    publicKeyPem: z.string().max(400).regex(/^-----BEGIN PUBLIC KEY-----\n[A-Za-z0-9+/=\n]+-----END PUBLIC KEY-----\n$/, 'not a PEM public key'),
  })
  .strict();
export type ReviewEnvelope = z.infer<typeof reviewEnvelopeSchema>;

/** `<office code>_<cycle>_r<revision>_<status>.fieldscore-review`, with anything unsafe in the code replaced (as packages do). */
export function reviewFileName(officeCode: string, cycle: number, revision: number, status: ReviewFileStatus): string {
  const code = officeCode.normalize('NFKC').replace(/[^A-Za-z0-9-]+/g, '-').replace(/^-+|-+$/g, '') || 'office';
  return `${code}_${cycle}_r${revision}_${status}${REVIEW_EXTENSION}`;
}
