import { base32 } from '@scure/base';
import { sha256 } from '@noble/hashes/sha2.js';

/**
 * The fingerprint of an Ed25519 public key, short enough to read out over the phone:
 * the first 15 bytes (120 bits) of SHA-256 over the raw 32-byte key, in RFC 4648 base32
 * (letters and the digits 2–7, so no 0/O or 1/I confusion), in six groups of four.
 * Standard tools give the same (docs/package-format.md):
 *   openssl pkey -pubin -in signer.pem -outform DER | tail -c 32 | openssl dgst -sha256 -binary | head -c 15 | base32
 */
export function keyFingerprint(rawPublicKey: Uint8Array): string {
  if (rawPublicKey.length !== 32) throw new Error('an Ed25519 public key is 32 bytes');
  const text = base32.encode(sha256(rawPublicKey).slice(0, 15));
  return text.match(/.{4}/g)!.join('-');
}
