import canonicalize from 'canonicalize';
import { keyFingerprint } from '../../shared/packages/fingerprint';
import { formatVersionOf, signingInput } from '../../shared/packages/package-format';
import {
  REVIEW_FORMAT_NAME,
  REVIEW_FORMAT_VERSION,
  REVIEW_LIMITS,
  REVIEW_PAYLOAD_TYPE,
  reviewEnvelopeSchema,
  reviewPayloadSchema,
  type ReviewEnvelope,
  type ReviewPayload,
} from '../../shared/reviews/review-format';
import type { ReviewReason, ReviewReasonCode } from '../../shared/reviews/review-reasons';
import { checkJsonShape } from '../bridge/json-shape';
import { firstProblem, sha256Hex } from '../packages/signed-envelope';
import { publicKeyFromRaw, publicKeyPem, rawPublicKeyFromPem, sign, verify, type SigningKey } from '../packages/signing-key';

/**
 * Writes and reads review files (docs/review-format.md). The reader takes the bytes as untrusted
 * and stops at the first failure, cheapest checks first: the size before anything is decoded, the
 * JSON's shape before it is parsed, the envelope's canonical form and fields, the signature over
 * the payload before the payload is parsed (DSSE: verify, then read), then the review itself.
 * It writes nothing; what the review is *about* (an assessment of this installation) is checked by
 * the caller against the store (field-reviews.ts).
 */
export interface VerifiedReview {
  payload: ReviewPayload;
  /** SHA-256 (hex) of the file: the same file imported twice is recognised by it. */
  fileSha256: string;
  /** The signer's raw 32-byte key, base64: the hub's key the payload names. */
  publicKey: string;
  fingerprint: string;
}

class ReviewRefusal extends Error {
  constructor(readonly reason: ReviewReason) {
    super(reason.code);
  }
}

function refuse(code: ReviewReasonCode, params: Record<string, string | number> = {}): never {
  throw new ReviewRefusal({ code, params });
}

const canonicalText = (value: unknown) => canonicalize(value)!;
const KIB = 1024;
const SHAPE = { maxValues: REVIEW_LIMITS.maxJsonValues, maxDepth: REVIEW_LIMITS.maxJsonDepth };

/** The signed file for a review payload: canonical JSON throughout, so the same decision gives the same bytes. */
export function writeReviewFile(payload: ReviewPayload, key: SigningKey): Buffer {
  const payloadBytes = Buffer.from(canonicalText(payload), 'utf8');
  const signature = sign(key, signingInput(REVIEW_PAYLOAD_TYPE, payloadBytes));
  const envelope: ReviewEnvelope = {
    payloadType: REVIEW_PAYLOAD_TYPE,
    payload: payloadBytes.toString('base64'),
    signatures: [{ keyid: key.fingerprint, sig: signature.toString('base64') }],
    publicKeyPem: publicKeyPem(key.publicKey),
  };
  const bytes = Buffer.from(canonicalText(envelope), 'utf8');
  // The writer is held to the reader's bound: a review the office could not read is never sent.
  if (bytes.length > REVIEW_LIMITS.maxFileBytes) throw new Error(`the review file would be ${bytes.length} bytes, above ${REVIEW_LIMITS.maxFileBytes}`);
  return bytes;
}

/** UTF-8 that decodes without replacement, shape-checked, parsed; else `code`. */
function parseBoundedJson(bytes: Buffer, code: 'not_a_review' | 'review_invalid'): { value: unknown; text: string } {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return refuse(code, { detail: 'not UTF-8 text' });
  }
  const shape = checkJsonShape(text, SHAPE);
  if (!shape.ok) refuse('too_complex', { detail: shape.reason === 'too_deep' ? `nested deeper than ${shape.limit}` : `more than ${shape.limit} values`, limit: shape.limit });
  try {
    return { value: JSON.parse(text) as unknown, text };
  } catch {
    return refuse(code, { detail: 'not JSON' });
  }
}

/** Base64 decoded only when it is the one encoding of its bytes (Node's decoder ignores stray bits and characters). */
function strictBase64(text: string, field: string): Buffer {
  const bytes = Buffer.from(text, 'base64');
  if (bytes.toString('base64') !== text) refuse('envelope_invalid', { detail: `${field} is not canonical base64` });
  return bytes;
}

