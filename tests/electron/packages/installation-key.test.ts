import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { keysDir, PRIVATE_KEY_FILE, PUBLIC_KEY_FILE } from '../../../electron/packages/installation-key';
import { rawPublicKeyFromPem } from '../../../electron/packages/signing-key';
import { keyFingerprint } from '../../../shared/packages/fingerprint';
import { workflowFixture } from '../backend/workflow-backend';

const fixture = workflowFixture();
afterEach(() => fixture.cleanup());

const mode = (file: string) => (fs.statSync(file).mode & 0o777).toString(8);

describe('the installation key', () => {
  it('is created on first run in keys/, readable by the user alone, and kept across restarts', async () => {
    const first = await fixture.start();
    const key = await first.call('packages.installationKey', {});
    const dir = keysDir(first.dataDir);
    expect(fs.readdirSync(dir).sort()).toEqual([PRIVATE_KEY_FILE, PUBLIC_KEY_FILE].sort());
    if (process.platform !== 'win32') {
      expect(mode(dir)).toBe('700');
      expect(mode(path.join(dir, PRIVATE_KEY_FILE))).toBe('600');
      expect(mode(path.join(dir, PUBLIC_KEY_FILE))).toBe('600');
    }
    expect(key.fingerprint).toMatch(/^[A-Z2-7]{4}(-[A-Z2-7]{4}){5}$/);
    expect(keyFingerprint(rawPublicKeyFromPem(key.publicKeyPem)!)).toBe(key.fingerprint);
    expect(rawPublicKeyFromPem(fs.readFileSync(path.join(dir, PUBLIC_KEY_FILE), 'utf8'))).toEqual(rawPublicKeyFromPem(key.publicKeyPem));
    expect(first.log.entries.some((entry) => entry.message.includes(key.fingerprint))).toBe(true);
    const dataDir = first.dataDir;
    await first.close();

    const again = await fixture.start(dataDir);
    expect(await again.call('packages.installationKey', {})).toEqual(key);
    await again.close();
  });

  it('is not in the database, so no backup holds it and restoring one cannot change it', async () => {
    const backend = await fixture.start();
    const key = await backend.call('packages.installationKey', {});
    const pem = fs.readFileSync(path.join(keysDir(backend.dataDir), PRIVATE_KEY_FILE));
    const body = pem.toString('utf8').replace(/-----[^-]+-----|\s/g, '');
    const database = fs.readFileSync(path.join(backend.dataDir, 'fieldscore.sqlite'));
    expect(database.includes(body)).toBe(false);
    expect(database.includes(key.publicKeyPem.replace(/-----[^-]+-----|\s/g, ''))).toBe(false);
  });

  it('a damaged key file is never replaced silently', async () => {
    const backend = await fixture.start();
    const dataDir = backend.dataDir;
    await backend.close();
    fs.writeFileSync(path.join(keysDir(dataDir), PRIVATE_KEY_FILE), 'not a key');
    await expect(fixture.start(dataDir)).rejects.toThrow();
    expect(fs.readFileSync(path.join(keysDir(dataDir), PRIVATE_KEY_FILE), 'utf8')).toBe('not a key');
  });
});
