import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MANIFEST_PAYLOAD_TYPE } from '../../../shared/packages/package-format';
import { generateSigningKey } from '../../../electron/packages/signing-key';
import { readReviewFile } from '../../../electron/reviews/review-file';
import { submittedAssessment } from '../../fixtures/packages/package-fixtures';
import { ROOT, workflowFixture } from '../backend/workflow-backend';
import { canonicalBytes, envelopeFile } from './review-fixtures';

/**
 * The recipe of docs/review-format.md, "Checking a review file with standard tools", run exactly
 * as written: it must verify a review file exported by a real hub, print the hub's fingerprint and
 * the reviewed package's SHA-256, and fail on tampered copies.
 */
const DOC = fs.readFileSync(path.join(ROOT, 'docs/review-format.md'), 'utf8');
const NAME = 'KEN-RH_2025_r1_returned.fieldscore-review';

function recipe(): string {
  const match = /<!-- recipe:verify -->\s*```bash\n([\s\S]*?)```/.exec(DOC);
  if (!match) throw new Error('docs/review-format.md has no recipe:verify block');
  return match[1]!;
}

const fixture = workflowFixture();
let file: Buffer;
let hubFingerprint: string;
let packageSha256: string;

beforeAll(async () => {
  const field = await fixture.start();
  const hub = await fixture.start();
  const id = await submittedAssessment(field, { office: { name: 'Regional Hub Nairobi', code: 'KEN-RH', currentTier: 'regional_hub', region: 'africa', hostCountry: 'KEN' } });
  const exported = await field.call('packages.export', { assessmentId: id });
  packageSha256 = createHash('sha256').update(Buffer.from(exported.dataBase64, 'base64')).digest('hex');
  await hub.call('hub.import', { fileName: exported.fileName, dataBase64: exported.dataBase64, decidedBy: 'H. Hub' });
  await hub.call('hub.review.set', {
    assessmentId: id,
    status: 'returned',
    comments: [{ indicatorId: 'P1.4', text: 'Joindre les termes de référence signés — الاختصاصات الموقّعة, 签署版本.\nMerci.' }],
    decidedBy: 'H. Hub',
  });
  const review = await hub.call('hub.review.export', { assessmentId: id, hubName: 'Regional Hub Nairobi' });
  expect(review.fileName).toBe(NAME);
  file = Buffer.from(review.dataBase64, 'base64');
  hubFingerprint = (await hub.call('packages.installationKey', {})).fingerprint;
}, 60_000);
afterAll(() => fixture.cleanup());

function runRecipe(bytes: Buffer): { status: number | null; stdout: string; stderr: string } {
  const dir = fixture.folders.make();
  fs.writeFileSync(path.join(dir, NAME), bytes);
  const result = spawnSync('bash', ['-e', '-o', 'pipefail', '-c', recipe()], { cwd: dir, encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('the standard-tools recipe of docs/review-format.md', () => {
  it('verifies a review file a hub exported, printing the hub’s fingerprint and the package’s SHA-256', () => {
    const result = runRecipe(file);
    expect(result.stderr).toBe('');
    expect(result).toMatchObject({ status: 0, stdout: `Signature Verified Successfully\n${hubFingerprint}\n${packageSha256}\n` });
  });

  it('fails where Fieldscore refuses: a changed comment, a foreign signer, a package’s payload type', () => {
    const envelope = JSON.parse(file.toString('utf8')) as { payload: string };
    const payload = Buffer.from(envelope.payload, 'base64');
    const edited = Buffer.from(payload.toString('utf8').replace('Merci', 'Mercy'), 'utf8');
    const changed = canonicalBytes({ ...JSON.parse(file.toString('utf8')), payload: edited.toString('base64') });
    const foreign = envelopeFile(generateSigningKey(), payload);
    const asPackage = envelopeFile(generateSigningKey(), payload, { signedType: MANIFEST_PAYLOAD_TYPE });
    for (const [what, bytes] of [['changed', changed], ['foreign', foreign], ['asPackage', asPackage]] as const) {
      expect({ what, fieldscore: readReviewFile(bytes).ok }).toEqual({ what, fieldscore: false });
      const result = runRecipe(bytes);
      expect({ what, failed: result.status !== 0 }).toEqual({ what, failed: true });
    }
    // The changed comment: the signature check itself is what fails.
    expect(runRecipe(changed).stdout).toContain('Signature Verification Failure');
  });
});
