import { Decrypter, Encrypter } from 'age-encryption';

/**
 * Optional encryption for the journey: the whole package in the age format with its scrypt
 * recipient (age-encryption.org/v1), so Debian's, Homebrew's or Windows' `age -d` decrypts it
 * too. age-encryption runs on @noble/* in pure JavaScript: no ChaCha20 from node:crypto, which
 * Electron's BoringSSL lacks. The passphrase is used here and never stored.
 */
export const AGE_MAGIC = Buffer.from('age-encryption.org/v1\n', 'ascii');
/** age's own default work factor (2^18): about a second on a field laptop, costly to guess. */
export const DEFAULT_SCRYPT_WORK_FACTOR = 18;

export function isAgeFile(bytes: Uint8Array): boolean {
  return bytes.length >= AGE_MAGIC.length && Buffer.from(bytes.subarray(0, AGE_MAGIC.length)).equals(AGE_MAGIC);
}

export async function encryptWithPassphrase(plain: Uint8Array, passphrase: string, workFactor = DEFAULT_SCRYPT_WORK_FACTOR): Promise<Buffer> {
  const encrypter = new Encrypter();
  encrypter.setScryptWorkFactor(workFactor);
  encrypter.setPassphrase(passphrase);
  return Buffer.from(await encrypter.encrypt(plain));
}

export type DecryptResult = { ok: true; bytes: Buffer } | { ok: false; reason: 'wrong_passphrase' | 'encryption_damaged'; detail: string };

/**
 * age refuses a work factor above 2^20 on decryption, so a hostile header cannot make us
 * spend minutes in scrypt. A wrong passphrase and a damaged file are told apart by age's
 * own error ("no identity matched" is the wrong passphrase).
 */
export async function decryptWithPassphrase(encrypted: Uint8Array, passphrase: string): Promise<DecryptResult> {
  const decrypter = new Decrypter();
  decrypter.addPassphrase(passphrase);
  try {
    return { ok: true, bytes: Buffer.from(await decrypter.decrypt(encrypted)) };
  } catch (error) {
    const message = (error as Error).message ?? String(error);
    if (/no identity matched/i.test(message)) return { ok: false, reason: 'wrong_passphrase', detail: message };
    return { ok: false, reason: 'encryption_damaged', detail: message.slice(0, 200) };
  }
}
