import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Log } from '../store/log';
import { KEYS_FOLDER } from '../store/store-paths';
import { signingKeyFrom, type SigningKey } from './signing-key';

/**
 * The installation's Ed25519 key pair, created on first run. It lives in <dataDir>/keys/,
 * outside the database and therefore outside its backups (a restored backup must not bring
 * back, or lose, the key), readable by the user alone (0700 folder, 0600 files on POSIX; on
 * Windows the per-user application data folder's ACL).
 */
export const PRIVATE_KEY_FILE = 'installation-ed25519.key.pem';
export const PUBLIC_KEY_FILE = 'installation-ed25519.pub.pem';

export function keysDir(dataDir: string): string {
  return path.join(dataDir, KEYS_FOLDER);
}

function writePrivate(file: string, text: string): void {
  // 'wx': never overwrite a key that appeared meanwhile; mode 0600 from the start (chmod too: umask may have narrowed it, never widened).
  fs.writeFileSync(file, text, { mode: 0o600, flag: 'wx' });
  if (process.platform !== 'win32') fs.chmodSync(file, 0o600);
}

/** Loads the key, creating it when there is none. A damaged key file is never replaced silently: it throws. */
export function loadOrCreateInstallationKey(dataDir: string, log?: Log): SigningKey {
  const dir = keysDir(dataDir);
  const privateFile = path.join(dir, PRIVATE_KEY_FILE);
  if (fs.existsSync(privateFile)) {
    const key = crypto.createPrivateKey({ key: fs.readFileSync(privateFile, 'utf8'), format: 'pem' });
    return signingKeyFrom(key);
  }
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  if (process.platform !== 'win32') fs.chmodSync(dir, 0o700);
  const { privateKey, publicKey } = crypto.generateKeyPairSync('ed25519');
  const temporary = `${privateFile}.${process.pid}.tmp`;
  writePrivate(temporary, privateKey.export({ format: 'pem', type: 'pkcs8' }).toString());
  fs.renameSync(temporary, privateFile);
  const publicFile = path.join(dir, PUBLIC_KEY_FILE);
  fs.rmSync(publicFile, { force: true });
  writePrivate(publicFile, publicKey.export({ format: 'pem', type: 'spki' }).toString());
  const key = signingKeyFrom(privateKey);
  log?.('info', `created this installation's signing key, fingerprint ${key.fingerprint}`);
  return key;
}
