/** Review payloads and files for the review tests: a real key, a real writer, canonical JSON. */
import canonicalize from 'canonicalize';
import { signingInput } from '../../../shared/packages/package-format';
import { REVIEW_FORMAT, REVIEW_PAYLOAD_TYPE, type ReviewPayload } from '../../../shared/reviews/review-format';
import { publicKeyPem, sign, type SigningKey } from '../../../electron/packages/signing-key';

export function reviewPayload(key: SigningKey, overrides: Partial<ReviewPayload> = {}): ReviewPayload {
  return {
    format: REVIEW_FORMAT,
    createdAt: '2025-03-14T09:30:00.000Z',
    generator: { name: 'Fieldscore', version: '0.1.0' },
    hub: { name: 'Regional Hub Nairobi', publicKey: key.rawPublicKey.toString('base64'), fingerprint: key.fingerprint },
    assessment: {
      id: '6f1d2c3b-4a5e-4f60-8a7b-9c0d1e2f3a4b',
      officeId: '93721b36-1e47-4184-9507-e40da90c3b47',
      officeCode: 'ETH-CO',
      cycle: 2025,
      revision: 1,
      packageSha256: 'ab'.repeat(32),
    },
    decision: {
      status: 'returned',
      comments: [{ indicatorId: 'P1.1', text: 'Please attach the host agreement.' }],
      decidedBy: 'H. Hub',
      decidedAt: '2025-03-14T09:30:00.000Z',
    },
    ...overrides,
  };
}

/**
 * An envelope built by hand: any payload bytes, signed over PAE(`signedType`), declaring
 * `declaredType` — what a forger or a careless writer could produce.
 */
export function envelopeFile(
  key: SigningKey,
  payloadBytes: Buffer,
  options: { signedType?: string; declaredType?: string; keyid?: string; pem?: string } = {},
): Buffer {
  const signature = sign(key, signingInput(options.signedType ?? REVIEW_PAYLOAD_TYPE, payloadBytes));
  const envelope = {
    payloadType: options.declaredType ?? options.signedType ?? REVIEW_PAYLOAD_TYPE,
    payload: payloadBytes.toString('base64'),
    signatures: [{ keyid: options.keyid ?? key.fingerprint, sig: signature.toString('base64') }],
    publicKeyPem: options.pem ?? publicKeyPem(key.publicKey),
  };
  return Buffer.from(canonicalize(envelope)!, 'utf8');
}

export const canonicalBytes = (value: unknown) => Buffer.from(canonicalize(value)!, 'utf8');
