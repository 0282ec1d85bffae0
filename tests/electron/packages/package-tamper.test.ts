import crypto from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadOrCreateInstallationKey } from '../../../electron/packages/installation-key';
import { readPackage, type PackageReadResult } from '../../../electron/packages/package-reader';
import { sign, type SigningKey } from '../../../electron/packages/signing-key';
import { ENTRY } from '../../../shared/packages/package-format';
import { PACKAGE_REASON_CODES, type PackageReasonCode } from '../../../shared/packages/package-reasons';
import { submittedAssessment } from '../../fixtures/packages/package-fixtures';
import { entriesOf, json, manifestOf, pack, repack } from '../../fixtures/packages/repack';
import { writeResources } from '../../fixtures/store/store-fixtures';
import { workflowFixture, type Client } from '../backend/workflow-backend';

const fixture = workflowFixture();
let small: Buffer; // small framework, no answers, no evidence: every byte can be flipped
let full: Buffer; // default framework, notes, justification, two evidence files
let other: Buffer; // another office's package
let key: SigningKey;
let backend: Client;

function reasonOf(result: PackageReadResult): PackageReasonCode {
  if (result.ok) throw new Error('the tampered package was accepted');
  expect(PACKAGE_REASON_CODES).toContain(result.reason.code);
  return result.reason.code;
}

async function exported(client: Client, id: string, passphrase?: string): Promise<Buffer> {
  const value = await client.call('packages.export', { assessmentId: id, ...(passphrase ? { passphrase } : {}) });
  return Buffer.from(value.dataBase64, 'base64');
}

beforeAll(async () => {
  const tiny = await fixture.start(fixture.folders.make(), writeResources(fixture.folders.make()));
  const { id } = await tiny.create();
  await tiny.call('assessments.submit', { id });
  small = await exported(tiny, id);
  await tiny.close();

  backend = await fixture.start();
  full = await exported(backend, await submittedAssessment(backend));
  other = await exported(backend, await submittedAssessment(backend, { office: { name: 'Regional Hub Nairobi', code: 'KEN-RH', currentTier: 'regional_hub', region: 'africa', hostCountry: 'KEN' } }));
  key = loadOrCreateInstallationKey(backend.dataDir);
}, 60_000);
afterAll(() => fixture.cleanup());

describe('the reader accepts what the writer wrote', () => {
  it('verifies all three packages', async () => {
    for (const pkg of [small, full, other]) expect((await readPackage(pkg)).ok).toBe(true);
  });
});

describe('a flipped bit', () => {
  it('at every byte of a small package is detected every time', async () => {
    const seen = new Map<string, number>();
    for (let index = 0; index < small.length; index += 1) {
      const copy = Buffer.from(small);
      copy.writeUInt8(copy.readUInt8(index) ^ (1 << index % 8), index);
      const code = reasonOf(await readPackage(copy));
      seen.set(code, (seen.get(code) ?? 0) + 1);
    }
    console.info(`flipped every one of ${small.length} bytes: ${JSON.stringify(Object.fromEntries(seen))}`);
  }, 300_000);

  it('at 10,000 random positions of a package with evidence is detected every time', async () => {
    const random = seededRandom(7);
    for (let trial = 0; trial < 10_000; trial += 1) {
      const copy = Buffer.from(full);
      const at = Math.floor(random() * copy.length);
      copy.writeUInt8(copy.readUInt8(at) ^ (1 << Math.floor(random() * 8)), at);
      reasonOf(await readPackage(copy));
    }
  }, 300_000);
});

describe('truncation', () => {
  it('at any point of a small package is refused', async () => {
    for (let length = 0; length < small.length; length += 1) reasonOf(await readPackage(small.subarray(0, length)));
  }, 300_000);

  it('and bytes appended after the end are refused', async () => {
    expect(reasonOf(await readPackage(Buffer.concat([full, Buffer.from([0])])))).toBe('archive_damaged');
  });
});

describe('entries', () => {
  it('added after signing: unlisted_entry', async () => {
    const pkg = await repack(full, { entries: (entries) => entries.set('extra.txt', Buffer.from('hello')), keepEntryList: true });
    expect(await readPackage(pkg)).toMatchObject({ ok: false, reason: { code: 'unlisted_entry', params: { entry: 'extra.txt' } } });
  });

  it('removed: missing_entry', async () => {
    const pkg = await repack(full, { entries: (entries) => entries.delete(ENTRY.history), keepEntryList: true });
    expect(await readPackage(pkg)).toMatchObject({ ok: false, reason: { code: 'missing_entry', params: { entry: ENTRY.history } } });
  });

  it('renamed: unlisted_entry', async () => {
    const pkg = await repack(full, {
      entries: (entries) => {
        const data = entries.get(ENTRY.history)!;
        entries.delete(ENTRY.history);
        entries.set('history2.json', data);
      },
      keepEntryList: true,
    });
    expect(reasonOf(await readPackage(pkg))).toBe('unlisted_entry');
  });

  it('replaced with other content: hash_mismatch, or size_mismatch when the size changes', async () => {
    const sameSize = await repack(full, {
      entries: (entries) => {
        const data = Buffer.from(entries.get(ENTRY.assessment)!);
        data[data.indexOf('Amina')] = 'E'.charCodeAt(0);
        entries.set(ENTRY.assessment, data);
      },
      keepEntryList: true,
    });
    expect(await readPackage(sameSize)).toMatchObject({ ok: false, reason: { code: 'hash_mismatch', params: { entry: ENTRY.assessment } } });
    const longer = await repack(full, { entries: (entries) => entries.set(ENTRY.history, Buffer.from('{}')), keepEntryList: true });
    expect(await readPackage(longer)).toMatchObject({ ok: false, reason: { code: 'size_mismatch', params: { entry: ENTRY.history } } });
  });

  it('with a manifest rewritten to match but not signed again: signature_invalid', async () => {
    const pkg = await repack(full, { entries: (entries) => entries.set(ENTRY.history, json({ schema: 'fieldscore.history/1', entries: [] })) });
    expect(reasonOf(await readPackage(pkg))).toBe('signature_invalid');
  });
});

