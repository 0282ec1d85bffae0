import crypto from 'node:crypto';
import { keyFingerprint } from '../../shared/packages/fingerprint';

/**
 * Ed25519 with node:crypto, which Electron's BoringSSL provides (ChaCha20, BLAKE2 and SHA-3 it
 * does not). Keys travel as raw 32-byte public keys (in the manifest) and SPKI PEM (signer.pem,
 * what `openssl pkeyutl -verify -pubin` reads).
 */
export interface SigningKey {
  privateKey: crypto.KeyObject;
  publicKey: crypto.KeyObject;
  /** The raw 32-byte public key. */
  rawPublicKey: Buffer;
  fingerprint: string;
}

// An Ed25519 SubjectPublicKeyInfo is this 12-byte DER prefix followed by the 32-byte key (RFC 8410).
const SPKI_PREFIX = Buffer.from('302a300506032b6570032100', 'hex');
// And a PKCS#8 private key is this 16-byte prefix followed by the 32-byte seed.
const PKCS8_PREFIX = Buffer.from('302e020100300506032b657004220420', 'hex');

export function rawPublicKeyOf(publicKey: crypto.KeyObject): Buffer {
  const der = publicKey.export({ format: 'der', type: 'spki' });
  if (der.length !== 44 || !der.subarray(0, 12).equals(SPKI_PREFIX)) throw new Error('not an Ed25519 public key');
  return der.subarray(12);
}

export function publicKeyFromRaw(raw: Uint8Array): crypto.KeyObject {
  if (raw.length !== 32) throw new Error('an Ed25519 public key is 32 bytes');
  return crypto.createPublicKey({ key: Buffer.concat([SPKI_PREFIX, raw]), format: 'der', type: 'spki' });
}

export function signingKeyFrom(privateKey: crypto.KeyObject): SigningKey {
  if (privateKey.asymmetricKeyType !== 'ed25519') throw new Error('not an Ed25519 private key');
  const publicKey = crypto.createPublicKey(privateKey);
  const rawPublicKey = rawPublicKeyOf(publicKey);
  return { privateKey, publicKey, rawPublicKey, fingerprint: keyFingerprint(rawPublicKey) };
}

export function generateSigningKey(): SigningKey {
  return signingKeyFrom(crypto.generateKeyPairSync('ed25519').privateKey);
}

/** A key derived from a 32-byte seed: the demo network's offices get reproducible keys. */
export function signingKeyFromSeed(seed: Uint8Array): SigningKey {
  if (seed.length !== 32) throw new Error('an Ed25519 seed is 32 bytes');
  return signingKeyFrom(crypto.createPrivateKey({ key: Buffer.concat([PKCS8_PREFIX, seed]), format: 'der', type: 'pkcs8' }));
}

export function publicKeyPem(key: crypto.KeyObject): string {
  return key.export({ format: 'pem', type: 'spki' }).toString();
}

export function sign(key: SigningKey, message: Uint8Array): Buffer {
  return crypto.sign(null, message, key.privateKey);
}

export function verify(rawPublicKey: Uint8Array, message: Uint8Array, signature: Uint8Array): boolean {
  if (signature.length !== 64) return false;
  try {
    return crypto.verify(null, message, publicKeyFromRaw(rawPublicKey), signature);
  } catch {
    return false;
  }
}

/** The raw key of a PEM public key file (signer.pem, a hub's registered key file), or null if it is not an Ed25519 public key. */
export function rawPublicKeyFromPem(pem: string): Buffer | null {
  try {
    const key = crypto.createPublicKey({ key: pem, format: 'pem' });
    return key.asymmetricKeyType === 'ed25519' ? rawPublicKeyOf(key) : null;
  } catch {
    return null;
  }
}
