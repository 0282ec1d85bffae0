import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateDemoNetwork, type DemoPackage } from '../../../electron/packages/demo/generate-demo-network';
import { loadOrCreateInstallationKey } from '../../../electron/packages/installation-key';
import { readPackage } from '../../../electron/packages/package-reader';
import { writePackage } from '../../../electron/packages/package-writer';
import { generateSigningKey, publicKeyPem } from '../../../electron/packages/signing-key';
import { readConsolidated } from '../../../electron/consolidation/consolidated-file';
import { databasePath } from '../../../electron/store/store-paths';
import type { ImportPreview } from '../../../shared/api/hub-contract';
import { ROOT, workflowFixture, type Client } from './workflow-backend';

const fixture = workflowFixture();
let demo: DemoPackage[];
const BY = 'H. Hub';

const file = (pkg: { fileName: string; bytes: Uint8Array }) => ({ fileName: pkg.fileName, dataBase64: Buffer.from(pkg.bytes).toString('base64') });
const count = (dataDir: string, table: string) => {
  const db = new Database(databasePath(dataDir), { readonly: true });
  try {
    return (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
  } finally {
    db.close();
  }
};
const tables = (dataDir: string) => Object.fromEntries(['hub_packages', 'hub_keys', 'hub_held', 'hub_decisions', 'hub_senders', 'change_log'].map((table) => [table, count(dataDir, table)]));

async function importAll(hub: Client, packages: readonly { fileName: string; bytes: Uint8Array }[]): Promise<ImportPreview[]> {
  const results: ImportPreview[] = [];
  for (const pkg of packages) results.push(await hub.call('hub.import', { ...file(pkg), decidedBy: BY }));
  return results;
}

beforeAll(async () => {
  demo = await generateDemoNetwork({ resourcesDir: path.join(ROOT, 'resources') });
}, 120_000);
afterAll(() => fixture.cleanup());

describe('the hub imports the demo network', () => {
  it('previews without writing, imports, and a second import changes nothing and says so', async () => {
    const hub = await fixture.start();
    const before = tables(hub.dataDir);
    const previews = [];
    for (const pkg of demo) previews.push(await hub.call('hub.preview', file(pkg)));
    expect(previews.every((preview) => preview.status === 'new')).toBe(true); // nothing is held yet, each on its own
    expect(tables(hub.dataDir)).toEqual(before);

    const results = await importAll(hub, demo);
    const statuses = results.reduce<Record<string, number>>((acc, result) => ({ ...acc, [result.status]: (acc[result.status] ?? 0) + 1 }), {});
    expect(statuses).toEqual({ new: 96, newer: demo.length - 96 });
    const offices = await hub.call('hub.offices', {});
    expect(offices.filter((office) => office.state === 'current')).toHaveLength(96);
    expect(new Set(offices.map((office) => office.officeId)).size).toBe(48);
    const { keys } = await hub.call('hub.keys', {});
    expect(keys).toHaveLength(48);
    expect(keys.every((key) => key.status === 'trusted' && key.source === 'first_seen' && key.decidedBy === BY)).toBe(true);

    const after = tables(hub.dataDir);
    const again = await importAll(hub, demo);
    expect(again.every((result) => result.status === 'identical')).toBe(true);
    expect(tables(hub.dataDir)).toEqual(after);
  }, 120_000);

  it('keeps provenance byte for byte: stored bytes, and the member inside the consolidated file passed upward', async () => {
    const hub = await fixture.start();
    const kenya = demo.filter((pkg) => pkg.office.code === 'KEN-RH');
    await importAll(hub, kenya);
    const db = new Database(databasePath(hub.dataDir), { readonly: true });
    const stored = db.prepare('SELECT package_sha256, bytes FROM hub_packages').all() as { package_sha256: string; bytes: Buffer }[];
    db.close();
    for (const pkg of kenya) expect(stored.some((row) => row.bytes.equals(Buffer.from(pkg.bytes)))).toBe(true);
    const exported = await hub.call('hub.exportConsolidated', { hubName: 'Nairobi hub', include: 'all' });
    const read = await readConsolidated(Buffer.from(exported.dataBase64, 'base64'));
    if (!read.ok) throw new Error(read.reason.code);
    expect(read.consolidated.signer.fingerprint).toBe((await hub.call('packages.installationKey', {})).fingerprint);
    for (const member of read.consolidated.members) {
      const original = kenya.find((pkg) => Buffer.from(pkg.bytes).equals(member.bytes));
      expect(original).toBeDefined();
    }
    expect(read.consolidated.trust).toHaveLength(1);
  }, 60_000);

  it('imports consolidated files at headquarters: a member through two hubs is stored once', async () => {
    const hubA = await fixture.start();
    const hubB = await fixture.start();
    const kenya = demo.filter((pkg) => pkg.office.code === 'KEN-RH');
    await importAll(hubA, kenya);
    await importAll(hubB, kenya);
    const fromA = await hubA.call('hub.exportConsolidated', { hubName: 'Hub A', include: 'all' });
    const fromB = await hubB.call('hub.exportConsolidated', { hubName: 'Hub B', include: 'all' });
    const hq = await fixture.start();
    const first = await hq.call('hub.import', { fileName: fromA.fileName, dataBase64: fromA.dataBase64, decidedBy: 'HQ' });
    expect(first).toMatchObject({ kind: 'consolidated', status: 'new', sender: { name: 'Hub A', status: 'first_seen' } });
    const second = await hq.call('hub.import', { fileName: fromB.fileName, dataBase64: fromB.dataBase64, decidedBy: 'HQ' });
    expect(second).toMatchObject({ kind: 'consolidated', status: 'identical', sender: { name: 'Hub B', status: 'first_seen' } });
    expect(count(hq.dataDir, 'hub_packages')).toBe(2); // KEN-RH 2024 and 2025, once each
    expect(count(hq.dataDir, 'hub_senders')).toBe(2);
  }, 60_000);
});

describe('revisions, keys and conflicts', () => {
  let hub: Client;
  let officeId: string;
  let r1: Buffer;
  let r2: Buffer;
  let fork: Buffer;
  let foreign: Buffer;

  beforeAll(async () => {
    const office = await fixture.start();
    const { submittedAssessment } = await import('../../fixtures/packages/package-fixtures');
    const id = await submittedAssessment(office);
    const exported = async (assessmentId: string) => Buffer.from((await office.call('packages.export', { assessmentId })).dataBase64, 'base64');
    r1 = await exported(id);
    const reopened = await office.call('assessments.reopen', { id });
    await office.call('assessments.submit', { id: reopened.id });
    r2 = await exported(reopened.id);
    const read = await readPackage(r2);
    if (!read.ok) throw new Error('r2');
    officeId = read.package.document.officeId!;
    const content = { document: { ...read.package.document, id: '6f1e2d3c-4b5a-4978-8877-665544332211' }, history: [], evidence: [], framework: read.package.framework, generatorVersion: 't', createdAt: '2025-06-01T00:00:00.000Z' };
    fork = await writePackage(content, loadOrCreateInstallationKey(office.dataDir));
    foreign = await writePackage({ ...content, document: { ...content.document, id: '1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d', revision: 3, previousRevisionId: reopened.id } }, generateSigningKey());
    await office.close();
    hub = await fixture.start();
  }, 60_000);

  it('an older revision after a newer one is kept in the history, not current', async () => {
    expect((await hub.call('hub.import', { fileName: 'r2', dataBase64: r2.toString('base64'), decidedBy: BY })).status).toBe('new');
    expect((await hub.call('hub.import', { fileName: 'r1', dataBase64: r1.toString('base64'), decidedBy: BY })).status).toBe('older');
    const states = (await hub.call('hub.offices', {})).map((office) => [office.revision, office.state]);
    expect(states).toEqual([[1, 'superseded'], [2, 'current']]);
  });

  it('a diverged revision becomes a conflict, shown whole against the ancestor, and a decision settles it; the other stays readable', async () => {
    expect((await hub.call('hub.preview', { fileName: 'fork', dataBase64: fork.toString('base64') })).status).toBe('diverged');
    expect((await hub.call('hub.import', { fileName: 'fork', dataBase64: fork.toString('base64'), decidedBy: BY })).status).toBe('diverged');
    const [conflict] = await hub.call('hub.conflicts', {});
    expect(conflict).toMatchObject({ officeId, cycle: 2025 });
    expect(conflict!.revisions).toHaveLength(2);
    const detail = await hub.call('hub.conflict', { officeId, cycle: 2025 });
    expect(detail.revisions).toHaveLength(2);
    expect(detail.ancestor?.document.revision).toBe(1);
    const keep = conflict!.revisions.find((revision) => revision.assessmentId !== '6f1e2d3c-4b5a-4978-8877-665544332211')!.assessmentId;
    expect(await hub.call('hub.conflicts.resolve', { officeId, cycle: 2025, resolution: { keep }, decidedBy: BY })).toEqual([]);
    const offices = await hub.call('hub.offices', {});
    expect(offices.find((office) => office.assessmentId === keep)?.state).toBe('current');
    expect(offices.find((office) => office.assessmentId === '6f1e2d3c-4b5a-4978-8877-665544332211')?.state).toBe('not_kept');
  });

  it('a package signed by another key is held back until a person accepts the key; then it is imported', async () => {
    const preview = await hub.call('hub.preview', { fileName: 'foreign', dataBase64: foreign.toString('base64') });
    expect(preview.status).toBe('different_key');
    expect(preview.trustedFingerprints).toHaveLength(1);
    const before = count(hub.dataDir, 'hub_packages');
    expect((await hub.call('hub.import', { fileName: 'foreign', dataBase64: foreign.toString('base64'), decidedBy: BY })).status).toBe('different_key');
    expect(count(hub.dataDir, 'hub_packages')).toBe(before);
    const { held } = await hub.call('hub.keys', {});
    expect(held).toHaveLength(1);
    const results = await hub.call('hub.keys.accept', { officeId, fingerprint: held[0]!.fingerprint, decidedBy: BY });
    expect(results.map((result) => result.status)).toEqual(['newer']);
    const { keys, held: after } = await hub.call('hub.keys', {});
    expect(after).toEqual([]);
    expect(keys.find((key) => key.fingerprint === held[0]!.fingerprint)).toMatchObject({ status: 'trusted', source: 'accepted', decidedBy: BY });
  });

  it('a revoked key signs nothing more; a key registered in advance by fingerprint is trusted on arrival', async () => {
    const { keys } = await hub.call('hub.keys', {});
    const original = keys.find((key) => key.source === 'first_seen')!;
    await hub.call('hub.keys.revoke', { officeId, fingerprint: original.fingerprint, decidedBy: BY });
    const r1Again = await hub.call('hub.preview', { fileName: 'r1', dataBase64: r1.toString('base64') });
    expect(r1Again.status).toBe('identical'); // already held: what it signed before stays

    const fresh = await fixture.start();
    const registered = await fresh.call('hub.keys.register', { officeCode: 'ETH-CO', fingerprint: original.fingerprint, decidedBy: BY });
    expect(registered).toMatchObject({ hasPublicKey: false, status: 'trusted', source: 'registered' });
    expect((await fresh.call('hub.import', { fileName: 'foreign', dataBase64: foreign.toString('base64'), decidedBy: BY })).status).toBe('different_key');
    expect((await fresh.call('hub.import', { fileName: 'r1', dataBase64: r1.toString('base64'), decidedBy: BY })).status).toBe('new');
    const bound = (await fresh.call('hub.keys', {})).keys.find((key) => key.fingerprint === original.fingerprint);
    expect(bound).toMatchObject({ officeId, hasPublicKey: true });
    const pemKey = generateSigningKey();
    expect(await fresh.call('hub.keys.register', { officeCode: 'XYZ-CO', publicKeyPem: publicKeyPem(pemKey.publicKey), decidedBy: BY })).toMatchObject({ fingerprint: pemKey.fingerprint, hasPublicKey: true });
  });

  it('a batch with one invalid file imports the rest; the invalid one says why', async () => {
    const fresh = await fixture.start();
    const results = [
      await fresh.call('hub.import', { fileName: 'broken.fieldscore', dataBase64: Buffer.from('PK\u0003\u0004 not really').toString('base64'), decidedBy: BY }),
      await fresh.call('hub.import', { fileName: 'r1', dataBase64: r1.toString('base64'), decidedBy: BY }),
    ];
    expect(results.map((result) => result.status)).toEqual(['invalid', 'new']);
    expect(results[0]!.reason?.code).toBe('archive_damaged');
  });

  it('a failure half-way through a file leaves nothing of it', async () => {
    const source = await fixture.start();
    await source.call('hub.import', { fileName: 'r1', dataBase64: r1.toString('base64'), decidedBy: BY });
    await source.call('hub.import', { fileName: 'r2', dataBase64: r2.toString('base64'), decidedBy: BY });
    const set = await source.call('hub.exportConsolidated', { hubName: 'Hub', include: 'all' });
    const target = await fixture.start();
    await target.close();
    // The disk fills up at the second package of the file.
    const db = new Database(databasePath(target.dataDir));
    db.exec("CREATE TRIGGER disk_full BEFORE INSERT ON hub_packages WHEN (SELECT count(*) FROM hub_packages) >= 1 BEGIN SELECT RAISE(ABORT, 'disk full'); END;");
    db.close();
    const reopened = await fixture.start(target.dataDir);
    const oneMember = await reopened.call('hub.import', { fileName: 'r1', dataBase64: r1.toString('base64'), decidedBy: BY });
    expect(oneMember.status).toBe('new');
    const failed = await reopened.fail('hub.import', { fileName: set.fileName, dataBase64: set.dataBase64, decidedBy: BY });
    expect(failed.code).toBe('internal');
    expect(count(reopened.dataDir, 'hub_packages')).toBe(1);
    expect(count(reopened.dataDir, 'hub_senders')).toBe(0);
  });
});

describe('previewing a batch', () => {
  it('sees what the earlier files would write: a revision 2 previews as newer after its revision 1, and nothing is written', async () => {
    const hub = await fixture.start();
    const kenya = demo.filter((pkg) => pkg.office.code === 'KEN-RH').sort((a, b) => a.fileName.localeCompare(b.fileName));
    const batch = '0b7e6a52-8c1d-4f3e-9a2b-5c6d7e8f9a0b';
    const statuses = [];
    for (const pkg of kenya) statuses.push((await hub.call('hub.preview', { ...file(pkg), batch })).status);
    expect(statuses).toEqual(kenya.map((pkg) => (pkg.revision > 1 ? 'newer' : 'new')));
    // The same file previewed again in the batch is not its own predecessor.
    expect((await hub.call('hub.preview', { ...file(kenya[0]!), batch })).status).toBe('new');
    expect(count(hub.dataDir, 'hub_packages')).toBe(0);
    const imported = await importAll(hub, kenya);
    expect(imported.map((result) => result.status)).toEqual(statuses);
  });
});

describe('an encrypted package', () => {
  it('is stored decrypted, as its office signed it, so the hub can show it and pass it upward', async () => {
    const office = await fixture.start();
    const { submittedAssessment } = await import('../../fixtures/packages/package-fixtures');
    const id = await submittedAssessment(office);
    const plain = Buffer.from((await office.call('packages.export', { assessmentId: id })).dataBase64, 'base64');
    const encrypted = await office.call('packages.export', { assessmentId: id, passphrase: 'orbit-lantern-canal-seven' });
    await office.close();
    const hub = await fixture.start();
    expect((await hub.call('hub.import', { fileName: encrypted.fileName, dataBase64: encrypted.dataBase64, passphrase: 'orbit-lantern-canal-seven', decidedBy: BY })).status).toBe('new');
    const set = await hub.call('hub.exportConsolidated', { hubName: 'Hub', include: 'all' });
    const read = await readConsolidated(Buffer.from(set.dataBase64, 'base64'));
    if (!read.ok) throw new Error(read.reason.code);
    const [member] = read.consolidated.members;
    expect((await readPackage(member!.bytes)).ok).toBe(true);
    // The same package unencrypted is the same package: already held.
    expect((await hub.call('hub.preview', { fileName: 'plain', dataBase64: plain.toString('base64') })).status).toBe('identical');
  }, 60_000);
});
