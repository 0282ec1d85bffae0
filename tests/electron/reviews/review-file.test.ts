import fs from 'node:fs';
import path from 'node:path';
import canonicalize from 'canonicalize';
import { describe, expect, it } from 'vitest';
import { MANIFEST_PAYLOAD_TYPE, signingInput } from '../../../shared/packages/package-format';
import { REVIEW_LIMITS, REVIEW_PAYLOAD_TYPE, reviewFileName } from '../../../shared/reviews/review-format';
import type { ReviewReasonCode } from '../../../shared/reviews/review-reasons';
import { readPackage } from '../../../electron/packages/package-reader';
import { generateSigningKey, publicKeyFromRaw, publicKeyPem, verify } from '../../../electron/packages/signing-key';
import { readReviewFile, writeReviewFile } from '../../../electron/reviews/review-file';
import { ROOT } from '../backend/workflow-backend';
import { canonicalBytes, envelopeFile, reviewPayload } from './review-fixtures';

const hub = generateSigningKey();
const other = generateSigningKey();

function refusal(bytes: Buffer): ReviewReasonCode | 'accepted' {
  const read = readReviewFile(bytes);
  return read.ok ? 'accepted' : read.reason.code;
}

describe('the review file: writing and reading', () => {
  it('reads back what was written, and the same decision is the same bytes', () => {
    const payload = reviewPayload(hub, {
      decision: {
        status: 'returned',
        comments: [
          { indicatorId: 'P1.1', text: 'Please attach the host agreement.' },
          { indicatorId: 'P3.2', text: 'الرجاء تصحيح المبلغ\nوإرفاق الفاتورة.' },
        ],
        decidedBy: 'Ана Петрова',
        decidedAt: '2025-03-14T09:30:00.000Z',
      },
    });
    const bytes = writeReviewFile(payload, hub);
    const read = readReviewFile(bytes);
    if (!read.ok) throw new Error(read.reason.code);
    expect(read.review.payload).toEqual(payload);
    expect(read.review.fingerprint).toBe(hub.fingerprint);
    expect(read.review.publicKey).toBe(hub.rawPublicKey.toString('base64'));
    expect(writeReviewFile(payload, hub).equals(bytes)).toBe(true);
    // The envelope is one canonical line: {payload, payloadType, publicKeyPem, signatures}.
    const envelope = JSON.parse(bytes.toString('utf8')) as Record<string, unknown>;
    expect(Object.keys(envelope)).toEqual(['payload', 'payloadType', 'publicKeyPem', 'signatures']);
    expect(envelope.payloadType).toBe(REVIEW_PAYLOAD_TYPE);
    expect(bytes.toString('utf8')).toBe(canonicalize(envelope));
  });

  it('names the file after the office, cycle, revision and decision', () => {
    expect(reviewFileName('KEN-RH', 2025, 2, 'returned')).toBe('KEN-RH_2025_r2_returned.fieldscore-review');
    expect(reviewFileName('../é x', 2025, 1, 'accepted')).toBe('x_2025_r1_accepted.fieldscore-review');
  });

  it('refuses a change to any byte of a small review file', () => {
    const bytes = writeReviewFile(reviewPayload(hub), hub);
    expect(bytes.length).toBeLessThan(2048);
    const accepted: number[] = [];
    const codes = new Map<string, number>();
    for (let index = 0; index < bytes.length; index += 1) {
      for (const flip of [0x01, 0x20, 0x80]) {
        const changed = Buffer.from(bytes);
        changed[index]! ^= flip;
        const code = refusal(changed);
        if (code === 'accepted') accepted.push(index);
        else codes.set(code, (codes.get(code) ?? 0) + 1);
      }
    }
    expect(accepted).toEqual([]);
    // Refused for their own reasons: broken JSON, a changed envelope, a signature that no longer verifies.
    expect([...codes.keys()].sort()).toEqual(expect.arrayContaining(['envelope_invalid', 'not_a_review', 'signature_invalid', 'wrong_payload_type']));
  });

  it('never takes a package signature for a review, nor a review signature for a package', async () => {
    const example = await readPackage(fs.readFileSync(path.join(ROOT, 'docs/examples/KEN-RH_2025_r1.fieldscore')));
    if (!example.ok) throw new Error(example.reason.code);
    const { manifest, signature, signer } = example.package;
    const envelope = (payloadType: string) =>
      canonicalBytes({
        payloadType,
        payload: canonicalBytes(manifest).toString('base64'),
        signatures: [{ keyid: signer.fingerprint, sig: signature.toString('base64') }],
        publicKeyPem: publicKeyPem(publicKeyFromRaw(signer.publicKey)),
      });
    // The package's signature verifies as what it is…
    expect(verify(signer.publicKey, signingInput(MANIFEST_PAYLOAD_TYPE, canonicalBytes(manifest)), signature)).toBe(true);
    // …but as a review file it is either declared a package (refused by type) or claims to be a review (the signature fails).
    expect(refusal(envelope(MANIFEST_PAYLOAD_TYPE))).toBe('wrong_payload_type');
    expect(refusal(envelope(REVIEW_PAYLOAD_TYPE))).toBe('signature_invalid');

    const review = JSON.parse(writeReviewFile(reviewPayload(hub), hub).toString('utf8')) as { payload: string; signatures: { sig: string }[] };
    const payloadBytes = Buffer.from(review.payload, 'base64');
    const reviewSignature = Buffer.from(review.signatures[0]!.sig, 'base64');
    expect(verify(hub.rawPublicKey, signingInput(REVIEW_PAYLOAD_TYPE, payloadBytes), reviewSignature)).toBe(true);
    expect(verify(hub.rawPublicKey, signingInput(MANIFEST_PAYLOAD_TYPE, payloadBytes), reviewSignature)).toBe(false);
  });

  it('refuses another payload type even when its signature is right for it', () => {
    const payloadBytes = canonicalBytes(reviewPayload(hub));
    expect(refusal(envelopeFile(hub, payloadBytes))).toBe('accepted');
    expect(refusal(envelopeFile(hub, payloadBytes, { signedType: 'application/vnd.fieldscore.review.v2+json' }))).toBe('wrong_payload_type');
    expect(refusal(envelopeFile(hub, payloadBytes, { signedType: MANIFEST_PAYLOAD_TYPE }))).toBe('wrong_payload_type');
    // Declared a review, signed as something else: the type is inside what is signed.
    expect(refusal(envelopeFile(hub, payloadBytes, { signedType: MANIFEST_PAYLOAD_TYPE, declaredType: REVIEW_PAYLOAD_TYPE }))).toBe('signature_invalid');
  });

  it('bounds the work before parsing: oversize files, deep or wide JSON', () => {
    const read = readReviewFile(Buffer.alloc(REVIEW_LIMITS.maxFileBytes + 1, 0x20));
    expect(read).toEqual({ ok: false, reason: { code: 'file_too_large', params: { limit: REVIEW_LIMITS.maxFileBytes / 1024 } } });
    expect(refusal(Buffer.from('['.repeat(100_000)))).toBe('too_complex');
    expect(refusal(Buffer.from(`{"payloadType":[${'0,'.repeat(20_000)}0]}`))).toBe('too_complex');
    // Deep JSON inside a correctly signed payload is bounded too.
    const deep = Buffer.from(`{"format":"fieldscore.review/1","x":${'['.repeat(50)}${']'.repeat(50)}}`);
    expect(refusal(envelopeFile(hub, deep))).toBe('too_complex');
  });

  it('refuses files that are not review envelopes, and envelopes that are not canonical', () => {
    const good = writeReviewFile(reviewPayload(hub), hub);
    expect(refusal(Buffer.alloc(0))).toBe('not_a_review');
    expect(refusal(Buffer.from([0xff, 0xfe, 0x7b, 0x7d]))).toBe('not_a_review');
    expect(refusal(Buffer.from('{"hello":"world"}'))).toBe('not_a_review');
    expect(refusal(Buffer.from(`${good.toString('utf8')}\n`))).toBe('envelope_invalid');
    expect(refusal(Buffer.from(JSON.stringify(JSON.parse(good.toString('utf8')), null, 2)))).toBe('envelope_invalid');
    const envelope = JSON.parse(good.toString('utf8')) as Record<string, unknown>;
    expect(refusal(canonicalBytes({ ...envelope, extra: 1 }))).toBe('envelope_invalid');
    expect(refusal(canonicalBytes({ ...envelope, signatures: [] }))).toBe('envelope_invalid');
    // A PEM wrapped differently is the same key, but not the one text of it.
    const pem = publicKeyPem(hub.publicKey).replace(/\n-----END/, '\n\n-----END');
    expect(refusal(envelopeFile(hub, canonicalBytes(reviewPayload(hub)), { pem }))).toBe('envelope_invalid');
  });

  it('refuses a signer that is not the hub the review names', () => {
    const payloadBytes = canonicalBytes(reviewPayload(hub));
    expect(refusal(envelopeFile(other, payloadBytes))).toBe('signer_mismatch');
    expect(refusal(envelopeFile(hub, payloadBytes, { keyid: other.fingerprint }))).toBe('signer_mismatch');
    expect(refusal(envelopeFile(hub, payloadBytes, { pem: publicKeyPem(other.publicKey) }))).toBe('signature_invalid');
  });

  it('refuses a review that does not fit the format, even signed: newer versions, text, comments, statuses', () => {
    const signed = (value: unknown) => refusal(envelopeFile(hub, canonicalBytes(value)));
    const base = reviewPayload(hub);
    expect(signed({ ...base, format: 'fieldscore.review/2' })).toBe('format_newer');
    expect(signed({ ...base, format: 'fieldscore.package/1' })).toBe('review_invalid');
    expect(refusal(envelopeFile(hub, Buffer.from(JSON.stringify(base, null, 1))))).toBe('review_invalid');
    expect(signed({ ...base, decision: { ...base.decision, comments: [] } })).toBe('review_invalid');
    expect(signed({ ...base, decision: { ...base.decision, status: 'accepted', comments: [] } })).toBe('accepted');
    expect(signed({ ...base, decision: { ...base.decision, status: 'received' } })).toBe('review_invalid');
    expect(signed({ ...base, decision: { ...base.decision, comments: [{ indicatorId: 'P1.1', text: 'see \u202Efdp.exe' }] } })).toBe('review_invalid');
    expect(signed({ ...base, decision: { ...base.decision, comments: [{ indicatorId: 'P1.1', text: 'x'.repeat(REVIEW_LIMITS.maxCommentLength + 1) }] } })).toBe('review_invalid');
    expect(signed({ ...base, hub: { ...base.hub, name: 'Hub\u200B Nairobi' } })).toBe('review_invalid');
    const twice = [
      { indicatorId: 'P1.1', text: 'a' },
      { indicatorId: 'P1.1', text: 'b' },
    ];
    expect(signed({ ...base, decision: { ...base.decision, comments: twice } })).toBe('review_invalid');
    const many = Array.from({ length: REVIEW_LIMITS.maxComments + 1 }, (_, index) => ({ indicatorId: `I${String(index).padStart(4, '0')}`, text: 'x' }));
    expect(signed({ ...base, decision: { ...base.decision, comments: many } })).toBe('review_invalid');
  });
});