function readEnvelope(bytes: Buffer): ReviewEnvelope {
  const { value, text } = parseBoundedJson(bytes, 'not_a_review');
  if (typeof value !== 'object' || value === null || Array.isArray(value) || !('payloadType' in value)) refuse('not_a_review', { detail: 'not a signed envelope' });
  // One canonical text (RFC 8785): no second spelling of the same envelope, so every byte is checked.
  if (canonicalText(value) !== text) refuse('envelope_invalid', { detail: 'not in canonical form (RFC 8785)' });
  const parsed = reviewEnvelopeSchema.safeParse(value);
  if (!parsed.success) refuse('envelope_invalid', { detail: firstProblem(parsed.error) });
  return parsed.data;
}

function readPayload(payloadBytes: Buffer): ReviewPayload {
  const { value, text } = parseBoundedJson(payloadBytes, 'review_invalid');
  const version = formatVersionOf(value, REVIEW_FORMAT_NAME, REVIEW_FORMAT_VERSION);
  if (version.kind === 'newer') refuse('format_newer', { version: version.version, supported: REVIEW_FORMAT_VERSION });
  if (version.kind === 'unknown') refuse('review_invalid', { detail: `not ${REVIEW_FORMAT_NAME}/${REVIEW_FORMAT_VERSION}` });
  if (canonicalText(value) !== text) refuse('review_invalid', { detail: 'not in canonical form (RFC 8785)' });
  const parsed = reviewPayloadSchema.safeParse(value);
  if (!parsed.success) refuse('review_invalid', { detail: firstProblem(parsed.error) });
  return parsed.data;
}

function verifyReview(bytes: Buffer): VerifiedReview {
  if (bytes.length > REVIEW_LIMITS.maxFileBytes) refuse('file_too_large', { limit: REVIEW_LIMITS.maxFileBytes / KIB });
  const envelope = readEnvelope(bytes);
  if (envelope.payloadType !== REVIEW_PAYLOAD_TYPE) refuse('wrong_payload_type', { detail: envelope.payloadType.slice(0, 100) });
  const payloadBytes = strictBase64(envelope.payload, 'payload');
  const [signature] = envelope.signatures;
  const sig = strictBase64(signature!.sig, 'signatures[0].sig');
  const rawKey = rawPublicKeyFromPem(envelope.publicKeyPem);
  if (!rawKey) refuse('envelope_invalid', { detail: 'publicKeyPem is not an Ed25519 public key' });
  // The PEM must be the one PEM Node writes for that key (64-column lines), like every other byte of the file.
  if (publicKeyPem(publicKeyFromRaw(rawKey)) !== envelope.publicKeyPem) refuse('envelope_invalid', { detail: 'publicKeyPem is not in its canonical form' });
  const key = rawKey.toString('base64');
  if (!verify(rawKey, signingInput(REVIEW_PAYLOAD_TYPE, payloadBytes), sig)) refuse('signature_invalid');
  const fingerprint = keyFingerprint(rawKey);
  if (signature!.keyid !== fingerprint) refuse('signer_mismatch', { detail: 'keyid is not the fingerprint of publicKeyPem' });
  const payload = readPayload(payloadBytes);
  if (payload.hub.publicKey !== key || payload.hub.fingerprint !== fingerprint) refuse('signer_mismatch', { detail: 'the review names another hub key' });
  return { payload, fileSha256: sha256Hex(bytes), publicKey: key, fingerprint };
}

export type ReviewReadResult = { ok: true; review: VerifiedReview } | { ok: false; reason: ReviewReason };

/** Verifies a review file; every refusal — and any defect of ours — comes back as a reason, nothing escapes. */
export function readReviewFile(bytes: Buffer): ReviewReadResult {
  try {
    return { ok: true, review: verifyReview(bytes) };
  } catch (error) {
    if (error instanceof ReviewRefusal) return { ok: false, reason: error.reason };
    return { ok: false, reason: { code: 'not_a_review', params: { detail: `unexpected: ${(error as Error).message}`.slice(0, 200) } } };
  }
}
