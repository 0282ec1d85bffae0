import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateSigningKey } from '../../../electron/packages/signing-key';
import { ENTRY } from '../../../shared/packages/package-format';
import { submittedAssessment } from '../../fixtures/packages/package-fixtures';
import { repack } from '../../fixtures/packages/repack';
import { ROOT, workflowFixture } from '../backend/workflow-backend';

/**
 * The recipe of docs/package-format.md, "Checking a package with standard tools", run exactly
 * as written (the code blocks after the <!-- recipe:… --> markers): it must verify the example
 * package and a fresh export, and fail on tampered copies; `age -d` must decrypt an encrypted one.
 */
const DOC = fs.readFileSync(path.join(ROOT, 'docs/package-format.md'), 'utf8');
const EXAMPLE = path.join(ROOT, 'docs/examples/KEN-RH_2025_r1.fieldscore');
const NAME = 'KEN-RH_2025_r1.fieldscore';

function block(marker: string): string {
  const match = new RegExp(`<!-- recipe:${marker} -->\\s*\`\`\`[a-z]*\\n([\\s\\S]*?)\`\`\``).exec(DOC);
  if (!match) throw new Error(`docs/package-format.md has no recipe:${marker} block`);
  return match[1]!;
}

const fixture = workflowFixture();
let fresh: Buffer;
let encrypted: Buffer;
let fingerprint: string;
const PASSPHRASE = 'lantern-ocean-ledger-forty-two';

beforeAll(async () => {
  const backend = await fixture.start();
  const id = await submittedAssessment(backend, {
    office: { name: 'Regional Hub Nairobi', code: 'KEN-RH', currentTier: 'regional_hub', region: 'africa', hostCountry: 'KEN' },
  });
  const plain = await backend.call('packages.export', { assessmentId: id });
  fresh = Buffer.from(plain.dataBase64, 'base64');
  fingerprint = plain.fingerprint;
  encrypted = Buffer.from((await backend.call('packages.export', { assessmentId: id, passphrase: PASSPHRASE })).dataBase64, 'base64');
  await backend.close();
}, 60_000);
afterAll(() => fixture.cleanup());

function runRecipe(pkg: Buffer): { status: number | null; stdout: string; stderr: string } {
  const dir = fixture.folders.make();
  fs.writeFileSync(path.join(dir, NAME), pkg);
  const result = spawnSync('bash', ['-e', '-o', 'pipefail', '-c', block('verify')], { cwd: dir, encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('the standard-tools recipe of docs/package-format.md', () => {
  it('verifies the example package and prints exactly the documented output', () => {
    const result = runRecipe(fs.readFileSync(EXAMPLE));
    expect(result.stderr).toBe('');
    expect(result).toMatchObject({ status: 0 });
    expect(result.stdout).toBe(block('expected'));
  });

  it('verifies a fresh export, printing the installation key fingerprint', () => {
    const result = runRecipe(fresh);
    expect(result).toMatchObject({ status: 0, stderr: '' });
    expect(result.stdout).toBe(`Signature Verified Successfully\n${fingerprint}\n`);
  });

  it('fails on a changed file (sha256sum), an added file (diff), a re-hashed but unsigned manifest and a foreign signature (openssl)', async () => {
    const changed = Buffer.from(fresh);
    changed[changed.indexOf('Amina Bekele')] = 'E'.charCodeAt(0);
    const added = await repack(fresh, { entries: (entries) => entries.set('extra.txt', Buffer.from('x')), keepEntryList: true });
    const rehashed = await repack(fresh, { entries: (entries) => entries.set(ENTRY.history, Buffer.from('{"schema":"fieldscore.history/1","entries":[]}')) });
    const foreign = await repack(fresh, { signWith: generateSigningKey() });
    for (const [what, pkg] of [['changed', changed], ['added', added], ['rehashed', rehashed], ['foreign', foreign]] as const) {
      const result = runRecipe(pkg);
      expect({ what, failed: result.status !== 0 }).toEqual({ what, failed: true });
    }
  });

  it('`age -d` decrypts an encrypted package with the passphrase typed at its prompt, and refuses a wrong one', () => {
    for (const [passphrase, ok] of [[PASSPHRASE, true], ['not-the-passphrase', false]] as const) {
      const dir = fixture.folders.make();
      fs.writeFileSync(path.join(dir, `${NAME}.age`), encrypted);
      // age reads the passphrase from a terminal only: script(1) gives it one, fed from stdin.
      const result = spawnSync('script', ['-qec', block('decrypt').trim(), '/dev/null'], { cwd: dir, input: `${passphrase}\n`, encoding: 'utf8', timeout: 60_000 });
      expect(result.status === 0).toBe(ok);
      // What age wrote is a package the recipe verifies.
      if (ok) expect(runRecipe(fs.readFileSync(path.join(dir, NAME)))).toMatchObject({ status: 0, stdout: `Signature Verified Successfully\n${fingerprint}\n` });
    }
  }, 120_000);
});