describe('signatures', () => {
  it("another package's signature: signature_invalid", async () => {
    const entries = await entriesOf(full);
    entries.set(ENTRY.signature, (await entriesOf(other)).get(ENTRY.signature)!);
    expect(reasonOf(await readPackage(await pack(entries)))).toBe('signature_invalid');
  });

  it("another package's manifest and signature together: the entries no longer match", async () => {
    const entries = await entriesOf(full);
    const donor = await entriesOf(other);
    entries.set(ENTRY.manifest, donor.get(ENTRY.manifest)!);
    entries.set(ENTRY.signature, donor.get(ENTRY.signature)!);
    expect(['hash_mismatch', 'size_mismatch']).toContain(reasonOf(await readPackage(await pack(entries))));
  });

  it('a valid Ed25519 signature over the bare manifest, without the DSSE prefix, is refused', async () => {
    const entries = await entriesOf(full);
    entries.set(ENTRY.signature, sign(key, entries.get(ENTRY.manifest)!));
    expect(reasonOf(await readPackage(await pack(entries)))).toBe('signature_invalid');
  });

  it('a key file that is not the signing key: signer_key_mismatch', async () => {
    const stranger = crypto.generateKeyPairSync('ed25519').publicKey.export({ format: 'pem', type: 'spki' }).toString();
    const pkg = await repack(full, { entries: (entries) => entries.set(ENTRY.signerKey, Buffer.from(stranger)), signWith: key });
    expect(reasonOf(await readPackage(pkg))).toBe('signer_key_mismatch');
  });
});

describe('signed by the real key but inconsistent', () => {
  it('a newer format version is refused with its number, before anything else', async () => {
    const pkg = await repack(full, { manifest: (manifest) => Object.assign(manifest, { format: 'fieldscore.package/2' }) });
    expect(await readPackage(pkg)).toMatchObject({ ok: false, reason: { code: 'format_newer', params: { version: 2, supported: 1 } } });
  });

  it('a manifest naming another office code than the document: identity_mismatch', async () => {
    const pkg = await repack(full, { manifest: (manifest) => Object.assign(manifest.office, { code: 'XXX-CO' }), signWith: key });
    expect(await readPackage(pkg)).toMatchObject({ ok: false, reason: { code: 'identity_mismatch', params: { detail: 'office.code' } } });
  });

  it('a framework that is not the one recorded: framework_mismatch', async () => {
    const pkg = await repack(full, {
      entries: (entries) => {
        const framework = JSON.parse(entries.get(ENTRY.framework)!.toString('utf8'));
        framework.perspectives[0].indicators[0].weight += 1;
        entries.set(ENTRY.framework, json(framework));
      },
      signWith: key,
    });
    expect(reasonOf(await readPackage(pkg))).toBe('framework_mismatch');
  });

  it('an evidence file whose bytes are another type than declared: evidence_mismatch', async () => {
    const pkg = await repack(full, {
      entries: (entries) => {
        const index = JSON.parse(entries.get(ENTRY.evidenceIndex)!.toString('utf8'));
        const png = index.files.find((file: { mediaType: string }) => file.mediaType === 'image/png');
        png.mediaType = 'application/pdf';
        entries.set(ENTRY.evidenceIndex, json(index));
      },
      signWith: key,
    });
    expect(reasonOf(await readPackage(pkg))).toBe('evidence_mismatch');
  });

  it('a manifest that is not canonical JSON: manifest_invalid', async () => {
    const entries = await entriesOf(full);
    const manifest = manifestOf(entries);
    const loose = Buffer.from(JSON.stringify(manifest, null, 1));
    entries.set(ENTRY.manifest, loose);
    expect(await readPackage(await pack(entries))).toMatchObject({ ok: false, reason: { code: 'manifest_invalid' } });
  });
});

describe('encryption', () => {
  it('decrypts with the passphrase; refuses a wrong one and a missing one with their own reasons', async () => {
    const id = (await backend.call('assessments.list', {})).find((summary) => summary.officeCode === 'ETH-CO')!.id;
    const encrypted = await exported(backend, id, 'correct horse battery staple');
    expect(encrypted.subarray(0, 21).toString()).toBe('age-encryption.org/v1');
    const read = await readPackage(encrypted, { passphrase: 'correct horse battery staple' });
    expect(read.ok && read.package.encrypted).toBe(true);
    expect(reasonOf(await readPackage(encrypted, { passphrase: 'wrong horse battery staple' }))).toBe('wrong_passphrase');
    expect(reasonOf(await readPackage(encrypted))).toBe('passphrase_required');
  }, 60_000);
});

/** mulberry32: reproducible positions, so a failure can be replayed. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('evidence names', () => {
  it('a signed package whose evidence name the app would not store (x.pdf:evil.exe) is refused', async () => {
    const pkg = await repack(full, {
      entries: (entries) => {
        const index = JSON.parse(entries.get(ENTRY.evidenceIndex)!.toString('utf8'));
        index.files.find((file: { mediaType: string }) => file.mediaType === 'application/pdf').fileName = 'x.pdf:evil.exe';
        entries.set(ENTRY.evidenceIndex, json(index));
      },
      signWith: key,
    });
    expect(await readPackage(pkg)).toMatchObject({ ok: false, reason: { code: 'evidence_mismatch', params: { entry: 'x.pdf:evil.exe' } } });
  });
});
